/**
 * The workflow engine inside one transaction: starting a case on its workflow, checking guards,
 * moving a case to a stage (history, clocks, the case's status) and notifying people.
 */
import type { Executor } from '@haven/core/db/database';
import { HavenError } from '@haven/core/errors';
import type { Viewer } from '@haven/core/viewer';
import { addDuration } from '../calendar/calendar';
import {
  CLOSURE_FORM,
  stageOf,
  type DeadlineAction,
  type Duration,
  type RiskLevel,
  type TransitionDefinition,
  type WorkflowDefinition,
} from '../definitions/definition';
import * as store from './store';

// ---------------------------------------------------------------------------------------------
// Clocks

/** The limit of a deadline action for a case's risk (and care plan, for follow-ups). */
export function dueFor(
  action: DeadlineAction,
  facts: { risk: RiskLevel | null; carePlanFollowUpDays: number | null },
): { duration: Duration; basis: string } {
  if (action.kind === 'follow_up' && action.carePlanFollowUp && facts.carePlanFollowUpDays)
    return { duration: { days: facts.carePlanFollowUpDays }, basis: 'care plan' };
  const byRisk = facts.risk ? action.byRisk?.[facts.risk] : undefined;
  if (byRisk) return { duration: byRisk, basis: `${facts.risk} risk` };
  return { duration: action.due, basis: facts.risk ? `${facts.risk} risk` : 'risk not assessed' };
}

export const describeDuration = (d: Duration): string =>
  'hours' in d ? `${d.hours} hours` : 'days' in d ? `${d.days} days` : `${d.workingDays} working days`;

/** Starts the clocks a stage starts on entry (the agency's calendar is read only when there are any). */
export async function startClocks(
  tx: Executor,
  args: {
    agencyId: string;
    caseId: string;
    stage: string;
    actions: DeadlineAction[];
    at: Date;
  },
): Promise<void> {
  if (args.actions.length === 0) return;
  const calendar = await store.calendarOf(tx, args.agencyId);
  const risk = await store.riskOf(tx, args.caseId);
  const carePlanFollowUpDays = await store.approvedCarePlanFollowUpDays(tx, args.caseId);
  for (const action of args.actions) {
    const { duration, basis } = dueFor(action, { risk, carePlanFollowUpDays });
    await store.insertDeadline(tx, {
      agencyId: args.agencyId,
      caseId: args.caseId,
      kind: action.kind,
      stage: args.stage,
      startedAt: args.at,
      dueAt: addDuration(args.at, duration, calendar),
      escalateAfterHours: action.escalateAfterHours ?? 24,
      basis: `${describeDuration(duration)}: ${basis}`,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Starting

/**
 * Puts a newly opened case on the first stage of its case type's workflow (the newest published
 * version, which the case keeps). Called by the case context inside the transaction that creates the
 * case, so a case never exists without a stage.
 */
export async function startCaseWorkflow(
  tx: Executor,
  args: { caseId: string; agencyId: string; caseType: string; startedBy: string; at?: Date },
): Promise<void> {
  const key = await store.workflowKeyOfCaseType(tx, args.agencyId, args.caseType);
  if (!key) throw new HavenError('CONFLICT', `Case type ${args.caseType} has no workflow`);
  const definition = await store.publishedDefinition(tx, args.agencyId, key);
  if (!definition) throw new HavenError('CONFLICT', `Workflow ${key} has no published version`);
  const at = args.at ?? new Date();
  const initial = definition.definition.initialStage;
  await store.insertCaseStage(tx, {
    caseId: args.caseId,
    agencyId: args.agencyId,
    workflowKey: key,
    workflowVersion: definition.version,
    stage: initial,
    enteredBy: args.startedBy,
    enteredAt: at,
  });
  await store.insertStageHistory(tx, {
    agencyId: args.agencyId,
    caseId: args.caseId,
    workflowKey: key,
    workflowVersion: definition.version,
    fromStage: null,
    toStage: initial,
    reason: 'Case opened',
    transitionedBy: args.startedBy,
    transitionedAt: at,
  });
  await startClocks(tx, {
    agencyId: args.agencyId,
    caseId: args.caseId,
    stage: initial,
    actions: stageOf(definition.definition, initial)?.onEnter ?? [],
    at,
  });
}

// ---------------------------------------------------------------------------------------------
// Guards

export interface FailedGuard {
  guard: string;
  message: string;
}

/** Guards about who asks (role, permission; the viewer carries her role keys): FORBIDDEN when they fail. */
export function viewerGuardFailures(viewer: Viewer, transition: TransitionDefinition): FailedGuard[] {
  const failed: FailedGuard[] = [];
  for (const guard of transition.guards ?? []) {
    if (guard.type === 'permission' && !viewer.permissions.includes(guard.permission))
      failed.push({ guard: 'permission', message: `needs the ${guard.permission} permission` });
    if (guard.type === 'role' && !guard.roles.some((r) => viewer.roles.includes(r)))
      failed.push({ guard: 'role', message: `needs one of the roles ${guard.roles.join(', ')}` });
  }
  return failed;
}

/**
 * Guards about the case (forms, consent, care plan, closure documentation), by its guard facts
 * (store.guardFactsOf): CONFLICT when they fail.
 */
export function caseGuardFailures(
  facts: store.CaseGuardFacts,
  definition: WorkflowDefinition,
  transition: TransitionDefinition,
  toStage: string,
): FailedGuard[] {
  const failed: FailedGuard[] = [];
  for (const guard of transition.guards ?? []) {
    if (guard.type === 'forms_submitted') {
      const missing = guard.forms.filter((f) => !facts.submittedForms.has(f));
      if (missing.length > 0)
        failed.push({ guard: 'forms_submitted', message: `forms not submitted: ${missing.join(', ')}` });
    } else if (guard.type === 'consent') {
      if (!facts.liveConsents.has(guard.scope))
        failed.push({ guard: 'consent', message: `no live ${guard.scope} consent` });
    } else if (guard.type === 'care_plan_approved') {
      if (!facts.approvedCarePlan) failed.push({ guard: 'care_plan_approved', message: 'no approved care plan' });
    }
  }
  const target = stageOf(definition, toStage);
  if (target?.caseStatus === 'closed') {
    const needed = [CLOSURE_FORM, ...(target.closureForms ?? [])];
    const missing = needed.filter((f) => !facts.submittedForms.has(f));
    if (missing.length > 0)
      failed.push({ guard: 'closure_documentation', message: `closure documentation missing: ${missing.join(', ')}` });
  }
  return failed;
}

export function guardError(code: 'FORBIDDEN' | 'CONFLICT', failed: FailedGuard[]): HavenError {
  return new HavenError(code, `Transition refused: ${failed.map((f) => `${f.guard} (${f.message})`).join('; ')}`, {
    fields: failed.map((f) => ({ path: ['guards', f.guard], message: f.message })),
  });
}

// ---------------------------------------------------------------------------------------------
// Moving

/**
 * Moves the case from the stage it was read in to toStage. The update names the revision read: of
 * two concurrent transitions, the second finds it changed and is refused with CONFLICT.
 */
export async function applyTransition(
  tx: Executor,
  args: {
    stage: store.StageRow;
    definition: WorkflowDefinition;
    toStage: string;
    reason: string | null;
    closureCategory: string | null;
    by: string;
    approvalId: string | null;
    at: Date;
  },
): Promise<store.StageRow> {
  const { stage, definition, toStage } = args;
  const target = stageOf(definition, toStage)!;
  const pausedFrom = toStage === 'paused' ? stage.stage : null;
  const updated = await store.moveCaseStage(tx, {
    caseId: stage.caseId,
    revision: stage.revision,
    stage: toStage,
    enteredAt: args.at,
    enteredBy: args.by,
    pausedFrom,
  });
  if (!updated) throw new HavenError('CONFLICT', 'The case moved on meanwhile; reload it and try again');
  await store.insertStageHistory(tx, {
    agencyId: stage.agencyId,
    caseId: stage.caseId,
    workflowKey: stage.workflowKey,
    workflowVersion: stage.workflowVersion,
    fromStage: stage.stage,
    toStage,
    reason: args.reason,
    closureCategory: args.closureCategory,
    transitionedBy: args.by,
    transitionedAt: args.at,
    approvalId: args.approvalId,
  });
  // Leaving a stage stops its clocks (a closed case stops them all).
  await store.stopClocks(
    tx,
    target.caseStatus === 'closed'
      ? { caseId: stage.caseId, at: args.at, closing: true }
      : { caseId: stage.caseId, at: args.at, closing: false, stage: stage.stage },
  );
  // The case context owns case.cases; its status follows the stage, in this transaction and under
  // the viewer's row-level security (only those who work the case may update it).
  await store.setCaseStatus(tx, stage.caseId, target.caseStatus);
  await startClocks(tx, {
    agencyId: stage.agencyId,
    caseId: stage.caseId,
    stage: toStage,
    actions: target.onEnter ?? [],
    at: args.at,
  });
  return updated;
}

// ---------------------------------------------------------------------------------------------
// Notifications

/**
 * Inserts a notification once per dedupe key (ON CONFLICT DO NOTHING; the jobs run as the system
 * role); returns the id when this call inserted it and `returning` is asked.
 */
export async function notify(
  tx: Executor,
  values: {
    agencyId: string;
    recipientId: string;
    caseId: string | null;
    deadlineId?: string | null;
    kind: string;
    dedupeKey: string;
    title: string;
    body: string;
    emailConfigured?: boolean;
  },
  options: { returning?: boolean; fresh?: boolean } = {},
): Promise<string | null> {
  const row = {
    agencyId: values.agencyId,
    recipientId: values.recipientId,
    caseId: values.caseId,
    deadlineId: values.deadlineId ?? null,
    kind: values.kind,
    dedupeKey: values.dedupeKey,
    title: values.title,
    body: values.body,
    emailStatus: values.emailConfigured ? 'pending' : 'not_configured',
  };
  return store.insertNotification(tx, row, options);
}

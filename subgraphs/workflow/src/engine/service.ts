/**
 * Workflow services: definitions (workflow:manage), transitions with server-side guards, approvals by
 * a supervisor of the case's team, the agency calendar and in-app notifications. One transaction per
 * mutation; every change audited in it.
 */
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, casesAlreadyRecorded, recordAudit } from '@haven/core/audit/audit';
import type { Database, Executor } from '@haven/core/db/database';
import { badInput, HavenError } from '@haven/core/errors';
import type { Viewer } from '@haven/core/viewer';
import { validateCalendar, type AgencyCalendar } from '../calendar/calendar';
import {
  closureCategories,
  findTransition,
  stageOf,
  transitionRules,
  transitionsFrom,
  validateWorkflowDefinition,
  type ClosureCategory,
  type TransitionDefinition,
  type WorkflowDefinition,
} from '../definitions/definition';
import { defaultWorkflowDefinitions } from '../definitions/defaults';
import { applyTransition, caseGuardFailures, guardError, notify, viewerGuardFailures } from './engine';
import * as store from './store';

const SYSTEM_ACTOR = '00000000-0000-0000-0000-000000000000';

// ---------------------------------------------------------------------------------------------
// Definitions

/** Installs the shipped workflows as published version 1 and a default calendar (provisioning). */
export async function installWorkflowDefinitions(tx: Executor, agencyId: string): Promise<void> {
  await store.installDefinitions(tx, agencyId, defaultWorkflowDefinitions, SYSTEM_ACTOR);
}

/** Workflows and the calendar are read by caseworkers (workflow:read) and programme managers (workflow:manage). */
function assertReadsWorkflows(viewer: Viewer): void {
  if (!viewer.permissions.includes('workflow:read') && !viewer.permissions.includes('workflow:manage'))
    throw new HavenError('FORBIDDEN', 'This action needs the workflow:read or workflow:manage permission');
}

export async function listDefinitions(
  db: Database,
  caller: Caller,
  key: string | null,
  includeDrafts: boolean,
): Promise<store.DefinitionRow[]> {
  const { viewer } = caller;
  assertReadsWorkflows(viewer);
  return db.transaction({ viewer }, async (tx) => {
    const all = await store.definitionVersions(tx, viewer.agencyId, key);
    return includeDrafts && viewer.permissions.includes('workflow:manage')
      ? all
      : all.filter((d) => d.status === 'published');
  });
}

const KEY = /^[a-z][a-z0-9_-]{1,62}$/;

/** Saves a new draft version; every problem of the definition is listed under "definition". */
export async function saveDefinition(
  db: Database,
  caller: Caller,
  input: { key: string; definition: unknown },
): Promise<store.DefinitionRow> {
  const { viewer } = caller;
  assertPermission(viewer, 'workflow:manage');
  if (!KEY.test(input.key))
    throw badInput([{ path: ['key'], message: 'must be 2 to 63 lower-case letters, digits, - or _' }]);
  return db.transaction({ viewer }, async (tx) => {
    const problems = validateWorkflowDefinition(input.definition, await store.knownKeys(tx, viewer.agencyId));
    if (problems.length > 0)
      throw badInput(problems.map((p) => ({ path: ['definition', ...p.path], message: p.message })));
    const row = await store.insertDraftDefinition(tx, {
      agencyId: viewer.agencyId,
      key: input.key,
      definition: input.definition,
      createdBy: viewer.userId,
    });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'workflow.definition.save',
      targetType: 'workflow_definition',
      targetId: row.id,
      outcome: 'allowed',
    });
    return row;
  });
}

export async function publishDefinition(
  db: Database,
  caller: Caller,
  key: string,
  version: number,
): Promise<store.DefinitionRow> {
  const { viewer } = caller;
  assertPermission(viewer, 'workflow:manage');
  return db.transaction({ viewer }, async (tx) => {
    const found = await store.publishedDefinition(tx, viewer.agencyId, key, version);
    if (!found) throw new HavenError('NOT_FOUND', `No version ${version} of workflow ${key}`);
    if (found.status === 'published') throw new HavenError('CONFLICT', 'This version is already published');
    // Checked again: forms or roles it names may have gone since it was saved.
    const problems = validateWorkflowDefinition(found.definition, await store.knownKeys(tx, viewer.agencyId));
    if (problems.length > 0)
      throw badInput(problems.map((p) => ({ path: ['definition', ...p.path], message: p.message })));
    const row = await store.markDefinitionPublished(tx, found.id);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'workflow.definition.publish',
      targetType: 'workflow_definition',
      targetId: found.id,
      outcome: 'allowed',
    });
    return row;
  });
}

/**
 * Moves the running cases of a workflow from one version to a published newer one (workflow:manage).
 * Cases whose stage the target version does not have stay where they are, counted by stage. Runs as
 * the system within the manager's agency: programme managers reach no case, and learn only counts.
 */
export async function migrateCases(
  db: Database,
  caller: Caller,
  args: { key: string; fromVersion: number; toVersion: number },
): Promise<{ migrated: number; skipped: { stage: string; cases: number }[] }> {
  const { viewer } = caller;
  assertPermission(viewer, 'workflow:manage');
  if (args.fromVersion === args.toVersion)
    throw badInput([{ path: ['toVersion'], message: 'must differ from fromVersion' }]);
  return db.transaction({ system: 'workflow-migrate-cases' }, async (tx) => {
    const target = await store.publishedDefinition(tx, viewer.agencyId, args.key, args.toVersion);
    if (!target) throw new HavenError('NOT_FOUND', `No version ${args.toVersion} of workflow ${args.key}`);
    if (target.status !== 'published') throw new HavenError('CONFLICT', 'Only a published version takes cases');
    const stages = target.definition.stages.map((st) => st.key);
    const running = await store.casesByStage(tx, {
      agencyId: viewer.agencyId,
      key: args.key,
      version: args.fromVersion,
    });
    const moved = await store.moveCasesToVersion(tx, {
      agencyId: viewer.agencyId,
      key: args.key,
      fromVersion: args.fromVersion,
      toVersion: args.toVersion,
      stages: running.filter((r) => stages.includes(r.stage)).map((r) => r.stage),
    });
    if (moved.length > 0)
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: 'workflow.cases.migrate',
        targetType: 'case',
        targetIds: moved,
        fields: ['currentStage'],
        change: {
          before: { workflowVersion: args.fromVersion },
          after: { workflowVersion: args.toVersion },
        },
        outcome: 'allowed',
      });
    return { migrated: moved.length, skipped: running.filter((r) => !stages.includes(r.stage)) };
  });
}

// ---------------------------------------------------------------------------------------------
// Transitions

export interface TransitionInput {
  closureCategory?: string | null;
  closureNote?: string | null;
}

export interface TransitionOutcome {
  transitioned: boolean;
  stage: store.StageRow;
  approval: store.ApprovalRow | null;
}

const manages = (viewer: Viewer, c: store.CaseFacts) =>
  c.assignedWorkerId === viewer.userId || (c.teamId !== null && viewer.supervisedTeamIds.includes(c.teamId));

/** The case's stage and the workflow version it runs on. */
async function loadStage(tx: Executor, caseId: string) {
  const stage = await store.stageOfCase(tx, caseId);
  if (!stage) throw new HavenError('CONFLICT', 'The case has no workflow');
  const definition = await store.publishedDefinition(tx, stage.agencyId, stage.workflowKey, stage.workflowVersion);
  if (!definition) throw new HavenError('CONFLICT', 'The workflow version of the case is missing');
  return { stage, definition: definition.definition };
}

/** The case (reached and worked by the viewer), its stage and its workflow version. */
async function loadCase(tx: Executor, viewer: Viewer, caseId: string) {
  const facts = await store.caseFacts(tx, caseId);
  if (!facts || facts.agencyId !== viewer.agencyId) throw new HavenError('NOT_FOUND', 'No such case');
  if (!manages(viewer, facts)) throw new HavenError('FORBIDDEN', 'Only those who work the case may move it');
  return { facts, ...(await loadStage(tx, caseId)) };
}

function checkInput(
  definition: WorkflowDefinition,
  transition: NonNullable<ReturnType<typeof findTransition>>,
  fromStage: string,
  toStage: string,
  reason: string | null,
  input: TransitionInput,
): { reason: string | null; closureCategory: ClosureCategory | null } {
  const problems: { path: string[]; message: string }[] = [];
  const trimmed = reason?.trim() || null;
  if (trimmed && trimmed.length > 2000) problems.push({ path: ['reason'], message: 'must be at most 2000 characters' });
  const { closes, reopens, reasonRequired } = transitionRules(definition, fromStage, toStage, transition);
  let category: ClosureCategory | null = null;
  if (closes) {
    const given = input.closureCategory ?? null;
    const allowed = transition.closureCategories ?? closureCategories;
    if (!given) problems.push({ path: ['input', 'closureCategory'], message: 'a closure needs a reason category' });
    else if (!(allowed as readonly string[]).includes(given))
      problems.push({ path: ['input', 'closureCategory'], message: `must be one of ${allowed.join(', ')}` });
    else category = given as ClosureCategory;
    if (category === 'other' && !input.closureNote?.trim())
      problems.push({ path: ['input', 'closureNote'], message: 'closing for another reason needs it described' });
  } else if (input.closureCategory) {
    problems.push({ path: ['input', 'closureCategory'], message: 'only a closure takes a closure category' });
  }
  if (reasonRequired && !trimmed)
    problems.push({
      path: ['reason'],
      message: reopens ? 'reopening needs a reason' : 'this transition needs a reason',
    });
  if (problems.length > 0) throw badInput(problems);
  const note = category === 'other' ? input.closureNote!.trim() : null;
  return { reason: note ? [trimmed, note].filter(Boolean).join(' — ') : trimmed, closureCategory: category };
}

/** The guards about the case that block a move to toStage now. */
async function caseGuardsBlocking(
  tx: Executor,
  caseId: string,
  definition: WorkflowDefinition,
  transition: TransitionDefinition,
  toStage: string,
) {
  const facts = (await store.guardFactsOf(tx, [caseId])).get(caseId)!;
  return caseGuardFailures(facts, definition, transition, toStage);
}

/**
 * Moves a case to toStage, or asks the team's supervisors to approve the move when the transition (or
 * any closure) needs approval. Guards are checked here: role and permission guards refuse with
 * FORBIDDEN, guards about the case (forms, consent, care plan, closure documentation) with CONFLICT;
 * each failed guard is named under extensions.fields (path ["guards", <guard>]).
 */
export async function transitionCase(
  db: Database,
  caller: Caller,
  args: { caseId: string; toStage: string; reason: string | null; input: TransitionInput },
): Promise<TransitionOutcome> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const run = () =>
    db.transaction({ viewer }, async (tx) => {
      const { facts, stage, definition } = await loadCase(tx, viewer, args.caseId);
      const transition = findTransition(definition, stage.stage, args.toStage, stage.pausedFrom);
      if (!transition)
        throw badInput([
          {
            path: ['toStage'],
            message: `no transition from ${stage.stage} to ${args.toStage} (allowed: ${
              transitionsFrom(definition, stage.stage, stage.pausedFrom)
                .map((t) => t.to)
                .join(', ') || 'none'
            })`,
          },
        ]);
      const valid = checkInput(definition, transition, stage.stage, args.toStage, args.reason, args.input);
      const forbidden = viewerGuardFailures(viewer, transition);
      if (forbidden.length > 0) throw guardError('FORBIDDEN', forbidden);
      const blocked = await caseGuardsBlocking(tx, args.caseId, definition, transition, args.toStage);
      if (blocked.length > 0) throw guardError('CONFLICT', blocked);
      const actor = actorOf(viewer, caller.requestId);
      if (transitionRules(definition, stage.stage, args.toStage, transition).needsApproval) {
        if (await store.hasPendingApproval(tx, args.caseId))
          throw new HavenError('CONFLICT', 'An approval is already pending for this case');
        const approval = await store.insertApproval(tx, {
          agencyId: viewer.agencyId,
          caseId: args.caseId,
          fromStage: stage.stage,
          toStage: args.toStage,
          reason: valid.reason,
          input: { closureCategory: valid.closureCategory, kind: transition.approval ?? 'supervisor' },
          requestedBy: viewer.userId,
        });
        for (const supervisor of await store.teamSupervisors(tx, facts.teamId)) {
          if (supervisor === viewer.userId) continue;
          await notify(
            tx,
            {
              agencyId: viewer.agencyId,
              recipientId: supervisor,
              caseId: args.caseId,
              kind: 'approval_requested',
              dedupeKey: `approval:${approval.id}:requested:${supervisor}`,
              title: `Approval requested: ${facts.caseNumber} to ${args.toStage}`,
              body: `A move of case ${facts.caseNumber} from ${stage.stage} to ${args.toStage} waits for your decision.`,
            },
            { fresh: true },
          );
        }
        await recordAudit(tx, actor, {
          action: 'case.transition.request',
          targetType: 'case',
          targetId: args.caseId,
          fields: ['currentStage'],
          reason: valid.reason ?? undefined,
          outcome: 'allowed',
        });
        return { transitioned: false, stage, approval };
      }
      const updated = await applyTransition(tx, {
        stage,
        definition,
        toStage: args.toStage,
        reason: valid.reason,
        closureCategory: valid.closureCategory,
        by: viewer.userId,
        approvalId: null,
        at: new Date(),
      });
      await recordAudit(tx, actor, {
        action: 'case.transition',
        targetType: 'case',
        targetId: args.caseId,
        fields: ['currentStage'],
        change: { before: { currentStage: stage.stage }, after: { currentStage: args.toStage } },
        reason: valid.reason ?? undefined,
        outcome: 'allowed',
      });
      return { transitioned: true, stage: updated, approval: null };
    });
  return withRefusalsAudited(db, caller, { type: 'case', id: args.caseId }, 'case.transition', run);
}

/**
 * Refusals (who may not, a failed guard, a lost race) are audited after the failed transaction, in a
 * transaction of their own (nothing of the refused attempt is stored).
 */
async function withRefusalsAudited<T>(
  db: Database,
  caller: Caller,
  target: { type: string; id: string },
  action: string,
  run: () => Promise<T>,
): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof HavenError && error.code !== 'BAD_USER_INPUT') {
      await db.transaction({ viewer: caller.viewer }, (tx) =>
        recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
          action,
          targetType: target.type,
          targetId: target.id,
          fields: ['currentStage', ...(error.details.fields ?? []).map((f) => f.path.join('.'))],
          outcome: 'denied',
        }),
      );
    }
    throw error;
  }
}

/**
 * A supervisor of the case's team approves (the move happens now, guards about the case checked
 * again) or rejects (a comment is required). Nobody approves her own request unless she holds
 * workflow:self_approve.
 */
export async function decideApproval(
  db: Database,
  caller: Caller,
  args: { approvalId: string; approve: boolean; comment: string | null },
): Promise<{ approval: store.ApprovalRow; stage: store.StageRow }> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const comment = args.comment?.trim() || null;
  if (!args.approve && !comment) throw badInput([{ path: ['comment'], message: 'a rejection needs a comment' }]);
  if (comment && comment.length > 2000)
    throw badInput([{ path: ['comment'], message: 'must be at most 2000 characters' }]);
  const run = () =>
    db.transaction({ viewer }, async (tx) => {
      const approval = await store.approvalById(tx, args.approvalId);
      if (!approval || approval.agencyId !== viewer.agencyId) throw new HavenError('NOT_FOUND', 'No such approval');
      const facts = await store.caseFacts(tx, approval.caseId);
      if (!facts) throw new HavenError('NOT_FOUND', 'No such approval');
      if (!facts.teamId || !viewer.supervisedTeamIds.includes(facts.teamId))
        throw new HavenError('FORBIDDEN', "Only a supervisor of the case's team may decide this approval");
      if (approval.requestedBy === viewer.userId && !viewer.permissions.includes('workflow:self_approve'))
        throw new HavenError('FORBIDDEN', 'You may not decide your own request (workflow:self_approve)');
      if (approval.status !== 'pending')
        throw new HavenError('CONFLICT', `This approval is already ${approval.status}`);
      // A supervisor of the case's team works the case: the facts read above suffice.
      const { stage, definition } = await loadStage(tx, approval.caseId);
      const actor = actorOf(viewer, caller.requestId);
      let current = stage;
      if (args.approve) {
        if (stage.stage !== approval.fromStage)
          throw new HavenError('CONFLICT', `The case is no longer in ${approval.fromStage}`);
        const transition = findTransition(definition, stage.stage, approval.toStage, stage.pausedFrom);
        if (!transition) throw new HavenError('CONFLICT', 'The workflow no longer allows this transition');
        const blocked = await caseGuardsBlocking(tx, approval.caseId, definition, transition, approval.toStage);
        if (blocked.length > 0) throw guardError('CONFLICT', blocked);
        current = await applyTransition(tx, {
          stage,
          definition,
          toStage: approval.toStage,
          reason: approval.reason,
          closureCategory: ((approval.input as { closureCategory?: string | null }).closureCategory ?? null) as
            string | null,
          by: viewer.userId,
          approvalId: approval.id,
          at: new Date(),
        });
      }
      const decided = await store.decidePendingApproval(tx, approval.id, {
        status: args.approve ? 'approved' : 'rejected',
        decidedBy: viewer.userId,
        comment,
      });
      if (!decided) throw new HavenError('CONFLICT', 'This approval was decided meanwhile');
      if (approval.requestedBy !== viewer.userId)
        await notify(
          tx,
          {
            agencyId: viewer.agencyId,
            recipientId: approval.requestedBy,
            caseId: approval.caseId,
            kind: 'approval_decided',
            dedupeKey: `approval:${approval.id}:decided:${approval.requestedBy}`,
            title: `${args.approve ? 'Approved' : 'Rejected'}: ${facts.caseNumber} to ${approval.toStage}`,
            body: comment ?? (args.approve ? 'Approved.' : 'Rejected.'),
          },
          { fresh: true },
        );
      await recordAudit(tx, actor, {
        action: args.approve ? 'case.transition.approve' : 'case.transition.reject',
        targetType: 'case',
        targetId: approval.caseId,
        fields: ['currentStage'],
        ...(args.approve
          ? { change: { before: { currentStage: approval.fromStage }, after: { currentStage: approval.toStage } } }
          : {}),
        reason: comment ?? undefined,
        outcome: 'allowed',
      });
      return { approval: decided, stage: current };
    });
  return withRefusalsAudited(
    db,
    caller,
    { type: 'workflow_approval', id: args.approvalId },
    args.approve ? 'case.transition.approve' : 'case.transition.reject',
    run,
  );
}

/** Approvals waiting on cases of the teams the viewer supervises (her own requests included). */
export async function pendingApprovals(db: Database, caller: Caller): Promise<store.ApprovalRow[]> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  if (viewer.supervisedTeamIds.length === 0) return [];
  return db.transaction({ viewer }, async (tx) => {
    const list = await store.pendingApprovalsOfTeams(tx, viewer.supervisedTeamIds);
    if (list.length === 0) return [];
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'case.list',
      targetType: 'case',
      targetIds: [...new Set(list.map((a) => a.caseId))],
      fields: ['workflowApprovals'],
      outcome: 'allowed',
    });
    return list;
  });
}

// ---------------------------------------------------------------------------------------------
// Case fields: history, allowed transitions, approvals, clocks (reads audited once per request)

/**
 * Records that the viewer read `field` of these cases, leaving out those a row of the same request
 * already names with it (one row per page). A request that asked about one case is a case.read, one
 * that asked about several (`asked`) a case.list.
 */
export async function auditRead(
  tx: Executor,
  caller: Caller,
  field: string,
  caseIds: readonly string[],
  asked: number,
): Promise<void> {
  const actor = actorOf(caller.viewer, caller.requestId);
  const recorded = await casesAlreadyRecorded(tx, actor, caseIds, field);
  const unrecorded = caseIds.filter((id) => !recorded.has(id));
  if (unrecorded.length === 0) return;
  const single = unrecorded.length === 1 && asked === 1;
  await recordAudit(tx, actor, {
    action: single ? 'case.read' : 'case.list',
    targetType: 'case',
    ...(single ? { targetId: unrecorded[0] } : { targetIds: unrecorded }),
    fields: [field],
    outcome: 'allowed',
  });
}

/** Rows of several cases, grouped by case; the cases returned are audited as read of `field`. */
async function perCase<T extends { caseId: string }>(
  db: Database,
  caller: Caller,
  field: string,
  caseIds: readonly string[],
  load: (tx: Executor, caseIds: readonly string[]) => Promise<T[]>,
): Promise<Map<string, T[]>> {
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const out = new Map<string, T[]>();
    for (const row of await load(tx, caseIds)) {
      if (!out.has(row.caseId)) out.set(row.caseId, []);
      out.get(row.caseId)!.push(row);
    }
    await auditRead(tx, caller, field, [...out.keys()], caseIds.length);
    return out;
  });
}

export const historyOf = (db: Database, caller: Caller, caseIds: readonly string[]) =>
  perCase(db, caller, 'stageHistory', caseIds, store.historyOf);

export const approvalsOfCases = (db: Database, caller: Caller, caseIds: readonly string[]) =>
  perCase(db, caller, 'workflowApprovals', caseIds, store.approvalsOf);

export const deadlinesOfCases = (db: Database, caller: Caller, caseIds: readonly string[]) =>
  perCase(db, caller, 'deadlines', caseIds, store.openDeadlinesOf);

export interface AllowedTransition {
  toStage: string;
  label: string;
  needsApproval: boolean;
  reasonRequired: boolean;
  closes: boolean;
  /** Guards that fail now (empty: the move can be made, or requested). */
  blockedBy: { guard: string; message: string }[];
}

/**
 * The moves from each case's stage and, for each, the guards that block it now; cases the viewer does
 * not reach, or without a workflow, have none. A handful of queries however many cases (a caseload
 * asks for a page of them in one batch).
 */
export async function allowedTransitionsOf(
  db: Database,
  caller: Caller,
  caseIds: readonly string[],
): Promise<Map<string, AllowedTransition[]>> {
  const { viewer } = caller;
  return db.transaction({ viewer }, async (tx) => {
    const facts = await store.caseFactsOf(tx, caseIds);
    const stages = await store.stagesOfCases(tx, [...facts.keys()]);
    const definitions = await store.definitionsOf(tx, [...stages.values()]);
    const cases = [...stages.values()].flatMap((stage) => {
      const def = definitions.find(
        (d) => d.agencyId === stage.agencyId && d.key === stage.workflowKey && d.version === stage.workflowVersion,
      );
      return def ? [{ stage, definition: def.definition, facts: facts.get(stage.caseId)! }] : [];
    });
    const ids = cases.map((c) => c.stage.caseId);
    await auditRead(tx, caller, 'allowedTransitions', ids, caseIds.length);
    const guardFacts = await store.guardFactsOf(tx, ids);
    const out = new Map<string, AllowedTransition[]>();
    for (const { stage, definition, facts: caseFacts } of cases) {
      const moves = transitionsFrom(definition, stage.stage, stage.pausedFrom).map(({ to, transition }) => {
        const { closes, needsApproval, reasonRequired } = transitionRules(definition, stage.stage, to, transition);
        const blockedBy = [
          ...(manages(viewer, caseFacts)
            ? []
            : [{ guard: 'works_case', message: 'only those who work the case move it' }]),
          ...viewerGuardFailures(viewer, transition),
          ...caseGuardFailures(guardFacts.get(stage.caseId)!, definition, transition, to),
        ];
        return {
          toStage: to,
          label: stageOf(definition, to)?.label.en ?? to,
          needsApproval,
          reasonRequired,
          closes,
          blockedBy,
        };
      });
      out.set(stage.caseId, moves);
    }
    return out;
  });
}

// ---------------------------------------------------------------------------------------------
// Calendar

export async function getCalendar(db: Database, caller: Caller): Promise<AgencyCalendar> {
  assertReadsWorkflows(caller.viewer);
  return db.transaction({ viewer: caller.viewer }, (tx) => store.calendarOf(tx, caller.viewer.agencyId));
}

export async function setCalendar(db: Database, caller: Caller, input: AgencyCalendar): Promise<AgencyCalendar> {
  const { viewer } = caller;
  assertPermission(viewer, 'workflow:manage');
  const problems = validateCalendar(input);
  if (problems.length > 0) throw badInput(problems);
  const holidays = [...input.holidays]
    .map((h) => ({ date: h.date, name: h.name.trim() }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const weekendDays = [...input.weekendDays].sort();
  return db.transaction({ viewer }, async (tx) => {
    await store.saveCalendar(tx, viewer.agencyId, { timeZone: input.timeZone, weekendDays, holidays }, viewer.userId);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'workflow.calendar.update',
      targetType: 'agency',
      targetId: viewer.agencyId,
      fields: ['timeZone', 'weekendDays', 'holidays'],
      outcome: 'allowed',
    });
    return { timeZone: input.timeZone, weekendDays, holidays };
  });
}

// ---------------------------------------------------------------------------------------------
// Notifications

export async function myNotifications(
  db: Database,
  caller: Caller,
  unreadOnly: boolean,
): Promise<store.NotificationRow[]> {
  const { viewer } = caller;
  return db.transaction({ viewer }, (tx) =>
    store.notificationsOf(tx, { agencyId: viewer.agencyId, recipientId: viewer.userId, unreadOnly }),
  );
}

export async function markNotificationRead(db: Database, caller: Caller, id: string): Promise<store.NotificationRow> {
  const { viewer } = caller;
  return db.transaction({ viewer }, async (tx) => {
    const row = await store.markNotificationRead(tx, id, viewer.userId);
    if (!row) throw new HavenError('NOT_FOUND', 'No such notification');
    return row;
  });
}

import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import { badInput, type FieldProblem } from '@haven/core/errors';
import type { Database, Executor } from '@haven/core/db/database';
import { isUuid } from '@haven/core/ids';
import { hasControlCharacters } from '@haven/core/text';
import type { Viewer } from '@haven/core/viewer';
import { caseTransaction, reachableCase, Refusal, workedCase, type CaseView } from '../cases';
import { findPersonsByIds } from '../persons';
import { eligibilityOf, findEntriesByIds, findEntriesByKeys, findProvidersByIds } from '../services';
import {
  editable,
  interventionStatuses,
  objectiveStatuses,
  openObjectiveStatuses,
  partiesNamedByUser,
  responsibleParties,
  statusesNeedingOutcome,
  trackable,
  type CarePlan,
  type InterventionStatus,
  type Objective,
  type ObjectiveStatus,
  type ResponsibleParty,
} from './care-plan';
import * as store from './care-plans.store';

export interface InterventionInput {
  /** The catalogue service chosen. */
  serviceKey: string;
  providerId?: string | null;
  /** The referral made for this intervention. */
  referralId?: string | null;
  status?: InterventionStatus | null;
  note?: string | null;
}

export interface ObjectiveInput {
  need?: string | null;
  description: string;
  responsibleParty: ResponsibleParty;
  /** caseworker and agency_team: a user of the agency. */
  responsibleUserId?: string | null;
  /** Other parties: who, in words. */
  responsibleName?: string | null;
  dueDate?: string | null;
  status?: ObjectiveStatus | null;
  outcome?: string | null;
  interventions?: InterventionInput[] | null;
}

export interface CarePlanInput {
  summary?: string | null;
  reviewDate?: string | null;
  followUpDays?: number | null;
  objectives: ObjectiveInput[];
}

export type CarePlanDetailsInput = Partial<Pick<CarePlanInput, 'summary' | 'reviewDate' | 'followUpDays'>>;

/** A change to one objective: content fields only in a draft; status and outcome also on the approved plan. */
export type ObjectiveUpdate = Partial<Omit<ObjectiveInput, 'interventions'>>;

/** A change to one intervention: the provider only in a draft; status, note and referral also on the approved plan. */
export type InterventionUpdate = Partial<Omit<InterventionInput, 'serviceKey'>>;

export type Decision = 'approve' | 'reject';

type Path = (string | number)[];

const MAX_OBJECTIVES = 50;
const MAX_INTERVENTIONS = 20;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** Collects every problem of an input; nothing is stored when there is one. */
class Problems {
  readonly list: FieldProblem[] = [];
  add(path: Path, message: string) {
    this.list.push({ path, message });
  }
  /** A trimmed text, or null when absent and not required. */
  text(value: string | null | undefined, path: Path, max: number, required = false, multiline = true): string | null {
    if (value === null || value === undefined || value.trim() === '') {
      if (required) this.add(path, 'must not be empty');
      return null;
    }
    const trimmed = value.trim();
    if (trimmed.length > max) this.add(path, `must be at most ${max} characters`);
    else if (hasControlCharacters(trimmed, multiline ? '\n\r\t' : ''))
      this.add(path, 'must not contain control characters');
    return trimmed;
  }
  date(value: string | null | undefined, path: Path): string | null {
    if (value === null || value === undefined) return null;
    if (!isoDate.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
      this.add(path, 'must be a date, YYYY-MM-DD');
      return null;
    }
    return value;
  }
  oneOf<T extends string>(value: string | null | undefined, allowed: readonly T[], path: Path): T | null {
    if (value === null || value === undefined) return null;
    if (!(allowed as readonly string[]).includes(value)) {
      this.add(path, `must be one of ${allowed.join(', ')}`);
      return null;
    }
    return value as T;
  }
  throwIfAny() {
    if (this.list.length > 0) throw badInput(this.list);
  }
}

/** What choosing services and naming people for a case needs, looked up once per mutation. */
interface CaseContext {
  viewer: Viewer;
  record: CaseView;
  subject: { caseType: string; sex: CaseSubjectSex; dateOfBirth: string | null };
  today: Date;
}
type CaseSubjectSex = 'female' | 'male' | 'other' | 'unknown';

async function caseContext(tx: Executor, viewer: Viewer, record: CaseView): Promise<CaseContext> {
  const person = (await findPersonsByIds(tx, viewer.agencyId, [record.personId])).get(record.personId);
  if (!person) throw new Error(`person ${record.personId} of case ${record.id} missing`);
  return {
    viewer,
    record,
    subject: { caseType: record.caseType, sex: person.sex, dateOfBirth: person.dateOfBirth },
    today: new Date(),
  };
}

/** Looks up everything the objectives and interventions name (users, services, providers, referrals) in a few queries. */
async function lookups(
  tx: Executor,
  ctx: CaseContext,
  userIds: (string | null | undefined)[],
  serviceKeys: string[],
  providerIds: (string | null | undefined)[],
  referralIds: (string | null | undefined)[],
) {
  const uuids = (ids: (string | null | undefined)[]) => ids.filter((id): id is string => !!id && isUuid(id));
  const providers = await findProvidersByIds(tx, uuids(providerIds));
  return {
    users: await store.activeUsersOfAgency(tx, ctx.viewer.agencyId, uuids(userIds)),
    services: await findEntriesByKeys(tx, ctx.viewer.agencyId, serviceKeys),
    providers: new Map([...providers].filter(([, p]) => p.agencyId === ctx.viewer.agencyId)),
    referrals: await store.referralsOfCase(tx, ctx.record.id, uuids(referralIds)),
  };
}
type Lookups = Awaited<ReturnType<typeof lookups>>;

function checkResponsible(
  p: Problems,
  found: Lookups,
  value: { responsibleParty: unknown; responsibleUserId?: string | null; responsibleName?: string | null },
  path: Path,
): { responsibleParty: ResponsibleParty; responsibleUserId: string | null; responsibleName: string | null } | null {
  const party = p.oneOf(value.responsibleParty as string, responsibleParties, [...path, 'responsibleParty']);
  if (!party) {
    if (value.responsibleParty === null || value.responsibleParty === undefined) {
      p.add([...path, 'responsibleParty'], 'is required');
    }
    return null;
  }
  if (partiesNamedByUser.includes(party)) {
    const userId = value.responsibleUserId ?? null;
    if (!userId) p.add([...path, 'responsibleUserId'], `is required when the responsible party is ${party}`);
    else if (!isUuid(userId) || !found.users.has(userId)) {
      p.add([...path, 'responsibleUserId'], 'must be an active user of this agency');
    }
    if (value.responsibleName)
      p.add([...path, 'responsibleName'], `must be left out when the responsible party is ${party}`);
    return { responsibleParty: party, responsibleUserId: userId, responsibleName: null };
  }
  if (value.responsibleUserId) {
    p.add([...path, 'responsibleUserId'], `must be left out when the responsible party is ${party}`);
  }
  const name = p.text(value.responsibleName, [...path, 'responsibleName'], 200, true, false);
  return { responsibleParty: party, responsibleUserId: null, responsibleName: name };
}

function checkOutcome(p: Problems, status: ObjectiveStatus, outcome: string | null, path: Path): void {
  if (statusesNeedingOutcome.includes(status) && !outcome) {
    p.add([...path, 'outcome'], `is required when the status is ${status}`);
  }
}

/** The provider, when one is named: in the directory, active, offering the service. */
function checkProvider(
  p: Problems,
  found: Lookups,
  providerId: string | null | undefined,
  serviceKey: string | null,
  path: Path,
): string | null {
  if (!providerId) return null;
  const provider = isUuid(providerId) ? found.providers.get(providerId) : undefined;
  if (!provider) p.add(path, 'is not a provider of the directory');
  else if (!provider.active) p.add(path, 'the provider is not active');
  else if (serviceKey && !provider.serviceKeys.includes(serviceKey)) {
    p.add(path, `the provider does not offer ${serviceKey}`);
  }
  return providerId;
}

function checkReferral(p: Problems, found: Lookups, referralId: string | null | undefined, path: Path): string | null {
  if (!referralId) return null;
  if (!isUuid(referralId) || !found.referrals.has(referralId)) p.add(path, 'is not a referral of this case');
  return referralId;
}

function checkIntervention(
  p: Problems,
  ctx: CaseContext,
  found: Lookups,
  input: InterventionInput,
  path: Path,
): store.NewIntervention | null {
  const entry = found.services.get(input.serviceKey);
  if (!entry) p.add([...path, 'serviceKey'], 'is not a service of the catalogue');
  else {
    const result = eligibilityOf(entry, ctx.subject, ctx.today);
    if (!result.eligible) p.add([...path, 'serviceKey'], `cannot be chosen: ${result.reasons.join('; ')}`);
  }
  const providerId = checkProvider(p, found, input.providerId, entry?.key ?? null, [...path, 'providerId']);
  const referralId = checkReferral(p, found, input.referralId, [...path, 'referralId']);
  const status = p.oneOf(input.status, interventionStatuses, [...path, 'status']) ?? 'planned';
  const note = p.text(input.note, [...path, 'note'], 2000);
  return entry ? { serviceId: entry.id, providerId, referralId, status, note } : null;
}

function checkObjective(
  p: Problems,
  ctx: CaseContext,
  found: Lookups,
  input: ObjectiveInput,
  path: Path,
): store.NewObjective | null {
  const description = p.text(input.description, [...path, 'description'], 2000, true);
  const need = p.text(input.need, [...path, 'need'], 1000);
  const responsible = checkResponsible(p, found, input, path);
  const dueDate = p.date(input.dueDate, [...path, 'dueDate']);
  const status = p.oneOf(input.status, objectiveStatuses, [...path, 'status']) ?? 'not_started';
  const outcome = p.text(input.outcome, [...path, 'outcome'], 2000);
  checkOutcome(p, status, outcome, path);
  const given = input.interventions ?? [];
  if (given.length > MAX_INTERVENTIONS) {
    p.add([...path, 'interventions'], `must list at most ${MAX_INTERVENTIONS} interventions`);
  }
  const interventions = given.map((i, n) => checkIntervention(p, ctx, found, i, [...path, 'interventions', n]));
  if (!description || !responsible || interventions.some((i) => !i)) return null;
  return {
    need,
    description,
    ...responsible,
    dueDate,
    status,
    outcome,
    interventions: interventions as store.NewIntervention[],
  };
}

function checkDetails(p: Problems, input: CarePlanDetailsInput) {
  const summary = p.text(input.summary, ['input', 'summary'], 4000);
  const reviewDate = p.date(input.reviewDate, ['input', 'reviewDate']);
  const days = input.followUpDays ?? null;
  if (days !== null && (!Number.isInteger(days) || days < 1 || days > 365)) {
    p.add(['input', 'followUpDays'], 'must be a whole number of days from 1 to 365');
  }
  return { summary, reviewDate, followUpDays: days };
}

async function lookupsFor(tx: Executor, ctx: CaseContext, objectives: ObjectiveInput[]): Promise<Lookups> {
  const interventions = objectives.flatMap((o) => o.interventions ?? []);
  return lookups(
    tx,
    ctx,
    objectives.map((o) => o.responsibleUserId),
    interventions.map((i) => i.serviceKey),
    interventions.map((i) => i.providerId),
    interventions.map((i) => i.referralId),
  );
}

const noSuchPlan = 'No such care plan';
const notFound = () => new Refusal('NOT_FOUND', noSuchPlan);
const changers = 'Only those who work a case may change its care plan';

/** A plan the viewer sees (row-level security); its case is noted for a refusal. */
async function findPlan(tx: Executor, viewer: Viewer, planId: string, seen: { caseId: string }): Promise<CarePlan> {
  const plan = isUuid(planId) ? await store.findPlan(tx, viewer.agencyId, planId) : null;
  if (!plan) throw notFound();
  seen.caseId = plan.caseId;
  return plan;
}

async function planInReach(
  tx: Executor,
  viewer: Viewer,
  planId: string,
  seen: { caseId: string },
): Promise<{ plan: CarePlan; record: CaseView }> {
  const plan = await findPlan(tx, viewer, planId, seen);
  const record = await reachableCase(tx, viewer, plan.caseId);
  if (!record) throw notFound();
  return { plan, record };
}

/** A plan the viewer works (reached and managed), for changes. */
async function workedPlan(
  tx: Executor,
  viewer: Viewer,
  planId: string,
  seen: { caseId: string },
): Promise<{ plan: CarePlan; record: CaseView }> {
  // Locked before it is read (row-level security locks only a plan the viewer may change): two
  // changes of one plan see each other's objectives, so limits and positions hold under concurrency.
  if (isUuid(planId)) await store.lockPlan(tx, planId);
  const plan = await findPlan(tx, viewer, planId, seen);
  return { plan, record: await workedCase(tx, viewer, plan.caseId, changers, noSuchPlan) };
}

/**
 * Locks the plan's row for the rest of the transaction and takes its status from the locked row, so
 * that an edit and a submission or decision of the same plan never interleave.
 */
async function lockStatus(tx: Executor, plan: CarePlan): Promise<void> {
  plan.status = (await store.lockPlan(tx, plan.id)) ?? plan.status;
}

const mustBeEditable = async (tx: Executor, plan: CarePlan) => {
  await lockStatus(tx, plan);
  if (!editable(plan)) {
    throw new Refusal('CONFLICT', `Only a draft care plan can be changed; version ${plan.version} is ${plan.status}`);
  }
};
const mustBeTrackable = async (tx: Executor, plan: CarePlan) => {
  await lockStatus(tx, plan);
  if (!trackable(plan)) {
    throw new Refusal(
      'CONFLICT',
      `Progress is recorded on a draft or the approved care plan; version ${plan.version} is ${plan.status}`,
    );
  }
};

async function reread(tx: Executor, viewer: Viewer, planId: string): Promise<CarePlan> {
  const plan = await store.findPlan(tx, viewer.agencyId, planId);
  if (!plan) throw new Error(`care plan ${planId} vanished inside its transaction`);
  return plan;
}

const planSnapshot = (plan: CarePlan) => ({
  status: plan.status,
  summary: plan.summary,
  reviewDate: plan.reviewDate,
  followUpDays: plan.followUpDays,
  decidedBy: plan.decidedBy,
  decisionComment: plan.decisionComment,
});

/**
 * Starts a new version of a case's care plan as a draft (version = previous + 1), with its
 * objectives and interventions, by those who work the case. Interventions are chosen from the
 * catalogue: the service must be active and the person eligible, the provider one that offers it.
 * One draft or plan awaiting approval at a time (CONFLICT otherwise). Everything is written in one
 * transaction, with its audit row, or nothing is.
 */
export async function createCarePlan(
  db: Database,
  caller: Caller,
  caseId: string,
  input: CarePlanInput,
): Promise<CarePlan> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  return caseTransaction(db, caller, { action: 'care_plan.create', target: caseId }, async (tx) => {
    const record = await workedCase(tx, viewer, caseId, changers);
    if (record.status === 'closed') throw new Refusal('CONFLICT', 'The case is closed');
    await store.lockCase(tx, record.id);
    const open = await store.findOpenPlan(tx, record.id);
    if (open) {
      throw new Refusal(
        'CONFLICT',
        `Version ${open.version} of the care plan is still a draft or awaiting approval: change or decide it first`,
      );
    }
    const ctx = await caseContext(tx, viewer, record);
    const p = new Problems();
    const details = checkDetails(p, input);
    const objectives = input.objectives ?? [];
    if (objectives.length === 0) p.add(['input', 'objectives'], 'must list at least one objective');
    if (objectives.length > MAX_OBJECTIVES)
      p.add(['input', 'objectives'], `must list at most ${MAX_OBJECTIVES} objectives`);
    const found = await lookupsFor(tx, ctx, objectives);
    const checked = objectives.map((o, i) => checkObjective(p, ctx, found, o, ['input', 'objectives', i]));
    p.throwIfAny();
    const version = (await store.latestVersion(tx, record.id)) + 1;
    const planId = await store.insertPlan(tx, {
      agencyId: viewer.agencyId,
      caseId: record.id,
      version,
      ...details,
      createdBy: viewer.userId,
    });
    const at = { agencyId: viewer.agencyId, carePlanId: planId, caseId: record.id };
    for (const [i, objective] of checked.entries()) {
      await store.insertObjective(tx, at, i + 1, objective!, viewer.userId);
    }
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'care_plan.create',
      targetType: 'case',
      targetId: record.id,
      fields: [`carePlan:${planId}`, `version:${version}`, `objectives:${checked.length}`],
      outcome: 'allowed',
    });
    return reread(tx, viewer, planId);
  });
}

/** Changes the summary, review date or follow-up days of a draft. */
export async function updateCarePlan(
  db: Database,
  caller: Caller,
  carePlanId: string,
  input: CarePlanDetailsInput,
): Promise<CarePlan> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const seen = { caseId: carePlanId };
  return caseTransaction(db, caller, { action: 'care_plan.update', target: () => seen.caseId }, async (tx) => {
    const { plan } = await workedPlan(tx, viewer, carePlanId, seen);
    await mustBeEditable(tx, plan);
    const p = new Problems();
    const checked = checkDetails(p, { ...plan, ...input });
    p.throwIfAny();
    const changed = (['summary', 'reviewDate', 'followUpDays'] as const).filter((f) => input[f] !== undefined);
    await store.updatePlan(tx, plan.id, Object.fromEntries(changed.map((f) => [f, checked[f]])));
    const after = await reread(tx, viewer, plan.id);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'care_plan.update',
      targetType: 'case',
      targetId: plan.caseId,
      fields: [`carePlan:${plan.id}`, ...changed],
      change: { before: planSnapshot(plan), after: planSnapshot(after) },
      outcome: 'allowed',
    });
    return after;
  });
}

/** Adds an objective (with its interventions) to a draft. */
export async function addCarePlanObjective(
  db: Database,
  caller: Caller,
  carePlanId: string,
  input: ObjectiveInput,
): Promise<CarePlan> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const seen = { caseId: carePlanId };
  return caseTransaction(db, caller, { action: 'care_plan.objective_add', target: () => seen.caseId }, async (tx) => {
    const { plan, record } = await workedPlan(tx, viewer, carePlanId, seen);
    await mustBeEditable(tx, plan);
    const ctx = await caseContext(tx, viewer, record);
    const p = new Problems();
    if (plan.objectives.length >= MAX_OBJECTIVES) p.add(['input'], `a plan has at most ${MAX_OBJECTIVES} objectives`);
    const found = await lookupsFor(tx, ctx, [input]);
    const checked = checkObjective(p, ctx, found, input, ['input']);
    p.throwIfAny();
    const position = Math.max(0, ...plan.objectives.map((o) => o.position)) + 1;
    const at = { agencyId: viewer.agencyId, carePlanId: plan.id, caseId: plan.caseId };
    const id = await store.insertObjective(tx, at, position, checked!, viewer.userId);
    await store.updatePlan(tx, plan.id, {});
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'care_plan.objective_add',
      targetType: 'case',
      targetId: plan.caseId,
      fields: [`carePlan:${plan.id}`, `objective:${id}`],
      outcome: 'allowed',
    });
    return reread(tx, viewer, plan.id);
  });
}

const contentFields = [
  'need',
  'description',
  'responsibleParty',
  'responsibleUserId',
  'responsibleName',
  'dueDate',
] as const satisfies readonly (keyof ObjectiveUpdate)[];
const progressFields = ['status', 'outcome'] as const satisfies readonly (keyof ObjectiveUpdate)[];

const objectiveSnapshot = (o: Objective) => ({
  need: o.need,
  description: o.description,
  responsibleParty: o.responsibleParty,
  responsibleUserId: o.responsibleUserId,
  responsibleName: o.responsibleName,
  dueDate: o.dueDate,
  status: o.status,
  outcome: o.outcome,
});

/**
 * Changes an objective. Its content (need, description, responsible party, due date) only in a
 * draft; its status and outcome in a draft or the approved plan (an outcome is required for
 * achieved, partially achieved and not achieved).
 */
export async function updateCarePlanObjective(
  db: Database,
  caller: Caller,
  objectiveId: string,
  input: ObjectiveUpdate,
): Promise<CarePlan> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const seen = { caseId: objectiveId };
  return caseTransaction(
    db,
    caller,
    { action: 'care_plan.objective_update', target: () => seen.caseId },
    async (tx) => {
      const planId = isUuid(objectiveId) ? await store.planOfObjective(tx, viewer.agencyId, objectiveId) : null;
      if (!planId) throw new Refusal('NOT_FOUND', 'No such objective');
      const { plan, record } = await workedPlan(tx, viewer, planId, seen);
      const objective = plan.objectives.find((o) => o.id === objectiveId)!;
      const changed = [...contentFields, ...progressFields].filter((f) => input[f] !== undefined);
      if (changed.length === 0) throw badInput([{ path: ['input'], message: 'must change at least one field' }]);
      if (changed.some((f) => (contentFields as readonly string[]).includes(f))) await mustBeEditable(tx, plan);
      else await mustBeTrackable(tx, plan);
      const merged = { ...objectiveSnapshot(objective), ...withoutUndefined(input) };
      const ctx = await caseContext(tx, viewer, record);
      const found = await lookups(tx, ctx, [merged.responsibleUserId], [], [], []);
      const p = new Problems();
      const path = ['input'];
      const description = p.text(merged.description, [...path, 'description'], 2000, true);
      const need = p.text(merged.need, [...path, 'need'], 1000);
      const responsible = checkResponsible(p, found, merged, path);
      const dueDate = p.date(merged.dueDate, [...path, 'dueDate']);
      if (input.status === null) p.add([...path, 'status'], 'must not be null');
      const status = p.oneOf(merged.status, objectiveStatuses, [...path, 'status']) ?? objective.status;
      const outcome = p.text(merged.outcome, [...path, 'outcome'], 2000);
      checkOutcome(p, status, outcome, path);
      p.throwIfAny();
      await store.updateObjective(
        tx,
        objective.id,
        { need, description: description!, ...responsible!, dueDate, status, outcome },
        viewer.userId,
      );
      await store.updatePlan(tx, plan.id, {});
      const after = await reread(tx, viewer, plan.id);
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: 'care_plan.objective_update',
        targetType: 'case',
        targetId: plan.caseId,
        fields: [`carePlan:${plan.id}`, `objective:${objective.id}`, ...changed],
        change: {
          before: objectiveSnapshot(objective),
          after: objectiveSnapshot(after.objectives.find((o) => o.id === objective.id)!),
        },
        outcome: 'allowed',
      });
      return after;
    },
  );
}

const withoutUndefined = <T extends object>(value: T): Partial<T> =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Adds an intervention to an objective of a draft. */
export async function addIntervention(
  db: Database,
  caller: Caller,
  objectiveId: string,
  input: InterventionInput,
): Promise<CarePlan> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const seen = { caseId: objectiveId };
  return caseTransaction(
    db,
    caller,
    { action: 'care_plan.intervention_add', target: () => seen.caseId },
    async (tx) => {
      const planId = isUuid(objectiveId) ? await store.planOfObjective(tx, viewer.agencyId, objectiveId) : null;
      if (!planId) throw new Refusal('NOT_FOUND', 'No such objective');
      const { plan, record } = await workedPlan(tx, viewer, planId, seen);
      await mustBeEditable(tx, plan);
      const objective = plan.objectives.find((o) => o.id === objectiveId)!;
      const ctx = await caseContext(tx, viewer, record);
      const found = await lookups(tx, ctx, [], [input.serviceKey], [input.providerId], [input.referralId]);
      const p = new Problems();
      if (objective.interventions.length >= MAX_INTERVENTIONS) {
        p.add(['input'], `an objective has at most ${MAX_INTERVENTIONS} interventions`);
      }
      const checked = checkIntervention(p, ctx, found, input, ['input']);
      p.throwIfAny();
      const at = { agencyId: viewer.agencyId, caseId: plan.caseId, objectiveId: objective.id };
      const id = await store.insertIntervention(tx, at, checked!, viewer.userId);
      await store.updatePlan(tx, plan.id, {});
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: 'care_plan.intervention_add',
        targetType: 'case',
        targetId: plan.caseId,
        fields: [
          `carePlan:${plan.id}`,
          `objective:${objective.id}`,
          `intervention:${id}`,
          `service:${input.serviceKey}`,
        ],
        outcome: 'allowed',
      });
      return reread(tx, viewer, plan.id);
    },
  );
}

/**
 * Changes an intervention: its provider only in a draft (one that offers the service); its status,
 * note and the referral made for it in a draft or the approved plan.
 */
export async function updateIntervention(
  db: Database,
  caller: Caller,
  interventionId: string,
  input: InterventionUpdate,
): Promise<CarePlan> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const seen = { caseId: interventionId };
  return caseTransaction(
    db,
    caller,
    { action: 'care_plan.intervention_update', target: () => seen.caseId },
    async (tx) => {
      const planId = isUuid(interventionId)
        ? await store.planOfIntervention(tx, viewer.agencyId, interventionId)
        : null;
      if (!planId) throw new Refusal('NOT_FOUND', 'No such intervention');
      const { plan, record } = await workedPlan(tx, viewer, planId, seen);
      const intervention = plan.objectives.flatMap((o) => o.interventions).find((i) => i.id === interventionId)!;
      const changed = (['providerId', 'status', 'note', 'referralId'] as const).filter((f) => input[f] !== undefined);
      if (changed.length === 0) throw badInput([{ path: ['input'], message: 'must change at least one field' }]);
      if (changed.includes('providerId')) await mustBeEditable(tx, plan);
      else await mustBeTrackable(tx, plan);
      const ctx = await caseContext(tx, viewer, record);
      const service = (await findEntriesByIds(tx, [intervention.serviceId])).get(intervention.serviceId);
      const found = await lookups(tx, ctx, [], [], [input.providerId], [input.referralId]);
      const p = new Problems();
      const values: Partial<store.NewIntervention> = {};
      if (input.providerId !== undefined) {
        values.providerId = checkProvider(p, found, input.providerId, service?.key ?? null, ['input', 'providerId']);
      }
      if (input.referralId !== undefined) {
        values.referralId = checkReferral(p, found, input.referralId, ['input', 'referralId']);
      }
      if (input.status !== undefined) {
        if (input.status === null) p.add(['input', 'status'], 'must not be null');
        else values.status = p.oneOf(input.status, interventionStatuses, ['input', 'status']) ?? undefined;
      }
      if (input.note !== undefined) values.note = p.text(input.note, ['input', 'note'], 2000);
      p.throwIfAny();
      await store.updateIntervention(tx, intervention.id, values, viewer.userId);
      await store.updatePlan(tx, plan.id, {});
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: 'care_plan.intervention_update',
        targetType: 'case',
        targetId: plan.caseId,
        fields: [`carePlan:${plan.id}`, `intervention:${intervention.id}`, ...changed],
        change: {
          before: {
            providerId: intervention.providerId,
            status: intervention.status,
            note: intervention.note,
            referralId: intervention.referralId,
          },
          after: { ...intervention, ...values },
        },
        outcome: 'allowed',
      });
      return reread(tx, viewer, plan.id);
    },
  );
}

/** Sends a draft to the case's supervisors for approval (draft → pending_approval). */
export async function submitCarePlan(db: Database, caller: Caller, carePlanId: string): Promise<CarePlan> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const seen = { caseId: carePlanId };
  return caseTransaction(db, caller, { action: 'care_plan.submit', target: () => seen.caseId }, async (tx) => {
    const plan = await findPlan(tx, viewer, carePlanId, seen);
    const submitters = 'Only those who work a case may submit its care plan';
    const record = await workedCase(tx, viewer, plan.caseId, submitters, noSuchPlan);
    await store.lockCase(tx, record.id);
    await mustBeEditable(tx, plan);
    if (plan.objectives.every((o) => o.status === 'cancelled')) {
      throw badInput([{ path: ['carePlanId'], message: 'the plan has no objective that is not cancelled' }]);
    }
    await store.updatePlan(tx, plan.id, { status: 'pending_approval', submittedAt: new Date() });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'care_plan.submit',
      targetType: 'case',
      targetId: plan.caseId,
      fields: [`carePlan:${plan.id}`, `version:${plan.version}`, 'status'],
      outcome: 'allowed',
    });
    return reread(tx, viewer, plan.id);
  });
}

/**
 * A supervisor of the case's team approves or rejects a plan awaiting approval. No one approves a
 * plan she made or submitted herself, unless she holds careplan:self_approve. Rejecting needs a
 * comment. Approving supersedes the previously approved version; the decision (who, when, comment)
 * stays on the version, and the audit trail has it too.
 */
export async function decideCarePlan(
  db: Database,
  caller: Caller,
  carePlanId: string,
  decision: Decision,
  comment: string | null | undefined,
): Promise<CarePlan> {
  const { viewer } = caller;
  assertPermission(viewer, 'careplan:approve');
  const p = new Problems();
  const text = p.text(comment, ['comment'], 2000, false);
  if (decision === 'reject' && (!text || text.length < 5)) {
    p.list.length = 0;
    p.add(['comment'], 'must say why the plan is rejected, in at least 5 characters');
  }
  p.throwIfAny();
  const action = decision === 'approve' ? 'care_plan.approve' : 'care_plan.reject';
  const seen = { caseId: carePlanId };
  return caseTransaction(db, caller, { action, target: () => seen.caseId }, async (tx) => {
    const { plan, record } = await planInReach(tx, viewer, carePlanId, seen);
    if (!record.teamId || !viewer.supervisedTeamIds.includes(record.teamId)) {
      throw new Refusal('FORBIDDEN', "Only a supervisor of the case's team decides its care plan");
    }
    await store.lockCase(tx, record.id);
    await lockStatus(tx, plan);
    if (plan.status !== 'pending_approval') {
      throw new Refusal('CONFLICT', `Version ${plan.version} is ${plan.status}, not awaiting approval`);
    }
    if (decision === 'approve' && !viewer.permissions.includes('careplan:self_approve')) {
      const submitter = await store.submitterOf(tx, plan.caseId, plan.id);
      if (plan.createdBy === viewer.userId || submitter === viewer.userId) {
        throw new Refusal('FORBIDDEN', 'A care plan is approved by someone other than who made or submitted it');
      }
    }
    const superseded =
      decision === 'approve' ? await store.supersedeApproved(tx, plan.caseId, plan.id) : ([] as string[]);
    await store.updatePlan(tx, plan.id, {
      status: decision === 'approve' ? 'approved' : 'rejected',
      decidedBy: viewer.userId,
      decidedAt: new Date(),
      decisionComment: text,
    });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action,
      targetType: 'case',
      targetId: plan.caseId,
      fields: [`carePlan:${plan.id}`, `version:${plan.version}`, ...superseded.map((id) => `superseded:${id}`)],
      reason: text,
      outcome: 'allowed',
    });
    return reread(tx, viewer, plan.id);
  });
}

/**
 * Completes the approved plan (approved → completed), by those who work the case, once every
 * objective is closed (achieved, partially achieved, not achieved or cancelled): an objective still
 * not started or in progress is refused with CONFLICT naming it. When, by whom and the note (optional)
 * stay on the version. A completed plan takes no more progress; a new version may still be started.
 */
export async function completeCarePlan(
  db: Database,
  caller: Caller,
  carePlanId: string,
  note: string | null | undefined,
): Promise<CarePlan> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const p = new Problems();
  const text = p.text(note, ['note'], 2000);
  p.throwIfAny();
  const seen = { caseId: carePlanId };
  const refusal = { action: 'care_plan.complete', target: () => seen.caseId, reason: text };
  return caseTransaction(db, caller, refusal, async (tx) => {
    const { plan } = await workedPlan(tx, viewer, carePlanId, seen);
    await lockStatus(tx, plan);
    if (plan.status !== 'approved') {
      throw new Refusal(
        'CONFLICT',
        `Only the approved care plan is completed; version ${plan.version} is ${plan.status}`,
      );
    }
    const open = plan.objectives.filter((o) => openObjectiveStatuses.includes(o.status));
    if (open.length > 0) {
      // Named by position and status: the message carries no case content.
      const named = open.map((o) => `objective ${o.position} (${o.status.toUpperCase()})`).join(', ');
      throw new Refusal(
        'CONFLICT',
        `Every objective must be closed before the plan is completed; still open: ${named}`,
      );
    }
    await store.updatePlan(tx, plan.id, {
      status: 'completed',
      completedAt: new Date(),
      completedBy: viewer.userId,
      completionNote: text,
    });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'care_plan.complete',
      targetType: 'case',
      targetId: plan.caseId,
      fields: [`carePlan:${plan.id}`, `version:${plan.version}`, 'status'],
      reason: text,
      outcome: 'allowed',
    });
    return reread(tx, viewer, plan.id);
  });
}

/** Every version of the care plans of some cases, newest first; row-level security keeps out cases not reached. */
export async function carePlansOf(
  db: Database,
  caller: Caller,
  caseIds: readonly string[],
): Promise<Map<string, CarePlan[]>> {
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const out = new Map<string, CarePlan[]>(caseIds.map((id) => [id, []]));
    for (const plan of await store.findPlansOfCases(tx, caseIds)) out.get(plan.caseId)?.push(plan);
    return out;
  });
}

import { and, asc, desc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { carePlanInterventions, carePlanObjectives, carePlans, referrals, users } from '@haven/core/db/schema';
import { resultRows, type Executor } from '@haven/core/db/database';
import type { CarePlan, Intervention, Objective } from './care-plan';

type PlanRow = typeof carePlans.$inferSelect;
type ObjectiveRow = typeof carePlanObjectives.$inferSelect;
type InterventionRow = typeof carePlanInterventions.$inferSelect;

const toIntervention = (row: InterventionRow): Intervention => ({
  id: row.id,
  objectiveId: row.objectiveId,
  caseId: row.caseId,
  serviceId: row.serviceId,
  providerId: row.providerId,
  referralId: row.referralId,
  status: row.status,
  note: row.note,
  updatedBy: row.updatedBy,
  updatedAt: row.updatedAt,
});

const toObjective = (row: ObjectiveRow, interventions: Intervention[] = []): Objective => ({
  id: row.id,
  carePlanId: row.carePlanId,
  caseId: row.caseId,
  position: row.position,
  need: row.need,
  description: row.description,
  responsibleParty: row.responsibleParty,
  responsibleUserId: row.responsibleUserId,
  responsibleName: row.responsibleName,
  dueDate: row.dueDate,
  status: row.status,
  outcome: row.outcome,
  updatedBy: row.updatedBy,
  updatedAt: row.updatedAt,
  interventions,
});

const toPlan = (row: PlanRow, objectives: Objective[] = []): CarePlan => ({
  id: row.id,
  caseId: row.caseId,
  version: row.version,
  status: row.status,
  summary: row.summary,
  reviewDate: row.reviewDate,
  followUpDays: row.followUpDays,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  submittedAt: row.submittedAt,
  decidedBy: row.decidedBy,
  decidedAt: row.decidedAt,
  decisionComment: row.decisionComment,
  completedAt: row.completedAt,
  completedBy: row.completedBy,
  completionNote: row.completionNote,
  objectives,
});

/** Plans with their objectives and interventions, assembled from three queries. */
async function assemble(tx: Executor, rows: PlanRow[]): Promise<CarePlan[]> {
  if (rows.length === 0) return [];
  const objectiveRows = await tx
    .select()
    .from(carePlanObjectives)
    .where(
      inArray(
        carePlanObjectives.carePlanId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(carePlanObjectives.position));
  const interventionRows = objectiveRows.length
    ? await tx
        .select()
        .from(carePlanInterventions)
        .where(
          inArray(
            carePlanInterventions.objectiveId,
            objectiveRows.map((o) => o.id),
          ),
        )
        .orderBy(asc(carePlanInterventions.updatedAt), asc(carePlanInterventions.id))
    : [];
  const byObjective = new Map<string, Intervention[]>();
  for (const i of interventionRows) {
    const list = byObjective.get(i.objectiveId) ?? byObjective.set(i.objectiveId, []).get(i.objectiveId)!;
    list.push(toIntervention(i));
  }
  const byPlan = new Map<string, Objective[]>();
  for (const o of objectiveRows) {
    const list = byPlan.get(o.carePlanId) ?? byPlan.set(o.carePlanId, []).get(o.carePlanId)!;
    list.push(toObjective(o, byObjective.get(o.id) ?? []));
  }
  return rows.map((r) => toPlan(r, byPlan.get(r.id) ?? []));
}

/** Every version of the care plans of some cases, newest first, with objectives and interventions. */
export async function findPlansOfCases(tx: Executor, caseIds: readonly string[]): Promise<CarePlan[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(carePlans)
    .where(inArray(carePlans.caseId, [...caseIds]))
    .orderBy(desc(carePlans.version));
  return assemble(tx, rows);
}

export async function findPlan(tx: Executor, agencyId: string, id: string): Promise<CarePlan | null> {
  const rows = await tx
    .select()
    .from(carePlans)
    .where(and(eq(carePlans.agencyId, agencyId), eq(carePlans.id, id)));
  return (await assemble(tx, rows))[0] ?? null;
}

/** The plan id and case of an objective or an intervention (to find the plan it belongs to). */
export async function planOfObjective(tx: Executor, agencyId: string, objectiveId: string): Promise<string | null> {
  const [row] = await tx
    .select({ planId: carePlanObjectives.carePlanId })
    .from(carePlanObjectives)
    .where(and(eq(carePlanObjectives.agencyId, agencyId), eq(carePlanObjectives.id, objectiveId)));
  return row?.planId ?? null;
}

export async function planOfIntervention(
  tx: Executor,
  agencyId: string,
  interventionId: string,
): Promise<string | null> {
  const [row] = await tx
    .select({ planId: carePlanObjectives.carePlanId })
    .from(carePlanInterventions)
    .innerJoin(carePlanObjectives, eq(carePlanObjectives.id, carePlanInterventions.objectiveId))
    .where(and(eq(carePlanInterventions.agencyId, agencyId), eq(carePlanInterventions.id, interventionId)));
  return row?.planId ?? null;
}

/**
 * Locks the case row for the rest of the transaction, so that two plans of one case are never
 * numbered, submitted or approved at the same time.
 */
export async function lockCase(tx: Executor, caseId: string): Promise<void> {
  await tx.execute(sql`SELECT id FROM "case".cases WHERE id = ${caseId}::uuid FOR UPDATE`);
}

/** Locks a plan's row for the rest of the transaction; its status as locked. */
export async function lockPlan(tx: Executor, id: string): Promise<CarePlan['status'] | null> {
  const rows = resultRows<{ status: CarePlan['status'] }>(
    await tx.execute(sql`SELECT status::text AS status FROM "case".care_plans WHERE id = ${id}::uuid FOR UPDATE`),
  );
  return rows[0]?.status ?? null;
}

export async function latestVersion(tx: Executor, caseId: string): Promise<number> {
  const [row] = await tx
    .select({ version: max(carePlans.version) })
    .from(carePlans)
    .where(eq(carePlans.caseId, caseId));
  return row?.version ?? 0;
}

/** A draft or a plan awaiting approval of the case, if there is one. */
export async function findOpenPlan(tx: Executor, caseId: string): Promise<{ id: string; version: number } | null> {
  const [row] = await tx
    .select({ id: carePlans.id, version: carePlans.version })
    .from(carePlans)
    .where(and(eq(carePlans.caseId, caseId), inArray(carePlans.status, ['draft', 'pending_approval'])))
    .limit(1);
  return row ?? null;
}

export interface NewObjective {
  need: string | null;
  description: string;
  responsibleParty: Objective['responsibleParty'];
  responsibleUserId: string | null;
  responsibleName: string | null;
  dueDate: string | null;
  status: Objective['status'];
  outcome: string | null;
  interventions: NewIntervention[];
}

export interface NewIntervention {
  serviceId: string;
  providerId: string | null;
  referralId: string | null;
  status: Intervention['status'];
  note: string | null;
}

export async function insertPlan(
  tx: Executor,
  values: {
    agencyId: string;
    caseId: string;
    version: number;
    summary: string | null;
    reviewDate: string | null;
    followUpDays: number | null;
    createdBy: string;
  },
): Promise<string> {
  const [row] = await tx.insert(carePlans).values(values).returning({ id: carePlans.id });
  return row!.id;
}

export async function insertObjective(
  tx: Executor,
  plan: { agencyId: string; carePlanId: string; caseId: string },
  position: number,
  objective: NewObjective,
  by: string,
): Promise<string> {
  const { interventions, ...fields } = objective;
  const [row] = await tx
    .insert(carePlanObjectives)
    .values({ ...plan, ...fields, position, updatedBy: by })
    .returning({ id: carePlanObjectives.id });
  for (const intervention of interventions) {
    await insertIntervention(
      tx,
      { agencyId: plan.agencyId, caseId: plan.caseId, objectiveId: row!.id },
      intervention,
      by,
    );
  }
  return row!.id;
}

export async function insertIntervention(
  tx: Executor,
  at: { agencyId: string; caseId: string; objectiveId: string },
  intervention: NewIntervention,
  by: string,
): Promise<string> {
  const [row] = await tx
    .insert(carePlanInterventions)
    .values({ ...at, ...intervention, updatedBy: by })
    .returning({ id: carePlanInterventions.id });
  return row!.id;
}

export async function updatePlan(
  tx: Executor,
  id: string,
  values: Partial<
    Pick<
      typeof carePlans.$inferInsert,
      | 'summary'
      | 'reviewDate'
      | 'followUpDays'
      | 'status'
      | 'submittedAt'
      | 'decidedBy'
      | 'decidedAt'
      | 'decisionComment'
      | 'completedAt'
      | 'completedBy'
      | 'completionNote'
    >
  >,
): Promise<void> {
  await tx
    .update(carePlans)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(carePlans.id, id));
}

/** Every approved version of a case but one becomes superseded. */
export async function supersedeApproved(tx: Executor, caseId: string, exceptId: string): Promise<string[]> {
  const rows = await tx
    .update(carePlans)
    .set({ status: 'superseded', updatedAt: sql`now()` })
    .where(and(eq(carePlans.caseId, caseId), eq(carePlans.status, 'approved'), sql`${carePlans.id} <> ${exceptId}`))
    .returning({ id: carePlans.id });
  return rows.map((r) => r.id);
}

export async function updateObjective(
  tx: Executor,
  id: string,
  values: Partial<Omit<NewObjective, 'interventions'>>,
  by: string,
): Promise<void> {
  await tx
    .update(carePlanObjectives)
    .set({ ...values, updatedBy: by, updatedAt: sql`now()` })
    .where(eq(carePlanObjectives.id, id));
}

export async function updateIntervention(
  tx: Executor,
  id: string,
  values: Partial<NewIntervention>,
  by: string,
): Promise<void> {
  await tx
    .update(carePlanInterventions)
    .set({ ...values, updatedBy: by, updatedAt: sql`now()` })
    .where(eq(carePlanInterventions.id, id));
}

/** Which of some user ids are active users of the agency. */
export async function activeUsersOfAgency(
  tx: Executor,
  agencyId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.agencyId, agencyId), inArray(users.id, [...new Set(ids)]), isNull(users.disabledAt)));
  return new Set(rows.map((r) => r.id));
}

/** Which of some referral ids are referrals of the case. */
export async function referralsOfCase(tx: Executor, caseId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: referrals.id })
    .from(referrals)
    .where(and(eq(referrals.caseId, caseId), inArray(referrals.id, [...new Set(ids)])));
  return new Set(rows.map((r) => r.id));
}

/**
 * Who submitted a plan for approval, from the audit row written in the submitting transaction
 * (care_plans keeps when, not who; the audit trail is append-only and hash-chained).
 */
export async function submitterOf(tx: Executor, caseId: string, planId: string): Promise<string | null> {
  const rows = resultRows<{ actor_id: string | null }>(
    await tx.execute(sql`
      SELECT actor_id FROM audit.events
      WHERE action = 'care_plan.submit' AND target_type = 'case' AND target_id = ${caseId}
        AND outcome = 'allowed' AND ${`carePlan:${planId}`} = ANY (fields)
      ORDER BY seq DESC LIMIT 1`),
  );
  return rows[0]?.actor_id ?? null;
}

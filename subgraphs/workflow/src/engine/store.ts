/** Queries of the workflow engine (drizzle and plain SQL; row-level security decides what is seen). */
import { and, desc, eq, inArray, isNull, or, sql } from 'drizzle-orm';
import {
  agencyCalendars,
  approvals,
  caseStages,
  deadlines,
  notifications,
  stageHistory,
  workflowDefinitions,
} from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import { inUuids, sqlTextArray, sqlUuidArray } from '@haven/core/db/arrays';
import { rows } from '@haven/core/db/rows';
import { defaultCalendar, type AgencyCalendar } from '../calendar/calendar';
import { riskLevelOf, type RiskLevel, type WorkflowDefinition } from '../definitions/definition';

export type DefinitionRow = typeof workflowDefinitions.$inferSelect & { definition: WorkflowDefinition };
export type StageRow = typeof caseStages.$inferSelect;
export type HistoryRow = typeof stageHistory.$inferSelect;
export type ApprovalRow = typeof approvals.$inferSelect;
export type DeadlineRow = typeof deadlines.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;

export async function publishedDefinition(
  tx: Executor,
  agencyId: string,
  key: string,
  version?: number,
): Promise<DefinitionRow | null> {
  const [row] = await tx
    .select()
    .from(workflowDefinitions)
    .where(
      and(
        eq(workflowDefinitions.agencyId, agencyId),
        eq(workflowDefinitions.key, key),
        version === undefined ? eq(workflowDefinitions.status, 'published') : eq(workflowDefinitions.version, version),
      ),
    )
    .orderBy(desc(workflowDefinitions.version))
    .limit(1);
  return (row as DefinitionRow | undefined) ?? null;
}

/** The versions the stages run on (each named by agency, workflow key and version), in one query. */
export async function definitionsOf(
  tx: Executor,
  stages: readonly Pick<StageRow, 'agencyId' | 'workflowKey' | 'workflowVersion'>[],
): Promise<DefinitionRow[]> {
  const versions = new Map(stages.map((s) => [`${s.agencyId}:${s.workflowKey}:${s.workflowVersion}`, s]));
  if (versions.size === 0) return [];
  return (await tx
    .select()
    .from(workflowDefinitions)
    .where(
      or(
        ...[...versions.values()].map((s) =>
          and(
            eq(workflowDefinitions.agencyId, s.agencyId),
            eq(workflowDefinitions.key, s.workflowKey),
            eq(workflowDefinitions.version, s.workflowVersion),
          ),
        ),
      ),
    )) as DefinitionRow[];
}

export async function definitionVersions(tx: Executor, agencyId: string, key: string | null): Promise<DefinitionRow[]> {
  return (await tx
    .select()
    .from(workflowDefinitions)
    .where(
      key === null
        ? eq(workflowDefinitions.agencyId, agencyId)
        : and(eq(workflowDefinitions.agencyId, agencyId), eq(workflowDefinitions.key, key)),
    )
    .orderBy(workflowDefinitions.key, desc(workflowDefinitions.version))) as DefinitionRow[];
}

/** Installs workflows as published version 1 and a default calendar; what the agency has already stays. */
export async function installDefinitions(
  tx: Executor,
  agencyId: string,
  definitions: Record<string, WorkflowDefinition>,
  createdBy: string,
): Promise<void> {
  for (const [key, definition] of Object.entries(definitions)) {
    await tx
      .insert(workflowDefinitions)
      .values({ agencyId, key, version: 1, status: 'published', definition, createdBy, publishedAt: new Date() })
      .onConflictDoNothing();
  }
  await tx.insert(agencyCalendars).values({ agencyId }).onConflictDoNothing();
}

/** The form and role keys of the agency, which a definition may name. */
export async function knownKeys(tx: Executor, agencyId: string): Promise<{ formKeys: string[]; roleKeys: string[] }> {
  const forms = await rows<{ key: string }>(
    tx,
    sql`select distinct key from "case".form_definitions where agency_id = ${agencyId}::uuid`,
  );
  const roles = await rows<{ key: string }>(
    tx,
    sql`select key from identity.roles where agency_id = ${agencyId}::uuid`,
  );
  return { formKeys: forms.map((f) => f.key), roleKeys: roles.map((r) => r.key) };
}

/** Saves a definition as the next version of its key, a draft. */
export async function insertDraftDefinition(
  tx: Executor,
  args: { agencyId: string; key: string; definition: unknown; createdBy: string },
): Promise<DefinitionRow> {
  const [last] = await rows<{ version: number | null }>(
    tx,
    sql`select max(version) as version from workflow.definitions where agency_id = ${args.agencyId}::uuid and key = ${args.key}`,
  );
  const [row] = await tx
    .insert(workflowDefinitions)
    .values({ ...args, version: (last?.version ?? 0) + 1, status: 'draft' })
    .returning();
  return row as DefinitionRow;
}

export async function markDefinitionPublished(tx: Executor, id: string): Promise<DefinitionRow> {
  const [row] = await tx
    .update(workflowDefinitions)
    .set({ status: 'published', publishedAt: new Date() })
    .where(eq(workflowDefinitions.id, id))
    .returning();
  return row as DefinitionRow;
}

/** The agency's cases running on a version of a workflow, counted by stage. */
export async function casesByStage(
  tx: Executor,
  args: { agencyId: string; key: string; version: number },
): Promise<{ stage: string; cases: number }[]> {
  return rows<{ stage: string; cases: number }>(
    tx,
    sql`select stage, count(*)::int as cases from workflow.case_stages
        where agency_id = ${args.agencyId}::uuid and workflow_key = ${args.key} and workflow_version = ${args.version}
        group by stage order by stage`,
  );
}

/** Moves the agency's cases in these stages from one version of a workflow to another; returns their ids. */
export async function moveCasesToVersion(
  tx: Executor,
  args: { agencyId: string; key: string; fromVersion: number; toVersion: number; stages: readonly string[] },
): Promise<string[]> {
  if (args.stages.length === 0) return [];
  const moved = await rows<{ case_id: string }>(
    tx,
    sql`update workflow.case_stages set workflow_version = ${args.toVersion}, revision = revision + 1
        where agency_id = ${args.agencyId}::uuid and workflow_key = ${args.key}
          and workflow_version = ${args.fromVersion}
          and stage = any(${sqlTextArray(args.stages)})
        returning case_id`,
  );
  return moved.map((m) => m.case_id);
}

export async function workflowKeyOfCaseType(tx: Executor, agencyId: string, caseType: string): Promise<string | null> {
  const [row] = await rows<{ workflow_key: string }>(
    tx,
    sql`select workflow_key from "case".case_types where agency_id = ${agencyId}::uuid and key = ${caseType}`,
  );
  return row?.workflow_key ?? null;
}

export async function saveCalendar(
  tx: Executor,
  agencyId: string,
  calendar: AgencyCalendar,
  updatedBy: string,
): Promise<void> {
  const values = {
    timeZone: calendar.timeZone,
    weekendDays: calendar.weekendDays,
    holidays: calendar.holidays,
    updatedBy,
  };
  await tx
    .insert(agencyCalendars)
    .values({ agencyId, ...values })
    .onConflictDoUpdate({ target: agencyCalendars.agencyId, set: { ...values, updatedAt: new Date() } });
}

export async function calendarOf(tx: Executor, agencyId: string): Promise<AgencyCalendar> {
  const [row] = await tx.select().from(agencyCalendars).where(eq(agencyCalendars.agencyId, agencyId));
  if (!row) return defaultCalendar;
  return {
    timeZone: row.timeZone,
    weekendDays: row.weekendDays,
    holidays: row.holidays as AgencyCalendar['holidays'],
  };
}

/** The calculated level of the latest submitted protection_risk_assessment (null when none). */
export async function riskOf(tx: Executor, caseId: string): Promise<RiskLevel | null> {
  const [row] = await rows<{ level: string | null }>(
    tx,
    sql`select values->>'riskLevel' as level from "case".form_submissions
        where case_id = ${caseId}::uuid and form_key = 'protection_risk_assessment' and status = 'submitted'
        order by submitted_at desc limit 1`,
  );
  return riskLevelOf(row?.level);
}

export async function approvedCarePlanFollowUpDays(tx: Executor, caseId: string): Promise<number | null> {
  const [row] = await rows<{ follow_up_days: number | null }>(
    tx,
    sql`select follow_up_days from "case".care_plans where case_id = ${caseId}::uuid and status = 'approved'
        order by version desc limit 1`,
  );
  return row?.follow_up_days ?? null;
}

/** What the guards about a case go by: its submitted forms, its live consents, an approved care plan. */
export interface CaseGuardFacts {
  submittedForms: Set<string>;
  liveConsents: Set<string>;
  /** A care plan of the case is approved, or was and has since been completed. */
  approvedCarePlan: boolean;
}

/** The guard facts of each of the cases (as the viewer reaches them), in one query. */
export async function guardFactsOf(tx: Executor, caseIds: readonly string[]): Promise<Map<string, CaseGuardFacts>> {
  if (caseIds.length === 0) return new Map();
  const found = await rows<{ case_id: string; forms: string[]; consents: string[]; care_plan_approved: boolean }>(
    tx,
    sql`select c.id as case_id,
               array(select distinct f.form_key from "case".form_submissions f
                     where f.case_id = c.id and f.status = 'submitted') as forms,
               array(select distinct k.scope::text from "case".consents k
                     where k.case_id = c.id and k.withdrawn_at is null) as consents,
               exists (select 1 from "case".care_plans p where p.case_id = c.id and p.status in ('approved', 'completed'))
                 as care_plan_approved
        from unnest(${sqlUuidArray(caseIds)}) as c(id)`,
  );
  return new Map(
    found.map((r) => [
      r.case_id,
      {
        submittedForms: new Set(r.forms),
        liveConsents: new Set(r.consents),
        approvedCarePlan: r.care_plan_approved === true,
      },
    ]),
  );
}

export interface CaseFacts {
  id: string;
  agencyId: string;
  caseType: string;
  status: string;
  teamId: string | null;
  assignedWorkerId: string;
  caseNumber: string;
}

/** The case as the viewer reaches it (row-level security), or null. */
export async function caseFacts(tx: Executor, caseId: string): Promise<CaseFacts | null> {
  return (await caseFactsOf(tx, [caseId])).get(caseId) ?? null;
}

/** Those of the cases the viewer reaches (row-level security), by id. */
export async function caseFactsOf(tx: Executor, caseIds: readonly string[]): Promise<Map<string, CaseFacts>> {
  if (caseIds.length === 0) return new Map();
  const found = await rows<{
    id: string;
    agency_id: string;
    case_type: string;
    status: string;
    team_id: string | null;
    assigned_worker_id: string;
    case_number: string;
  }>(
    tx,
    sql`select id, agency_id, case_type, status::text as status, team_id, assigned_worker_id, case_number
        from "case".cases where id = any(${sqlUuidArray(caseIds)})`,
  );
  return new Map(
    found.map((row) => [
      row.id,
      {
        id: row.id,
        agencyId: row.agency_id,
        caseType: row.case_type,
        status: row.status,
        teamId: row.team_id,
        assignedWorkerId: row.assigned_worker_id,
        caseNumber: row.case_number,
      },
    ]),
  );
}

export async function setCaseStatus(tx: Executor, caseId: string, status: 'open' | 'closed'): Promise<void> {
  await tx.execute(
    sql`update "case".cases set status = ${status}, updated_at = now() where id = ${caseId}::uuid and status <> ${status}`,
  );
}

export async function teamSupervisors(tx: Executor, teamId: string | null): Promise<string[]> {
  if (!teamId) return [];
  const found = await rows<{ user_id: string }>(
    tx,
    sql`select m.user_id from identity.team_members m join identity.users u on u.id = m.user_id
        where m.team_id = ${teamId}::uuid and m.is_supervisor and u.disabled_at is null order by m.user_id`,
  );
  return found.map((r) => r.user_id);
}

/** Puts a case on its first stage. */
export async function insertCaseStage(tx: Executor, values: typeof caseStages.$inferInsert): Promise<void> {
  await tx.insert(caseStages).values(values);
}

/**
 * Moves a case to a stage when its stage is still at the revision read (the revision goes up by
 * one); null when it has changed meanwhile.
 */
export async function moveCaseStage(
  tx: Executor,
  args: {
    caseId: string;
    revision: number;
    stage: string;
    enteredAt: Date;
    enteredBy: string;
    pausedFrom: string | null;
  },
): Promise<StageRow | null> {
  const [updated] = await tx
    .update(caseStages)
    .set({
      stage: args.stage,
      enteredAt: args.enteredAt,
      enteredBy: args.enteredBy,
      pausedFrom: args.pausedFrom,
      revision: sql`${caseStages.revision} + 1`,
    })
    .where(and(eq(caseStages.caseId, args.caseId), eq(caseStages.revision, args.revision)))
    .returning();
  return updated ?? null;
}

export async function insertStageHistory(tx: Executor, values: typeof stageHistory.$inferInsert): Promise<void> {
  await tx.insert(stageHistory).values(values);
}

export async function insertDeadline(tx: Executor, values: typeof deadlines.$inferInsert): Promise<void> {
  await tx.insert(deadlines).values(values);
}

/** Stops the running clocks of a case: those of one stage as met, or all of them as cancelled when it closes. */
export async function stopClocks(
  tx: Executor,
  args: { caseId: string; at: Date } & ({ closing: true } | { closing: false; stage: string }),
): Promise<void> {
  await tx
    .update(deadlines)
    .set(args.closing ? { cancelledAt: args.at } : { metAt: args.at })
    .where(
      and(
        eq(deadlines.caseId, args.caseId),
        isNull(deadlines.metAt),
        isNull(deadlines.cancelledAt),
        ...(args.closing ? [] : [eq(deadlines.stage, args.stage)]),
      ),
    );
}

export async function stageOfCase(tx: Executor, caseId: string): Promise<StageRow | null> {
  return (await stagesOfCases(tx, [caseId])).get(caseId) ?? null;
}

export async function stagesOfCases(tx: Executor, caseIds: readonly string[]): Promise<Map<string, StageRow>> {
  if (caseIds.length === 0) return new Map();
  const found = await tx.select().from(caseStages).where(inUuids(caseStages.caseId, caseIds));
  return new Map(found.map((row) => [row.caseId, row]));
}

export async function historyOf(tx: Executor, caseIds: readonly string[]): Promise<HistoryRow[]> {
  if (caseIds.length === 0) return [];
  return tx
    .select()
    .from(stageHistory)
    .where(inArray(stageHistory.caseId, [...caseIds]))
    .orderBy(stageHistory.transitionedAt, stageHistory.id);
}

export async function approvalById(tx: Executor, id: string): Promise<ApprovalRow | null> {
  const [row] = await tx.select().from(approvals).where(eq(approvals.id, id));
  return row ?? null;
}

export async function hasPendingApproval(tx: Executor, caseId: string): Promise<boolean> {
  const pending = await tx
    .select({ id: approvals.id })
    .from(approvals)
    .where(and(eq(approvals.caseId, caseId), eq(approvals.status, 'pending')));
  return pending.length > 0;
}

export async function insertApproval(tx: Executor, values: typeof approvals.$inferInsert): Promise<ApprovalRow> {
  const [row] = await tx.insert(approvals).values(values).returning();
  return row!;
}

/** Decides a pending approval; null when it is no longer pending. */
export async function decidePendingApproval(
  tx: Executor,
  id: string,
  decision: { status: 'approved' | 'rejected'; decidedBy: string; comment: string | null },
): Promise<ApprovalRow | null> {
  const [row] = await tx
    .update(approvals)
    .set({ ...decision, decidedAt: new Date() })
    .where(and(eq(approvals.id, id), eq(approvals.status, 'pending')))
    .returning();
  return row ?? null;
}

/** Pending approvals on the cases of these teams, oldest first. */
export async function pendingApprovalsOfTeams(tx: Executor, teamIds: readonly string[]): Promise<ApprovalRow[]> {
  return tx
    .select()
    .from(approvals)
    .where(
      and(
        eq(approvals.status, 'pending'),
        sql`${approvals.caseId} in (select id from "case".cases where team_id = any(${sqlUuidArray(teamIds)}))`,
      ),
    )
    .orderBy(approvals.requestedAt);
}

export async function approvalsOf(tx: Executor, caseIds: readonly string[]): Promise<ApprovalRow[]> {
  if (caseIds.length === 0) return [];
  return tx
    .select()
    .from(approvals)
    .where(inArray(approvals.caseId, [...caseIds]))
    .orderBy(desc(approvals.requestedAt));
}

export async function openDeadlinesOf(tx: Executor, caseIds: readonly string[]): Promise<DeadlineRow[]> {
  if (caseIds.length === 0) return [];
  return tx
    .select()
    .from(deadlines)
    .where(and(inArray(deadlines.caseId, [...caseIds]), isNull(deadlines.metAt), isNull(deadlines.cancelledAt)))
    .orderBy(deadlines.dueAt);
}

/**
 * Inserts a notification. `fresh`: plainly (its key names a row this transaction made, so it cannot
 * exist yet); otherwise once per dedupe key (ON CONFLICT DO NOTHING), which row-level security refuses
 * to a viewer (she would need to see the row it conflicts with). With `returning`, the id when this
 * call inserted it.
 */
export async function insertNotification(
  tx: Executor,
  row: typeof notifications.$inferInsert,
  options: { returning?: boolean; fresh?: boolean },
): Promise<string | null> {
  if (options.fresh) {
    await tx.insert(notifications).values(row);
    return null;
  }
  const query = tx.insert(notifications).values(row).onConflictDoNothing({ target: notifications.dedupeKey });
  if (!options.returning) {
    await query;
    return null;
  }
  const [inserted] = await query.returning({ id: notifications.id });
  return inserted?.id ?? null;
}

/** The newest 200 notifications of a recipient. */
export async function notificationsOf(
  tx: Executor,
  args: { agencyId: string; recipientId: string; unreadOnly: boolean },
): Promise<NotificationRow[]> {
  return tx
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.recipientId, args.recipientId),
        eq(notifications.agencyId, args.agencyId),
        ...(args.unreadOnly ? [isNull(notifications.readAt)] : []),
      ),
    )
    .orderBy(desc(notifications.createdAt))
    .limit(200);
}

/** Marks a notification of the recipient read (the first reading time stays); null when she has none of this id. */
export async function markNotificationRead(
  tx: Executor,
  id: string,
  recipientId: string,
): Promise<NotificationRow | null> {
  const [row] = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(eq(notifications.id, id), eq(notifications.recipientId, recipientId)))
    .returning();
  return row ?? null;
}

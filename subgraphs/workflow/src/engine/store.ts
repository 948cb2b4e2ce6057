/** Queries of the workflow engine (drizzle and plain SQL; row-level security decides what is seen). */
import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  agencyCalendars,
  approvals,
  caseStages,
  deadlines,
  notifications,
  stageHistory,
  workflowDefinitions,
} from '@haven/core/db/schema';
import { resultRows, type Executor } from '@haven/core/db/database';
import { defaultCalendar, type AgencyCalendar } from '../calendar/calendar';
import type { RiskLevel, WorkflowDefinition } from '../definitions/definition';
import { riskLevels } from '../definitions/definition';

export type DefinitionRow = typeof workflowDefinitions.$inferSelect & { definition: WorkflowDefinition };
export type StageRow = typeof caseStages.$inferSelect;
export type HistoryRow = typeof stageHistory.$inferSelect;
export type ApprovalRow = typeof approvals.$inferSelect;
export type DeadlineRow = typeof deadlines.$inferSelect;
export type NotificationRow = typeof notifications.$inferSelect;

async function rows<T>(tx: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  return resultRows<T>(await tx.execute(query));
}

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

export async function workflowKeyOfCaseType(tx: Executor, agencyId: string, caseType: string): Promise<string | null> {
  const [row] = await rows<{ workflow_key: string }>(
    tx,
    sql`select workflow_key from "case".case_types where agency_id = ${agencyId}::uuid and key = ${caseType}`,
  );
  return row?.workflow_key ?? null;
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
  const level = row?.level ?? null;
  return level && (riskLevels as readonly string[]).includes(level) ? (level as RiskLevel) : null;
}

export async function approvedCarePlanFollowUpDays(tx: Executor, caseId: string): Promise<number | null> {
  const [row] = await rows<{ follow_up_days: number | null }>(
    tx,
    sql`select follow_up_days from "case".care_plans where case_id = ${caseId}::uuid and status = 'approved'
        order by version desc limit 1`,
  );
  return row?.follow_up_days ?? null;
}

export async function submittedForms(tx: Executor, caseId: string, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const found = await rows<{ form_key: string }>(
    tx,
    sql`select distinct form_key from "case".form_submissions
        where case_id = ${caseId}::uuid and status = 'submitted' and form_key in (${sql.join(
          keys.map((k) => sql`${k}`),
          sql`, `,
        )})`,
  );
  return new Set(found.map((r) => r.form_key));
}

export async function hasLiveConsent(tx: Executor, caseId: string, scope: string): Promise<boolean> {
  const [row] = await rows<{ ok: boolean }>(
    tx,
    sql`select exists (select 1 from "case".consents where case_id = ${caseId}::uuid and scope = ${scope}
        and withdrawn_at is null) as ok`,
  );
  return row?.ok === true;
}

export async function hasApprovedCarePlan(tx: Executor, caseId: string): Promise<boolean> {
  const [row] = await rows<{ ok: boolean }>(
    tx,
    sql`select exists (select 1 from "case".care_plans where case_id = ${caseId}::uuid and status = 'approved') as ok`,
  );
  return row?.ok === true;
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
  const [row] = await rows<{
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
        from "case".cases where id = ${caseId}::uuid`,
  );
  return row
    ? {
        id: row.id,
        agencyId: row.agency_id,
        caseType: row.case_type,
        status: row.status,
        teamId: row.team_id,
        assignedWorkerId: row.assigned_worker_id,
        caseNumber: row.case_number,
      }
    : null;
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

export async function stageOfCase(tx: Executor, caseId: string): Promise<StageRow | null> {
  const [row] = await tx.select().from(caseStages).where(eq(caseStages.caseId, caseId));
  return row ?? null;
}

export async function historyOf(tx: Executor, caseIds: readonly string[]): Promise<HistoryRow[]> {
  if (caseIds.length === 0) return [];
  return tx
    .select()
    .from(stageHistory)
    .where(inArray(stageHistory.caseId, [...caseIds]))
    .orderBy(stageHistory.transitionedAt, stageHistory.id);
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

/**
 * Queries of the supervisor's queue: set-based, a handful per queue whatever the number of cases, run
 * as the viewer (row-level security applies on top of the team filter).
 */
import { sql } from 'drizzle-orm';
import { sqlUuidArray } from '@haven/core/db/arrays';
import type { Executor } from '@haven/core/db/database';
import { rows } from '@haven/core/db/rows';
import { agencyCalendars } from '@haven/core/db/schema';

export interface SupervisionSettings {
  inactivityDays: number;
  caseloadTarget: number;
  workerCaseloadTargets: { workerId: string; target: number }[];
}

export interface QueueApproval {
  kind: 'transition' | 'care_plan';
  id: string;
  caseId: string;
  caseNumber: string;
  stage: string | null;
  toStage: string | null;
  requestedBy: string | null;
  requestedAt: Date;
}

export interface QueueDeadline {
  id: string;
  caseId: string;
  caseNumber: string;
  kind: string;
  stage: string;
  dueAt: Date;
  assignedWorkerId: string;
}

export interface QueueInactive {
  caseId: string;
  caseNumber: string;
  stage: string | null;
  assignedWorkerId: string;
  lastActivityAt: Date;
}

/** The first entries of a list and the size of the whole list. */
export interface Page<T> {
  items: T[];
  total: number;
}

const ts = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** The rows of a page, each carrying the size of the whole list (`count(*) over ()` as total). */
const pageOf = <R extends { total: number }, T>(found: R[], item: (row: R) => T): Page<T> => ({
  items: found.map(item),
  total: found[0]?.total ?? 0,
});

export async function settingsOf(tx: Executor, agencyId: string): Promise<SupervisionSettings> {
  const [row] = await rows<{ inactivity_days: number; caseload_target: number; worker_caseload_targets: unknown }>(
    tx,
    sql`select inactivity_days, caseload_target, worker_caseload_targets from workflow.agency_calendars
        where agency_id = ${agencyId}::uuid`,
  );
  const targets = (row?.worker_caseload_targets ?? {}) as Record<string, number>;
  return {
    inactivityDays: row?.inactivity_days ?? 30,
    caseloadTarget: row?.caseload_target ?? 25,
    workerCaseloadTargets: Object.entries(targets)
      .map(([workerId, target]) => ({ workerId, target: Number(target) }))
      .sort((a, b) => a.workerId.localeCompare(b.workerId)),
  };
}

export async function saveSettings(
  tx: Executor,
  agencyId: string,
  settings: { inactivityDays: number; caseloadTarget: number; workerCaseloadTargets: Record<string, number> },
  updatedBy: string,
): Promise<void> {
  const values = { ...settings, updatedBy, updatedAt: new Date() };
  await tx
    .insert(agencyCalendars)
    .values({ agencyId, ...values })
    .onConflictDoUpdate({ target: agencyCalendars.agencyId, set: values });
}

/** Those of the ids that are users of the agency. */
export async function usersOfAgency(tx: Executor, agencyId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const known = await rows<{ id: string }>(
    tx,
    sql`select id from identity.users where agency_id = ${agencyId}::uuid and id = any(${sqlUuidArray(ids)})`,
  );
  return new Set(known.map((k) => k.id));
}

/** Approvals waiting on the teams' cases: workflow moves and care plans submitted for approval. */
export async function pendingApprovals(
  tx: Executor,
  teamIds: readonly string[],
  limit: number,
): Promise<Page<QueueApproval>> {
  const teams = sqlUuidArray(teamIds);
  const found = await rows<{
    kind: 'transition' | 'care_plan';
    id: string;
    case_id: string;
    case_number: string;
    stage: string | null;
    to_stage: string | null;
    requested_by: string | null;
    requested_at: string | Date;
    total: number;
  }>(
    tx,
    // Driven from the team's cases (case index), so the row-level security check of approvals and care
    // plans runs only on the team's rows, not on every pending row of the agency.
    sql`with pending as (
          select 'transition' as kind, a.id, a.case_id, c.case_number, a.from_stage as stage, a.to_stage,
                 a.requested_by, a.requested_at
          from workflow.approvals a join "case".cases c on c.id = a.case_id
          where a.case_id = any (array(select id from "case".cases where team_id = any(${teams})))
            and a.status = 'pending'
          union all
          select 'care_plan', p.id, p.case_id, c.case_number, s.stage, null, p.created_by,
                 coalesce(p.submitted_at, p.updated_at)
          from "case".care_plans p join "case".cases c on c.id = p.case_id
          left join workflow.case_stages s on s.case_id = p.case_id
          where p.case_id = any (array(select id from "case".cases where team_id = any(${teams})))
            and p.status = 'pending_approval'
        )
        select *, count(*) over ()::int as total from pending order by requested_at, id limit ${limit}`,
  );
  return pageOf(found, (r) => ({
    kind: r.kind,
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    stage: r.stage,
    toStage: r.to_stage,
    requestedBy: r.requested_by,
    requestedAt: ts(r.requested_at),
  }));
}

/** Clocks of the teams' open cases past due at `at` and not met: follow-ups, stage limits, reviews. */
export async function overdueDeadlines(
  tx: Executor,
  teamIds: readonly string[],
  at: Date,
  limit: number,
): Promise<Page<QueueDeadline>> {
  const found = await rows<{
    id: string;
    case_id: string;
    case_number: string;
    kind: string;
    stage: string;
    due_at: string | Date;
    assigned_worker_id: string;
    total: number;
  }>(
    tx,
    sql`select d.id, d.case_id, c.case_number, d.kind, d.stage, d.due_at, c.assigned_worker_id,
               count(*) over ()::int as total
        from workflow.deadlines d join "case".cases c on c.id = d.case_id
        where d.case_id = any (array(select id from "case".cases where team_id = any(${sqlUuidArray(teamIds)}) and status = 'open'))
          and d.met_at is null and d.cancelled_at is null and d.due_at < ${at.toISOString()}::timestamptz
        order by d.due_at, d.id limit ${limit}`,
  );
  return pageOf(found, (r) => ({
    id: r.id,
    caseId: r.case_id,
    caseNumber: r.case_number,
    kind: r.kind,
    stage: r.stage,
    dueAt: ts(r.due_at),
    assignedWorkerId: r.assigned_worker_id,
  }));
}

/**
 * The teams' open cases with no activity for `days` before `at`: no case update, stage change, note or
 * form submission after the cutoff.
 */
export async function inactiveCases(
  tx: Executor,
  teamIds: readonly string[],
  at: Date,
  days: number,
  limit: number,
): Promise<Page<QueueInactive>> {
  const teams = sqlUuidArray(teamIds);
  const found = await rows<{
    case_id: string;
    case_number: string;
    stage: string | null;
    assigned_worker_id: string;
    last_activity_at: string | Date;
    total: number;
  }>(
    tx,
    // Each probe compares a time before the row-level security check runs (leakproof), so notes,
    // submissions and stages are checked only when they are recent. The page (oldest case update first)
    // then gets its exact last activity.
    sql`with cutoff as (select ${at.toISOString()}::timestamptz - make_interval(days => ${days}) as t),
        quiet as materialized (
          select c.id, c.case_number, c.assigned_worker_id, c.updated_at
          from "case".cases c, cutoff
          where c.team_id = any(${teams}) and c.status = 'open' and c.updated_at < cutoff.t
            and not exists (select 1 from workflow.case_stages s where s.case_id = c.id and s.entered_at >= cutoff.t)
            and not exists (select 1 from "case".case_notes n where n.case_id = c.id and n.created_at >= cutoff.t)
            and not exists (select 1 from "case".form_submissions f where f.case_id = c.id and f.updated_at >= cutoff.t)
        ),
        page as (select q.*, count(*) over ()::int as total from quiet q order by q.updated_at, q.id limit ${limit})
        select p.id as case_id, p.case_number, s.stage, p.assigned_worker_id, p.total,
               greatest(p.updated_at, s.entered_at,
                        (select max(n.created_at) from "case".case_notes n where n.case_id = p.id),
                        (select max(f.updated_at) from "case".form_submissions f where f.case_id = p.id)) as last_activity_at
        from page p left join workflow.case_stages s on s.case_id = p.id
        order by last_activity_at, p.id`,
  );
  return pageOf(found, (r) => ({
    caseId: r.case_id,
    caseNumber: r.case_number,
    stage: r.stage,
    assignedWorkerId: r.assigned_worker_id,
    lastActivityAt: ts(r.last_activity_at),
  }));
}

/**
 * Open cases per worker: every member of the teams (supervisors excepted) and every worker assigned an
 * open case of them; most loaded first.
 */
export async function openCaseloads(
  tx: Executor,
  teamIds: readonly string[],
): Promise<{ workerId: string; openCases: number }[]> {
  const teams = sqlUuidArray(teamIds);
  const found = await rows<{ worker_id: string; open_cases: number }>(
    tx,
    sql`with loads as (
          select assigned_worker_id as worker_id, count(*)::int as open_cases from "case".cases
          where team_id = any(${teams}) and status = 'open' group by assigned_worker_id
        ),
        members as (
          select distinct m.user_id as worker_id from identity.team_members m
          join identity.users u on u.id = m.user_id
          where m.team_id = any(${teams}) and not m.is_supervisor and u.disabled_at is null
        )
        select coalesce(l.worker_id, m.worker_id) as worker_id, coalesce(l.open_cases, 0) as open_cases
        from loads l full join members m on m.worker_id = l.worker_id
        order by open_cases desc, worker_id`,
  );
  return found.map((r) => ({ workerId: r.worker_id, openCases: r.open_cases }));
}

/**
 * The supervisor's queue (issue 7, item 6): for the teams the viewer supervises, the approvals waiting
 * (workflow moves and care plans), the clocks past due, the open cases without activity for the
 * agency's configured number of days, and each worker's caseload against its target. A handful of
 * set-based queries whatever the number of cases (no per-case query); run as the viewer, so row-level
 * security applies on top of the team filter. Only ids, case numbers, stages, instants and counts.
 */
import { sql } from 'drizzle-orm';
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database, Executor } from '@haven/core/db/database';
import { resultRows } from '@haven/core/db/database';
import { agencyCalendars } from '@haven/core/db/schema';
import { badInput, HavenError } from '@haven/core/errors';

/** Lists are capped at this many entries (oldest or most overdue first); totals are always exact. */
export const QUEUE_LIMIT = 200;

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

export interface QueueCaseload {
  workerId: string;
  openCases: number;
  target: number;
  overTarget: boolean;
}

export interface SupervisorQueue {
  teamIds: string[];
  asOf: Date;
  settings: SupervisionSettings;
  approvals: QueueApproval[];
  approvalsTotal: number;
  overdue: QueueDeadline[];
  overdueTotal: number;
  inactive: QueueInactive[];
  inactiveTotal: number;
  caseloads: QueueCaseload[];
}

async function rows<T>(tx: Executor, query: ReturnType<typeof sql>): Promise<T[]> {
  return resultRows<T>(await tx.execute(query));
}

const ts = (v: Date | string) => (v instanceof Date ? v : new Date(v));

async function settingsOf(tx: Executor, agencyId: string): Promise<SupervisionSettings> {
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

export async function getSupervisionSettings(db: Database, caller: Caller): Promise<SupervisionSettings> {
  const { viewer } = caller;
  if (
    viewer.supervisedTeamIds.length === 0 &&
    !viewer.permissions.includes('workflow:manage') &&
    !viewer.permissions.includes('workflow:read')
  )
    throw new HavenError('FORBIDDEN', 'Only supervisors and workflow readers see the supervision settings');
  return db.transaction({ viewer }, (tx) => settingsOf(tx, viewer.agencyId));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sets the inactivity threshold and the caseload targets of the agency (workflow:manage). */
export async function setSupervisionSettings(
  db: Database,
  caller: Caller,
  input: SupervisionSettings,
): Promise<SupervisionSettings> {
  const { viewer } = caller;
  assertPermission(viewer, 'workflow:manage');
  const problems: { path: (string | number)[]; message: string }[] = [];
  if (!Number.isInteger(input.inactivityDays) || input.inactivityDays < 1 || input.inactivityDays > 365)
    problems.push({ path: ['input', 'inactivityDays'], message: 'must be a whole number of days from 1 to 365' });
  if (!Number.isInteger(input.caseloadTarget) || input.caseloadTarget < 1 || input.caseloadTarget > 500)
    problems.push({ path: ['input', 'caseloadTarget'], message: 'must be a whole number from 1 to 500' });
  const seen = new Set<string>();
  input.workerCaseloadTargets.forEach((w, i) => {
    if (!UUID.test(w.workerId))
      problems.push({ path: ['input', 'workerCaseloadTargets', i, 'workerId'], message: 'must be a user id' });
    else if (seen.has(w.workerId.toLowerCase()))
      problems.push({ path: ['input', 'workerCaseloadTargets', i, 'workerId'], message: 'is listed twice' });
    seen.add(w.workerId.toLowerCase());
    if (!Number.isInteger(w.target) || w.target < 1 || w.target > 500)
      problems.push({
        path: ['input', 'workerCaseloadTargets', i, 'target'],
        message: 'must be a whole number from 1 to 500',
      });
  });
  if (problems.length > 0) throw badInput(problems);
  return db.transaction({ viewer }, async (tx) => {
    const ids = input.workerCaseloadTargets.map((w) => w.workerId.toLowerCase());
    if (ids.length > 0) {
      const known = await rows<{ id: string }>(
        tx,
        sql`select id from identity.users where agency_id = ${viewer.agencyId}::uuid and id in (${sql.join(
          ids.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`,
      );
      const found = new Set(known.map((k) => k.id));
      const missing = ids
        .map((id, i) => ({ id, i }))
        .filter((x) => !found.has(x.id))
        .map((x) => ({
          path: ['input', 'workerCaseloadTargets', x.i, 'workerId'],
          message: 'is not a user of the agency',
        }));
      if (missing.length > 0) throw badInput(missing);
    }
    const targets = Object.fromEntries(input.workerCaseloadTargets.map((w) => [w.workerId.toLowerCase(), w.target]));
    const values = {
      inactivityDays: input.inactivityDays,
      caseloadTarget: input.caseloadTarget,
      workerCaseloadTargets: targets,
      updatedBy: viewer.userId,
      updatedAt: new Date(),
    };
    await tx
      .insert(agencyCalendars)
      .values({ agencyId: viewer.agencyId, ...values })
      .onConflictDoUpdate({ target: agencyCalendars.agencyId, set: values });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'workflow.supervision.update',
      targetType: 'agency',
      targetId: viewer.agencyId,
      fields: ['inactivityDays', 'caseloadTarget', 'workerCaseloadTargets'],
      outcome: 'allowed',
    });
    return settingsOf(tx, viewer.agencyId);
  });
}

/**
 * The queue of the teams the viewer supervises (teamId narrows it to one of them). Not a supervisor,
 * or a team she does not supervise: FORBIDDEN. `now` is injectable for tests.
 */
export async function supervisorQueue(
  db: Database,
  caller: Caller,
  args: { teamId: string | null },
  now: Date = new Date(),
): Promise<SupervisorQueue> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  if (viewer.supervisedTeamIds.length === 0)
    throw new HavenError('FORBIDDEN', 'The supervisor’s queue is for supervisors of a team');
  if (args.teamId !== null && !viewer.supervisedTeamIds.includes(args.teamId))
    throw new HavenError('FORBIDDEN', 'You do not supervise this team');
  const teamIds = args.teamId !== null ? [args.teamId] : [...viewer.supervisedTeamIds];
  const teams = sql.join(
    teamIds.map((t) => sql`${t}::uuid`),
    sql`, `,
  );
  const at = now.toISOString();
  return db.transaction({ viewer }, async (tx) => {
    const settings = await settingsOf(tx, viewer.agencyId);

    // Approvals waiting: workflow moves and care plans submitted for approval.
    const approvalRows = await rows<{
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
            where a.case_id = any (array(select id from "case".cases where team_id in (${teams})))
              and a.status = 'pending'
            union all
            select 'care_plan', p.id, p.case_id, c.case_number, s.stage, null, p.created_by,
                   coalesce(p.submitted_at, p.updated_at)
            from "case".care_plans p join "case".cases c on c.id = p.case_id
            left join workflow.case_stages s on s.case_id = p.case_id
            where p.case_id = any (array(select id from "case".cases where team_id in (${teams})))
              and p.status = 'pending_approval'
          )
          select *, count(*) over ()::int as total from pending order by requested_at, id limit ${QUEUE_LIMIT}`,
    );

    // Clocks past due and not met: follow-ups, stage limits (an assessment past its limit), reviews.
    const overdueRows = await rows<{
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
          where d.case_id = any (array(select id from "case".cases where team_id in (${teams}) and status = 'open'))
            and d.met_at is null and d.cancelled_at is null and d.due_at < ${at}::timestamptz
          order by d.due_at, d.id limit ${QUEUE_LIMIT}`,
    );

    // No activity since the cutoff: no case update, stage change, note or form submission after it.
    // Each probe compares a time before the row-level security check runs (leakproof), so notes,
    // submissions and stages are checked only when they are recent. The page (oldest case update first)
    // then gets its exact last activity.
    const inactiveRows = await rows<{
      case_id: string;
      case_number: string;
      stage: string | null;
      assigned_worker_id: string;
      last_activity_at: string | Date;
      total: number;
    }>(
      tx,
      sql`with cutoff as (select ${at}::timestamptz - make_interval(days => ${settings.inactivityDays}) as t),
          quiet as materialized (
            select c.id, c.case_number, c.assigned_worker_id, c.updated_at
            from "case".cases c, cutoff
            where c.team_id in (${teams}) and c.status = 'open' and c.updated_at < cutoff.t
              and not exists (select 1 from workflow.case_stages s where s.case_id = c.id and s.entered_at >= cutoff.t)
              and not exists (select 1 from "case".case_notes n where n.case_id = c.id and n.created_at >= cutoff.t)
              and not exists (select 1 from "case".form_submissions f where f.case_id = c.id and f.updated_at >= cutoff.t)
          ),
          page as (select q.*, count(*) over ()::int as total from quiet q order by q.updated_at, q.id limit ${QUEUE_LIMIT})
          select p.id as case_id, p.case_number, s.stage, p.assigned_worker_id, p.total,
                 greatest(p.updated_at, s.entered_at,
                          (select max(n.created_at) from "case".case_notes n where n.case_id = p.id),
                          (select max(f.updated_at) from "case".form_submissions f where f.case_id = p.id)) as last_activity_at
          from page p left join workflow.case_stages s on s.case_id = p.id
          order by last_activity_at, p.id`,
    );

    // Caseloads: every member of the teams (supervisors excepted) and every worker assigned an open case of them.
    const loadRows = await rows<{ worker_id: string; open_cases: number }>(
      tx,
      sql`with loads as (
            select assigned_worker_id as worker_id, count(*)::int as open_cases from "case".cases
            where team_id in (${teams}) and status = 'open' group by assigned_worker_id
          ),
          members as (
            select distinct m.user_id as worker_id from identity.team_members m
            join identity.users u on u.id = m.user_id
            where m.team_id in (${teams}) and not m.is_supervisor and u.disabled_at is null
          )
          select coalesce(l.worker_id, m.worker_id) as worker_id, coalesce(l.open_cases, 0) as open_cases
          from loads l full join members m on m.worker_id = l.worker_id
          order by open_cases desc, worker_id`,
    );
    const targetOf = new Map(settings.workerCaseloadTargets.map((w) => [w.workerId, w.target]));
    const caseloads = loadRows.map((r) => {
      const target = targetOf.get(r.worker_id) ?? settings.caseloadTarget;
      return { workerId: r.worker_id, openCases: r.open_cases, target, overTarget: r.open_cases > target };
    });

    const caseIds = [
      ...new Set([
        ...approvalRows.map((r) => r.case_id),
        ...overdueRows.map((r) => r.case_id),
        ...inactiveRows.map((r) => r.case_id),
      ]),
    ];
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'case.list',
      targetType: 'case',
      targetIds: caseIds,
      fields: ['supervisorQueue'],
      outcome: 'allowed',
    });

    return {
      teamIds,
      asOf: now,
      settings,
      approvals: approvalRows.map((r) => ({
        kind: r.kind,
        id: r.id,
        caseId: r.case_id,
        caseNumber: r.case_number,
        stage: r.stage,
        toStage: r.to_stage,
        requestedBy: r.requested_by,
        requestedAt: ts(r.requested_at),
      })),
      approvalsTotal: approvalRows[0]?.total ?? 0,
      overdue: overdueRows.map((r) => ({
        id: r.id,
        caseId: r.case_id,
        caseNumber: r.case_number,
        kind: r.kind,
        stage: r.stage,
        dueAt: ts(r.due_at),
        assignedWorkerId: r.assigned_worker_id,
      })),
      overdueTotal: overdueRows[0]?.total ?? 0,
      inactive: inactiveRows.map((r) => ({
        caseId: r.case_id,
        caseNumber: r.case_number,
        stage: r.stage,
        assignedWorkerId: r.assigned_worker_id,
        lastActivityAt: ts(r.last_activity_at),
      })),
      inactiveTotal: inactiveRows[0]?.total ?? 0,
      caseloads,
    };
  });
}

/**
 * Queries of the jobs (the deadline sweep and notification email), which run as the system role
 * across agencies. Times go to raw SQL as ISO strings, which both drivers take alike.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '@haven/core/db/database';
import { rows } from '@haven/core/db/rows';
import { riskLevelOf, type RiskLevel } from '../definitions/definition';

const ts = (v: Date | string) => (v instanceof Date ? v : new Date(v));

/** Limits the sweep to one agency's deadlines (alias d) when it names one. */
const agencyScope = (agencyId: string | undefined) => (agencyId ? sql`and d.agency_id = ${agencyId}::uuid` : sql``);

const contactNoteTypes = sql`('contact', 'home_visit', 'office_visit', 'phone_call', 'follow_up')`;

/**
 * Follow-ups met by a contact recorded since their clock started (and by now) are marked met, and the
 * next one runs from the latest such contact, as long as the met one did: one update and one insert
 * for all of them. Returns how many rolled over.
 */
export async function rollOverFollowUps(tx: Executor, args: { now: Date; agencyId?: string }): Promise<number> {
  const now = args.now.toISOString();
  const met = await rows<{ id: string; contact_at: Date | string }>(
    tx,
    sql`update workflow.deadlines d set met_at = ${now}::timestamptz
        from (select d2.id, max(n.occurred_at) as contact_at from workflow.deadlines d2
              join "case".case_notes n on n.case_id = d2.case_id and n.note_type::text in ${contactNoteTypes}
                and n.occurred_at > d2.started_at and n.occurred_at <= ${now}::timestamptz
              where d2.kind = 'follow_up' and d2.met_at is null and d2.cancelled_at is null group by d2.id) m
        where d.id = m.id and d.met_at is null ${agencyScope(args.agencyId)}
        returning d.id, m.contact_at`,
  );
  if (met.length > 0)
    await tx.execute(sql`insert into workflow.deadlines
      (agency_id, case_id, kind, stage, started_at, due_at, escalate_after_hours, basis)
      select d.agency_id, d.case_id, d.kind, d.stage, v.contact_at, v.contact_at + (d.due_at - d.started_at),
             d.escalate_after_hours, d.basis
      from workflow.deadlines d join (values ${sql.join(
        met.map((m) => sql`(${m.id}::uuid, ${ts(m.contact_at).toISOString()}::timestamptz)`),
        sql`, `,
      )}) as v(id, contact_at) on d.id = v.id`);
  return met.length;
}

/** A running clock that started before the latest submitted risk assessment of its case. */
export interface ClockToReassess {
  id: string;
  agencyId: string;
  caseId: string;
  kind: string;
  stage: string;
  startedAt: Date;
  dueAt: Date;
  workflowKey: string;
  workflowVersion: number;
  /** The case's latest assessed risk. */
  risk: RiskLevel | null;
  /** The follow-up interval of the case's approved care plan. */
  carePlanFollowUpDays: number | null;
}

/**
 * The running clocks a risk assessment was submitted after, each with its case's workflow version,
 * risk and care plan follow-up interval: one query per sweep, not one per clock.
 */
export async function clocksToReassess(tx: Executor, args: { agencyId?: string }): Promise<ClockToReassess[]> {
  const found = await rows<{
    id: string;
    agency_id: string;
    case_id: string;
    kind: string;
    stage: string;
    started_at: Date | string;
    due_at: Date | string;
    workflow_key: string;
    workflow_version: number;
    risk_level: string | null;
    follow_up_days: number | null;
  }>(
    tx,
    sql`select d.id, d.agency_id, d.case_id, d.kind, d.stage, d.started_at, d.due_at, s.workflow_key, s.workflow_version,
               (select f.values->>'riskLevel' from "case".form_submissions f
                where f.case_id = d.case_id and f.form_key = 'protection_risk_assessment' and f.status = 'submitted'
                order by f.submitted_at desc limit 1) as risk_level,
               (select p.follow_up_days from "case".care_plans p where p.case_id = d.case_id and p.status = 'approved'
                order by p.version desc limit 1) as follow_up_days
        from workflow.deadlines d join workflow.case_stages s on s.case_id = d.case_id
        where d.met_at is null and d.cancelled_at is null ${agencyScope(args.agencyId)}
          and exists (select 1 from "case".form_submissions f where f.case_id = d.case_id
                      and f.form_key = 'protection_risk_assessment' and f.status = 'submitted'
                      and f.submitted_at > d.started_at)`,
  );
  return found.map((d) => ({
    id: d.id,
    agencyId: d.agency_id,
    caseId: d.case_id,
    kind: d.kind,
    stage: d.stage,
    startedAt: ts(d.started_at),
    dueAt: ts(d.due_at),
    workflowKey: d.workflow_key,
    workflowVersion: d.workflow_version,
    risk: riskLevelOf(d.risk_level),
    carePlanFollowUpDays: d.follow_up_days ?? null,
  }));
}

/** Gives deadlines new limits (and the basis of each), in one update. */
export async function setDueDates(
  tx: Executor,
  changes: readonly { id: string; due: Date; basis: string }[],
): Promise<void> {
  if (changes.length === 0) return;
  await tx.execute(
    sql`update workflow.deadlines d set due_at = v.due_at, basis = v.basis
        from (values ${sql.join(
          changes.map((c) => sql`(${c.id}::uuid, ${c.due.toISOString()}::timestamptz, ${c.basis}::text)`),
          sql`, `,
        )}) as v(id, due_at, basis) where d.id = v.id`,
  );
}

/** A running deadline of an open case, with what its notifications need. */
export interface DueDeadline {
  id: string;
  agencyId: string;
  caseId: string;
  kind: string;
  stage: string;
  dueAt: Date;
  escalateAfterHours: number;
  caseNumber: string;
  assignedWorkerId: string;
  teamId: string | null;
}

/** The running deadlines of open cases that fall due by a time (or have), soonest first. */
export async function deadlinesDueBy(tx: Executor, args: { by: Date; agencyId?: string }): Promise<DueDeadline[]> {
  const found = await rows<{
    id: string;
    agency_id: string;
    case_id: string;
    kind: string;
    stage: string;
    due_at: Date | string;
    escalate_after_hours: number;
    case_number: string;
    assigned_worker_id: string;
    team_id: string | null;
  }>(
    tx,
    sql`select d.id, d.agency_id, d.case_id, d.kind, d.stage, d.due_at, d.escalate_after_hours,
               c.case_number, c.assigned_worker_id, c.team_id
        from workflow.deadlines d join "case".cases c on c.id = d.case_id
        where d.met_at is null and d.cancelled_at is null and c.status = 'open'
          and d.due_at <= ${args.by.toISOString()}::timestamptz ${agencyScope(args.agencyId)}
        order by d.due_at, d.id`,
  );
  return found.map((d) => ({
    id: d.id,
    agencyId: d.agency_id,
    caseId: d.case_id,
    kind: d.kind,
    stage: d.stage,
    dueAt: ts(d.due_at),
    escalateAfterHours: d.escalate_after_hours,
    caseNumber: d.case_number,
    assignedWorkerId: d.assigned_worker_id,
    teamId: d.team_id,
  }));
}

/** A notification claimed for email, with its recipient's address. */
export interface ClaimedEmail {
  id: string;
  email: string;
  title: string;
  body: string;
}

/**
 * Claims up to `limit` notifications whose email is pending or failed, oldest first (pending or failed
 * → sending); rows another worker holds are skipped (FOR UPDATE SKIP LOCKED), so no two send one.
 */
export async function claimEmails(tx: Executor, limit: number): Promise<ClaimedEmail[]> {
  return rows<{ id: string; email: string; title: string; body: string }>(
    tx,
    sql`update workflow.notifications n set email_status = 'sending'
        from identity.users u
        where n.id in (select id from workflow.notifications
                       where email_status in ('pending', 'failed') order by created_at
                       limit ${limit} for update skip locked)
          and u.id = n.recipient_id
        returning n.id, u.email, n.title, n.body`,
  );
}

/** Records how a notification's email went; emailed_at is set when it was sent. */
export async function setEmailStatus(tx: Executor, id: string, status: 'sent' | 'failed'): Promise<void> {
  await tx.execute(
    sql`update workflow.notifications set email_status = ${status},
        emailed_at = case when ${status} = 'sent' then now() else emailed_at end where id = ${id}::uuid`,
  );
}

/**
 * The deadline sweep: follow-ups met by a recorded contact roll over; deadlines coming due alert the
 * caseworker; overdue ones alert her and, after the escalation delay, every supervisor of the case's
 * team. Each notification has a unique key per (deadline, kind, recipient) and is inserted with
 * ON CONFLICT DO NOTHING in the sweep's transaction, so two workers sweeping at once, or a sweep run
 * again after a restart, notify nobody twice.
 */
import { sql } from 'drizzle-orm';
import type { Database } from '@haven/core/db/database';
import { rows } from '@haven/core/db/rows';
import { addDuration, type AgencyCalendar } from '../calendar/calendar';
import { riskLevelOf, stageOf } from '../definitions/definition';
import { describeDuration, dueFor, notify } from '../engine/engine';
import * as store from '../engine/store';

/** Alert the caseworker this long before a deadline falls due. */
export const DUE_SOON_MS = 24 * 3_600_000;

export interface SweepResult {
  /** Notifications this sweep inserted (not those another sweep had inserted already). */
  created: { id: string; kind: string; recipientId: string; deadlineId: string }[];
  rolledOver: number;
  /** Deadlines whose limit changed because a risk assessment was submitted after their clock started. */
  reassessed: number;
}

const contactNoteTypes = sql`('contact', 'home_visit', 'office_visit', 'phone_call', 'follow_up')`;

const label: Record<string, string> = {
  stage_limit: 'stage time limit',
  follow_up: 'follow-up',
  review: 'case review',
};

export async function sweepDeadlines(
  db: Database,
  options: { now: Date; emailConfigured: boolean; agencyId?: string },
): Promise<SweepResult> {
  const { now } = options;
  const scope = options.agencyId ? sql`and d.agency_id = ${options.agencyId}::uuid` : sql``;
  return db.transaction({ system: 'workflow-deadline-sweep' }, async (tx) => {
    // Follow-ups met by a contact recorded since the clock started: the next one runs from it.
    const met = await rows<{ id: string; contact_at: Date | string }>(
      tx,
      sql`update workflow.deadlines d set met_at = ${now.toISOString()}::timestamptz
          from (select d2.id, max(n.occurred_at) as contact_at from workflow.deadlines d2
                join "case".case_notes n on n.case_id = d2.case_id and n.note_type::text in ${contactNoteTypes}
                  and n.occurred_at > d2.started_at and n.occurred_at <= ${now.toISOString()}::timestamptz
                where d2.kind = 'follow_up' and d2.met_at is null and d2.cancelled_at is null group by d2.id) m
          where d.id = m.id and d.met_at is null ${scope}
          returning d.id, m.contact_at`,
    );
    // One insert for every rolled-over follow-up (not one per deadline).
    if (met.length > 0)
      await tx.execute(sql`insert into workflow.deadlines
        (agency_id, case_id, kind, stage, started_at, due_at, escalate_after_hours, basis)
        select d.agency_id, d.case_id, d.kind, d.stage, v.contact_at, v.contact_at + (d.due_at - d.started_at),
               d.escalate_after_hours, d.basis
        from workflow.deadlines d join (values ${sql.join(
          met.map((m) => sql`(${m.id}::uuid, ${new Date(m.contact_at).toISOString()}::timestamptz)`),
          sql`, `,
        )}) as v(id, contact_at) on d.id = v.id`);

    // Limits by risk: a risk assessment submitted after a clock started gives it the limit it should
    // have had from the start (identification: 48 hours for high risk instead of 5 working days).
    const reassess = await rows<{
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
      // The risk and the care plan's follow-up interval come with each clock: one query per sweep, not
      // one per clock.
      sql`select d.id, d.agency_id, d.case_id, d.kind, d.stage, d.started_at, d.due_at, s.workflow_key, s.workflow_version,
                 (select f.values->>'riskLevel' from "case".form_submissions f
                  where f.case_id = d.case_id and f.form_key = 'protection_risk_assessment' and f.status = 'submitted'
                  order by f.submitted_at desc limit 1) as risk_level,
                 (select p.follow_up_days from "case".care_plans p where p.case_id = d.case_id and p.status = 'approved'
                  order by p.version desc limit 1) as follow_up_days
          from workflow.deadlines d join workflow.case_stages s on s.case_id = d.case_id
          where d.met_at is null and d.cancelled_at is null ${scope}
            and exists (select 1 from "case".form_submissions f where f.case_id = d.case_id
                        and f.form_key = 'protection_risk_assessment' and f.status = 'submitted'
                        and f.submitted_at > d.started_at)`,
    );
    const calendars = new Map<string, AgencyCalendar>();
    const definitions = new Map<string, Awaited<ReturnType<typeof store.publishedDefinition>>>();
    const changes: { id: string; due: Date; basis: string }[] = [];
    for (const d of reassess) {
      const defKey = `${d.agency_id}:${d.workflow_key}:${d.workflow_version}`;
      if (!definitions.has(defKey))
        definitions.set(defKey, await store.publishedDefinition(tx, d.agency_id, d.workflow_key, d.workflow_version));
      const def = definitions.get(defKey);
      const action = def && stageOf(def.definition, d.stage)?.onEnter?.find((a) => a.kind === d.kind);
      if (!action) continue;
      if (!calendars.has(d.agency_id)) calendars.set(d.agency_id, await store.calendarOf(tx, d.agency_id));
      const { duration, basis } = dueFor(action, {
        risk: riskLevelOf(d.risk_level),
        carePlanFollowUpDays: d.follow_up_days ?? null,
      });
      const due = addDuration(new Date(d.started_at), duration, calendars.get(d.agency_id)!);
      if (due.getTime() === new Date(d.due_at).getTime()) continue;
      changes.push({ id: d.id, due, basis: `${describeDuration(duration)}: ${basis}` });
    }
    if (changes.length > 0)
      await tx.execute(
        sql`update workflow.deadlines d set due_at = v.due_at, basis = v.basis
            from (values ${sql.join(
              changes.map((c) => sql`(${c.id}::uuid, ${c.due.toISOString()}::timestamptz, ${c.basis}::text)`),
              sql`, `,
            )}) as v(id, due_at, basis) where d.id = v.id`,
      );
    const reassessed = changes.length;

    const open = await rows<{
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
            and d.due_at <= ${new Date(now.getTime() + DUE_SOON_MS).toISOString()}::timestamptz ${scope}
          order by d.due_at, d.id`,
    );
    const created: SweepResult['created'] = [];
    const supervisors = new Map<string, string[]>();
    for (const d of open) {
      const due = new Date(d.due_at);
      const what = `${label[d.kind] ?? d.kind} (${d.stage})`;
      const send = async (kind: string, recipientId: string, title: string, body: string) => {
        const id = await notify(
          tx,
          {
            agencyId: d.agency_id,
            recipientId,
            caseId: d.case_id,
            deadlineId: d.id,
            kind,
            dedupeKey: `deadline:${d.id}:${kind}:${recipientId}`,
            title,
            body,
            emailConfigured: options.emailConfigured,
          },
          { returning: true },
        );
        if (id) created.push({ id, kind, recipientId, deadlineId: d.id });
      };
      if (due > now) {
        await send(
          'due',
          d.assigned_worker_id,
          `Due soon: ${d.case_number} ${what}`,
          `The ${what} of case ${d.case_number} is due at ${due.toISOString()}.`,
        );
        continue;
      }
      await send(
        'overdue',
        d.assigned_worker_id,
        `Overdue: ${d.case_number} ${what}`,
        `The ${what} of case ${d.case_number} was due at ${due.toISOString()}.`,
      );
      if (now.getTime() >= due.getTime() + d.escalate_after_hours * 3_600_000 && d.team_id) {
        if (!supervisors.has(d.team_id)) supervisors.set(d.team_id, await store.teamSupervisors(tx, d.team_id));
        for (const supervisor of supervisors.get(d.team_id)!) {
          await send(
            'escalation',
            supervisor,
            `Escalated: ${d.case_number} ${what} overdue`,
            `The ${what} of case ${d.case_number} was due at ${due.toISOString()} and is still open.`,
          );
        }
      }
    }
    return { created, rolledOver: met.length, reassessed };
  });
}

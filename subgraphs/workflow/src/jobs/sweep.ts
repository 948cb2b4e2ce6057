/**
 * The deadline sweep: follow-ups met by a recorded contact roll over; deadlines coming due alert the
 * caseworker; overdue ones alert her and, after the escalation delay, every supervisor of the case's
 * team. Each notification has a unique key per (deadline, kind, recipient) and is inserted with
 * ON CONFLICT DO NOTHING in the sweep's transaction, so two workers sweeping at once, or a sweep run
 * again after a restart, notify nobody twice.
 */
import type { Database } from '@haven/core/db/database';
import { addDuration, type AgencyCalendar } from '../calendar/calendar';
import { stageOf } from '../definitions/definition';
import {
  calendarOf,
  describeDuration,
  dueFor,
  notify,
  publishedDefinition,
  teamSupervisors,
  type DefinitionRow,
} from '../engine';
import * as store from './store';

/** Alert the caseworker this long before a deadline falls due. */
export const DUE_SOON_MS = 24 * 3_600_000;

export interface SweepResult {
  /** Notifications this sweep inserted (not those another sweep had inserted already). */
  created: { id: string; kind: string; recipientId: string; deadlineId: string }[];
  rolledOver: number;
  /** Deadlines whose limit changed because a risk assessment was submitted after their clock started. */
  reassessed: number;
}

const label: Record<string, string> = {
  stage_limit: 'stage time limit',
  follow_up: 'follow-up',
  review: 'case review',
};

export async function sweepDeadlines(
  db: Database,
  options: { now: Date; emailConfigured: boolean; agencyId?: string },
): Promise<SweepResult> {
  const { now, agencyId } = options;
  return db.transaction({ system: 'workflow-deadline-sweep' }, async (tx) => {
    // Follow-ups met by a contact recorded since the clock started: the next one runs from it.
    const rolledOver = await store.rollOverFollowUps(tx, { now, agencyId });

    // Limits by risk: a risk assessment submitted after a clock started gives it the limit it should
    // have had from the start (identification: 48 hours for high risk instead of 5 working days).
    const reassess = await store.clocksToReassess(tx, { agencyId });
    const calendars = new Map<string, AgencyCalendar>();
    const definitions = new Map<string, DefinitionRow | null>();
    const changes: { id: string; due: Date; basis: string }[] = [];
    for (const d of reassess) {
      const defKey = `${d.agencyId}:${d.workflowKey}:${d.workflowVersion}`;
      if (!definitions.has(defKey))
        definitions.set(defKey, await publishedDefinition(tx, d.agencyId, d.workflowKey, d.workflowVersion));
      const def = definitions.get(defKey);
      const action = def && stageOf(def.definition, d.stage)?.onEnter?.find((a) => a.kind === d.kind);
      if (!action) continue;
      if (!calendars.has(d.agencyId)) calendars.set(d.agencyId, await calendarOf(tx, d.agencyId));
      const { duration, basis } = dueFor(action, { risk: d.risk, carePlanFollowUpDays: d.carePlanFollowUpDays });
      const due = addDuration(d.startedAt, duration, calendars.get(d.agencyId)!);
      if (due.getTime() === d.dueAt.getTime()) continue;
      changes.push({ id: d.id, due, basis: `${describeDuration(duration)}: ${basis}` });
    }
    await store.setDueDates(tx, changes);
    const reassessed = changes.length;

    const open = await store.deadlinesDueBy(tx, { by: new Date(now.getTime() + DUE_SOON_MS), agencyId });
    const created: SweepResult['created'] = [];
    const supervisors = new Map<string, string[]>();
    for (const d of open) {
      const due = d.dueAt;
      const what = `${label[d.kind] ?? d.kind} (${d.stage})`;
      const send = async (kind: string, recipientId: string, title: string, body: string) => {
        const id = await notify(
          tx,
          {
            agencyId: d.agencyId,
            recipientId,
            caseId: d.caseId,
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
          d.assignedWorkerId,
          `Due soon: ${d.caseNumber} ${what}`,
          `The ${what} of case ${d.caseNumber} is due at ${due.toISOString()}.`,
        );
        continue;
      }
      await send(
        'overdue',
        d.assignedWorkerId,
        `Overdue: ${d.caseNumber} ${what}`,
        `The ${what} of case ${d.caseNumber} was due at ${due.toISOString()}.`,
      );
      if (now.getTime() >= due.getTime() + d.escalateAfterHours * 3_600_000 && d.teamId) {
        if (!supervisors.has(d.teamId)) supervisors.set(d.teamId, await teamSupervisors(tx, d.teamId));
        for (const supervisor of supervisors.get(d.teamId)!) {
          await send(
            'escalation',
            supervisor,
            `Escalated: ${d.caseNumber} ${what} overdue`,
            `The ${what} of case ${d.caseNumber} was due at ${due.toISOString()} and is still open.`,
          );
        }
      }
    }
    return { created, rolledOver, reassessed };
  });
}

/**
 * The supervisor's queue (issue 7, item 6): for the teams the viewer supervises, the approvals waiting
 * (workflow moves and care plans), the clocks past due, the open cases without activity for the
 * agency's configured number of days, and each worker's caseload against its target. A handful of
 * set-based queries whatever the number of cases (no per-case query); run as the viewer, so row-level
 * security applies on top of the team filter. Only ids, case numbers, stages, instants and counts.
 */
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database } from '@haven/core/db/database';
import { badInput, HavenError } from '@haven/core/errors';
import * as store from './store';
import type { QueueApproval, QueueDeadline, QueueInactive, SupervisionSettings } from './store';

export type { QueueApproval, QueueDeadline, QueueInactive, SupervisionSettings } from './store';

/** Lists are capped at this many entries (oldest or most overdue first); totals are always exact. */
export const QUEUE_LIMIT = 200;

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

export async function getSupervisionSettings(db: Database, caller: Caller): Promise<SupervisionSettings> {
  const { viewer } = caller;
  if (
    viewer.supervisedTeamIds.length === 0 &&
    !viewer.permissions.includes('workflow:manage') &&
    !viewer.permissions.includes('workflow:read')
  )
    throw new HavenError('FORBIDDEN', 'Only supervisors and workflow readers see the supervision settings');
  return db.transaction({ viewer }, (tx) => store.settingsOf(tx, viewer.agencyId));
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
    const found = await store.usersOfAgency(tx, viewer.agencyId, ids);
    const missing = ids
      .map((id, i) => ({ id, i }))
      .filter((x) => !found.has(x.id))
      .map((x) => ({
        path: ['input', 'workerCaseloadTargets', x.i, 'workerId'],
        message: 'is not a user of the agency',
      }));
    if (missing.length > 0) throw badInput(missing);
    const targets = Object.fromEntries(input.workerCaseloadTargets.map((w) => [w.workerId.toLowerCase(), w.target]));
    await store.saveSettings(
      tx,
      viewer.agencyId,
      { inactivityDays: input.inactivityDays, caseloadTarget: input.caseloadTarget, workerCaseloadTargets: targets },
      viewer.userId,
    );
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'workflow.supervision.update',
      targetType: 'agency',
      targetId: viewer.agencyId,
      fields: ['inactivityDays', 'caseloadTarget', 'workerCaseloadTargets'],
      outcome: 'allowed',
    });
    return store.settingsOf(tx, viewer.agencyId);
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
  return db.transaction({ viewer }, async (tx) => {
    const settings = await store.settingsOf(tx, viewer.agencyId);
    const approvals = await store.pendingApprovals(tx, teamIds, QUEUE_LIMIT);
    const overdue = await store.overdueDeadlines(tx, teamIds, now, QUEUE_LIMIT);
    const inactive = await store.inactiveCases(tx, teamIds, now, settings.inactivityDays, QUEUE_LIMIT);
    const loads = await store.openCaseloads(tx, teamIds);
    const targetOf = new Map(settings.workerCaseloadTargets.map((w) => [w.workerId, w.target]));
    const caseloads = loads.map((l) => {
      const target = targetOf.get(l.workerId) ?? settings.caseloadTarget;
      return { ...l, target, overTarget: l.openCases > target };
    });

    const caseIds = [
      ...new Set([...approvals.items, ...overdue.items, ...inactive.items].map((entry) => entry.caseId)),
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
      approvals: approvals.items,
      approvalsTotal: approvals.total,
      overdue: overdue.items,
      overdueTotal: overdue.total,
      inactive: inactive.items,
      inactiveTotal: inactive.total,
      caseloads,
    };
  });
}

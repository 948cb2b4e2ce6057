import { z } from 'zod';
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit, requireReason } from '@haven/core/audit/audit';
import { badInput, HavenError } from '@haven/core/errors';
import type { Database } from '@haven/core/db/database';
import { isUuid } from '@haven/core/ids';
import { staffStanding } from '@haven/identity';
import { manages, mayShare } from '../access';
import { caseTransaction, reachableCase, refuse, Refusal, type CaseView } from '../cases';
import * as store from './shares.store';
import { zodProblems } from '../zod-problems';
import type { Share } from './shares.store';

export type { Share };

/** Longest a share may run; a share is renewed by granting it again. */
export const MAX_SHARE_DAYS = 90;
/** Longest an emergency access may run. */
export const MAX_EMERGENCY_HOURS = 12;

export interface ShareCaseInput {
  caseId: string;
  granteeId: string;
  reason: string;
  expiresAt: Date;
  /** Whether the share shows the case's restricted fields too. */
  includesRestricted: boolean;
}

const shareSchema = z.object({
  granteeId: z.string().refine(isUuid, 'must be a user id'),
  expiresAt: z
    .date()
    .refine((d) => d.getTime() > Date.now(), 'must be in the future')
    .refine((d) => d.getTime() <= Date.now() + MAX_SHARE_DAYS * 86_400_000, `must be within ${MAX_SHARE_DAYS} days`),
});

const noSuchCase = () => new Refusal('NOT_FOUND', 'No such case');
const forbidden = (message: string) => new Refusal('FORBIDDEN', message);

/**
 * Shares a case with a named colleague of the same agency, with a reason and an expiry. Granted by
 * the assigned worker or her supervisor; only the assigned worker can include restricted fields.
 * The grantee must be an active user who may read cases.
 */
export async function shareCase(db: Database, caller: Caller, input: ShareCaseInput): Promise<Share> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:share');
  const reason = requireReason('case.share', input.reason);
  const parsed = shareSchema.safeParse({ granteeId: input.granteeId, expiresAt: input.expiresAt });
  if (!parsed.success) {
    throw badInput(zodProblems(parsed.error));
  }
  return caseTransaction(db, caller, { action: 'case.share', target: input.caseId, reason }, async (tx) => {
    const record = await reachableCase(tx, viewer, input.caseId);
    if (!record) throw noSuchCase();
    const level = input.includesRestricted ? 'restricted' : 'standard';
    if (!mayShare(record.access, level)) {
      throw forbidden(
        manages(record.access)
          ? 'Only the assigned worker may share restricted fields'
          : 'Only those who work a case may share it',
      );
    }
    if (input.granteeId === viewer.userId) throw badInput([{ path: ['granteeId'], message: 'must be someone else' }]);
    const grantee = await staffStanding(tx, viewer.agencyId, input.granteeId);
    if (!grantee || !grantee.active || !grantee.permissions.includes('case:read')) {
      throw badInput([{ path: ['granteeId'], message: 'must be an active colleague who may read cases' }]);
    }
    const created = await store.insertShare(tx, {
      agencyId: viewer.agencyId,
      caseId: record.id,
      granteeId: input.granteeId,
      grantedBy: viewer.userId,
      reason,
      includesRestricted: input.includesRestricted,
      expiresAt: input.expiresAt,
    });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'case.share',
      targetType: 'case',
      targetId: record.id,
      fields: [`grantee:${input.granteeId}`, `level:${level}`],
      reason,
      outcome: 'allowed',
    });
    return created;
  });
}

/** Ends a share early; by those who work the case. */
export async function revokeShare(db: Database, caller: Caller, shareId: string): Promise<Share> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:share');
  if (!isUuid(shareId)) throw new HavenError('NOT_FOUND', 'No such share');
  // Refused against the share's case once it is found, else the share.
  let caseId: string | null = null;
  const refused = { action: 'case.share_revoke', target: () => caseId ?? shareId };
  return caseTransaction(db, caller, refused, async (tx) => {
    const share = await store.findShare(tx, viewer.agencyId, shareId);
    if (!share) throw new Refusal('NOT_FOUND', 'No such share');
    caseId = share.caseId;
    const record = await reachableCase(tx, viewer, share.caseId);
    if (!record || !manages(record.access)) throw new Refusal('NOT_FOUND', 'No such share');
    const done = (await store.revokeShare(tx, share.id, viewer.userId)) ?? share;
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'case.share_revoke',
      targetType: 'case',
      targetId: record.id,
      fields: [`grantee:${share.granteeId}`],
      outcome: 'allowed',
    });
    return done;
  });
}

/** The shares of a case, for those who work it (others see none). */
export async function sharesOf(
  db: Database,
  caller: Caller,
  caseIds: readonly string[],
): Promise<Map<string, Share[]>> {
  const { viewer } = caller;
  return db.transaction({ viewer }, async (tx) => {
    const out = new Map<string, Share[]>(caseIds.map((id) => [id, []]));
    for (const share of await store.findSharesOfCases(tx, caseIds)) out.get(share.caseId)?.push(share);
    return out;
  });
}

/**
 * Break-glass access: a supervisor opens a case outside her reach, with a reason, for a limited
 * time. The agency's auditors get an alert; the case's standard and restricted fields become
 * readable (never confidential ones) until it expires.
 */
export async function openEmergencyAccess(
  db: Database,
  caller: Caller,
  input: { caseId: string; reason: string; hours: number },
): Promise<{ caseId: string; expiresAt: Date }> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:emergency_access');
  const reason = requireReason('case.emergency_access', input.reason);
  if (!Number.isInteger(input.hours) || input.hours < 1 || input.hours > MAX_EMERGENCY_HOURS) {
    throw badInput([{ path: ['hours'], message: `must be between 1 and ${MAX_EMERGENCY_HOURS}` }]);
  }
  if (!isUuid(input.caseId)) return refuse(db, caller, input.caseId, 'case.emergency_access');
  const expiresAt = new Date(Date.now() + input.hours * 3_600_000);
  const refused = { action: 'case.emergency_access', target: input.caseId, reason };
  return caseTransaction(db, caller, refused, async (tx) => {
    // The case is out of the viewer's reach, so row-level security hides it: existence in the
    // agency is checked by the foreign key and agency check of the insert.
    if (!(await store.caseExistsInAgency(tx, viewer.agencyId, input.caseId))) throw noSuchCase();
    const access = await store.insertEmergencyAccess(tx, {
      agencyId: viewer.agencyId,
      caseId: input.caseId,
      userId: viewer.userId,
      reason,
      expiresAt,
    });
    await store.insertAlert(tx, {
      agencyId: viewer.agencyId,
      kind: 'emergency_access',
      caseId: input.caseId,
      actorId: viewer.userId,
      reason,
      expiresAt: access.expiresAt,
    });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'case.emergency_access',
      targetType: 'case',
      targetId: input.caseId,
      reason,
      outcome: 'allowed',
    });
    return { caseId: input.caseId, expiresAt: access.expiresAt };
  });
}

/**
 * Reassigns a case within its team: by a supervisor of that team, to an active member of the team
 * who may read cases. Nobody assigns a case they cannot see, or to someone outside its team.
 */
export async function assignCase(
  db: Database,
  caller: Caller,
  input: { caseId: string; workerId: string },
): Promise<CaseView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:assign');
  return caseTransaction(db, caller, { action: 'case.assign', target: input.caseId }, async (tx) => {
    const record = await reachableCase(tx, viewer, input.caseId);
    if (!record) throw noSuchCase();
    if (!record.access.supervises || !record.teamId) {
      throw forbidden("Only a supervisor of the case's team may assign it");
    }
    const worker = isUuid(input.workerId) ? await staffStanding(tx, viewer.agencyId, input.workerId) : null;
    if (
      !worker ||
      !worker.active ||
      !worker.permissions.includes('case:read') ||
      !worker.teamIds.includes(record.teamId)
    ) {
      throw badInput([
        { path: ['workerId'], message: "must be an active member of the case's team who may read cases" },
      ]);
    }
    if (record.assignedWorkerId === input.workerId) return record;
    await store.updateAssignment(tx, record.id, input.workerId);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'case.assign',
      targetType: 'case',
      targetId: record.id,
      fields: ['assignedWorker'],
      change: { before: { assignedWorker: record.assignedWorkerId }, after: { assignedWorker: input.workerId } },
      outcome: 'allowed',
    });
    return (await reachableCase(tx, viewer, record.id))!;
  });
}

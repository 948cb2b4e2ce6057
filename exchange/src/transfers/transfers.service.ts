import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import { badInput, HavenError } from '@haven/core/errors';
import type { Database } from '@haven/core/db/database';
import { isUuid } from '@haven/core/ids';
import { manages, overrideReasonOf, reachableCase, refuse, requireConsent } from '@haven/case';
import type { Transfer } from './transfer';
import * as store from './transfers.store';

/**
 * Starts the transfer of a case to a partner organisation (status initiated), by someone holding
 * transfer:initiate who works the case. It needs a live information-sharing consent naming that
 * partner; without one, someone holding consent:override may go ahead with a reason, recorded as
 * an override for this partner and tied to this transfer. One transaction.
 */
export async function initiateTransfer(
  db: Database,
  caller: Caller,
  input: { caseId: string; partnerId: string; consentOverrideReason?: string | null },
): Promise<Transfer> {
  const { viewer } = caller;
  assertPermission(viewer, 'transfer:initiate');
  if (!isUuid(input.partnerId)) throw badInput([{ path: ['partnerId'], message: 'must be a partner organisation id' }]);
  let overrideReason: string | null;
  try {
    overrideReason = overrideReasonOf(viewer, input.consentOverrideReason, ['consentOverrideReason']);
  } catch (error) {
    if (error instanceof HavenError && error.code === 'FORBIDDEN') {
      const given = input.consentOverrideReason?.trim().slice(0, 1000) || null;
      return refuse(db, caller, input.caseId, 'consent.override', { error, reason: given });
    }
    throw error;
  }
  let denied: HavenError | null = null;
  let created: Transfer | null;
  try {
    created = await db.transaction({ viewer }, async (tx) => {
      const record = await reachableCase(tx, viewer, input.caseId);
      if (!record) return null;
      if (!manages(record.access)) {
        denied = new HavenError('FORBIDDEN', 'Only those who work a case may transfer it');
        return null;
      }
      if (!(await store.partnerExists(tx, viewer.agencyId, input.partnerId))) {
        throw badInput([{ path: ['partnerId'], message: 'must be a partner organisation of this agency' }]);
      }
      const basis = await requireConsent(tx, viewer, record.id, 'information_sharing', input.partnerId, {
        reason: overrideReason,
        requestId: caller.requestId,
      });
      const transfer = await store.insertTransfer(tx, {
        agencyId: viewer.agencyId,
        caseId: record.id,
        partnerId: input.partnerId,
        consentId: 'consentId' in basis ? basis.consentId : null,
        consentOverrideId: 'overrideId' in basis ? basis.overrideId : null,
        initiatedBy: viewer.userId,
      });
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: 'transfer.initiate',
        targetType: 'case',
        targetId: record.id,
        fields: [
          `transfer:${transfer.id}`,
          `partner:${input.partnerId}`,
          'consentId' in basis ? `consent:${basis.consentId}` : `consentOverride:${basis.overrideId}`,
        ],
        outcome: 'allowed',
      });
      return transfer;
    });
  } catch (error) {
    // The consent check failed inside the transaction, which rolled back; the refusal is recorded now.
    if (error instanceof HavenError && error.code === 'CONSENT_REQUIRED') {
      return refuse(db, caller, input.caseId, 'transfer.initiate', {
        error,
        fields: ['consent:information_sharing'],
        reason: overrideReason,
      });
    }
    throw error;
  }
  if (denied) return refuse(db, caller, input.caseId, 'transfer.initiate', { error: denied, reason: overrideReason });
  return created ?? refuse(db, caller, input.caseId, 'transfer.initiate', { reason: overrideReason });
}

import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database } from '@haven/core/db/database';
import { HavenError } from '@haven/core/errors';
import { isUuid } from '@haven/core/ids';
import * as store from './alerts.store';

export type { AccessAlert } from './alerts.store';

/** Access alerts of the viewer's agency for its auditors (emergency access); no case content. */
export async function accessAlerts(db: Database, caller: Caller, onlyOpen: boolean): Promise<store.AccessAlert[]> {
  assertPermission(caller.viewer, 'audit:read');
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const alerts = await store.findAlerts(db, tx, caller.viewer.agencyId, onlyOpen, 200);
    await recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
      action: 'audit.alerts_read',
      targetType: 'alert',
      targetIds: alerts.map((a) => a.id),
      outcome: 'allowed',
    });
    return alerts;
  });
}

/** Marks an alert as looked into; who and when are kept. */
export async function acknowledgeAccessAlert(db: Database, caller: Caller, id: string): Promise<store.AccessAlert> {
  assertPermission(caller.viewer, 'audit:read');
  const done = isUuid(id)
    ? await db.transaction({ viewer: caller.viewer }, async (tx) => {
        const alert = await store.acknowledgeAlert(db, tx, caller.viewer.agencyId, id, caller.viewer.userId);
        if (alert) {
          await recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
            action: 'audit.alert_acknowledge',
            targetType: 'alert',
            targetId: id,
            outcome: 'allowed',
          });
        }
        return alert;
      })
    : null;
  if (!done) throw new HavenError('NOT_FOUND', 'No such alert');
  return done;
}

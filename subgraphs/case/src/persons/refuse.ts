import type { Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database } from '@haven/core/db/database';
import type { HavenError } from '@haven/core/errors';

/**
 * Records a refusal of an action on a household, note or document in a transaction of its own,
 * after the request's transaction ended (so it survives the rollback and never waits on it), then
 * throws the error the caller gets.
 */
export async function refuseTarget(
  db: Database,
  caller: Caller,
  target: { type: string; id: string },
  action: string,
  error: HavenError,
): Promise<never> {
  await db.transaction({ viewer: caller.viewer }, (tx) =>
    recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
      action,
      targetType: target.type,
      targetId: target.id,
      reason: error.code,
      outcome: 'denied',
    }),
  );
  throw error;
}

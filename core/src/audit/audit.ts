import { sqlTextArray } from '../db/arrays';
import { sql } from 'drizzle-orm';
import { resultRows, type Executor } from '../db/database';
import { HavenError } from '../errors';
import type { Viewer } from '../viewer';
import { valuesHash } from './canonical';

/**
 * What happened, in words an auditor can filter on: '<area>.<verb>', e.g. case.read, case.list,
 * case.create, case.update, auth.sign_in, audit.export. Never a field value.
 */
export interface AuditEntry {
  action: string;
  targetType?: string;
  targetId?: string;
  /** For list reads: the ids of every record returned. */
  targetIds?: string[];
  /** Names of the fields read or changed. */
  fields?: string[];
  /** Old and new values of a change: only their hashes are stored. */
  change?: { before: Record<string, unknown>; after: Record<string, unknown> };
  reason?: string | null;
  outcome: 'allowed' | 'denied';
}

/** Who acted and from where; request id and client address come from the gateway. */
export interface AuditActor {
  actorId: string | null;
  agencyId: string | null;
  roles: string[];
  requestId: string | null;
  clientAddress: string | null;
}

/** Actions that may only happen with a stated reason, which is stored in the row. */
export const actionsRequiringReason = new Set([
  'case.export',
  'case.print',
  'case.read_restricted_by_grant',
  'case.emergency_access',
  'audit.export',
]);

export function actorOf(viewer: Viewer, requestId: string | null): AuditActor {
  return {
    actorId: viewer.userId,
    agencyId: viewer.agencyId,
    roles: viewer.roles,
    requestId,
    clientAddress: viewer.clientAddress,
  };
}

/** Refuses a sensitive operation without a reason, before anything is done. */
export function requireReason(action: string, reason: string | null | undefined): string {
  const trimmed = reason?.trim() ?? '';
  if (trimmed.length < 5) {
    throw new HavenError('BAD_USER_INPUT', `${action} needs a reason`, {
      fields: [{ path: ['reason'], message: 'must state why, in at least 5 characters' }],
    });
  }
  return trimmed.slice(0, 1000);
}

let benchmarkWithoutAuditing = false;

/**
 * For `npm run bench` only, which measures what auditing costs by comparing with a run without it.
 * There is deliberately no configuration setting for this: a deployment cannot turn auditing off.
 */
export function switchOffAuditingForBenchmark(off: boolean): void {
  benchmarkWithoutAuditing = off;
}

/**
 * The one function through which everything in Haven writes to the audit trail. Call it inside the
 * transaction of the access or change it records, so that both commit or neither does; if the row
 * cannot be written, the transaction fails and the access with it. The database assigns sequence,
 * time and hash (migration 0002).
 */
export async function recordAudit(tx: Executor, actor: AuditActor, entry: AuditEntry): Promise<void> {
  // A refused attempt is recorded whether or not it gave a reason.
  const reason =
    actionsRequiringReason.has(entry.action) && entry.outcome === 'allowed'
      ? requireReason(entry.action, entry.reason)
      : (entry.reason ?? null);
  if (benchmarkWithoutAuditing) return;
  const fields = entry.fields ?? [];
  await tx.execute(sql`
    insert into audit.events
      (actor_id, agency_id, actor_roles, action, target_type, target_id, target_ids, fields,
       old_values_hash, new_values_hash, reason, outcome, request_id, client_address, seq, occurred_at, prev_hash, hash)
    values
      (${actor.actorId}::uuid, ${actor.agencyId}::uuid, ${sqlTextArray(actor.roles)}, ${entry.action},
       ${entry.targetType ?? null}, ${entry.targetId ?? null}, ${sqlTextArray(entry.targetIds ?? [])}, ${sqlTextArray(fields)},
       ${entry.change ? valuesHash(entry.change.before) : null}, ${entry.change ? valuesHash(entry.change.after) : null},
       ${reason}, ${entry.outcome}, ${actor.requestId}, ${actor.clientAddress},
       0, now(), '', '')`);
}

/**
 * Of these case ids, those an allowed read by the same viewer in the same request already recorded
 * together with a field under `field` (the case subgraph records every Case field the client's
 * operation reads, as the gateway lists them). Another subgraph resolving that field for those cases
 * need not write a second row. Only rows of the last minute count (request ids come from clients and
 * may repeat; a viewer token lives a minute).
 */
export async function casesAlreadyRecorded(
  tx: Executor,
  actor: AuditActor,
  caseIds: readonly string[],
  field: string,
): Promise<Set<string>> {
  if (!actor.requestId || !actor.actorId || caseIds.length === 0) return new Set();
  const rows = resultRows<{ ids: string[] }>(
    await tx.execute(sql`
      select case when e.target_id is null then e.target_ids else array[e.target_id] end as ids
      from audit.events e
      where e.actor_id = ${actor.actorId}::uuid and e.request_id = ${actor.requestId}
        and e.action in ('case.read', 'case.list') and e.outcome = 'allowed'
        and e.occurred_at > now() - interval '1 minute'
        and exists (select 1 from unnest(e.fields) f where f = ${field} or f like ${`${field}.%`})
      order by e.seq desc
      limit 20`),
  );
  const recorded = new Set(rows.flatMap((r) => r.ids));
  return new Set(caseIds.filter((id) => recorded.has(id)));
}

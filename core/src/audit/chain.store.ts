import { sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import type { CanonicalAuditRow } from './canonical';

export interface StoredAuditRow extends CanonicalAuditRow {
  prevHash: string;
  hash: string;
}

interface RawRow extends Record<string, unknown> {
  seq: string;
  occurred_at: string;
  actor_id: string | null;
  agency_id: string | null;
  actor_roles: string[];
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_ids: string[];
  fields: string[];
  old_values_hash: string | null;
  new_values_hash: string | null;
  reason: string | null;
  outcome: string;
  request_id: string | null;
  client_address: string | null;
  prev_hash: string;
  hash: string;
}

/**
 * Reads the chain in sequence order, a batch at a time, formatting values exactly as
 * audit.canonical() does. Runs as the connecting role, not the runtime role: verification is an
 * operator's task.
 */
export async function* readChain(db: Database, batchSize = 20_000): AsyncGenerator<StoredAuditRow[]> {
  let after = '0';
  for (;;) {
    const rows = await db.rows<RawRow>(sql`
      select seq::text as seq,
             to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at,
             actor_id::text as actor_id, agency_id::text as agency_id, actor_roles, action, target_type, target_id, target_ids,
             fields, old_values_hash, new_values_hash, reason, outcome, request_id, client_address, prev_hash, hash
      from audit.events e where e.seq > ${after}::bigint order by e.seq limit ${batchSize}`);
    if (rows.length === 0) return;
    yield rows.map((r) => ({
      seq: r.seq,
      occurredAt: r.occurred_at,
      actorId: r.actor_id,
      agencyId: r.agency_id,
      actorRoles: r.actor_roles,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      targetIds: r.target_ids,
      fields: r.fields,
      oldValuesHash: r.old_values_hash,
      newValuesHash: r.new_values_hash,
      reason: r.reason,
      outcome: r.outcome,
      requestId: r.request_id,
      clientAddress: r.client_address,
      prevHash: r.prev_hash,
      hash: r.hash,
    }));
    after = rows[rows.length - 1]!.seq;
    if (rows.length < batchSize) return;
  }
}

/** The head as the database records it: the newest row's sequence number and hash. */
export async function readChainHead(db: Database): Promise<{ seq: string; hash: string }> {
  const [row] = await db.rows<{ seq: string; hash: string }>(sql`select seq::text as seq, hash from audit.chain_head where id = 1`);
  if (!row) throw new Error('audit chain head missing: has migration 0002 run?');
  return row;
}

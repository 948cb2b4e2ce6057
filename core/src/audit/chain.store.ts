import { sql } from 'drizzle-orm';
import type { Database } from '../db/database';
import type { CanonicalAuditRow } from './canonical';

export interface StoredAuditRow extends CanonicalAuditRow {
  prevHash: string;
  hash: string;
}

type RawRow = [
  seq: string,
  occurredAt: string,
  actorId: string | null,
  agencyId: string | null,
  actorRoles: string[],
  action: string,
  targetType: string | null,
  targetId: string | null,
  targetIds: string[],
  fields: string[],
  oldValuesHash: string | null,
  newValuesHash: string | null,
  reason: string | null,
  outcome: string,
  requestId: string | null,
  clientAddress: string | null,
  prevHash: string,
  hash: string,
];

/**
 * Microseconds since the epoch → the text audit.canonical() formats with to_char
 * (YYYY-MM-DDTHH:MM:SS.ffffffZ). Formatting here rather than in SQL halves the database's share of verify.
 */
export function formatMicros(micros: string): string {
  const n = Number(micros);
  const ms = Math.floor(n / 1000);
  const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  return `${iso.slice(0, 23)}${String(n - ms * 1000).padStart(3, '0')}Z`;
}

const toRow = (r: RawRow): StoredAuditRow => ({
  seq: r[0],
  occurredAt: formatMicros(r[1]),
  actorId: r[2],
  agencyId: r[3],
  actorRoles: r[4],
  action: r[5],
  targetType: r[6],
  targetId: r[7],
  targetIds: r[8],
  fields: r[9],
  oldValuesHash: r[10],
  newValuesHash: r[11],
  reason: r[12],
  outcome: r[13],
  requestId: r[14],
  clientAddress: r[15],
  prevHash: r[16],
  hash: r[17],
});

/** Rows with from <= seq <= to, in order, as one JSON document (far faster than row by row). */
async function readWindow(db: Database, from: bigint, to: bigint): Promise<StoredAuditRow[]> {
  const [batch] = await db.rows<{ rows: string | null }>(sql`
    select json_agg(json_build_array(
             e.seq::text, (extract(epoch from e.occurred_at) * 1000000)::bigint::text,
             e.actor_id, e.agency_id, e.actor_roles, e.action, e.target_type, e.target_id, e.target_ids, e.fields,
             e.old_values_hash, e.new_values_hash, e.reason, e.outcome, e.request_id, e.client_address, e.prev_hash, e.hash)
           order by e.seq)::text as rows
    from audit.events e where e.seq between ${from.toString()}::bigint and ${to.toString()}::bigint`);
  return batch?.rows ? (JSON.parse(batch.rows) as RawRow[]).map(toRow) : [];
}

/**
 * Reads the chain in sequence order, formatting values exactly as audit.canonical() does, in
 * windows of sequence numbers up to the highest row present. Sequence numbers are dense, so windows
 * can be fetched ahead while earlier ones are checked (on PostgreSQL, over several connections);
 * rows missing from a window show up as a gap. Runs as the connecting role, not the runtime role:
 * verification is an operator's task.
 */
export async function* readChain(db: Database, windowSize = 10_000, ahead = 4): AsyncGenerator<StoredAuditRow[]> {
  const [top] = await db.rows<{ max: string | null }>(sql`select max(seq)::text as max from audit.events`);
  const last = BigInt(top?.max ?? '0');
  const size = BigInt(windowSize);
  const pending: Promise<StoredAuditRow[]>[] = [];
  let next = 1n;
  const fill = () => {
    while (pending.length < ahead && next <= last) {
      pending.push(readWindow(db, next, next + size - 1n));
      next += size;
    }
  };
  fill();
  while (pending.length > 0) {
    const rows = await pending.shift()!;
    fill();
    if (rows.length > 0) yield rows;
  }
}

/** The head as the database records it: the newest row's sequence number and hash. */
export async function readChainHead(db: Database): Promise<{ seq: string; hash: string }> {
  const [row] = await db.rows<{ seq: string; hash: string }>(
    sql`select seq::text as seq, hash from audit.chain_head where id = 1`,
  );
  if (!row) throw new Error('audit chain head missing: has migration 0002 run?');
  return row;
}

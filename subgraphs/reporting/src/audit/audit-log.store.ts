import { sql, type SQL } from 'drizzle-orm';
import type { Database, Executor } from '@haven/core/db/database';

export interface AuditLogEntry {
  seq: string;
  occurredAt: Date;
  actorId: string | null;
  actorRoles: string[];
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetIds: string[];
  fields: string[];
  outcome: string;
  reason: string | null;
  requestId: string | null;
  clientAddress: string | null;
}

export interface AuditLogFilter {
  caseId?: string | null;
  userId?: string | null;
  action?: string | null;
  outcome?: string | null;
  from?: Date | null;
  to?: Date | null;
}

interface Raw extends Record<string, unknown> {
  seq: string;
  occurred_at: string;
  actor_id: string | null;
  actor_roles: string[];
  action: string;
  target_type: string | null;
  target_id: string | null;
  target_ids: string[];
  fields: string[];
  outcome: string;
  reason: string | null;
  request_id: string | null;
  client_address: string | null;
}

/** Audit events of one agency, newest first, filtered; never joined with case data. */
export async function findAuditEvents(
  db: Database,
  tx: Executor,
  agencyId: string,
  filter: AuditLogFilter,
  limit: number,
  beforeSeq: string | null,
): Promise<AuditLogEntry[]> {
  const conditions: SQL[] = [sql`agency_id = ${agencyId}::uuid`];
  if (filter.caseId) {
    conditions.push(sql`target_type = 'case' and (target_id = ${filter.caseId} or ${filter.caseId} = any(target_ids))`);
  }
  if (filter.userId) conditions.push(sql`actor_id = ${filter.userId}::uuid`);
  if (filter.action) conditions.push(sql`action = ${filter.action}`);
  if (filter.outcome) conditions.push(sql`outcome = ${filter.outcome}`);
  if (filter.from) conditions.push(sql`occurred_at >= ${filter.from.toISOString()}::timestamptz`);
  if (filter.to) conditions.push(sql`occurred_at < ${filter.to.toISOString()}::timestamptz`);
  if (beforeSeq) conditions.push(sql`seq < ${beforeSeq}::bigint`);
  const rows = await db.rows<Raw>(
    sql`select seq::text as seq, to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as occurred_at, actor_id::text as actor_id, actor_roles, action,
               target_type, target_id, target_ids, fields, outcome, reason, request_id, client_address
        from audit.events where ${sql.join(conditions, sql` and `)}
        order by audit.events.seq desc limit ${limit}`,
    tx,
  );
  return rows.map((r) => ({
    seq: r.seq,
    occurredAt: new Date(r.occurred_at),
    actorId: r.actor_id,
    actorRoles: r.actor_roles,
    action: r.action,
    targetType: r.target_type,
    targetId: r.target_id,
    targetIds: r.target_ids,
    fields: r.fields,
    outcome: r.outcome,
    reason: r.reason,
    requestId: r.request_id,
    clientAddress: r.client_address,
  }));
}

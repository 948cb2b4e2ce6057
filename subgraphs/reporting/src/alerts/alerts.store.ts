import { sql } from 'drizzle-orm';
import type { Database, Executor } from '@haven/core/db/database';

/** An alert for the agency's auditors: who opened which case outside their reach, why, until when. */
export interface AccessAlert {
  id: string;
  kind: string;
  caseId: string | null;
  actorId: string;
  reason: string | null;
  raisedAt: Date;
  expiresAt: Date | null;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
}

interface Raw extends Record<string, unknown> {
  id: string;
  kind: string;
  case_id: string | null;
  actor_id: string;
  reason: string | null;
  raised_at: string | Date;
  expires_at: string | Date | null;
  acknowledged_at: string | Date | null;
  acknowledged_by: string | null;
}

const date = (v: string | Date | null) => (v === null ? null : new Date(v));

function toAlert(r: Raw): AccessAlert {
  return {
    id: r.id,
    kind: r.kind,
    caseId: r.case_id,
    actorId: r.actor_id,
    reason: r.reason,
    raisedAt: new Date(r.raised_at),
    expiresAt: date(r.expires_at),
    acknowledgedAt: date(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by,
  };
}

/** Alerts of one agency (row-level security keeps other agencies out too), newest first. */
export async function findAlerts(
  db: Database,
  tx: Executor,
  agencyId: string,
  onlyOpen: boolean,
  limit: number,
): Promise<AccessAlert[]> {
  const rows = await db.rows<Raw>(
    sql`select id, kind, case_id, actor_id, reason, raised_at, expires_at, acknowledged_at, acknowledged_by
        from audit.alerts
        where agency_id = ${agencyId}::uuid ${onlyOpen ? sql`and acknowledged_at is null` : sql``}
        order by raised_at desc, id desc limit ${limit}`,
    tx,
  );
  return rows.map(toAlert);
}

export async function acknowledgeAlert(
  db: Database,
  tx: Executor,
  agencyId: string,
  id: string,
  by: string,
): Promise<AccessAlert | null> {
  const rows = await db.rows<Raw>(
    sql`update audit.alerts set acknowledged_at = coalesce(acknowledged_at, now()), acknowledged_by = coalesce(acknowledged_by, ${by}::uuid)
        where id = ${id}::uuid and agency_id = ${agencyId}::uuid
        returning id, kind, case_id, actor_id, reason, raised_at, expires_at, acknowledged_at, acknowledged_by`,
    tx,
  );
  return rows[0] ? toAlert(rows[0]) : null;
}

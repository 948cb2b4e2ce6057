import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { caseShares, cases, emergencyAccesses } from '@haven/core/db/schema';
import { resultRows, type Executor } from '@haven/core/db/database';

export interface Share {
  id: string;
  caseId: string;
  granteeId: string;
  grantedBy: string;
  reason: string;
  includesRestricted: boolean;
  grantedAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
  revokedBy: string | null;
}

export async function insertShare(
  tx: Executor,
  values: Omit<Share, 'id' | 'grantedAt' | 'revokedAt' | 'revokedBy'> & { agencyId: string },
): Promise<Share> {
  const [row] = await tx.insert(caseShares).values(values).returning();
  return toShare(row!);
}

function toShare(row: typeof caseShares.$inferSelect): Share {
  return {
    id: row.id,
    caseId: row.caseId,
    granteeId: row.granteeId,
    grantedBy: row.grantedBy,
    reason: row.reason,
    includesRestricted: row.includesRestricted,
    grantedAt: row.grantedAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    revokedBy: row.revokedBy,
  };
}

export async function findShare(tx: Executor, agencyId: string, id: string): Promise<Share | null> {
  const [row] = await tx
    .select()
    .from(caseShares)
    .where(and(eq(caseShares.agencyId, agencyId), eq(caseShares.id, id)));
  return row ? toShare(row) : null;
}

/** Shares of some cases, newest first (revoked and expired ones too: they are history). */
export async function findSharesOfCases(tx: Executor, caseIds: readonly string[]): Promise<Share[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(caseShares)
    .where(inArray(caseShares.caseId, [...caseIds]))
    .orderBy(desc(caseShares.grantedAt));
  return rows.map(toShare);
}

export async function revokeShare(tx: Executor, id: string, by: string): Promise<Share | null> {
  const [row] = await tx
    .update(caseShares)
    .set({ revokedAt: sql`now()`, revokedBy: by })
    .where(and(eq(caseShares.id, id), isNull(caseShares.revokedAt)))
    .returning();
  return row ? toShare(row) : null;
}

export async function insertEmergencyAccess(
  tx: Executor,
  values: { agencyId: string; caseId: string; userId: string; reason: string; expiresAt: Date },
): Promise<{ id: string; expiresAt: Date }> {
  const [row] = await tx
    .insert(emergencyAccesses)
    .values(values)
    .returning({ id: emergencyAccesses.id, expiresAt: emergencyAccesses.expiresAt });
  return row!;
}

/** Raises an alert for the agency's auditors (audit.alerts, created by migration 0007). */
export async function insertAlert(
  tx: Executor,
  values: { agencyId: string; kind: string; caseId: string; actorId: string; reason: string; expiresAt: Date },
): Promise<void> {
  await tx.execute(
    sql`insert into audit.alerts (agency_id, kind, case_id, actor_id, reason, expires_at)
        values (${values.agencyId}::uuid, ${values.kind}, ${values.caseId}::uuid, ${values.actorId}::uuid, ${values.reason}, ${values.expiresAt.toISOString()}::timestamptz)`,
  );
}

export async function updateAssignment(tx: Executor, caseId: string, workerId: string): Promise<void> {
  await tx
    .update(cases)
    .set({ assignedWorkerId: workerId, updatedAt: sql`now()` })
    .where(eq(cases.id, caseId));
}

/** Whether a case exists in the agency, whoever reaches it (for emergency access; no content). */
export async function caseExistsInAgency(tx: Executor, agencyId: string, caseId: string): Promise<boolean> {
  const rows = resultRows<{ found: boolean }>(
    await tx.execute(sql`select "case".case_exists_in_agency(${caseId}::uuid, ${agencyId}::uuid) as found`),
  );
  return rows[0]?.found === true;
}

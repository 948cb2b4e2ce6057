import { and, asc, desc, eq, gt, isNull } from 'drizzle-orm';
import { sessions } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { Session } from './session';

function toSession(row: typeof sessions.$inferSelect): Session {
  return {
    id: row.id,
    userId: row.userId,
    agencyId: row.agencyId,
    authMethod: row.authMethod,
    mfaLevel: row.mfaLevel,
    mfaPending: row.mfaPending,
    userAgent: row.userAgent,
    clientAddress: row.clientAddress,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
    expiresAt: row.expiresAt,
    revokedAt: row.revokedAt,
    revokedReason: row.revokedReason,
  };
}

export async function insertSession(
  tx: Executor,
  values: Omit<typeof sessions.$inferInsert, 'id' | 'revokedAt' | 'revokedReason'>,
): Promise<Session> {
  const [row] = await tx.insert(sessions).values(values).returning();
  return toSession(row!);
}

export async function findByTokenHash(tx: Executor, tokenHash: string): Promise<Session | null> {
  const [row] = await tx.select().from(sessions).where(eq(sessions.tokenHash, tokenHash));
  return row ? toSession(row) : null;
}

export async function findById(tx: Executor, id: string): Promise<Session | null> {
  const [row] = await tx.select().from(sessions).where(eq(sessions.id, id));
  return row ? toSession(row) : null;
}

/** Sessions not revoked and not past their absolute lifetime (idle ones are revoked when seen). */
export async function findLive(tx: Executor, userId: string, now: Date): Promise<Session[]> {
  const rows = await tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt), gt(sessions.expiresAt, now)))
    .orderBy(desc(sessions.lastSeenAt), asc(sessions.id));
  return rows.map(toSession);
}

export async function touch(tx: Executor, id: string, now: Date): Promise<void> {
  await tx.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
}

/** Revokes a live session; returns false when it was already revoked. */
export async function revoke(tx: Executor, id: string, now: Date, reason: string): Promise<boolean> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.id, id), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.length > 0;
}

export async function revokeAllOfUser(tx: Executor, userId: string, now: Date, reason: string): Promise<string[]> {
  const rows = await tx
    .update(sessions)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(sessions.userId, userId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

/** After the second factor: the session is complete and gets a new token (no fixation). */
export async function completeMfa(
  tx: Executor,
  id: string,
  tokenHash: string,
  mfaLevel: string,
  now: Date,
): Promise<void> {
  await tx.update(sessions).set({ tokenHash, mfaLevel, mfaPending: false, lastSeenAt: now }).where(eq(sessions.id, id));
}

export async function setMfaLevel(tx: Executor, id: string, mfaLevel: string): Promise<void> {
  await tx.update(sessions).set({ mfaLevel }).where(eq(sessions.id, id));
}

import { and, eq, isNotNull, isNull } from 'drizzle-orm';
import { recoveryCodes, totpCredentials } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';

export interface TotpCredential {
  userId: string;
  secret: string;
  confirmed: boolean;
  lastUsedStep: number | null;
}

export async function findTotp(tx: Executor, userId: string, forUpdate = false): Promise<TotpCredential | null> {
  const query = tx.select().from(totpCredentials).where(eq(totpCredentials.userId, userId));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row
    ? { userId: row.userId, secret: row.secret, confirmed: row.confirmedAt !== null, lastUsedStep: row.lastUsedStep }
    : null;
}

export async function hasConfirmedTotp(tx: Executor, userId: string): Promise<boolean> {
  const rows = await tx
    .select({ userId: totpCredentials.userId })
    .from(totpCredentials)
    .where(and(eq(totpCredentials.userId, userId), isNotNull(totpCredentials.confirmedAt)));
  return rows.length > 0;
}

/** A fresh, unconfirmed secret replaces any earlier unconfirmed one. */
export async function upsertPendingTotp(tx: Executor, userId: string, secret: string, now: Date): Promise<void> {
  await tx
    .insert(totpCredentials)
    .values({ userId, secret, createdAt: now })
    .onConflictDoUpdate({
      target: totpCredentials.userId,
      set: { secret, confirmedAt: null, lastUsedStep: null, createdAt: now },
    });
}

export async function markUsed(tx: Executor, userId: string, step: number, confirmAt?: Date): Promise<void> {
  await tx
    .update(totpCredentials)
    .set(confirmAt ? { lastUsedStep: step, confirmedAt: confirmAt } : { lastUsedStep: step })
    .where(eq(totpCredentials.userId, userId));
}

export async function deleteMfa(tx: Executor, userId: string): Promise<void> {
  await tx.delete(totpCredentials).where(eq(totpCredentials.userId, userId));
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

export async function replaceRecoveryCodes(tx: Executor, userId: string, hashes: string[]): Promise<void> {
  await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await tx.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
}

/** Uses a recovery code once: returns false if it is unknown or already used. */
export async function useRecoveryCode(tx: Executor, userId: string, codeHash: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length > 0;
}

export async function countUnusedRecoveryCodes(tx: Executor, userId: string): Promise<number> {
  const rows = await tx
    .select({ id: recoveryCodes.id })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return rows.length;
}

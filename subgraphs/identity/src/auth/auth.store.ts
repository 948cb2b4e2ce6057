import { and, eq, inArray } from 'drizzle-orm';
import { signInSettings, passwordCredentials, roleSessionLimits, userRoles, users } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import { defaultSignInSettings, DEFAULT_MAX_SESSIONS, type SignInSettings } from './auth';

export interface Credential {
  userId: string;
  passwordHash: string;
  failedAttempts: number;
  lockedUntil: Date | null;
}

export async function findUserByEmail(tx: Executor, email: string) {
  const [row] = await tx.select().from(users).where(eq(users.email, email.toLowerCase()));
  return row ? { id: row.id, agencyId: row.agencyId, email: row.email, disabled: row.disabledAt !== null } : null;
}

export async function findCredential(tx: Executor, userId: string, forUpdate = false): Promise<Credential | null> {
  const query = tx.select().from(passwordCredentials).where(eq(passwordCredentials.userId, userId));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row
    ? {
        userId: row.userId,
        passwordHash: row.passwordHash,
        failedAttempts: row.failedAttempts,
        lockedUntil: row.lockedUntil,
      }
    : null;
}

export async function upsertPassword(tx: Executor, userId: string, passwordHash: string, now: Date): Promise<void> {
  await tx
    .insert(passwordCredentials)
    .values({ userId, passwordHash, updatedAt: now })
    .onConflictDoUpdate({
      target: passwordCredentials.userId,
      set: { passwordHash, failedAttempts: 0, lockedUntil: null, updatedAt: now },
    });
}

export async function recordFailures(
  tx: Executor,
  userId: string,
  failedAttempts: number,
  lockedUntil: Date | null,
  now: Date,
): Promise<void> {
  await tx
    .update(passwordCredentials)
    .set({ failedAttempts, lockedUntil, updatedAt: now })
    .where(eq(passwordCredentials.userId, userId));
}

export async function findSettings(tx: Executor, agencyId: string): Promise<SignInSettings> {
  const [row] = await tx.select().from(signInSettings).where(eq(signInSettings.agencyId, agencyId));
  return toSettings(row);
}

/** An agency's sign-in settings row, or the defaults when it has none. */
export function toSettings(row: typeof signInSettings.$inferSelect | null | undefined): SignInSettings {
  return row
    ? {
        idleTimeoutMinutes: row.idleTimeoutMinutes,
        absoluteLifetimeHours: row.absoluteLifetimeHours,
        mfaRequiredRoles: row.mfaRequiredRoles,
      }
    : { ...defaultSignInSettings };
}

export async function upsertSettings(
  tx: Executor,
  agencyId: string,
  settings: SignInSettings,
  now: Date,
): Promise<void> {
  await tx
    .insert(signInSettings)
    .values({ agencyId, ...settings, updatedAt: now })
    .onConflictDoUpdate({ target: signInSettings.agencyId, set: { ...settings, updatedAt: now } });
}

/** The smallest session limit among the user's roles. */
export async function maxSessionsFor(tx: Executor, userId: string): Promise<number> {
  const rows = await tx
    .select({ max: roleSessionLimits.maxSessions })
    .from(userRoles)
    .innerJoin(roleSessionLimits, eq(roleSessionLimits.roleId, userRoles.roleId))
    .where(eq(userRoles.userId, userId));
  return rows.length ? Math.min(...rows.map((r) => r.max)) : DEFAULT_MAX_SESSIONS;
}

export async function setSessionLimit(tx: Executor, roleId: string, maxSessions: number | null): Promise<void> {
  if (maxSessions === null) {
    await tx.delete(roleSessionLimits).where(eq(roleSessionLimits.roleId, roleId));
    return;
  }
  await tx
    .insert(roleSessionLimits)
    .values({ roleId, maxSessions })
    .onConflictDoUpdate({ target: roleSessionLimits.roleId, set: { maxSessions } });
}

export async function sessionLimitsByRole(tx: Executor, roleIds: string[]): Promise<Map<string, number>> {
  if (!roleIds.length) return new Map();
  const rows = await tx
    .select()
    .from(roleSessionLimits)
    .where(and(inArray(roleSessionLimits.roleId, roleIds)));
  return new Map(rows.map((r) => [r.roleId, r.maxSessions]));
}

import { and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { roles, sessions, signInSettings, teamMembers, teams, userRoles, users } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { SignInSettings } from '../auth/auth';
import { toSettings } from '../auth/auth.store';
import type { Membership, RoleGrant, User } from '../directory/directory';
import { toUser } from '../directory/directory.store';
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

/** A session with what checking it and turning it into a viewer needs. */
export interface SessionSnapshot {
  session: Session;
  /** Null when the user row is gone. */
  user: User | null;
  settings: SignInSettings;
  grants: RoleGrant[];
  memberships: Membership[];
}

/**
 * The session of a token hash with its user, the agency's sign-in settings, the user's role grants
 * and team memberships, in one statement: this runs before every request.
 */
export async function findSnapshotByTokenHash(tx: Executor, tokenHash: string): Promise<SessionSnapshot | null> {
  const [row] = await tx
    .select({
      session: sessions,
      user: users,
      settings: signInSettings,
      grants: sql<RoleGrant[]>`coalesce((
        select json_agg(json_build_object('key', ${roles.key}, 'name', ${roles.name}, 'permissions', ${roles.permissions}) order by ${roles.name})
        from ${userRoles} join ${roles} on ${roles.id} = ${userRoles.roleId}
        where ${userRoles.userId} = ${sessions.userId}), '[]'::json)`,
      memberships: sql<Membership[]>`coalesce((
        select json_agg(json_build_object('teamId', ${teamMembers.teamId}, 'isSupervisor', ${teamMembers.isSupervisor}) order by ${teams.name})
        from ${teamMembers} join ${teams} on ${teams.id} = ${teamMembers.teamId}
        where ${teamMembers.userId} = ${sessions.userId}), '[]'::json)`,
    })
    .from(sessions)
    .leftJoin(users, eq(users.id, sessions.userId))
    .leftJoin(signInSettings, eq(signInSettings.agencyId, sessions.agencyId))
    .where(eq(sessions.tokenHash, tokenHash));
  if (!row) return null;
  return {
    session: toSession(row.session),
    user: row.user ? toUser(row.user) : null,
    settings: toSettings(row.settings),
    grants: parsedJson(row.grants),
    memberships: parsedJson(row.memberships),
  };
}

/** json columns come back parsed from postgres.js and PGlite alike; text is parsed here to be sure. */
const parsedJson = <T>(value: T | string): T => (typeof value === 'string' ? (JSON.parse(value) as T) : value);

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

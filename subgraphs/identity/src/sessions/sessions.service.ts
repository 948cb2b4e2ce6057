import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database, Executor } from '@haven/core/db/database';
import { HavenError } from '@haven/core/errors';
import type { Viewer } from '@haven/core/viewer';
import type { Membership, RoleGrant } from '../directory/directory';
import { viewerOf } from '../directory/directory.service';
import { MFA_PENDING_MS, type AuthDeps, type RequestMeta } from '../auth/auth';
import { actorForUser } from '../auth/audit-actor';
import { AuthError } from '../auth/auth.errors';
import * as authStore from '../auth/auth.store';
import { csrfTokenFor, randomSecret, secretHash } from '../auth/secrets';
import { hasConfirmedTotp } from '../mfa/mfa.store';
import type { IssuedSession, Session } from './session';
import * as store from './sessions.store';

/** Last-seen is written at most this often, so that a burst of requests costs one write. */
const TOUCH_INTERVAL_MS = 15_000;

export const newSessionToken = () => randomSecret('hvs_');

/**
 * Starts a web session for a user whose password (or SSO) was accepted. A session waiting for the
 * second factor is not a viewer yet. Beyond the per-role limit the least recently used sessions end.
 */
export async function issueSession(
  tx: Executor,
  deps: AuthDeps,
  user: { id: string; agencyId: string },
  values: { authMethod: string; mfaLevel: string; mfaPending: boolean; meta: RequestMeta },
): Promise<IssuedSession> {
  const now = deps.clock.now();
  const settings = await authStore.findSettings(tx, user.agencyId);
  const token = newSessionToken();
  const lifetime = values.mfaPending ? MFA_PENDING_MS : settings.absoluteLifetimeHours * 3_600_000;
  const session = await store.insertSession(tx, {
    userId: user.id,
    agencyId: user.agencyId,
    tokenHash: secretHash(token),
    authMethod: values.authMethod,
    mfaLevel: values.mfaLevel,
    mfaPending: values.mfaPending,
    userAgent: values.meta.userAgent?.slice(0, 300) ?? null,
    clientAddress: values.meta.clientAddress,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + lifetime),
  });
  if (!values.mfaPending) await enforceSessionLimit(tx, deps, user, session.id, values.meta);
  return { session, token, csrfToken: csrfTokenFor(token) };
}

export async function enforceSessionLimit(
  tx: Executor,
  deps: AuthDeps,
  user: { id: string; agencyId: string },
  keepId: string,
  meta: RequestMeta,
): Promise<void> {
  const now = deps.clock.now();
  const max = await authStore.maxSessionsFor(tx, user.id);
  const live = (await store.findLive(tx, user.id, now)).filter((s) => !s.mfaPending && s.id !== keepId);
  const excess = live.slice(Math.max(0, max - 1));
  if (!excess.length) return;
  const actor = await actorForUser(tx, user, meta);
  for (const old of excess) {
    if (await store.revoke(tx, old.id, now, 'session_limit')) {
      await recordAudit(tx, actor, {
        action: 'auth.session_revoked',
        targetType: 'session',
        targetId: old.id,
        reason: 'session limit of the role reached',
        outcome: 'allowed',
      });
    }
  }
}

/** A session's state as the web client needs it (GET /auth/session). */
export interface SessionStatus {
  session: Session;
  csrfToken: string;
  idleTimeoutSeconds: number;
  /** The user must enrol a second factor before doing anything else. */
  mfaEnrolmentRequired: boolean;
}

/**
 * Checks a session cookie: unknown, revoked, past its absolute lifetime, idle too long, or still
 * waiting for the second factor are refused with their own code. A live session is touched.
 */
export async function checkSession(deps: AuthDeps, token: string, options: { touch: boolean }): Promise<SessionStatus> {
  return deps.db.transaction({ system: 'check-session' }, async (tx) => (await checkSessionIn(tx, deps, token, options)).status);
}

/**
 * checkSession inside a transaction of the caller's. Besides the status it gives the user's role
 * grants and team memberships, read with the session in one statement, so that resolving the
 * viewer of a request reads nothing twice.
 */
async function checkSessionIn(
  tx: Executor,
  deps: AuthDeps,
  token: string,
  options: { touch: boolean },
): Promise<{ status: SessionStatus; grants: RoleGrant[]; memberships: Membership[] }> {
  const now = deps.clock.now();
  const snapshot = await store.findSnapshotByTokenHash(tx, secretHash(token));
  if (!snapshot) throw new AuthError('SESSION_INVALID', 'Unknown session: sign in');
  const { session, user, settings, grants, memberships } = snapshot;
  if (session.revokedAt)
    throw new AuthError(
      session.revokedReason === 'idle_timeout' ? 'SESSION_EXPIRED' : 'SESSION_REVOKED',
      'The session has ended: sign in again',
    );
  if (now >= session.expiresAt) throw new AuthError('SESSION_EXPIRED', 'The session has expired: sign in again');
  const idleMs = settings.idleTimeoutMinutes * 60_000;
  if (now.getTime() - session.lastSeenAt.getTime() >= idleMs) {
    await store.revoke(tx, session.id, now, 'idle_timeout');
    throw new AuthError('SESSION_EXPIRED', 'The session ended after inactivity: sign in again');
  }
  if (session.mfaPending) throw new AuthError('MFA_REQUIRED', 'Enter the code from your authenticator app');
  if (!user || user.disabled) throw new AuthError('SESSION_REVOKED', 'The account is disabled');
  if (options.touch && now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS)
    await store.touch(tx, session.id, now);
  const mfaEnrolmentRequired =
    session.mfaLevel === 'none' &&
    grants.some((g) => settings.mfaRequiredRoles.includes(g.key)) &&
    !(await hasConfirmedTotp(tx, session.userId));
  return {
    status: {
      session,
      csrfToken: csrfTokenFor(token),
      idleTimeoutSeconds: settings.idleTimeoutMinutes * 60,
      mfaEnrolmentRequired,
    },
    grants,
    memberships,
  };
}

/**
 * The viewer of a live session. A user who must enrol MFA but has not gets no permissions at all:
 * they can only see themselves and enrol.
 */
export async function viewerForSession(deps: AuthDeps, token: string): Promise<Viewer> {
  // One transaction for the session check and the viewer: this runs before every request.
  return deps.db.transaction({ system: 'session-viewer' }, async (tx) => {
    const { status, grants, memberships } = await checkSessionIn(tx, deps, token, { touch: true });
    const viewer = viewerOf(
      { id: status.session.userId, agencyId: status.session.agencyId },
      grants,
      memberships,
      status.session.authMethod,
    );
    return {
      ...viewer,
      sessionId: status.session.id,
      mfaLevel: status.mfaEnrolmentRequired ? 'enrolment_required' : status.session.mfaLevel,
      permissions: status.mfaEnrolmentRequired ? [] : viewer.permissions,
    };
  });
}

/** Ends the session of this cookie (sign-out); unknown or ended sessions are simply gone. */
export async function signOut(deps: AuthDeps, token: string, meta: RequestMeta): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction({ system: 'sign-out' }, async (tx) => {
    const session = await store.findByTokenHash(tx, secretHash(token));
    if (!session || !(await store.revoke(tx, session.id, now, 'sign_out'))) return;
    const actor = await actorForUser(tx, { id: session.userId, agencyId: session.agencyId }, meta);
    await recordAudit(tx, actor, {
      action: 'auth.sign_out',
      targetType: 'session',
      targetId: session.id,
      outcome: 'allowed',
    });
  });
}

export async function listMySessions(
  db: Database,
  viewer: Viewer,
  now = new Date(),
): Promise<(Session & { current: boolean })[]> {
  return db.transaction({ viewer }, async (tx) =>
    (await store.findLive(tx, viewer.userId, now))
      .filter((s) => !s.mfaPending)
      .map((s) => ({ ...s, current: s.id === viewer.sessionId })),
  );
}

/** Revokes one of the viewer's own sessions; another user's session id is simply not found. */
export async function revokeMySession(
  db: Database,
  viewer: Viewer,
  sessionId: string,
  now = new Date(),
): Promise<Session> {
  return db.transaction({ viewer }, async (tx) => {
    const session = await store.findById(tx, sessionId);
    if (!session || session.userId !== viewer.userId) throw new HavenError('NOT_FOUND', 'No such session');
    if (!(await store.revoke(tx, session.id, now, 'revoked_by_user')))
      throw new HavenError('CONFLICT', 'The session has already ended');
    await recordAudit(tx, actorOf(viewer, null), {
      action: 'auth.session_revoked',
      targetType: 'session',
      targetId: session.id,
      outcome: 'allowed',
    });
    return { ...session, revokedAt: now, revokedReason: 'revoked_by_user' };
  });
}

/** Ends every session of a user (administrator's force sign-out, disabling, MFA reset). */
export async function revokeAllSessions(tx: Executor, userId: string, now: Date, reason: string): Promise<string[]> {
  return store.revokeAllOfUser(tx, userId, now, reason);
}

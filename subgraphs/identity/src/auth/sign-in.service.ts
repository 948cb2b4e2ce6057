import { recordAudit } from '@haven/core/audit/audit';
import type { Executor } from '@haven/core/db/database';
import { verifySecondFactor } from '../mfa/mfa.service';
import { hasConfirmedTotp } from '../mfa/mfa.store';
import { enforceSessionLimit, issueSession, newSessionToken } from '../sessions/sessions.service';
import type { IssuedSession } from '../sessions/session';
import * as sessionStore from '../sessions/sessions.store';
import { LOCKOUT_BASE_MS, LOCKOUT_MAX_MS, LOCKOUT_THRESHOLD, type AuthDeps, type RequestMeta } from './auth';
import { actorForUser } from './audit-actor';
import { AuthError } from './auth.errors';
import * as store from './auth.store';
import { assertPasswordPolicy, burnPasswordCheck, hashPassword, verifyPassword } from './passwords';
import { csrfTokenFor, secretHash } from './secrets';

export type SignInResult = IssuedSession & { mfaRequired: boolean };

/** The lock after the n-th consecutive failure: none below the threshold, then 1, 2, 4 … minutes, at most an hour. */
export function lockDuration(failedAttempts: number): number {
  if (failedAttempts < LOCKOUT_THRESHOLD) return 0;
  return Math.min(LOCKOUT_BASE_MS * 2 ** (failedAttempts - LOCKOUT_THRESHOLD), LOCKOUT_MAX_MS);
}

/**
 * Counts a failed attempt (wrong password or wrong second factor) and locks the account after
 * repeated failures. Runs in its own transaction so the count and the audit rows persist although
 * the attempt fails.
 */
async function recordFailure(
  deps: AuthDeps,
  user: { id: string; agencyId: string },
  meta: RequestMeta,
  reason: string,
): Promise<Date | null> {
  const now = deps.clock.now();
  return deps.db.transaction({ system: 'sign-in-failure' }, async (tx) => {
    const credential = await store.findCredential(tx, user.id, true);
    const failures = (credential?.failedAttempts ?? 0) + 1;
    const lockMs = lockDuration(failures);
    const lockedUntil = lockMs ? new Date(now.getTime() + lockMs) : null;
    if (credential) await store.recordFailures(tx, user.id, failures, lockedUntil, now);
    const actor = await actorForUser(tx, user, meta);
    await recordAudit(tx, actor, {
      action: 'auth.sign_in_failed',
      targetType: 'user',
      targetId: user.id,
      reason,
      outcome: 'denied',
    });
    if (lockedUntil) {
      await recordAudit(tx, actor, {
        action: 'auth.locked',
        targetType: 'user',
        targetId: user.id,
        reason: `${failures} failed attempts; locked for ${lockMs / 60_000} min`,
        outcome: 'denied',
      });
    }
    return lockedUntil;
  });
}

async function refuseLocked(
  deps: AuthDeps,
  user: { id: string; agencyId: string },
  lockedUntil: Date,
  meta: RequestMeta,
): Promise<never> {
  await deps.db.transaction({ system: 'sign-in-failure' }, async (tx) => {
    await recordAudit(tx, await actorForUser(tx, user, meta), {
      action: 'auth.sign_in_failed',
      targetType: 'user',
      targetId: user.id,
      reason: 'account locked',
      outcome: 'denied',
    });
  });
  throw new AuthError('ACCOUNT_LOCKED', 'Too many failed attempts: the account is locked for a while', lockedUntil);
}

/**
 * Password sign-in. Unknown addresses, disabled accounts and wrong passwords all get
 * INVALID_CREDENTIALS; a locked account gets ACCOUNT_LOCKED without its password being checked. A
 * user with MFA gets a session that waits for the second factor (mfaRequired).
 */
export async function signInWithPassword(
  deps: AuthDeps,
  email: string,
  password: string,
  meta: RequestMeta,
): Promise<SignInResult> {
  const now = deps.clock.now();
  const found = await deps.db.transaction({ system: 'sign-in' }, async (tx) => {
    const user = await store.findUserByEmail(tx, email.trim());
    return user && !user.disabled
      ? { user, credential: await store.findCredential(tx, user.id) }
      : { user, credential: null };
  });
  const { user, credential } = found;
  if (!user || user.disabled || !credential) {
    await burnPasswordCheck(password);
    await deps.db.transaction({ system: 'sign-in-failure' }, async (tx) => {
      const actor = await actorForUser(tx, user, meta);
      await recordAudit(tx, actor, {
        action: 'auth.sign_in_failed',
        targetType: 'user',
        targetId: user?.id,
        reason: user ? 'account disabled or without password' : 'unknown e-mail address',
        outcome: 'denied',
      });
    });
    throw new AuthError('INVALID_CREDENTIALS', 'The e-mail address or password is not correct');
  }
  if (credential.lockedUntil && credential.lockedUntil > now)
    await refuseLocked(deps, user, credential.lockedUntil, meta);
  if (!(await verifyPassword(credential.passwordHash, password))) {
    const lockedUntil = await recordFailure(deps, user, meta, 'wrong password');
    if (lockedUntil)
      throw new AuthError('ACCOUNT_LOCKED', 'Too many failed attempts: the account is locked for a while', lockedUntil);
    throw new AuthError('INVALID_CREDENTIALS', 'The e-mail address or password is not correct');
  }
  return deps.db.transaction({ system: 'sign-in' }, async (tx) => {
    await store.recordFailures(tx, user.id, 0, null, now);
    const mfaRequired = await hasConfirmedTotp(tx, user.id);
    const issued = await issueSession(tx, deps, user, {
      authMethod: 'password',
      mfaLevel: 'none',
      mfaPending: mfaRequired,
      meta,
    });
    if (!mfaRequired) await auditSignIn(tx, user, issued.session.id, meta, 'password');
    return { ...issued, mfaRequired };
  });
}

async function auditSignIn(
  tx: Executor,
  user: { id: string; agencyId: string },
  sessionId: string,
  meta: RequestMeta,
  how: string,
) {
  await recordAudit(tx, await actorForUser(tx, user, meta), {
    action: 'auth.sign_in',
    targetType: 'session',
    targetId: sessionId,
    reason: how,
    outcome: 'allowed',
  });
}

/**
 * The second step: a session waiting for its second factor becomes a full session with a new
 * token. Wrong codes count towards the lockout like wrong passwords.
 */
export async function completeMfaSignIn(
  deps: AuthDeps,
  token: string,
  code: string,
  meta: RequestMeta,
): Promise<IssuedSession> {
  const now = deps.clock.now();
  const pending = await deps.db.transaction({ system: 'sign-in' }, (tx) =>
    sessionStore.findByTokenHash(tx, secretHash(token)),
  );
  if (!pending || pending.revokedAt || !pending.mfaPending || now >= pending.expiresAt) {
    throw new AuthError('SESSION_INVALID', 'Sign in with your password first');
  }
  const user = { id: pending.userId, agencyId: pending.agencyId };
  const credential = await deps.db.transaction({ system: 'sign-in' }, (tx) => store.findCredential(tx, user.id));
  if (credential?.lockedUntil && credential.lockedUntil > now)
    await refuseLocked(deps, user, credential.lockedUntil, meta);
  try {
    return await deps.db.transaction({ system: 'sign-in' }, async (tx) => {
      const level = await verifySecondFactor(tx, user.id, code, now);
      const newToken = newSessionToken();
      await sessionStore.completeMfa(tx, pending.id, secretHash(newToken), level, now);
      await store.recordFailures(tx, user.id, 0, null, now);
      await enforceSessionLimit(tx, deps, user, pending.id, meta);
      await auditSignIn(tx, user, pending.id, meta, `password+${level}`);
      const session = (await sessionStore.findById(tx, pending.id))!;
      return { session, token: newToken, csrfToken: csrfTokenFor(newToken) };
    });
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    const lockedUntil = await recordFailure(
      deps,
      user,
      meta,
      error.code === 'MFA_CODE_REUSED' ? 'reused TOTP code' : 'wrong TOTP code',
    );
    if (lockedUntil)
      throw new AuthError('ACCOUNT_LOCKED', 'Too many failed attempts: the account is locked for a while', lockedUntil);
    throw error;
  }
}

/** Sets a user's password (administration, seeding, tests): the policy applies to every path. */
export async function setPassword(
  tx: Executor,
  user: { id: string; email: string },
  password: string,
  now: Date,
): Promise<void> {
  assertPasswordPolicy(password, user.email);
  await store.upsertPassword(tx, user.id, await hashPassword(password), now);
}

import { recordAudit } from '@haven/core/audit/audit';
import type { Executor } from '@haven/core/db/database';
import { HavenError } from '@haven/core/errors';
import { findUser } from '../directory/directory.store';
import * as tokenStore from '../tokens/tokens.store';
import type { AuthDeps, RequestMeta } from './auth';
import { actorForUser } from './audit-actor';
import { AuthError } from './auth.errors';
import { randomSecret, secretHash } from './secrets';
import { setPassword } from './sign-in.service';

/** A set-up link is good once, for a week. */
export const PASSWORD_SETUP_DAYS = 7;

/**
 * A one-time password set-up token for a user an administrator created, stored as a sha256 hash in
 * identity.api_tokens (kind password_setup, no scopes: it is refused as a bearer token). Returned once.
 */
export async function issuePasswordSetupToken(
  tx: Executor,
  user: { id: string; agencyId: string },
  now: Date,
): Promise<string> {
  const token = randomSecret('hvs_');
  await tokenStore.insertToken(tx, {
    agencyId: user.agencyId,
    userId: user.id,
    kind: 'password_setup',
    name: 'password set-up',
    tokenHash: secretHash(token),
    scopes: [],
    createdAt: now,
    expiresAt: new Date(now.getTime() + PASSWORD_SETUP_DAYS * 86_400_000),
  });
  return token;
}

/** POST /auth/password/setup: the token's user gets the password (policy applies); the token is spent. */
export async function completePasswordSetup(
  deps: AuthDeps,
  token: string,
  password: string,
  meta: RequestMeta,
): Promise<void> {
  const now = deps.clock.now();
  await deps.db.transaction({ system: 'password-setup' }, async (tx) => {
    const found = token ? await tokenStore.findTokenByHash(tx, secretHash(token)) : null;
    const user = found?.kind === 'password_setup' ? await findUser(tx, found.userId) : null;
    if (!found || !user || user.disabled) throw new AuthError('TOKEN_INVALID', 'Unknown set-up token');
    if (found.revokedAt) throw new AuthError('TOKEN_REVOKED', 'The set-up token has been used or revoked');
    if (found.expiresAt && now >= found.expiresAt) throw new AuthError('TOKEN_EXPIRED', 'The set-up token has expired');
    try {
      await setPassword(tx, user, password, now);
    } catch (error) {
      if (error instanceof HavenError && error.code === 'BAD_USER_INPUT')
        throw new AuthError('PASSWORD_POLICY', error.message);
      throw error;
    }
    await tokenStore.revokeToken(tx, found.id, now);
    await recordAudit(tx, await actorForUser(tx, user, meta), {
      action: 'auth.password_set',
      targetType: 'user',
      targetId: user.id,
      reason: 'setup_token',
      outcome: 'allowed',
    });
  });
}

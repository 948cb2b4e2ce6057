import { isUuid } from '@haven/core/ids';
import { recordAudit, type AuditActor } from '@haven/core/audit/audit';
import type { Executor } from '@haven/core/db/database';
import { createStaffUser } from '../directory/directory.service';
import { findRoleGrants } from '../directory/directory.store';
import type { AuthDeps, RequestMeta } from '../auth/auth';
import { AuthError, type AuthErrorCode } from '../auth/auth.errors';
import { findUserByEmail } from '../auth/auth.store';
import { secretHash } from '../auth/secrets';
import { issueSession } from '../sessions/sessions.service';
import type { IssuedSession } from '../sessions/session';
import { client, oidcConfiguration, type OidcOptions } from './oidc';
import { SSO_FLOW_MS, SSO_SCOPE, type NewSsoProvider, type SsoProvider, type SsoProviderSummary } from './sso';
import * as store from './sso.store';

export type SsoDeps = AuthDeps & { oidc: OidcOptions };

/** Claims in `amr` that mean the identity provider checked a second factor. */
const MFA_AMR = new Set(['mfa', 'otp', 'hwk', 'swk', 'sms', 'fpt', 'face']);

/**
 * A refused SSO sign-in: the browser sees the code and message; the audit trail gets the reason
 * (which may say more, such as which check failed).
 */
class SsoRefusal extends AuthError {
  constructor(
    code: AuthErrorCode,
    message: string,
    readonly auditReason: string,
    readonly user: { id: string; agencyId: string } | null = null,
  ) {
    super(code, message);
  }
}

const failed = (auditReason: string) =>
  new SsoRefusal('SSO_FAILED', 'Signing in with the identity provider did not work', auditReason);

/** Registers an identity provider for an agency (seeding, tests; administration comes later). */
export function createSsoProvider(tx: Executor, values: NewSsoProvider): Promise<SsoProvider> {
  return store.insertProvider(tx, values);
}

/** The enabled providers of an agency, for the public sign-in page: ids and names only. */
export function listSsoProviders(deps: AuthDeps, agencyCode: string): Promise<SsoProviderSummary[]> {
  return deps.db.transaction({ system: 'sso-providers' }, (tx) => store.findEnabledByAgencyCode(tx, agencyCode));
}

async function anyProvider(deps: AuthDeps, providerId: string): Promise<SsoProvider | null> {
  if (!isUuid(providerId)) return null;
  return deps.db.transaction({ system: 'sso' }, (tx) => store.findProvider(tx, providerId));
}

/** A disabled provider signs nobody in: to sign-in it does not exist. */
async function enabledProvider(deps: AuthDeps, providerId: string): Promise<SsoProvider | null> {
  const provider = await anyProvider(deps, providerId);
  return provider?.enabled ? provider : null;
}

/**
 * Starts an authorization code flow with PKCE: a random state (the browser keeps it in a cookie;
 * its hash is stored with the nonce and the PKCE verifier), and the URL to send the browser to.
 */
export async function startSsoSignIn(
  deps: SsoDeps,
  providerId: string,
  redirectUri: string,
): Promise<{ url: URL; state: string; expiresAt: Date }> {
  const provider = await enabledProvider(deps, providerId);
  if (!provider) throw new AuthError('SSO_FAILED', 'Unknown identity provider');
  let config: client.Configuration;
  try {
    config = await oidcConfiguration(provider, deps.oidc);
  } catch {
    throw new AuthError('SSO_FAILED', 'The identity provider cannot be reached');
  }
  const now = deps.clock.now();
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const expiresAt = new Date(now.getTime() + SSO_FLOW_MS);
  await deps.db.transaction({ system: 'sso-start' }, (tx) =>
    store.insertFlow(tx, { stateHash: secretHash(state), providerId, nonce, codeVerifier, createdAt: now, expiresAt }),
  );
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: SSO_SCOPE,
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { url, state, expiresAt };
}

const claimString = (claims: Record<string, unknown>, name: string) => {
  const value = claims[name];
  return typeof value === 'string' && value.trim() ? value.trim() : null;
};

/** openid-client's error, with its code and cause, for the audit trail (the browser sees only SSO_FAILED). */
function describeOidcError(error: unknown): string {
  const parts: string[] = [];
  for (
    let e: unknown = error, depth = 0;
    e instanceof Error && depth < 3;
    e = (e as { cause?: unknown }).cause, depth++
  ) {
    const code = (e as { code?: unknown }).code;
    parts.push(`${typeof code === 'string' ? `${code}: ` : ''}${e.message}`);
  }
  return parts.join(' ← ');
}

/** Role keys the provider's role claim maps to (a claim may hold one value or a list). */
export function mappedRoleKeys(provider: SsoProvider, claims: Record<string, unknown>): string[] {
  if (!provider.roleClaim) return [];
  const raw = claims[provider.roleClaim];
  const values = Array.isArray(raw) ? raw : [raw];
  const keys = values
    .filter((v): v is string => typeof v === 'string')
    .map((v) => provider.roleMapping[v])
    .filter((k): k is string => Boolean(k));
  return [...new Set(keys)];
}

/**
 * The identity provider sent the browser back: checks the state against the browser's cookie and the
 * stored flow (good once, ten minutes), exchanges the code with the PKCE verifier, and checks the ID
 * token (signature, issuer, audience, expiry, nonce). The e-mail claim must name an active user of the
 * provider's agency; unknown users are refused or provisioned as the provider says. The session is made
 * by the session service exactly as for a password sign-in. Refusals are audited after the failed
 * transaction, in their own.
 */
export async function completeSsoSignIn(
  deps: SsoDeps,
  providerId: string,
  callbackUrl: URL,
  cookieState: string | null,
  redirectUri: string,
  meta: RequestMeta,
): Promise<IssuedSession> {
  let provider: SsoProvider | null = null;
  try {
    provider = await anyProvider(deps, providerId);
    // A disabled provider's refusal is still recorded for its agency.
    if (!provider?.enabled) throw failed('unknown or disabled identity provider');
    return await signInAt(deps, provider, callbackUrl, cookieState, redirectUri, meta);
  } catch (error) {
    if (!(error instanceof SsoRefusal)) throw error;
    const agencyId = provider?.agencyId ?? null;
    await deps.db.transaction({ system: 'sign-in-failure' }, async (tx) => {
      await recordAudit(tx, await ssoActor(tx, error.user, agencyId, meta), {
        action: 'auth.sign_in_failed',
        targetType: 'user',
        targetId: error.user?.id,
        reason: `sso: ${error.auditReason}`.slice(0, 500),
        outcome: 'denied',
      });
    });
    throw new AuthError(error.code, error.message);
  }
}

async function ssoActor(
  tx: Executor,
  user: { id: string; agencyId: string } | null,
  agencyId: string | null,
  meta: RequestMeta,
): Promise<AuditActor> {
  const roles = user ? ((await findRoleGrants(tx, [user.id])).get(user.id) ?? []).map((g) => g.key) : [];
  return {
    actorId: user?.id ?? null,
    agencyId: user?.agencyId ?? agencyId,
    roles,
    requestId: meta.requestId,
    clientAddress: meta.clientAddress,
  };
}

async function signInAt(
  deps: SsoDeps,
  provider: SsoProvider,
  callbackUrl: URL,
  cookieState: string | null,
  redirectUri: string,
  meta: RequestMeta,
): Promise<IssuedSession> {
  const now = deps.clock.now();
  if (!cookieState) throw failed('no sign-in was started in this browser (state cookie missing)');
  const flow = await deps.db.transaction({ system: 'sso-callback' }, (tx) =>
    store.consumeFlow(tx, secretHash(cookieState), now),
  );
  if (!flow) throw failed('unknown or already used state');
  if (flow.providerId !== provider.id) throw failed('state was issued for another identity provider');
  if (now >= flow.expiresAt) throw failed('the sign-in took too long (state expired)');

  let claims: Record<string, unknown>;
  try {
    const config = await oidcConfiguration(provider, deps.oidc);
    const tokens = await client.authorizationCodeGrant(
      config,
      callbackUrl,
      {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: cookieState,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      },
      { redirect_uri: redirectUri },
    );
    claims = { ...(tokens.claims() ?? {}) };
    if (!claimString(claims, provider.emailClaim) && tokens.access_token) {
      const info = await client.fetchUserInfo(config, tokens.access_token, String(claims.sub));
      claims = { ...info, ...claims };
    }
  } catch (error) {
    throw failed(describeOidcError(error));
  }

  const email = claimString(claims, provider.emailClaim)?.toLowerCase() ?? null;
  if (!email || !email.includes('@'))
    throw failed(`the ID token has no e-mail address in claim ${provider.emailClaim}`);
  if (claims.email_verified === false) throw failed('the identity provider says the e-mail address is not verified');
  const amr = Array.isArray(claims.amr) ? claims.amr : [];
  const mfaLevel = amr.some((m) => typeof m === 'string' && MFA_AMR.has(m)) ? 'idp' : 'none';

  return deps.db.transaction({ system: 'sign-in' }, async (tx) => {
    let user = await findUserByEmail(tx, email);
    if (user && user.agencyId !== provider.agencyId)
      throw new SsoRefusal(
        'SSO_UNKNOWN_USER',
        'No account of this organisation matches your sign-in',
        'the user belongs to another agency than the identity provider',
        null,
      );
    if (user?.disabled)
      throw new SsoRefusal(
        'SSO_UNKNOWN_USER',
        'No account of this organisation matches your sign-in',
        'account disabled',
        user,
      );
    if (!user) {
      if (provider.unknownUsers !== 'provision')
        throw new SsoRefusal(
          'SSO_UNKNOWN_USER',
          'No account of this organisation matches your sign-in',
          'unknown user and the identity provider does not provision',
        );
      const keys = mappedRoleKeys(provider, claims);
      const roleKeys = keys.length ? keys : provider.defaultRoleKey ? [provider.defaultRoleKey] : [];
      const roleIds = await store.findRoleIds(tx, provider.agencyId, roleKeys);
      if (!roleIds.size) throw failed('unknown user and no role to provision them with');
      const created = await createStaffUser(tx, {
        agencyId: provider.agencyId,
        email,
        displayName: (claimString(claims, provider.nameClaim) ?? email).slice(0, 200),
        roleIds: [...roleIds.values()],
      });
      user = { id: created.id, agencyId: created.agencyId, email: created.email, disabled: false };
      await recordAudit(tx, await ssoActor(tx, user, provider.agencyId, meta), {
        action: 'auth.sso_user_provisioned',
        targetType: 'user',
        targetId: user.id,
        reason: `provisioned just in time by ${provider.displayName} with roles ${[...roleIds.keys()].join(', ')}`,
        outcome: 'allowed',
      });
    }
    const issued = await issueSession(tx, deps, user, { authMethod: 'sso', mfaLevel, mfaPending: false, meta });
    await recordAudit(tx, await ssoActor(tx, user, provider.agencyId, meta), {
      action: 'auth.sign_in',
      targetType: 'session',
      targetId: issued.session.id,
      reason: 'sso',
      outcome: 'allowed',
    });
    return issued;
  });
}

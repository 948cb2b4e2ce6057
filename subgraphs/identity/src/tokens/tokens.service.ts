import { timingSafeEqual } from 'node:crypto';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database } from '@haven/core/db/database';
import { HavenError } from '@haven/core/errors';
import { isPermission, type Permission } from '@haven/core/permissions';
import type { Viewer } from '@haven/core/viewer';
import { resolveViewer } from '../directory/directory.service';
import type { AuthDeps } from '../auth/auth';
import { AuthError } from '../auth/auth.errors';
import { randomSecret, secretHash } from '../auth/secrets';
import type { ApiToken, OAuthClient } from './token';
import * as store from './tokens.store';

/** OAuth client-credential access tokens live an hour; clients fetch a new one when it runs out. */
export const OAUTH_ACCESS_TOKEN_SECONDS = 3600;
const TOUCH_INTERVAL_MS = 60_000;

/** Scopes must be catalogue permissions the creator holds: a token never widens access. */
function checkScopes(viewer: Viewer, scopes: string[]): Permission[] {
  const unknown = scopes.filter((s) => !isPermission(s));
  const notHeld = scopes.filter((s) => isPermission(s) && !viewer.permissions.includes(s));
  if (!scopes.length || unknown.length || notHeld.length) {
    throw new HavenError('BAD_USER_INPUT', 'Scopes must be permissions you hold', {
      fields: [
        {
          path: ['scopes'],
          message: !scopes.length ? 'must_not_be_empty' : `not_allowed: ${[...unknown, ...notHeld].join(' ')}`,
        },
      ],
    });
  }
  return [...new Set(scopes)].filter(isPermission).sort();
}

/** Tokens are minted from a signed-in web session only: a token cannot make more tokens. */
function assertWebSession(viewer: Viewer) {
  if (!viewer.sessionId) throw new HavenError('FORBIDDEN', 'Create tokens from a signed-in web session');
}

export async function createPersonalAccessToken(
  db: Database,
  viewer: Viewer,
  input: { name: string; scopes: string[]; expiresInDays: number | null },
  now = new Date(),
): Promise<{ token: string; apiToken: ApiToken }> {
  assertWebSession(viewer);
  const scopes = checkScopes(viewer, input.scopes);
  const name = input.name.trim();
  if (!name || name.length > 100)
    throw new HavenError('BAD_USER_INPUT', 'Name the token', {
      fields: [{ path: ['name'], message: 'must_not_be_empty' }],
    });
  if (input.expiresInDays !== null && (input.expiresInDays < 1 || input.expiresInDays > 366)) {
    throw new HavenError('BAD_USER_INPUT', 'Expiry between 1 and 366 days', {
      fields: [{ path: ['expiresInDays'], message: 'between_1_and_366' }],
    });
  }
  const token = randomSecret('hvp_');
  return db.transaction({ viewer }, async (tx) => {
    const apiToken = await store.insertToken(tx, {
      agencyId: viewer.agencyId,
      userId: viewer.userId,
      kind: 'personal',
      name,
      tokenHash: secretHash(token),
      scopes,
      createdAt: now,
      expiresAt: input.expiresInDays ? new Date(now.getTime() + input.expiresInDays * 86_400_000) : null,
    });
    await recordAudit(tx, actorOf(viewer, null), {
      action: 'auth.token_created',
      targetType: 'api_token',
      targetId: apiToken.id,
      fields: scopes,
      outcome: 'allowed',
    });
    return { token, apiToken };
  });
}

export const listMyTokens = (db: Database, viewer: Viewer) =>
  db.transaction({ viewer }, (tx) => store.findPersonalTokens(tx, viewer.userId));

export async function revokeMyToken(db: Database, viewer: Viewer, id: string, now = new Date()): Promise<ApiToken> {
  return db.transaction({ viewer }, async (tx) => {
    const token = await store.findToken(tx, id);
    if (!token || token.userId !== viewer.userId) throw new HavenError('NOT_FOUND', 'No such token');
    if (!(await store.revokeToken(tx, id, now))) throw new HavenError('CONFLICT', 'The token is already revoked');
    await recordAudit(tx, actorOf(viewer, null), {
      action: 'auth.token_revoked',
      targetType: 'api_token',
      targetId: id,
      outcome: 'allowed',
    });
    return { ...token, revokedAt: now };
  });
}

export async function createOAuthClient(
  db: Database,
  viewer: Viewer,
  input: { name: string; scopes: string[] },
  now = new Date(),
): Promise<{ client: OAuthClient; clientSecret: string }> {
  assertWebSession(viewer);
  const scopes = checkScopes(viewer, input.scopes);
  const name = input.name.trim();
  if (!name || name.length > 100)
    throw new HavenError('BAD_USER_INPUT', 'Name the client', {
      fields: [{ path: ['name'], message: 'must_not_be_empty' }],
    });
  const clientSecret = randomSecret('hvc_');
  return db.transaction({ viewer }, async (tx) => {
    const client = await store.insertClient(tx, {
      agencyId: viewer.agencyId,
      userId: viewer.userId,
      name,
      clientId: randomSecret('hvcid_', 12),
      secretHash: secretHash(clientSecret),
      scopes,
      createdAt: now,
    });
    await recordAudit(tx, actorOf(viewer, null), {
      action: 'auth.token_created',
      targetType: 'oauth_client',
      targetId: client.id,
      fields: scopes,
      outcome: 'allowed',
    });
    return { client, clientSecret };
  });
}

export const listMyOAuthClients = (db: Database, viewer: Viewer) =>
  db.transaction({ viewer }, (tx) => store.findClientsOfUser(tx, viewer.userId));

export async function revokeMyOAuthClient(
  db: Database,
  viewer: Viewer,
  id: string,
  now = new Date(),
): Promise<OAuthClient> {
  return db.transaction({ viewer }, async (tx) => {
    const client = await store.findClient(tx, id);
    if (!client || client.userId !== viewer.userId) throw new HavenError('NOT_FOUND', 'No such client');
    if (!(await store.revokeClient(tx, id, now))) throw new HavenError('CONFLICT', 'The client is already revoked');
    await recordAudit(tx, actorOf(viewer, null), {
      action: 'auth.token_revoked',
      targetType: 'oauth_client',
      targetId: id,
      outcome: 'allowed',
    });
    return { ...client, revokedAt: now };
  });
}

/** OAuth 2 client credentials grant: a client id and secret buy a one-hour bearer token. */
export async function exchangeClientCredentials(
  deps: AuthDeps,
  clientId: string,
  clientSecret: string,
  requestedScope: string | null,
): Promise<{ accessToken: string; expiresIn: number; scope: string }> {
  const now = deps.clock.now();
  return deps.db.transaction({ system: 'oauth-token' }, async (tx) => {
    const client = await store.findClientByClientId(tx, clientId);
    const given = Buffer.from(secretHash(clientSecret));
    if (!client || client.revokedAt || !timingSafeEqual(given, Buffer.from(client.secretHash))) {
      throw new AuthError('TOKEN_INVALID', 'Unknown client or wrong secret');
    }
    const requested = requestedScope?.split(' ').filter(Boolean) ?? client.scopes;
    const scopes = requested.filter((s) => client.scopes.includes(s));
    if (!scopes.length) throw new AuthError('TOKEN_INVALID', 'No requested scope is granted to this client');
    const accessToken = randomSecret('hva_');
    await store.insertToken(tx, {
      agencyId: client.agencyId,
      userId: client.userId,
      kind: 'oauth_access',
      name: client.name,
      tokenHash: secretHash(accessToken),
      scopes,
      oauthClientId: client.id,
      createdAt: now,
      expiresAt: new Date(now.getTime() + OAUTH_ACCESS_TOKEN_SECONDS * 1000),
    });
    return { accessToken, expiresIn: OAUTH_ACCESS_TOKEN_SECONDS, scope: scopes.join(' ') };
  });
}

/**
 * The viewer of a bearer token: its user, with permissions narrowed to the token's scopes (and to
 * what the user still holds today). Revoked, expired or unknown tokens are refused.
 */
export async function viewerForBearer(deps: AuthDeps, token: string): Promise<Viewer> {
  const now = deps.clock.now();
  const found = await deps.db.transaction({ system: 'check-token' }, async (tx) => {
    const apiToken = await store.findTokenByHash(tx, secretHash(token));
    if (!apiToken || apiToken.kind === 'password_setup') throw new AuthError('TOKEN_INVALID', 'Unknown token');
    if (apiToken.revokedAt) throw new AuthError('TOKEN_REVOKED', 'The token has been revoked');
    if (apiToken.expiresAt && now >= apiToken.expiresAt) throw new AuthError('TOKEN_EXPIRED', 'The token has expired');
    if (!apiToken.lastUsedAt || now.getTime() - apiToken.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS)
      await store.touchToken(tx, apiToken.id, now);
    return apiToken;
  });
  const viewer = await resolveViewer(deps.db, found.userId, found.kind === 'personal' ? 'token' : 'client_credentials');
  if (!viewer) throw new AuthError('TOKEN_REVOKED', 'The account is disabled');
  return {
    ...viewer,
    permissions: viewer.permissions.filter((p) => found.scopes.includes(p)),
    sessionId: null,
    mfaLevel: 'none',
  };
}

import { SignJWT, jwtVerify, generateKeyPair, exportJWK, importJWK, type JWK, type CryptoKey } from 'jose';
import { LRUCache } from 'lru-cache';
import { isPermission, type Permission } from './permissions';

/** The person on whose behalf a request runs, as the gateway vouches for it. */
export interface Viewer {
  userId: string;
  agencyId: string;
  roles: string[];
  permissions: Permission[];
  teamIds: string[];
  /** Teams this viewer supervises. */
  supervisedTeamIds: string[];
  /** How the viewer signed in: 'demo' until sign-in exists, later 'password', 'mfa', 'sso', 'token'. */
  authMethod: string;
  /** The address the request came from, as the gateway saw it (for the audit trail). */
  clientAddress: string | null;
  /** The web session the request belongs to (null for bearer tokens and system work). */
  sessionId?: string | null;
  /** Second factor shown in this session: 'none', 'totp', 'recovery_code' or 'sso'. */
  mfaLevel?: string;
}

/** Header the gateway uses to forward the viewer token; client-sent values never reach a subgraph. */
export const VIEWER_TOKEN_HEADER = 'x-haven-viewer';
const ISSUER = 'haven-gateway';
const AUDIENCE = 'haven-subgraphs';
const ALG = 'EdDSA';
/** Viewer tokens live just long enough for one request to cross the services. */
export const VIEWER_TOKEN_TTL_SECONDS = 60;

export interface ViewerKeyPair {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
}

export async function generateViewerKeys(): Promise<ViewerKeyPair> {
  return generateKeyPair(ALG, { crv: 'Ed25519', extractable: true });
}

export async function exportViewerKeys(keys: ViewerKeyPair): Promise<{ privateJwk: JWK; publicJwk: JWK }> {
  return { privateJwk: await exportJWK(keys.privateKey), publicJwk: await exportJWK(keys.publicKey) };
}

export async function importViewerKey(jwkJson: string): Promise<CryptoKey> {
  const jwk = JSON.parse(jwkJson) as JWK;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519')
    throw new Error('viewer key must be an Ed25519 JWK (kty OKP, crv Ed25519)');
  const key = await importJWK(jwk, ALG);
  if (key instanceof Uint8Array) throw new Error('viewer key must be asymmetric');
  return key;
}

export async function signViewerToken(viewer: Viewer, privateKey: CryptoKey, now = new Date()): Promise<string> {
  const iat = Math.floor(now.getTime() / 1000);
  return new SignJWT({
    agency: viewer.agencyId,
    roles: viewer.roles,
    perms: viewer.permissions,
    teams: viewer.teamIds,
    sup: viewer.supervisedTeamIds,
    amr: viewer.authMethod,
    cip: viewer.clientAddress,
    // Present only when known, so a viewer without them round-trips unchanged.
    ...(viewer.sessionId ? { sid: viewer.sessionId } : {}),
    ...(viewer.mfaLevel ? { mfa: viewer.mfaLevel } : {}),
  })
    .setProtectedHeader({ alg: ALG, typ: 'haven-viewer+jwt' })
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setSubject(viewer.userId)
    .setIssuedAt(iat)
    .setExpirationTime(iat + VIEWER_TOKEN_TTL_SECONDS)
    .sign(privateKey);
}

/** Verifies a viewer token; returns null for anything forged, expired, malformed or absent. */
export async function verifyViewerToken(
  token: string | undefined | null,
  publicKey: CryptoKey,
  now = new Date(),
): Promise<Viewer | null> {
  return (await verifiedViewerToken(token, publicKey, now))?.viewer ?? null;
}

async function verifiedViewerToken(
  token: string | undefined | null,
  publicKey: CryptoKey,
  now: Date,
): Promise<{ viewer: Viewer; expiresAtMs: number } | null> {
  if (!token) return null;
  try {
    const { payload } = await jwtVerify(token, publicKey, {
      issuer: ISSUER,
      audience: AUDIENCE,
      algorithms: [ALG],
      typ: 'haven-viewer+jwt',
      currentDate: now,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    const strings = (v: unknown): string[] | null =>
      Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null;
    const roles = strings(payload.roles);
    const perms = strings(payload.perms);
    const teams = strings(payload.teams);
    const sup = strings(payload.sup);
    if (typeof payload.sub !== 'string' || typeof payload.agency !== 'string' || !roles || !perms || !teams || !sup) {
      return null;
    }
    const viewer: Viewer = {
      userId: payload.sub,
      agencyId: payload.agency,
      roles,
      permissions: perms.filter(isPermission),
      teamIds: teams,
      supervisedTeamIds: sup,
      authMethod: typeof payload.amr === 'string' ? payload.amr : 'unknown',
      clientAddress: typeof payload.cip === 'string' ? payload.cip : null,
      ...(typeof payload.sid === 'string' ? { sessionId: payload.sid } : {}),
      ...(typeof payload.mfa === 'string' ? { mfaLevel: payload.mfa } : {}),
    };
    return { viewer, expiresAtMs: payload.exp! * 1000 };
  } catch {
    return null;
  }
}

/** How many viewers' tokens a signer or verifier keeps; beyond it the least recently used go. */
const TOKEN_CACHE_SIZE = 10_000;

/**
 * The gateway's signer: it re-uses the token it signed for an identical viewer (same user, roles,
 * permissions, teams, session, address …) during the first half of the token's life, so that a
 * client's burst of requests costs one signature. The viewer is still resolved from the session on
 * every request; only an unchanged viewer gets the cached token, so a revoked role or a disabled
 * account takes effect on the next request exactly as without the cache.
 */
export function viewerTokenSigner(privateKey: CryptoKey): (viewer: Viewer) => Promise<string> {
  const cache = new LRUCache<string, { token: string; reuseUntilMs: number }>({ max: TOKEN_CACHE_SIZE });
  return async (viewer) => {
    const key = JSON.stringify(viewer);
    const now = Date.now();
    const cached = cache.get(key);
    if (cached && cached.reuseUntilMs > now) return cached.token;
    const token = await signViewerToken(viewer, privateKey, new Date(now));
    cache.set(key, { token, reuseUntilMs: now + (VIEWER_TOKEN_TTL_SECONDS / 2) * 1000 });
    return token;
  };
}

/**
 * A subgraph's verifier: a token whose signature was checked once is remembered until it expires,
 * so the gateway's re-used tokens (viewerTokenSigner) are not verified again on every request. What
 * it answers is what verifyViewerToken answers for the token at that moment; forged, malformed and
 * expired tokens are never remembered. The viewers handed out are frozen: shared between requests.
 */
export function viewerTokenVerifier(publicKey: CryptoKey): (token: string | undefined | null) => Promise<Viewer | null> {
  const cache = new LRUCache<string, { viewer: Viewer; expiresAtMs: number }>({ max: TOKEN_CACHE_SIZE });
  return async (token) => {
    if (!token) return null;
    const now = Date.now();
    const cached = cache.get(token);
    if (cached && cached.expiresAtMs > now) return cached.viewer;
    const verified = await verifiedViewerToken(token, publicKey, new Date(now));
    if (!verified) return null;
    const viewer = deepFreeze(verified.viewer);
    cache.set(token, { viewer, expiresAtMs: verified.expiresAtMs });
    return viewer;
  };
}

function deepFreeze(viewer: Viewer): Viewer {
  for (const value of Object.values(viewer)) if (Array.isArray(value)) Object.freeze(value);
  return Object.freeze(viewer);
}

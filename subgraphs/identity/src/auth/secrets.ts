import { createHash, randomBytes } from 'node:crypto';

/** A random bearer secret with a recognisable prefix (so leaked tokens can be found by scanners). */
export function randomSecret(prefix: string, bytes = 32): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

/** Secrets with 256 bits of entropy need no slow hash: sha256 is enough and allows lookup by hash. */
export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * The CSRF token of a web session, derived from its cookie token: only a holder of the cookie can
 * compute it, and nothing extra is stored. Domain-separated so it never equals the stored hash.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`haven-csrf\0${sessionToken}`).digest('base64url');
}

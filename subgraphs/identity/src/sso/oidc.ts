import * as client from 'openid-client';
import type { SsoProvider } from './sso';

/** How the sign-in code talks to identity providers. */
export interface OidcOptions {
  /**
   * Allow plain http to identity providers on a loopback address (development and the tests' in-process
   * provider). Never in production.
   */
  allowLoopbackHttp: boolean;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

// Discovery documents and signing keys, per provider configuration (the key includes everything that
// shapes the client, so an edited provider is discovered again).
const configurations = new Map<string, Promise<client.Configuration>>();

/**
 * The openid-client configuration of a provider, from its discovery document. ID tokens from the
 * token endpoint have their signature checked against the provider's published keys
 * (enableNonRepudiationChecks), on top of issuer, audience, expiry and nonce.
 */
export function oidcConfiguration(provider: SsoProvider, options: OidcOptions): Promise<client.Configuration> {
  const issuer = new URL(provider.issuer);
  const insecure = issuer.protocol === 'http:' && options.allowLoopbackHttp && LOOPBACK.has(issuer.hostname);
  const key = JSON.stringify([provider.id, provider.issuer, provider.clientId, provider.clientSecret, insecure]);
  let found = configurations.get(key);
  if (!found) {
    found = client.discovery(
      issuer,
      provider.clientId,
      { id_token_signed_response_alg: 'RS256' },
      client.ClientSecretBasic(provider.clientSecret),
      {
        execute: [...(insecure ? [client.allowInsecureRequests] : []), client.enableNonRepudiationChecks],
        timeout: 10,
      },
    );
    configurations.set(key, found);
    // A failed discovery is tried again next time.
    found.catch(() => configurations.delete(key));
  }
  return found;
}

export { client };

/** Whether an issuer URL may be used: https, or http to a loopback address (local providers, tests). */
export function isAcceptableIssuer(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

/**
 * Runs OpenID discovery against an issuer, as sign-in will (openid-client checks the document's
 * issuer matches), with a short timeout. Returns why it failed, or null when it worked.
 * Plain http is allowed here for loopback issuers only (isAcceptableIssuer has refused the rest).
 */
export async function discoveryProblem(issuer: string, clientId: string, timeoutSeconds = 5): Promise<string | null> {
  const url = new URL(issuer);
  try {
    await client.discovery(url, clientId || 'discovery-check', undefined, client.None(), {
      execute: url.protocol === 'http:' ? [client.allowInsecureRequests] : [],
      timeout: timeoutSeconds,
    });
    return null;
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause;
    const detail = error instanceof Error ? error.message : String(error);
    return cause instanceof Error && cause.message !== detail ? `${detail} (${cause.message})` : detail;
  }
}

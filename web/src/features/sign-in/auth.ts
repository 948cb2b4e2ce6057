import { csrfHeaders, setCsrfToken } from '../../api/client';

/** The gateway's /auth routes: password sign-in, the MFA step, the session, sign-out. */

export interface AuthFailure {
  code: string;
  retryAfter?: string;
}

export class AuthRequestError extends Error {
  constructor(readonly failure: AuthFailure) {
    super(failure.code);
  }
}

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      credentials: 'same-origin',
      // JSON only: a cross-site form cannot send it without a CORS preflight, which is never granted.
      headers: {
        accept: 'application/json',
        ...(method === 'POST' ? { 'content-type': 'application/json', ...csrfHeaders() } : {}),
      },
      body: method === 'POST' ? JSON.stringify(body ?? {}) : undefined,
    });
  } catch {
    throw new AuthRequestError({ code: 'NETWORK_ERROR' });
  }
  const json = (await response.json().catch(() => ({}))) as { error?: AuthFailure } & T;
  if (!response.ok) throw new AuthRequestError(json.error ?? { code: `HTTP_${response.status}` });
  return json;
}

export interface SessionInfo {
  csrfToken: string;
  idleTimeoutSeconds: number;
  mfaEnrolmentRequired: boolean;
}

/** The current session, or null when nobody is signed in. Remembers its CSRF token. */
export async function loadSession(): Promise<SessionInfo | null> {
  try {
    const info = await call<SessionInfo>('GET', '/auth/session');
    setCsrfToken(info.csrfToken);
    return info;
  } catch (error) {
    if (error instanceof AuthRequestError && error.failure.code.startsWith('SESSION_')) return null;
    throw error;
  }
}

export async function keepAlive(): Promise<SessionInfo> {
  const info = await call<SessionInfo>('POST', '/auth/session/keep-alive');
  setCsrfToken(info.csrfToken);
  return info;
}

/** Password step: resolves 'signed_in' or 'mfa_required' (then call submitMfaCode). */
export async function signIn(email: string, password: string): Promise<'signed_in' | 'mfa_required'> {
  const result = await call<{ status: 'signed_in' | 'mfa_required'; csrfToken: string }>('POST', '/auth/sign-in', {
    email,
    password,
  });
  setCsrfToken(result.csrfToken);
  return result.status;
}

export async function submitMfaCode(code: string): Promise<void> {
  const result = await call<{ csrfToken: string }>('POST', '/auth/sign-in/mfa', { code });
  setCsrfToken(result.csrfToken);
}

export async function signOut(): Promise<void> {
  await call('POST', '/auth/sign-out');
  setCsrfToken(null);
}

export interface DemoAccounts {
  password: string;
  accounts: { displayName: string; email: string }[];
}

/** Embedded demo mode only: the demo accounts and their password; null elsewhere. */
export async function listDemoAccounts(): Promise<DemoAccounts | null> {
  const response = await fetch('/auth/demo/accounts', {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) return null;
  return (await response.json()) as DemoAccounts;
}

export interface SsoProviderButton {
  id: string;
  displayName: string;
}

/** The agency's single sign-on providers (public: names only); none when the agency is not known. */
export async function listSsoProviders(agencyCode: string | null): Promise<SsoProviderButton[]> {
  if (!agencyCode) return [];
  const response = await fetch(`/auth/sso/providers?agency=${encodeURIComponent(agencyCode)}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) return [];
  return ((await response.json()) as { providers: SsoProviderButton[] }).providers;
}

/** Where a provider's button goes: the gateway redirects to the identity provider and back. */
export const ssoStartUrl = (providerId: string) => `/auth/sso/${encodeURIComponent(providerId)}/start`;

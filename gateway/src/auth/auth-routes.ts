import { timingSafeEqual } from 'node:crypto';
import type http from 'node:http';
import type { TLSSocket } from 'node:tls';
import { readBody, sendJson } from '@haven/core/http/server';
import { REQUEST_ID_HEADER } from '@haven/core/logging';
import {
  AuthError,
  checkSession,
  completeMfaSignIn,
  completePasswordSetup,
  csrfTokenFor,
  exchangeClientCredentials,
  signInWithPassword,
  signOut,
  type AuthDeps,
  type RequestMeta,
  type SessionStatus,
} from '@haven/identity';
import { CLIENT_ADDRESS_HEADER } from '../gateway';
import { CSRF_HEADER, isHttps, readCookie, SESSION_COOKIE, sessionCookie } from './cookies';
import { handleSsoRoute } from './sso-routes';

export interface AuthRoutesOptions {
  deps: AuthDeps;
  /** Production always sets Secure on the cookie. */
  production: boolean;
  /** Embedded demo mode: the demo accounts and their shared password, listed on the sign-in page. */
  demoAccounts: { password: string; accounts: { displayName: string; email: string }[] } | null;
}

class BadRequest extends Error {}

function meta(req: http.IncomingMessage): RequestMeta {
  const header = (name: string) => {
    const value = req.headers[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
  return {
    requestId: header(REQUEST_ID_HEADER),
    clientAddress: header(CLIENT_ADDRESS_HEADER) || null,
    userAgent: header('user-agent'),
  };
}

/** Bodies are JSON only: a cross-site form cannot send JSON without a CORS preflight, never granted here. */
async function jsonBody(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json'))
    throw new BadRequest('Send application/json');
  try {
    const parsed = JSON.parse(await readBody(req, 10_000)) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new BadRequest('The body must be a JSON object');
}

const str = (v: unknown, max = 1000) => (typeof v === 'string' && v.length <= max ? v : '');

function sendAuthError(
  res: http.ServerResponse,
  error: AuthError,
  now: Date,
  extraHeaders: Record<string, string> = {},
) {
  const headers: Record<string, string> = { ...extraHeaders };
  if (error.retryAfter)
    headers['retry-after'] = String(Math.max(1, Math.ceil((error.retryAfter.getTime() - now.getTime()) / 1000)));
  sendJson(
    res,
    error.status,
    {
      error: {
        code: error.code,
        message: error.message,
        ...(error.retryAfter ? { retryAfter: error.retryAfter.toISOString() } : {}),
      },
    },
    headers,
  );
}

function sessionBody(status: SessionStatus) {
  return {
    signedIn: true,
    sessionId: status.session.id,
    csrfToken: status.csrfToken,
    idleTimeoutSeconds: status.idleTimeoutSeconds,
    expiresAt: status.session.expiresAt.toISOString(),
    mfaEnrolmentRequired: status.mfaEnrolmentRequired,
  };
}

/**
 * /auth/* on the gateway: password sign-in, the MFA step, the session's state and keep-alive,
 * sign-out, the OAuth client credentials grant, a new user's password set-up, and (embedded demo only)
 * the demo accounts.
 * Returns false for paths it does not know.
 */
export async function handleAuthRoute(
  options: AuthRoutesOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<boolean> {
  const path = (req.url ?? '').split('?')[0];
  const { deps } = options;
  const secure =
    options.production ||
    isHttps(
      { get: (n) => (req.headers[n] as string | undefined) ?? null },
      Boolean((req.socket as TLSSocket).encrypted),
    );
  const clear = sessionCookie('', 0, secure);
  const cookieToken = readCookie(req.headers.cookie, SESSION_COOKIE);
  const csrfOk = () => {
    const sent = req.headers[CSRF_HEADER];
    const expected = cookieToken ? csrfTokenFor(cookieToken) : '';
    return (
      typeof sent === 'string' &&
      expected.length > 0 &&
      sent.length === expected.length &&
      timingSafeEqual(Buffer.from(sent), Buffer.from(expected))
    );
  };
  if (path?.startsWith('/auth/sso/'))
    return handleSsoRoute({ ...deps, oidc: { allowLoopbackHttp: !options.production } }, secure, meta(req), req, res);
  const route = `${req.method} ${path}`;
  try {
    switch (route) {
      case 'POST /auth/sign-in': {
        const body = await jsonBody(req);
        const result = await signInWithPassword(deps, str(body.email, 320), str(body.password), meta(req));
        const maxAge = (result.session.expiresAt.getTime() - deps.clock.now().getTime()) / 1000;
        sendJson(
          res,
          200,
          { status: result.mfaRequired ? 'mfa_required' : 'signed_in', csrfToken: result.csrfToken },
          { 'set-cookie': sessionCookie(result.token, maxAge, secure) },
        );
        return true;
      }
      case 'POST /auth/sign-in/mfa': {
        const body = await jsonBody(req);
        if (!cookieToken || !csrfOk()) throw new AuthError('CSRF_TOKEN_INVALID', 'Missing or wrong CSRF token');
        const result = await completeMfaSignIn(deps, cookieToken, str(body.code, 40), meta(req));
        const maxAge = (result.session.expiresAt.getTime() - deps.clock.now().getTime()) / 1000;
        sendJson(
          res,
          200,
          { status: 'signed_in', csrfToken: result.csrfToken },
          { 'set-cookie': sessionCookie(result.token, maxAge, secure) },
        );
        return true;
      }
      case 'GET /auth/session':
      case 'POST /auth/session/keep-alive': {
        if (!cookieToken) throw new AuthError('SESSION_INVALID', 'Not signed in');
        if (req.method === 'POST' && !csrfOk())
          throw new AuthError('CSRF_TOKEN_INVALID', 'Missing or wrong CSRF token');
        const status = await checkSession(deps, cookieToken, { touch: req.method === 'POST' });
        sendJson(res, 200, sessionBody(status));
        return true;
      }
      case 'POST /auth/sign-out': {
        if (cookieToken) {
          if (!csrfOk()) throw new AuthError('CSRF_TOKEN_INVALID', 'Missing or wrong CSRF token');
          await signOut(deps, cookieToken, meta(req));
        }
        sendJson(res, 200, { signedOut: true }, { 'set-cookie': clear });
        return true;
      }
      case 'POST /auth/oauth/token': {
        // RFC 6749 §4.4: form-encoded, client authenticated by HTTP Basic or in the body.
        const form = new URLSearchParams(await readBody(req, 10_000));
        let clientId = form.get('client_id') ?? '';
        let clientSecret = form.get('client_secret') ?? '';
        const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '');
        if (basic)
          [clientId = '', clientSecret = ''] = Buffer.from(basic[1]!, 'base64')
            .toString('utf8')
            .split(':')
            .map(decodeURIComponent);
        if (form.get('grant_type') !== 'client_credentials') {
          sendJson(res, 400, { error: 'unsupported_grant_type' });
          return true;
        }
        try {
          const token = await exchangeClientCredentials(deps, clientId, clientSecret, form.get('scope'));
          sendJson(
            res,
            200,
            { access_token: token.accessToken, token_type: 'Bearer', expires_in: token.expiresIn, scope: token.scope },
            { 'cache-control': 'no-store' },
          );
        } catch (error) {
          if (!(error instanceof AuthError)) throw error;
          sendJson(res, 401, { error: 'invalid_client', error_description: error.message });
        }
        return true;
      }
      case 'POST /auth/password/setup': {
        // The one-time token an administrator was given when creating the user is the credential.
        const body = await jsonBody(req);
        await completePasswordSetup(deps, str(body.token, 200), str(body.password), meta(req));
        sendJson(res, 200, { passwordSet: true });
        return true;
      }
      case 'GET /auth/demo/accounts': {
        if (!options.demoAccounts) return false;
        sendJson(res, 200, options.demoAccounts);
        return true;
      }
      default:
        return false;
    }
  } catch (error) {
    if (error instanceof BadRequest) {
      sendJson(res, 400, { error: { code: 'BAD_REQUEST', message: error.message } });
      return true;
    }
    if (error instanceof AuthError) {
      // A dead session's cookie is cleared so the browser stops sending it.
      const dead = ['SESSION_INVALID', 'SESSION_EXPIRED', 'SESSION_REVOKED'].includes(error.code);
      sendAuthError(res, error, deps.clock.now(), dead && cookieToken ? { 'set-cookie': clear } : {});
      return true;
    }
    throw error;
  }
}

import type http from 'node:http';
import { sendJson } from '@haven/core/http/server';
import {
  AuthError,
  completeSsoSignIn,
  listSsoProviders,
  startSsoSignIn,
  type RequestMeta,
  type SsoDeps,
} from '@haven/identity';
import { readCookie, sessionCookie } from './cookies';

/** Holds the state of a started SSO sign-in; Lax, because the identity provider sends the browser back. */
export const SSO_STATE_COOKIE = 'haven_sso_state';

const stateCookie = (value: string, maxAgeSeconds: number, secure: boolean) =>
  `${SSO_STATE_COOKIE}=${value}; Path=/auth/sso; HttpOnly; SameSite=Lax; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}${secure ? '; Secure' : ''}`;

const HOST = /^(?:[\w.-]+|\[[\da-f:]+\])(?::\d{1,5})?$/i;

function redirect(res: http.ServerResponse, location: string, cookies: string[]) {
  res.writeHead(303, { location, 'cache-control': 'no-store', 'set-cookie': cookies });
  res.end();
}

/**
 * OpenID Connect sign-in: GET /auth/sso/providers?agency=CODE (the sign-in page's buttons),
 * GET /auth/sso/:providerId/start (to the identity provider) and GET /auth/sso/:providerId/callback
 * (back from it: a session cookie and a redirect to /). Failures send the browser to /?sso_error=CODE.
 */
export async function handleSsoRoute(
  deps: SsoDeps,
  secure: boolean,
  meta: RequestMeta,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<boolean> {
  if (req.method !== 'GET') return false;
  const host = req.headers.host ?? '';
  const base = `${secure ? 'https' : 'http'}://${HOST.test(host) ? host : 'localhost'}`;
  const url = new URL(req.url ?? '/', base);
  if (url.pathname === '/auth/sso/providers') {
    const agency = url.searchParams.get('agency') ?? '';
    const providers = agency.length <= 100 ? await listSsoProviders(deps, agency) : [];
    sendJson(res, 200, { providers });
    return true;
  }
  const match = /^\/auth\/sso\/([^/]+)\/(start|callback)$/.exec(url.pathname);
  if (!match) return false;
  const [, providerId = '', step] = match;
  const redirectUri = `${base}/auth/sso/${encodeURIComponent(providerId)}/callback`;
  const clearState = stateCookie('', 0, secure);
  try {
    if (step === 'start') {
      const started = await startSsoSignIn(deps, providerId, redirectUri);
      const maxAge = (started.expiresAt.getTime() - deps.clock.now().getTime()) / 1000;
      redirect(res, started.url.href, [stateCookie(started.state, maxAge, secure)]);
      return true;
    }
    const issued = await completeSsoSignIn(
      deps,
      providerId,
      url,
      readCookie(req.headers.cookie, SSO_STATE_COOKIE),
      redirectUri,
      meta,
    );
    const maxAge = (issued.session.expiresAt.getTime() - deps.clock.now().getTime()) / 1000;
    redirect(res, '/', [sessionCookie(issued.token, maxAge, secure), clearState]);
    return true;
  } catch (error) {
    if (!(error instanceof AuthError)) throw error;
    redirect(res, `/?sso_error=${error.code}`, [clearState]);
    return true;
  }
}

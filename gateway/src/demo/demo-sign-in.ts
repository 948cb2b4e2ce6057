import type http from 'node:http';
import type { Database } from '@haven/core/db/database';
import { readBody, sendJson } from '@haven/core/http/server';
import type { Viewer } from '@haven/core/viewer';
import { listSignInChoices, resolveViewer } from '@haven/identity';

/**
 * Demo sign-in for embedded mode only, until real sign-in exists: a person picks a demo user and
 * the choice is kept in an HttpOnly, SameSite=Strict cookie. The gateway still resolves the user
 * from the database on every request; a subgraph only ever sees the signed viewer token.
 */
export const DEMO_COOKIE = 'haven_demo_user';
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function demoUserIdFromCookie(cookieHeader: string | null | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === DEMO_COOKIE) {
      const value = decodeURIComponent(rest.join('='));
      return uuid.test(value) ? value : null;
    }
  }
  return null;
}

export function demoViewerResolver(db: Database): (request: Request) => Promise<Viewer | null> {
  return async (request) => {
    const userId = demoUserIdFromCookie(request.headers.get('cookie'));
    return userId ? resolveViewer(db, userId, 'demo') : null;
  };
}

function cookie(value: string, maxAgeSeconds: number): string {
  return `${DEMO_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}`;
}

/** Handles /auth/demo/*; returns false for other paths. */
export async function handleDemoSignIn(db: Database, req: http.IncomingMessage, res: http.ServerResponse): Promise<boolean> {
  const path = (req.url ?? '').split('?')[0];
  if (path === '/auth/demo/users' && req.method === 'GET') {
    sendJson(res, 200, { users: await listSignInChoices(db) });
    return true;
  }
  if (path === '/auth/demo/sign-in' && req.method === 'POST') {
    // A JSON body can only come cross-site after a CORS preflight, which this server never grants.
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      sendJson(res, 415, { error: { code: 'BAD_REQUEST', message: 'Send application/json' } });
      return true;
    }
    let userId: unknown;
    try {
      userId = (JSON.parse(await readBody(req, 10_000)) as { userId?: unknown }).userId;
    } catch {
      userId = undefined;
    }
    const viewer = typeof userId === 'string' && uuid.test(userId) ? await resolveViewer(db, userId, 'demo') : null;
    if (!viewer) {
      sendJson(res, 400, { error: { code: 'BAD_USER_INPUT', message: 'Unknown or disabled demo user' } });
      return true;
    }
    sendJson(res, 200, { userId: viewer.userId }, { 'set-cookie': cookie(viewer.userId, 12 * 3600) });
    return true;
  }
  if (path === '/auth/demo/sign-out' && req.method === 'POST') {
    sendJson(res, 200, { signedOut: true }, { 'set-cookie': cookie('', 0) });
    return true;
  }
  return false;
}

import { timingSafeEqual } from 'node:crypto';
import { AuthError, csrfTokenFor, viewerForBearer, viewerForSession, type AuthDeps } from '@haven/identity';
import type { Viewer } from '@haven/core/viewer';
import type { ViewerRefusal } from '../gateway';
import { CSRF_HEADER, readCookie, SESSION_COOKIE } from './cookies';

function refusal(error: AuthError): ViewerRefusal {
  return {
    refusal: {
      code: error.status === 403 ? 'FORBIDDEN' : 'UNAUTHENTICATED',
      reason: error.code,
      message: error.message,
    },
  };
}

const sameSecret = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Turns a /graphql request into its viewer: a bearer token (scripts, BI tools; no CSRF token, as
 * no browser sends it by itself) or the session cookie. A cookie-authenticated request other than
 * GET must carry the session's CSRF token in x-csrf-token. Credentials that are sent but refused
 * fail the request with their reason; no credentials at all means no viewer.
 */
export function sessionViewerResolver(deps: AuthDeps): (request: Request) => Promise<Viewer | null | ViewerRefusal> {
  return async (request) => {
    try {
      const authorization = request.headers.get('authorization');
      if (authorization) {
        const match = /^Bearer\s+(\S+)$/i.exec(authorization);
        if (!match) throw new AuthError('TOKEN_INVALID', 'Send the token as "Authorization: Bearer <token>"');
        return await viewerForBearer(deps, match[1]!);
      }
      const token = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
      if (!token) return null;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const sent = request.headers.get(CSRF_HEADER) ?? '';
        if (!sameSecret(sent, csrfTokenFor(token)))
          throw new AuthError('CSRF_TOKEN_INVALID', 'Missing or wrong CSRF token');
      }
      return await viewerForSession(deps, token);
    } catch (error) {
      if (error instanceof AuthError) return refusal(error);
      throw error;
    }
  };
}

import fs from 'node:fs';
import http from 'node:http';
import sirv from 'sirv';
import type { Database } from '@haven/core/db/database';
import { handleHealth, listen, sendJson, type RunningServer } from '@haven/core/http/server';
import { graphqlBodyLimit } from '@haven/core/http/body-limits';
import { REQUEST_ID_HEADER, requestIdFrom, type Logger } from '@haven/core/logging';
import { CLIENT_ADDRESS_HEADER, type Gateway } from './gateway';
import { handleAuthRoute, type AuthRoutesOptions } from './auth/auth-routes';

export interface GatewayServerOptions {
  gateway: Gateway;
  db: Database;
  log: Logger;
  port: number;
  host: string;
  /** Folder of the built web client; served with index.html for client-side routes. */
  webDir?: string;
  /** Sign-in, sessions and tokens under /auth/. */
  auth: AuthRoutesOptions;
  /** Largest /graphql request body accepted (uploads travel in it as base64); default graphqlBodyLimit(). */
  maxGraphqlBodyBytes?: number;
}

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

/**
 * The web client's pages may run only the scripts Haven serves and talk only to Haven: no inline
 * script, no other origin, so a script smuggled into a page could not send a case file anywhere.
 * Images may also be data: URLs (the person's photo) and blob: URLs (a document built in the browser).
 */
export const webContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The gateway's HTTP front: health, /auth (sign-in, sessions, tokens), /graphql, then the web client. */
export async function startGatewayServer(options: GatewayServerOptions): Promise<RunningServer> {
  const web =
    options.webDir && fs.existsSync(options.webDir)
      ? sirv(options.webDir, { single: true, etag: true, gzip: false, brotli: false })
      : null;
  const maxGraphqlBody = options.maxGraphqlBodyBytes ?? graphqlBodyLimit();
  const server = http.createServer(async (req, res) => {
    const started = performance.now();
    const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
    req.headers[REQUEST_ID_HEADER] = requestId;
    // Overwrites anything a client sent under this name: only the gateway says where a request came from.
    req.headers[CLIENT_ADDRESS_HEADER] = req.socket.remoteAddress ?? '';
    const log = options.log.child({ requestId });
    res.on('finish', () => {
      log.info(
        {
          method: req.method,
          path: (req.url ?? '').split('?')[0],
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        },
        'request',
      );
    });
    for (const [k, v] of Object.entries(securityHeaders)) res.setHeader(k, v);
    res.setHeader(REQUEST_ID_HEADER, requestId);
    try {
      if (await handleHealth(req, res, () => options.db.ping())) return;
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      if (path.startsWith('/auth/')) {
        if (await handleAuthRoute(options.auth, req, res)) return;
        return sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'Not found' } });
      }
      if (path === '/graphql') {
        // Refused before anything is buffered; the case subgraph counts the bytes of what gets through.
        if (Number(req.headers['content-length'] ?? 0) > maxGraphqlBody) {
          return sendJson(res, 413, {
            errors: [{ message: 'Request body too large', extensions: { code: 'BAD_USER_INPUT' } }],
          });
        }
        return void (await options.gateway(req, res));
      }
      if (web) {
        res.setHeader('content-security-policy', webContentSecurityPolicy);
        return web(req, res, () => sendJson(res, 404, { error: { code: 'NOT_FOUND', message: 'Not found' } }));
      }
      sendJson(res, 404, {
        error: { code: 'NOT_FOUND', message: 'The web client is not built: run npm run build:web' },
      });
    } catch (error) {
      log.error({ err: error }, 'request failed');
      if (!res.headersSent)
        sendJson(res, 500, { error: { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' } });
    }
  });
  return listen(server, options.port, options.host);
}

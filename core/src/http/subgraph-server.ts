import http from 'node:http';
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLRequest } from '@apollo/server';
import { actorOf, recordAudit } from '../audit/audit';
import { GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { CryptoKey } from 'jose';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Database } from '../db/database';
import type { FieldKeyring } from '../crypto/field-cipher';
import { HavenError, toGraphQLError, errorCodes } from '../errors';
import { REQUEST_ID_HEADER, requestIdFrom, type Logger } from '../logging';
import { VIEWER_TOKEN_HEADER, viewerTokenVerifier } from '../viewer';
import type { SubgraphContext } from '../graphql/context';
import { CASE_FIELDS_HEADER } from '../graphql/type-fields';
import { DEFAULT_DOCUMENT_MAX_BYTES, graphqlBodyLimit } from './body-limits';
import { BodyTooLargeError, handleHealth, listen, readBody, sendJson, type RunningServer } from './server';

export interface SubgraphServerOptions {
  name: string;
  schema: GraphQLSchema;
  db: Database;
  fieldKeys: FieldKeyring;
  /** Public key of the gateway that signs viewer tokens. */
  viewerPublicKey: CryptoKey;
  log: Logger;
  port: number;
  host: string;
  maxBodyBytes?: number;
  /** Largest document upload (the case subgraph); its request body limit follows from it. */
  documentMaxBytes?: number;
}

export interface RunningSubgraph extends RunningServer {
  name: string;
  graphqlUrl: string;
}

/**
 * Maps errors to what a client may see, in one place: HavenErrors become coded GraphQL errors,
 * GraphQL errors with a code pass through, anything else is logged and masked.
 */
export function formatSubgraphError(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof HavenError) {
      const mapped = toGraphQLError(original);
      return { ...formatted, message: mapped.message, extensions: { ...mapped.extensions } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR') {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    log.error({ err: original }, 'unexpected error in resolver');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * Every refusal of the role layer (FORBIDDEN from graphql-shield or a service) is written to the
 * audit trail, in its own transaction since the request's work did not happen.
 */
function auditDenialsPlugin(db: Database, log: Logger): ApolloServerPlugin<SubgraphContext> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          const denied = errors.filter(
            (e) => e.extensions?.code === 'FORBIDDEN' || (unwrapResolverError(e) as HavenError).code === 'FORBIDDEN',
          );
          if (denied.length === 0 || !contextValue?.viewer) return;
          try {
            await db.transaction({ viewer: contextValue.viewer }, async (tx) => {
              for (const error of denied) {
                await recordAudit(tx, actorOf(contextValue.viewer, contextValue.requestId), {
                  action: 'access.denied',
                  targetType: 'graphql_field',
                  targetId: (error.path ?? []).join('.'),
                  reason:
                    typeof error.extensions?.permission === 'string' ? `needs ${error.extensions.permission}` : null,
                  outcome: 'denied',
                });
              }
            });
          } catch (error) {
            log.error({ err: error }, 'could not record a denial in the audit trail');
          }
        },
      };
    },
  };
}

const fieldPath = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

/** The gateway's list of Case fields the operation reads; anything malformed is ignored. */
function caseFieldsFrom(value: string | string[] | undefined): string[] {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || text.length > 8_000) return [];
  return text.split(',').filter((p) => fieldPath.test(p));
}

/** Serves one subgraph: POST /graphql (viewer token required), /healthz, /readyz. */
export async function startSubgraphServer(options: SubgraphServerOptions): Promise<RunningSubgraph> {
  const log = options.log.child({ service: options.name });
  const apollo = new ApolloServer<SubgraphContext>({
    schema: options.schema,
    introspection: false,
    includeStacktraceInErrorResponses: false,
    formatError: formatSubgraphError(log),
    plugins: [ApolloServerPluginInlineTraceDisabled(), auditDenialsPlugin(options.db, log)],
    // The process stops the server itself (run-service.ts, haven.ts close()); Apollo's own signal
    // handler would start a second stop() that the first never lets finish, so SIGTERM never exited.
    stopOnTerminationSignals: false,
  });
  await apollo.start();
  const verifyViewerToken = viewerTokenVerifier(options.viewerPublicKey);
  // Only the case subgraph receives uploads (base64 in the JSON body); the others keep 1 MB.
  const documentMaxBytes = options.documentMaxBytes ?? DEFAULT_DOCUMENT_MAX_BYTES;
  const maxBody = options.maxBodyBytes ?? (options.name === 'case' ? graphqlBodyLimit(documentMaxBytes) : 1_000_000);

  const server = http.createServer(async (req, res) => {
    try {
      if (await handleHealth(req, res, () => options.db.ping())) return;
      const url = new URL(req.url ?? '/', 'http://subgraph');
      if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' });
      const requestId = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const raw = req.method === 'POST' ? await readBody(req, maxBody) : '';
      let body: unknown = undefined;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          return sendJson(res, 400, {
            errors: [{ message: 'Body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }],
          });
        }
      }
      const httpRequest: HTTPGraphQLRequest = { method: req.method ?? 'GET', headers, search: url.search, body };
      const response = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: httpRequest,
        context: async () => {
          const token = req.headers[VIEWER_TOKEN_HEADER];
          const viewer = await verifyViewerToken(Array.isArray(token) ? token[0] : token);
          if (!viewer) {
            log.warn({ requestId }, 'request without a valid viewer token refused');
            throw new GraphQLError('A valid viewer token is required', {
              extensions: { code: 'UNAUTHENTICATED', http: { status: errorCodes.UNAUTHENTICATED } },
            });
          }
          const requestLog = log.child({ requestId, userId: viewer.userId });
          requestLog.debug(
            { operation: (body as { operationName?: string } | undefined)?.operationName },
            'graphql request',
          );
          return {
            viewer,
            requestId,
            log: requestLog,
            db: options.db,
            fieldKeys: options.fieldKeys,
            clientCaseFields: caseFieldsFrom(req.headers[CASE_FIELDS_HEADER]),
            documentMaxBytes,
            loaders: new Map(),
          };
        },
      });
      const outHeaders: Record<string, string> = {};
      for (const [key, value] of response.headers) outHeaders[key] = value;
      res.writeHead(response.status ?? 200, outHeaders);
      if (response.body.kind === 'complete') {
        res.end(response.body.string);
      } else {
        for await (const chunk of response.body.asyncIterator) res.write(chunk);
        res.end();
      }
    } catch (error) {
      if (error instanceof BodyTooLargeError) return sendJson(res, 413, { errors: [{ message: error.message }] });
      log.error({ err: error }, 'subgraph request failed');
      if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
    }
  });

  const running = await listen(server, options.port, options.host);
  log.info({ url: running.url }, 'subgraph listening');
  return {
    ...running,
    name: options.name,
    graphqlUrl: `${running.url}/graphql`,
    close: async () => {
      await running.close();
      await apollo.stop();
    },
  };
}

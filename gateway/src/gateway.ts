import { createGatewayRuntime, type GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { Logger as HiveLogger } from '@graphql-hive/logger';
import { PinoLogWriter } from '@graphql-hive/logger/writers/pino';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { CryptoKey } from 'jose';
import { inputErrorsPlugin } from './input-errors';
import { CASE_FIELDS_HEADER, fieldPathsBelowType } from '@haven/core/graphql/type-fields';
import { sharedScalars } from '@haven/core/graphql/builder';
import { REQUEST_ID_HEADER, type Logger } from '@haven/core/logging';
import { VIEWER_TOKEN_HEADER, viewerTokenSigner, type Viewer } from '@haven/core/viewer';

/** Set by the gateway's HTTP front from the socket; a client-sent value is overwritten. */
export const CLIENT_ADDRESS_HEADER = 'x-haven-client-address';

export interface GatewayContextAdditions {
  viewer: Viewer | null;
  viewerToken: string | null;
  /** Case fields the operation reads, for the case subgraph's audit row (see fieldPathsBelowType). */
  caseFieldsRead?: string[];
  /** Why credentials that came with the request were refused (expired session, missing CSRF token …). */
  refusal?: ViewerRefusal['refusal'];
}

/** Credentials were sent but refused: the request fails with this code and reason, whatever it asks. */
export interface ViewerRefusal {
  refusal: { code: 'UNAUTHENTICATED' | 'FORBIDDEN'; reason: string; message: string };
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Where each subgraph listens, by subgraph name (overrides the URLs composed into the supergraph). */
  subgraphUrls: Record<string, string>;
  viewerPrivateKey: CryptoKey;
  /** Turns a request into the viewer it acts for (session cookie or bearer token), null, or a refusal. */
  resolveViewer: (request: Request) => Promise<Viewer | null | ViewerRefusal>;
  /** Production hides the explorer and introspection unless explicitly enabled. */
  production: boolean;
  explorer: boolean;
  introspection: boolean;
  log: Logger;
}

/** True when an operation only asks the gateway about its own schema (__schema, __type, __typename). */
function isIntrospectionOnly(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every((s) => s.kind === Kind.FIELD && s.name.value.startsWith('__'));
}

/**
 * Refuses operations that would reach a subgraph without a viewer, before any subgraph is called.
 * Subgraphs refuse such requests too; this gives clients one clear error instead of several.
 */
function requireViewerPlugin(): GatewayPlugin<GatewayContextAdditions> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const context = args.contextValue as Partial<GatewayContextAdditions>;
      if (context.refusal) {
        const { code, reason, message } = context.refusal;
        return setResultAndStopExecution({ errors: [new GraphQLError(message, { extensions: { code, reason } })] });
      }
      if (context.viewer) return;
      const operation = args.document.definitions.find(
        (d: { kind: string }): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      if (operation && isIntrospectionOnly(operation)) return;
      setResultAndStopExecution({
        errors: [new GraphQLError('Sign in first', { extensions: { code: 'UNAUTHENTICATED' } })],
      });
    },
  };
}

/**
 * Works out which Case fields the operation reads, whichever subgraph serves them, so that the case
 * subgraph's audit row names them all: one row per case page instead of one per subgraph.
 */
function caseFieldsPlugin(): GatewayPlugin<GatewayContextAdditions> {
  return {
    onExecute({ args }) {
      const context = args.contextValue as Partial<GatewayContextAdditions>;
      if (context.viewer) context.caseFieldsRead = fieldPathsBelowType(args.schema, args.document, 'Case');
    },
  };
}

/**
 * The Hive Gateway runtime serving the composed supergraph at /graphql. It resolves the viewer once
 * per request and forwards only a freshly signed, short-lived viewer token and the request id to
 * subgraphs: no header a client sends is passed on.
 */
export function createGateway(options: GatewayOptions) {
  const disabled = { disableIf: () => true };
  const signViewerToken = viewerTokenSigner(options.viewerPrivateKey);
  const hiveLog = new HiveLogger({
    level: 'warn',
    writers: [new PinoLogWriter(options.log.child({ component: 'hive-gateway' }))],
  });
  return createGatewayRuntime<GatewayContextAdditions>({
    supergraph: options.supergraphSdl,
    // Hive Router's query planner (Rust, a native addon shipped in the package) and its executor
    // instead of the JavaScript stitching runtime: less CPU per request (docs/PERFORMANCE.md).
    unifiedGraphHandler,
    graphqlEndpoint: '/graphql',
    // The gateway parses Date and DateTime itself, so bad values are refused before any subgraph runs.
    additionalResolvers: sharedScalars,
    logging: hiveLog,
    landingPage: false,
    transportEntries: Object.fromEntries(
      Object.entries(options.subgraphUrls).map(([name, url]) => [name, { location: url }]),
    ),
    graphiql: options.explorer
      ? { title: 'Haven GraphQL explorer', defaultQuery: '{ me { user { displayName } } }' }
      : false,
    renderGraphiQL,
    disableIntrospection: options.introspection ? undefined : disabled,
    maskedErrors: { isDev: false },
    requestId: { headerName: REQUEST_ID_HEADER },
    propagateHeaders: {
      fromClientToSubgraphs: ({ context }) => ({
        [VIEWER_TOKEN_HEADER]: context.viewerToken ?? undefined,
        [CASE_FIELDS_HEADER]: context.caseFieldsRead?.length ? context.caseFieldsRead.join(',') : undefined,
      }),
    },
    plugins: () => [
      {
        async onContextBuilding({
          context,
          extendContext,
        }: {
          context: { request: Request };
          extendContext: (extension: GatewayContextAdditions) => void;
        }) {
          const request = context.request;
          const resolved = await options.resolveViewer(request);
          if (resolved && 'refusal' in resolved)
            return extendContext({ viewer: null, viewerToken: null, refusal: resolved.refusal });
          const viewer = resolved && { ...resolved, clientAddress: request.headers.get(CLIENT_ADDRESS_HEADER) || null };
          extendContext({
            viewer,
            viewerToken: viewer ? await signViewerToken(viewer) : null,
          });
        },
      },
      requireViewerPlugin(),
      caseFieldsPlugin(),
      inputErrorsPlugin(),
    ],
  });
}

export type Gateway = ReturnType<typeof createGateway>;

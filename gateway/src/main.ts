/**
 * The gateway as its own process (server mode): subgraphs run elsewhere, at the URLs configured.
 * Sign-in goes through /auth (sessions) or bearer tokens; demo accounts are never listed here.
 */
import { ConfigError } from '@haven/core/config';
import { createLogger } from '@haven/core/logging';
import { openPostgres } from '@haven/core/db/postgres';
import { importViewerKey } from '@haven/core/viewer';
import { graphqlBodyLimit } from '@haven/core/http/body-limits';
import { createGateway } from './gateway';
import { startGatewayServer } from './app';
import { readComposedSupergraph } from './composition';
import { defaultWebDir } from './haven';
import { loadGatewayEnv, type GatewayEnv } from './env';
import { systemClock } from '@haven/identity';
import { sessionViewerResolver } from './auth/resolve-viewer';

let env: GatewayEnv;
try {
  env = loadGatewayEnv();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

const log = createLogger({ level: env.LOG_LEVEL, name: 'haven-gateway' });
const db = await openPostgres({
  url: env.DATABASE_URL,
  maxConnections: env.DATABASE_POOL_SIZE,
  applicationName: 'haven-gateway',
});
const authDeps = { db, clock: systemClock };
const gateway = createGateway({
  supergraphSdl: readComposedSupergraph(),
  subgraphUrls: env.subgraphUrls,
  viewerPrivateKey: await importViewerKey(env.VIEWER_TOKEN_PRIVATE_KEY),
  resolveViewer: sessionViewerResolver(authDeps),
  production: env.production,
  explorer: env.explorer,
  introspection: env.introspection,
  log,
});
const server = await startGatewayServer({
  gateway,
  db,
  log,
  port: env.PORT,
  host: env.HOST,
  webDir: env.WEB_DIR ?? defaultWebDir,
  maxGraphqlBodyBytes: graphqlBodyLimit(env.DOCUMENT_MAX_BYTES),
  auth: { deps: authDeps, production: env.production, demoAccounts: null },
});
log.info({ url: server.url }, 'gateway listening');

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  await server.close();
  await gateway.dispose();
  await db.close();
  process.exit(0);
}
// The Hive gateway swallows SIGTERM; these handlers close everything and exit.
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

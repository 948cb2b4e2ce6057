import type { SubgraphDefinition } from '../graphql/subgraph';
import { ConfigError, type SubgraphEnv } from '../config';
import { openPostgres } from '../db/postgres';
import type { Database } from '../db/database';
import { createLogger } from '../logging';
import { importViewerKey } from '../viewer';
import { parseFieldKeys, type FieldKeyring } from '../crypto/field-cipher';
import { startSubgraphServer } from './subgraph-server';

/**
 * Runs one subgraph as its own process on PostgreSQL (server mode), until SIGTERM or SIGINT.
 * Embedded mode does not use this: it starts every subgraph inside the gateway process.
 */
export async function runSubgraphProcess(
  subgraph: SubgraphDefinition,
  loadEnv: () => SubgraphEnv,
  hooks: { onStart?: (db: Database) => Promise<void> } = {},
): Promise<void> {
  const name = subgraph.name;
  let env: SubgraphEnv;
  try {
    env = loadEnv();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
  // Only the case subgraph holds confidential values; the others run with an empty keyring.
  if (name === 'case' && !env.FIELD_ENCRYPTION_KEYS) {
    console.error('haven-case: FIELD_ENCRYPTION_KEYS is required (npm run keys prints a key)');
    process.exit(1);
  }
  const fieldKeys: FieldKeyring = env.FIELD_ENCRYPTION_KEYS
    ? parseFieldKeys(env.FIELD_ENCRYPTION_KEYS)
    : { activeKeyId: '', keys: new Map() };
  const log = createLogger({ level: env.LOG_LEVEL, name: `haven-${name}` });
  const db = await openPostgres({
    url: env.DATABASE_URL,
    maxConnections: env.DATABASE_POOL_SIZE,
    applicationName: `haven-${name}`,
  });
  await hooks.onStart?.(db);
  const server = await startSubgraphServer({
    name,
    schema: subgraph.schema(),
    db,
    fieldKeys,
    viewerPublicKey: await importViewerKey(env.VIEWER_TOKEN_PUBLIC_KEY),
    log,
    port: env.PORT,
    host: env.HOST,
    documentMaxBytes: env.DOCUMENT_MAX_BYTES,
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down');
    await server.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

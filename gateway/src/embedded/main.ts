/**
 * npm start — Haven in one process. Without DATABASE_URL it runs on an embedded PGlite database in
 * DATA_DIR, created, migrated and seeded with fictional demo data on first start, and lets a person
 * sign in as any demo user with the demo password. With DATABASE_URL it runs on PostgreSQL and offers no demo sign-in.
 */
import { ConfigError } from '@haven/core/config';
import { createLogger } from '@haven/core/logging';
import { lockDataFolder, DataFolderLockedError } from '@haven/core/db/lock';
import { openPglite } from '@haven/core/db/pglite';
import { migratePostgres, openPostgres } from '@haven/core/db/postgres';
import type { Database } from '@haven/core/db/database';
import { loadEmbeddedEnv, type EmbeddedEnv } from './env';
import { startHaven } from '../haven';
import { seedDemo, demoStaff, DEMO_PASSWORD } from '../demo/seed';
import { directorySink, httpSink, startCheckpointSchedule } from '@haven/core/audit/checkpoint';
import { auditKeysFromPrivateJwk, loadOrCreateKeyFile } from '@haven/core/audit/keys';
import { parseFieldKeys } from '@haven/core/crypto/field-cipher';
import { loadOrCreateFieldKeyFile } from '@haven/core/crypto/field-keys';
import { indexUnindexedPersons } from '@haven/case';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let env: EmbeddedEnv;
try {
  env = loadEmbeddedEnv();
} catch (error) {
  fail(error instanceof ConfigError ? error.message : String(error));
}

const log = createLogger({ level: env.LOG_LEVEL, name: 'haven' });
let releaseLock = () => {};
let db: Database;
try {
  if (env.embeddedDatabase) {
    releaseLock = lockDataFolder(env.DATA_DIR);
    db = await openPglite({ dataDir: `${env.DATA_DIR}/pg` });
  } else {
    await migratePostgres(env.DATABASE_URL!);
    db = await openPostgres({ url: env.DATABASE_URL! });
  }
} catch (error) {
  releaseLock();
  fail(error instanceof DataFolderLockedError ? error.message : `Could not open the database: ${String(error)}`);
}

const fieldKeys = env.FIELD_ENCRYPTION_KEYS
  ? parseFieldKeys(env.FIELD_ENCRYPTION_KEYS)
  : loadOrCreateFieldKeyFile(env.fieldKeyFile);

if (env.SEED_DEMO && env.embeddedDatabase) await seedDemo(db, log, fieldKeys);
// Persons written before duplicate detection existed get their name index.
const indexed = await indexUnindexedPersons(db);
if (indexed > 0) log.info({ persons: indexed }, 'indexed persons for duplicate detection');

// Signed checkpoints of the audit chain, written outside the database on a schedule and at shutdown.
const auditKeys = await auditKeysFromPrivateJwk(env.AUDIT_SIGNING_KEY ?? (await loadOrCreateKeyFile(env.auditKeyFile)));
const checkpoints = startCheckpointSchedule({
  db,
  signer: auditKeys.signer,
  sink: env.AUDIT_CHECKPOINT_URL ? httpSink(env.AUDIT_CHECKPOINT_URL) : directorySink(env.auditCheckpointDir),
  intervalMs: env.AUDIT_CHECKPOINT_INTERVAL_SECONDS * 1000,
  log,
});
await checkpoints.runNow();

const haven = await startHaven({
  db,
  fieldKeys,
  log,
  port: env.PORT,
  host: env.HOST,
  demoSignIn: env.embeddedDatabase,
  explorer: env.explorer,
  introspection: env.introspection,
  production: env.production,
  workflowJobs: { smtpUrl: env.SMTP_URL ?? null, mailFrom: env.SMTP_FROM },
  documentMaxBytes: env.DOCUMENT_MAX_BYTES,
});

const lines = [
  '',
  'Haven is running.',
  `  Web client:        ${haven.url}/`,
  env.explorer ? `  GraphQL explorer:  ${haven.graphqlUrl}` : `  GraphQL endpoint:  ${haven.graphqlUrl} (explorer off)`,
  env.embeddedDatabase ? `  Data folder:       ${env.DATA_DIR}` : '  Database:          PostgreSQL (DATABASE_URL)',
];
if (env.embeddedDatabase) {
  lines.push('', `  Demo sign-ins (fictional people; every one has the password ${DEMO_PASSWORD}):`);
  for (const staff of demoStaff) lines.push(`    ${staff.displayName.padEnd(36)} ${staff.email}`);
}
lines.push('', 'Stop with Ctrl+C.', '');
console.log(lines.join('\n'));

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down');
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  try {
    await haven.close();
    await checkpoints.stop();
    await db.close();
  } finally {
    releaseLock();
    process.exit(0);
  }
}
// The Hive gateway swallows SIGTERM; these handlers close everything and exit.
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));

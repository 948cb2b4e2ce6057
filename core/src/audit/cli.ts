/**
 * npm run audit:verify     — walks the audit chain and checks it against the signed checkpoints;
 *                             names the first broken row and exits 1 if there is one.
 * npm run audit:checkpoint — signs the chain head and writes a checkpoint (for cron in server mode).
 * With DATABASE_URL it works on that PostgreSQL server; without, on the embedded data folder
 * (stop Haven first: the folder is locked while it runs).
 */
import fs from 'node:fs';
import { ConfigError } from '../config';
import type { Database } from '../db/database';
import { lockDataFolder } from '../db/lock';
import { openPglite } from '../db/pglite';
import { openPostgres } from '../db/postgres';
import { directorySink, httpSink, readCheckpointDirectory, writeCheckpoint } from './checkpoint';
import { loadAuditCliEnv } from './env';
import { auditKeysFromPrivateJwk, auditPublicKey } from './keys';
import { verifyAuditChain } from './verify';

const command = process.argv[2];
if (command !== 'verify' && command !== 'checkpoint') {
  console.error('usage: tsx core/src/audit/cli.ts verify|checkpoint');
  process.exit(2);
}

let env;
try {
  env = loadAuditCliEnv();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

const privateJwk =
  env.AUDIT_SIGNING_KEY ??
  (env.keyFile && fs.existsSync(env.keyFile) ? fs.readFileSync(env.keyFile, 'utf8') : undefined);
let release = () => {};
let db: Database;
if (env.DATABASE_URL) {
  db = await openPostgres({ url: env.DATABASE_URL, maxConnections: 2, applicationName: 'haven-audit' });
} else {
  release = lockDataFolder(env.DATA_DIR);
  db = await openPglite({ dataDir: `${env.DATA_DIR}/pg` });
}

let exitCode = 0;
try {
  if (command === 'checkpoint') {
    if (!privateJwk) throw new ConfigError('audit', ['AUDIT_SIGNING_KEY: is required to sign a checkpoint']);
    const sink = env.AUDIT_CHECKPOINT_URL
      ? httpSink(env.AUDIT_CHECKPOINT_URL)
      : env.checkpointDir
        ? directorySink(env.checkpointDir)
        : null;
    if (!sink) throw new ConfigError('audit', ['AUDIT_CHECKPOINT_DIR or AUDIT_CHECKPOINT_URL: one is required']);
    const { signer } = await auditKeysFromPrivateJwk(privateJwk);
    const written = await writeCheckpoint(db, signer, sink);
    console.log(`Checkpoint of row ${written.seq} written to ${sink.describe()}.`);
  } else {
    const publicKey = env.AUDIT_VERIFY_KEY
      ? await auditPublicKey(env.AUDIT_VERIFY_KEY)
      : privateJwk
        ? await auditPublicKey(privateJwk)
        : null;
    const checkpoints = env.checkpointDir ? await readCheckpointDirectory(env.checkpointDir) : [];
    const report = await verifyAuditChain(db, { checkpoints, publicKey });
    console.log(
      `Audit chain: ${report.rows} rows checked in ${report.seconds.toFixed(2)} s (${report.rowsPerSecond} rows/s).`,
    );
    console.log(
      `Checkpoints: ${report.checkpoints.valid} valid` +
        (report.checkpoints.newest
          ? `, newest covers row ${report.checkpoints.newest.seq} (signed ${report.checkpoints.newest.signedAt})`
          : '') +
        (report.checkpoints.invalidSignatures
          ? `, ${report.checkpoints.invalidSignatures} with a bad or unknown signature`
          : '') +
        (publicKey ? '' : ' (no key to check them with: set AUDIT_VERIFY_KEY)'),
    );
    if (report.firstProblem) {
      console.log(`BROKEN at row ${report.firstProblem.seq}: ${report.firstProblem.problem}.`);
      exitCode = 1;
    } else if (!report.ok) {
      exitCode = 1;
    } else {
      console.log('OK: the audit trail is intact.');
    }
  }
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  exitCode = 1;
} finally {
  await db.close();
  release();
}
process.exit(exitCode);

/**
 * npm run keys:rotate — re-encrypts every confidential value under the active field key.
 *
 * Server mode (DATABASE_URL): put the new key first in FIELD_ENCRYPTION_KEYS, keep the old ones
 * after it, deploy, then run this; it names the old keys no value needs any more, which can then
 * be removed from the configuration.
 * Embedded mode: stop Haven first (the data folder is locked while it runs); this makes a new key,
 * puts it first in DATA_DIR/keys/field-encryption-keys, re-encrypts, and drops keys no longer used.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '@haven/core/config';
import { formatFieldKey, newFieldKey, parseFieldKeys } from '@haven/core/crypto/field-cipher';
import { loadOrCreateFieldKeyFile } from '@haven/core/crypto/field-keys';
import type { Database } from '@haven/core/db/database';
import { lockDataFolder } from '@haven/core/db/lock';
import { openPglite } from '@haven/core/db/pglite';
import { openPostgres } from '@haven/core/db/postgres';
import { rekeyConfidentialValues } from './cases/rekey';
import { loadRekeyEnv } from './env';

function warnUnreadable(list: { caseId: string; field: string; keyId: string }[]) {
  for (const u of list)
    console.warn(`UNREADABLE: case ${u.caseId} field ${u.field} (key ${u.keyId}) did not decrypt; left as it was.`);
  if (list.length) process.exitCode = 1;
}

let env;
try {
  env = loadRekeyEnv();
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

let db: Database;
let release = () => {};
if (env.DATABASE_URL) {
  db = await openPostgres({ url: env.DATABASE_URL, maxConnections: 1, applicationName: 'haven-keys-rotate' });
  const keys = parseFieldKeys(env.FIELD_ENCRYPTION_KEYS!);
  const report = await rekeyConfidentialValues(db, keys);
  console.log(`Re-encrypted ${report.reencrypted} values under key ${keys.activeKeyId}.`);
  warnUnreadable(report.unreadable);
  console.log(
    report.unusedKeyIds.length
      ? `No value needs these keys any more; remove them from FIELD_ENCRYPTION_KEYS: ${report.unusedKeyIds.join(', ')}`
      : 'Every configured key is still in use.',
  );
} else {
  const dataDir = path.resolve(env.DATA_DIR);
  release = lockDataFolder(dataDir);
  db = await openPglite({ dataDir: `${dataDir}/pg` });
  const file = path.join(dataDir, 'keys', 'field-encryption-keys');
  const old = loadOrCreateFieldKeyFile(file);
  const keys = parseFieldKeys([newFieldKey(), ...[...old.keys].map(([id, key]) => formatFieldKey(id, key))].join('\n'));
  // The new key is written before any value uses it, so no value is ever without its key.
  const write = (ids: string[]) => {
    fs.writeFileSync(`${file}.new`, ids.map((id) => formatFieldKey(id, keys.keys.get(id)!)).join('\n') + '\n', {
      mode: 0o600,
    });
    fs.renameSync(`${file}.new`, file);
  };
  write([...keys.keys.keys()]);
  const report = await rekeyConfidentialValues(db, keys);
  write([...keys.keys.keys()].filter((id) => !report.unusedKeyIds.includes(id)));
  console.log(`Re-encrypted ${report.reencrypted} values under the new key ${keys.activeKeyId}; unused keys removed.`);
  warnUnreadable(report.unreadable);
}
await db.close();
release();

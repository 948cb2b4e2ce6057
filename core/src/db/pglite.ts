import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import * as schema from './schema';
import { createDatabase, migrationsFolder, type Database, type Db } from './database';

/**
 * Opens the embedded database. Without a data folder it lives in memory (tests).
 * The PGlite session is always a superuser: row-level security there guards against mistakes in
 * code, not against an attacker with access to the process or the data folder.
 */
export async function openPglite(options: { dataDir?: string; migrate?: boolean } = {}): Promise<Database> {
  const client = await PGlite.create(options.dataDir ? { dataDir: options.dataDir } : {});
  const db = drizzle({ client, schema });
  if (options.migrate ?? true) await migrate(db, { migrationsFolder });
  return createDatabase('pglite', db as unknown as Db, async () => {
    if (!client.closed) await client.close();
  });
}

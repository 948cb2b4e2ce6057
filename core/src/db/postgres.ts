import postgres from 'postgres';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import * as schema from './schema';
import { createDatabase, migrationsFolder, type Database, type Db } from './database';
import { pipelinedBegin } from './pipelined-begin';

export interface PostgresOptions {
  url: string;
  maxConnections?: number;
  applicationName?: string;
}

/** Opens PostgreSQL through postgres.js. Migrations are applied separately (npm run db:migrate). */
export async function openPostgres(options: PostgresOptions): Promise<Database> {
  const client = postgres(options.url, {
    max: options.maxConnections ?? 10,
    onnotice: () => {},
    connection: { application_name: options.applicationName ?? 'haven' },
  });
  // drizzle's transaction() calls the client's begin(): BEGIN goes out with the first statements.
  client.begin = pipelinedBegin(client) as unknown as typeof client.begin;
  const db = drizzle({ client, schema });
  return createDatabase('postgres', db as unknown as Db, () => client.end({ timeout: 5 }));
}

/**
 * Applies pending migrations under an advisory lock, so that several processes starting together
 * (or test workers) never apply the same migration twice.
 */
export async function migratePostgres(url: string): Promise<void> {
  // One connection only, so the session-level advisory lock covers every migration statement.
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(4207301)`;
    await migrate(drizzle({ client, schema }), { migrationsFolder });
    await client`select pg_advisory_unlock(4207301)`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

import { inject } from 'vitest';
import type { Database } from '@haven/core/db/database';
import { openPglite } from '@haven/core/db/pglite';
import { openPostgres } from '@haven/core/db/postgres';

export const onPostgres = (): boolean => inject('databaseUrl') !== '';

/** The database a test file runs on: the run's PostgreSQL database, or a fresh in-memory PGlite. */
export async function openTestDatabase(): Promise<Database> {
  const url = inject('databaseUrl');
  return url ? openPostgres({ url, maxConnections: 5, applicationName: 'haven-test' }) : openPglite();
}

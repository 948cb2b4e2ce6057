import { inject } from 'vitest';
import type { Database } from '@haven/core/db/database';
import { openPglite } from '@haven/core/db/pglite';
import postgres from 'postgres';
import { migratePostgres, openPostgres } from '@haven/core/db/postgres';

export const onPostgres = (): boolean => inject('databaseUrl') !== '';

/** The database a test file runs on: the run's PostgreSQL database, or a fresh in-memory PGlite. */
export async function openTestDatabase(): Promise<Database> {
  const url = inject('databaseUrl');
  return url ? openPostgres({ url, maxConnections: 5, applicationName: 'haven-test' }) : openPglite();
}

/**
 * A database of its own, for tests that damage shared state on purpose (the audit tamper tests):
 * a fresh in-memory PGlite, or a new migrated database on the PostgreSQL server, dropped on close.
 */
export async function openIsolatedDatabase(): Promise<Database> {
  const url = inject('databaseUrl');
  if (!url) return openPglite();
  const name = `haven_iso_${Date.now()}_${Math.floor(Math.random() * 1e6)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const isolatedUrl = new URL(url);
  isolatedUrl.pathname = `/${name}`;
  await migratePostgres(isolatedUrl.toString());
  const db = await openPostgres({ url: isolatedUrl.toString(), maxConnections: 3, applicationName: 'haven-test' });
  return {
    ...db,
    async close() {
      await db.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

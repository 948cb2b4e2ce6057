import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { migratePostgres } from '@haven/core/db/postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A fresh, migrated PostgreSQL database for this run, or '' to use in-memory PGlite. */
    databaseUrl: string;
  }
}

/**
 * With TEST_DATABASE_URL set, the whole suite runs on PostgreSQL: this creates a new database
 * for the run on that server, migrates it, and drops it afterwards, so runs never see each other.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    project.provide('databaseUrl', '');
    return;
  }
  const name = `haven_test_${Date.now()}_${process.pid}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await migratePostgres(url.toString());
  project.provide('databaseUrl', url.toString());
  console.log(`Tests run on PostgreSQL database ${name}`);
  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}

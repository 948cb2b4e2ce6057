import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql, type SQL, type ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import * as schema from './schema';
import type { Viewer } from '../viewer';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
export type Executor = Db | Tx;

/**
 * Who a transaction runs for: a viewer (requests), a viewer reading aggregates (reporting: every
 * case of the agency, no personal columns), or the system (seeding, provisioning, jobs).
 */
export type TxScope = { viewer: Viewer; reporting?: boolean } | { system: string };

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /**
   * One transaction per unit of work. The viewer is set with set_config(..., true), which is local
   * to the transaction, so row-level security policies can key on it.
   */
  transaction<T>(scope: TxScope, fn: (tx: Tx) => Promise<T>): Promise<T>;
  /** Raw SQL returning rows in one shape on both drivers (PGlite gives {rows}, postgres.js an array). */
  rows<T extends Record<string, unknown>>(query: SQL, executor?: Executor): Promise<T[]>;
  /** Throws unless the database answers. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The database role every request transaction runs as (created by migration 0002). */
export const RUNTIME_ROLE = 'haven_app';
/** The role of system work: its row-level security policies allow every row (migration 0007). */
export const SYSTEM_ROLE = 'haven_system';
/** The role aggregates are read as: the agency's case facts, no personal columns (migration 0007). */
export const REPORTING_ROLE = 'haven_reporting';

export const migrationsFolder = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../migrations');

export function resultRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  if (result && typeof result === 'object' && Array.isArray((result as { rows?: unknown }).rows)) {
    return (result as { rows: T[] }).rows;
  }
  throw new Error('unexpected result shape from database driver');
}

/** The role and settings a transaction of this scope runs with (set_config(..., true): local to it). */
function settingsFor(scope: TxScope): SQL {
  if ('viewer' in scope) {
    const role = scope.reporting ? REPORTING_ROLE : RUNTIME_ROLE;
    return sql`select set_config('role', ${role}, true), set_config('haven.viewer_id', ${scope.viewer.userId}, true), set_config('haven.agency_id', ${scope.viewer.agencyId}, true), set_config('haven.supervised_team_ids', ${scope.viewer.supervisedTeamIds.join(',')}, true)`;
  }
  return sql`select set_config('role', ${SYSTEM_ROLE}, true), set_config('haven.system_task', ${scope.system}, true)`;
}

export function createDatabase(kind: Database['kind'], db: Db, close: () => Promise<void>): Database {
  const rows = async <T extends Record<string, unknown>>(query: SQL, executor: Executor = db) =>
    resultRows<T>(await executor.execute(query));
  return {
    kind,
    db,
    rows,
    async transaction<T>(scope: TxScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
      return db.transaction(async (tx) => {
        // The transaction runs as a runtime role (like SET LOCAL ROLE), which may only insert and
        // read audit events; the viewer, her agency and the teams she supervises are what the
        // row-level security policies key on. All of it ends with the transaction.
        //
        // The settings are not awaited before fn starts: queries of one transaction run in the order
        // they are sent on its one connection, so fn's first query still runs after them, and
        // postgres.js sends both in one write (a round trip less per transaction). A failure of
        // the settings is reported as such, not as the "transaction is aborted" fn then meets.
        const settled = tx.execute(settingsFor(scope)).then(
          () => null,
          (error: unknown) => ({ error }),
        );
        let result: T;
        try {
          result = await fn(tx);
        } catch (error) {
          throw (await settled)?.error ?? error;
        }
        const failed = await settled;
        if (failed) throw failed.error;
        return result;
      });
    },
    async ping() {
      await rows(sql`select 1 as ok`);
    },
    close,
  };
}

import type { SQL } from 'drizzle-orm';
import { resultRows, type Executor } from './database';

/**
 * Raw SQL rows in one shape on both drivers, inside a transaction (or on the database). Stores get
 * an Executor, not the Database, so Database.rows is out of their reach.
 */
export async function rows<T extends Record<string, unknown>>(executor: Executor, query: SQL): Promise<T[]> {
  return resultRows<T>(await executor.execute(query));
}

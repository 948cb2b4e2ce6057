import type { Sql } from 'postgres';

/** COMMIT of a transaction a statement failed in: PostgreSQL rolls it back and answers ROLLBACK. */
export class TransactionAbortedError extends Error {
  constructor() {
    super('The transaction was rolled back: one of its statements failed');
    this.name = 'TransactionAbortedError';
  }
}

/**
 * A begin() for postgres.js that sends BEGIN together with the transaction's first statements on a
 * reserved connection, instead of waiting for BEGIN's answer first as postgres.js's own begin() does:
 * one round trip (and one wake-up of the process and of its PostgreSQL backend) less per transaction.
 * drizzle's transaction() calls it and runs its queries on the connection it is given.
 *
 * Like postgres.js's begin(): a failure of `fn` rolls back and is rethrown, and the connection goes
 * back to the pool either way. A statement that failed while `fn` went on (its error caught) leaves
 * the transaction aborted; COMMIT then answers ROLLBACK, which is raised as TransactionAbortedError
 * rather than reported as success. Savepoints (nested transactions) are not supported: Haven does not
 * nest transactions.
 */
export function pipelinedBegin(client: Sql) {
  return async function begin<T>(fn: (tx: Sql) => Promise<T>): Promise<T> {
    const tx = await client.reserve();
    try {
      const began = tx.unsafe('begin').execute();
      // Awaited below; until then a failure must not count as unhandled.
      began.catch(() => {});
      let result: T;
      try {
        result = await fn(tx);
        await began;
        const committed = await tx.unsafe('commit');
        if (committed.command === 'ROLLBACK') throw new TransactionAbortedError();
      } catch (error) {
        await tx.unsafe('rollback').catch(() => {});
        throw error;
      }
      return result;
    } finally {
      tx.release();
    }
  };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { Database } from '@haven/core/db/database';
import { pipelinedBegin, TransactionAbortedError } from '@haven/core/db/pipelined-begin';
import { onPostgres, openTestDatabase } from './support/database';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

describe('Database.transaction', () => {
  it("runs every statement of fn in one transaction, with its scope's settings", async () => {
    const [first, second, settings] = await db.transaction({ system: 'transaction-test' }, async (tx) => {
      const at = async () => (await db.rows<{ at: string }>(sql`select now()::text as at`, tx))[0]!.at;
      const a = await at();
      await db.rows(sql`select pg_sleep(0.02)`, tx);
      const b = await at();
      const [s] = await db.rows<{ task: string; role: string }>(
        sql`select current_setting('haven.system_task') as task, current_user as role`,
        tx,
      );
      return [a, b, s!];
    });
    // now() is the transaction's start: outside a transaction the two reads 20 ms apart would differ.
    expect(second).toBe(first);
    expect(settings).toEqual({ task: 'transaction-test', role: 'haven_system' });
  });

  it('ends a failed transaction and gives its connection back (more failures than connections)', async () => {
    for (let i = 0; i < 12; i++) {
      await expect(
        db.transaction({ system: 'transaction-test' }, async (tx) => {
          await db.rows(sql`select 1/0 as boom`, tx);
        }),
      ).rejects.toThrow();
    }
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        db.transaction({ system: 'transaction-test' }, async (tx) => {
          const [row] = await db.rows<{ n: number }>(sql`select ${i}::int as n`, tx);
          return row!.n;
        }),
      ),
    );
    expect(answers).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});

describe.skipIf(!onPostgres())('pipelinedBegin (postgres.js)', () => {
  let client: postgres.Sql;
  const table = `pipelined_begin_test_${process.pid}`;
  beforeAll(async () => {
    client = postgres(inject('databaseUrl'), { max: 2, onnotice: () => {} });
    client.begin = pipelinedBegin(client) as unknown as typeof client.begin;
    await client.unsafe(`create table ${table} (n int primary key)`);
  });
  afterAll(async () => {
    await client.unsafe(`drop table if exists ${table}`);
    await client.end();
  });
  const rowsNow = async () =>
    (await client.unsafe<{ n: number }[]>(`select n from ${table} order by n`)).map((r) => r.n);

  it('commits what fn wrote, and rolls all of it back when fn fails', async () => {
    await client.begin(async (tx) => {
      await tx.unsafe(`insert into ${table} values (1)`);
      await tx.unsafe(`insert into ${table} values (2)`);
    });
    await expect(
      client.begin(async (tx) => {
        await tx.unsafe(`insert into ${table} values (3)`);
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await rowsNow()).toEqual([1, 2]);
  });

  it('refuses to report success when a statement failed and fn carried on', async () => {
    await expect(
      client.begin(async (tx) => {
        await tx.unsafe(`insert into ${table} values (10)`);
        // A duplicate key, caught: PostgreSQL has aborted the transaction, and COMMIT answers ROLLBACK.
        await tx.unsafe(`insert into ${table} values (10)`).catch(() => {});
      }),
    ).rejects.toBeInstanceOf(TransactionAbortedError);
    expect(await rowsNow()).toEqual([1, 2]);
  });

  it('keeps concurrent transactions apart on a pool smaller than them', async () => {
    await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        client
          .begin(async (tx) => {
            await tx.unsafe(`insert into ${table} values (${100 + i})`);
            if (i % 2) throw new Error('odd');
          })
          .catch(() => {}),
      ),
    );
    expect(await rowsNow()).toEqual([1, 2, 100, 102, 104, 106]);
  });
});

import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '@haven/core/db/database';
import { createLogger } from '@haven/core/logging';
import { seedDemo } from '@haven/gateway/demo/seed';
import { openIsolatedDatabase } from '../support/database';
import { testFieldKeys } from '../support/haven';

let db: Database;
beforeAll(async () => {
  // The demo agency has a fixed code: a database of its own.
  db = await openIsolatedDatabase();
});
afterAll(() => db?.close());

it('the demo seed gives a few cases a household with a relative and notes of each classification', async () => {
  expect((await seedDemo(db, createLogger({ level: 'silent' }), testFieldKeys)).seeded).toBe(true);
  const [households] = await db.rows<{ n: number }>(sql`select count(*)::int as n from "case".households`);
  expect(households!.n).toBe(4);
  const [relatives] = await db.rows<{ n: number }>(
    sql`select count(*)::int as n from "case".persons p where not exists (select 1 from "case".cases c where c.person_id = p.id)`,
  );
  expect(relatives!.n).toBe(4);
  const notes = await db.rows<{ classification: string; n: number }>(
    sql`select classification, count(*)::int as n from "case".case_notes group by classification order by classification`,
  );
  expect(notes).toEqual([
    { classification: 'confidential', n: 4 },
    { classification: 'restricted', n: 4 },
    { classification: 'standard', n: 4 },
  ]);
}, 180_000);

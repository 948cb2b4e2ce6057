import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { indexUnindexedPersons } from '@haven/case';
import type { Database } from '@haven/core/db/database';
import { openTestDatabase } from '../support/database';
import { createTestAgency } from '../support/factories';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db?.close());

it('indexes persons written before duplicate detection existed, once', async () => {
  const agency = await createTestAgency(db);
  const [person] = await db.transaction({ system: 'test' }, async (tx) =>
    db.rows<{ id: string }>(
      sql`insert into "case".persons (agency_id, given_name, family_name, sex, created_by)
          values (${agency.agencyId}::uuid, 'فاطمة', 'Old-Record', 'female', ${agency.users.caseworker}::uuid) returning id`,
      tx,
    ),
  );
  expect(await indexUnindexedPersons(db)).toBeGreaterThanOrEqual(1);
  const [row] = await db.rows<{ search_name: string | null; name_keys: string[] }>(
    sql`select search_name, name_keys from "case".persons where id = ${person!.id}::uuid`,
  );
  expect(row!.search_name).toMatch(/fatima/);
  expect(row!.name_keys.length).toBeGreaterThan(0);
  const again = await db.rows<{ n: number }>(
    sql`select count(*)::int as n from "case".persons where search_name is null and agency_id = ${agency.agencyId}::uuid`,
  );
  expect(again[0]!.n).toBe(0);
});

import { it, expect } from 'vitest';
import { sql } from 'drizzle-orm';
import { openPglite } from './pglite';
import { sqlTextArray, sqlUuidArray } from './arrays';

it('round-trips awkward strings and uuids', async () => {
  const db = await openPglite({ migrate: false });
  const values = ['plain', 'with "quotes"', 'back\\slash', 'comma,brace{}', '', 'NULL', 'ünï 🙂'];
  const [row] = await db.rows<{ a: string[] }>(sql`select ${sqlTextArray(values)} as a`);
  expect(row!.a).toEqual(values);
  const [empty] = await db.rows<{ a: string[] }>(sql`select ${sqlTextArray([])} as a`);
  expect(empty!.a).toEqual([]);
  const ids = ['6f1c1f4e-8d7a-4f43-9d59-1d2f0c1e2a3b', '0b9d3a51-7a3e-4d44-8d2b-5b7f6c1d9e0f'];
  const [uuids] = await db.rows<{ a: string[] }>(sql`select ${sqlUuidArray(ids)}::text[] as a`);
  expect(uuids!.a).toEqual(ids);
  await expect(db.rows(sql`select ${sqlUuidArray(['not-a-uuid'])} as a`)).rejects.toThrow(/uuid/);
});

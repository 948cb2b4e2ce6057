import { it, expect } from 'vitest';
import { sql } from 'drizzle-orm';
import { openPglite } from '@haven/core/db/pglite';
import { sqlTextArray } from '@haven/core/audit/audit';
it('round-trips awkward strings', async () => {
  const db = await openPglite({ migrate: false });
  const values = ['plain', 'with "quotes"', 'back\\slash', 'comma,brace{}', '', 'NULL', 'ünï 🙂'];
  const [row] = await db.rows<{ a: string[] }>(sql`select ${sqlTextArray(values)} as a`);
  expect(row!.a).toEqual(values);
  const [empty] = await db.rows<{ a: string[] }>(sql`select ${sqlTextArray([])} as a`);
  expect(empty!.a).toEqual([]);
});

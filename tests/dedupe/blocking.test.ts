import { afterAll, beforeAll, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '@haven/core/db/database';
import { nameIndex, nameKeys } from '../../subgraphs/case/src/dedupe/transliterate';
import { findCandidates } from '../../subgraphs/case/src/dedupe/dedupe.store';
import { openTestDatabase } from '../support/database';
import { createTestAgency } from '../support/factories';

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(() => db?.close());

// A common family name shares a key with many persons; the capped lookup must still hand scoring the
// person with the whole name, however many share one key of it (the bench meets 24 000 per name).
it('looks up persons sharing every key of the name before those sharing any, within the cap', async () => {
  const agency = await createTestAgency(db);
  await db.transaction({ system: 'test' }, async (tx) => {
    for (const given of ['Amina', 'Layla', 'Huda', 'Rania', 'Salma', 'Fatima']) {
      const index = nameIndex(given, 'Haddad');
      await db.rows(
        sql`insert into "case".persons (agency_id, given_name, family_name, sex, search_name, name_keys, created_by)
            values (${agency.agencyId}::uuid, ${given}, 'Haddad', 'female', ${index.searchName},
                    ${`{${index.nameKeys.join(',')}}`}::text[], ${agency.users.caseworker}::uuid)
            returning id`,
        tx,
      );
    }
  });
  const lookup = (limit: number) =>
    db.transaction({ system: 'test' }, (tx) =>
      findCandidates(
        tx,
        agency.agencyId,
        { keys: nameKeys('فاطمة', 'حداد'), identifiers: [], dateOfBirth: null },
        limit,
      ),
    );
  const capped = await lookup(3);
  expect(capped).toHaveLength(3);
  expect(capped.map((p) => p.givenName)).toContain('Fatima');
  // With room, those sharing one key come too, each once.
  const all = await lookup(10);
  expect(all.map((p) => p.givenName).sort()).toEqual(['Amina', 'Fatima', 'Huda', 'Layla', 'Rania', 'Salma']);
});

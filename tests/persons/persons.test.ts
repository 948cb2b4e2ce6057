import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type TestHaven } from '../support/haven';
import { codeOf, createCase, ok, share } from '../documents/helpers';

const SEARCH = `query ($q: String!, $first: Int) {
  searchPersons(query: $q, first: $first) { id givenName familyName cases { id caseNumber } }
}`;

interface Found {
  id: string;
  givenName: string;
  familyName: string;
  cases: { id: string; caseNumber: string }[];
}

let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;
let fatima: { id: string; personId: string };
let second: { id: string; personId: string };
let youssef: { id: string; personId: string };

const search = async (as: string, q: string, first?: number) =>
  ok(await t.graphql<{ searchPersons: Found[] }>(SEARCH, { q, first }, { as })).searchPersons;

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  fatima = await createCase(t, agency.users.caseworker, { givenName: 'فاطمة', familyName: 'حسن' }, [
    { kind: 'unhcr_id', value: 'ZZT-123-456' },
  ]);
  // The same person, in a second case over time (merged later or registered again): both cases listed.
  second = await createCase(t, agency.users.caseworker, { givenName: 'Youssef', familyName: 'Khaled', sex: 'MALE' });
  youssef = await createCase(t, agency.users.caseworkerB, { givenName: 'Yusuf', familyName: 'Khalid', sex: 'MALE' });
  await createCase(t, other.users.caseworker, { givenName: 'Fatma', familyName: 'Hasan' });
});
afterAll(() => t?.close());

describe('searchPersons', () => {
  it('finds an Arabic name from a Latin spelling and back', async () => {
    const latin = await search(agency.users.caseworker, 'Fatima Hassan');
    expect(latin.map((p) => p.id)).toContain(fatima.personId);
    expect(latin.find((p) => p.id === fatima.personId)!.cases.map((c) => c.id)).toEqual([fatima.id]);
    const arabic = await search(agency.users.caseworker, 'يوسف');
    expect(arabic.map((p) => p.id)).toContain(second.personId);
  });

  it('finds a person by an identifier value, however it is punctuated', async () => {
    const found = await search(agency.users.caseworker, 'zzt 123456');
    expect(found.map((p) => p.id)).toEqual([fatima.personId]);
  });

  it('returns only persons the viewer reaches: not another worker’s, not another agency’s', async () => {
    const mine = await search(agency.users.caseworker, 'Yusuf Khalid');
    expect(mine.map((p) => p.id)).toContain(second.personId);
    expect(mine.map((p) => p.id)).not.toContain(youssef.personId);
    const elsewhere = await search(other.users.caseworker, 'Fatima');
    expect(elsewhere.map((p) => p.id)).not.toContain(fatima.personId);
    expect(elsewhere).toHaveLength(1);
    // The supervisor of team a reaches the team's cases; a share adds one case, not the person's others.
    const sup = await search(agency.users.supervisor, 'Fatima');
    expect(sup.map((p) => p.id)).toContain(fatima.personId);
    await share(t, agency, fatima.id, agency.users.caseworkerB, false);
    const shared = await search(agency.users.caseworkerB, 'Fatima Hassan');
    expect(shared.find((p) => p.id === fatima.personId)!.cases.map((c) => c.id)).toEqual([fatima.id]);
  });

  it('refuses bad input and roles without case:read', async () => {
    expect(codeOf(await t.graphql(SEARCH, { q: 'a' }, { as: agency.users.caseworker }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await t.graphql(SEARCH, { q: 'Fatima', first: 500 }, { as: agency.users.caseworker }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(codeOf(await t.graphql(SEARCH, { q: 'Fatima' }, { as: agency.users.programme_manager }))).toBe('FORBIDDEN');
    expect(codeOf(await t.graphql(SEARCH, { q: 'Fatima' }, { as: agency.users.system_administrator }))).toBe(
      'FORBIDDEN',
    );
  });

  it('is audited as a read with the ids returned, never the query', async () => {
    await search(agency.users.caseworker, 'Fatima Hassan');
    // The whole row: the query must be in none of its columns.
    const rows = await t.db.rows<{ target_ids: string[] }>(
      sql`select * from audit.events
          where actor_id = ${agency.users.caseworker}::uuid and action = 'person.search' order by seq desc limit 1`,
    );
    expect(rows[0]!.target_ids).toContain(fatima.personId);
    expect(JSON.stringify(rows[0])).not.toMatch(/fatima|hassan/i);
  });
});

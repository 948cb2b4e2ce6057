import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Tx, TxScope } from '@haven/core/db/database';
import { openTestDatabase } from './support/database';
import { createTestAgency, type TestAgency } from './support/factories';
import { startTestHaven, type TestHaven } from './support/haven';

/**
 * A case read (the case page's first resolvers) reads the case, its person and its confidential values
 * in one transaction when the operation asks for them, instead of one transaction each.
 */
let t: TestHaven;
let agency: TestAgency;
let transactions = 0;

/** The database, counting the transactions requests open. */
function counting(db: Database): Database {
  return {
    ...db,
    transaction<T>(scope: TxScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
      if ('viewer' in scope) transactions++;
      return db.transaction(scope, fn);
    },
  };
}

const CASE_ONLY = `query($id: ID!) { case(id: $id) { id caseNumber } }`;
const CASE_PAGE = `query($id: ID!) { case(id: $id) { id caseNumber person { fullName } incidentNarrative safetyPlan } }`;
type CasePage = {
  case: { id: string; person?: { fullName: string }; incidentNarrative?: string | null; safetyPlan?: string | null };
};

let caseId: string;
beforeAll(async () => {
  t = await startTestHaven({ db: counting(await openTestDatabase()) });
  agency = await createTestAgency(t.db);
  const created = await t.graphql<{ createCase: { id: string } }>(
    `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
    { input: { caseType: 'GBV', person: { givenName: 'Fictiva', familyName: 'Onereader', sex: 'FEMALE' } } },
    { as: agency.users.caseworker },
  );
  expect(created.errors).toBeUndefined();
  caseId = created.data!.createCase.id;
  const details = await t.graphql(
    `mutation($id: ID!, $input: CaseDetailsInput!) { updateCaseDetails(caseId: $id, input: $input) { id } }`,
    { id: caseId, input: { incidentNarrative: 'A fictional account.' } },
    { as: agency.users.caseworker },
  );
  expect(details.errors).toBeUndefined();
});
afterAll(async () => {
  await t?.close();
});

async function transactionsOf(query: string, as: string) {
  transactions = 0;
  const res = await t.graphql<CasePage>(query, { id: caseId }, { as });
  return { count: transactions, res };
}

describe('a case read', () => {
  it("reads the person and the confidential values in the case's own transaction", async () => {
    const alone = await transactionsOf(CASE_ONLY, agency.users.caseworker);
    const page = await transactionsOf(CASE_PAGE, agency.users.caseworker);
    expect(page.res.errors).toBeUndefined();
    expect(page.res.data!.case).toMatchObject({
      person: { fullName: 'Fictiva Onereader' },
      incidentNarrative: 'A fictional account.',
      safetyPlan: null,
    });
    // The person and the confidential values cost no transaction of their own (there were three).
    expect(page.count).toBe(alone.count);
  });

  it('still withholds the confidential values from a supervisor', async () => {
    const { res } = await transactionsOf(CASE_PAGE, agency.users.supervisor);
    expect(res.data!.case.person).toEqual({ fullName: 'Fictiva Onereader' });
    expect(res.data!.case.incidentNarrative).toBeNull();
    expect(res.errors?.map((e) => [e.path?.join('.'), e.extensions?.code])).toEqual(
      expect.arrayContaining([['case.incidentNarrative', 'FORBIDDEN_FIELD']]),
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Tx, TxScope } from '@haven/core/db/database';
import { openTestDatabase } from '../support/database';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type TestHaven } from '../support/haven';

/**
 * Case.allowedTransitions asked of a list: the moves of every case on the page come from one batch
 * per request, so a longer caseload costs no more queries than a shorter one.
 */
let t: TestHaven;
let agency: TestAgency;
let queries = 0;

/** The database, counting every statement a transaction starts (the query builders and raw SQL). */
function counting(db: Database): Database {
  const starts = new Set(['execute', 'select', 'selectDistinct', 'insert', 'update', 'delete']);
  return {
    ...db,
    transaction<T>(scope: TxScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
      return db.transaction(scope, (tx) =>
        fn(
          new Proxy(tx, {
            get(target, key) {
              if (typeof key === 'string' && starts.has(key)) queries++;
              const value: unknown = Reflect.get(target, key, target);
              return typeof value === 'function' ? value.bind(target) : value;
            },
          }),
        ),
      );
    },
  };
}

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const CASELOAD = `{ myCaseload(first: 50) { nodes { id } } }`;
const CASELOAD_WITH_MOVES = `{ myCaseload(first: 50) { nodes { id allowedTransitions { toStage closes blockedBy { guard } } } } }`;

type Caseload = { myCaseload: { nodes: { id: string; allowedTransitions?: { toStage: string }[] }[] } };

async function queriesOf(query: string): Promise<{ count: number; nodes: Caseload['myCaseload']['nodes'] }> {
  queries = 0;
  const res = await t.graphql<Caseload>(query, {}, { as: agency.users.caseworker });
  const count = queries;
  expect(res.errors).toBeUndefined();
  return { count, nodes: res.data!.myCaseload.nodes };
}

async function newCase(): Promise<void> {
  const res = await t.graphql(
    CREATE,
    { input: { caseType: 'GBV', person: { givenName: 'Fictiva', familyName: 'Listmoves', sex: 'FEMALE' } } },
    { as: agency.users.caseworker },
  );
  expect(res.errors).toBeUndefined();
}

beforeAll(async () => {
  t = await startTestHaven({ db: counting(await openTestDatabase()) });
  agency = await createTestAgency(t.db);
});
afterAll(async () => {
  await t?.close();
});

describe('allowed transitions of a list', () => {
  it('cost the same number of queries for six cases as for two', async () => {
    /** The queries allowedTransitions adds to the caseload of `cases` cases. */
    const costOfMoves = async (cases: number) => {
      while ((await queriesOf(CASELOAD)).nodes.length < cases) await newCase();
      const without = await queriesOf(CASELOAD);
      const withMoves = await queriesOf(CASELOAD_WITH_MOVES);
      expect(withMoves.nodes).toHaveLength(cases);
      for (const node of withMoves.nodes) expect(node.allowedTransitions!.length).toBeGreaterThan(0);
      return withMoves.count - without.count;
    };
    const two = await costOfMoves(2);
    const six = await costOfMoves(6);
    expect(two).toBeGreaterThan(0);
    expect(six).toBe(two);
  });
});

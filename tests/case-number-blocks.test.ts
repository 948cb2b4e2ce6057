import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAgency, type TestAgency } from './support/factories';
import { errorCodes, startTestHaven, type TestHaven } from './support/haven';

/** Case numbers reserved in blocks for devices that register cases offline (issue 6, item 8). */
let t: TestHaven;
let agency: TestAgency;

const RESERVE = `mutation($size: Int!, $label: String!) { reserveCaseNumberBlock(size: $size, deviceLabel: $label) { id firstNumber lastNumber size year } }`;
const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id caseNumber } }`;
const person = { givenName: 'Offlina', familyName: 'Testperson', sex: 'FEMALE' };

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
});
afterAll(() => t?.close());

describe('case-number blocks', () => {
  it('reserves numbers from the same series as online registration, so they never collide', async () => {
    const first = await t.graphql<{ createCase: { caseNumber: string } }>(
      CREATE,
      { input: { caseType: 'GBV', person } },
      { as: agency.users.caseworker },
    );
    const block = await t.graphql<{ reserveCaseNumberBlock: any }>(
      RESERVE,
      { size: 5, label: 'Tablet 7' },
      { as: agency.users.caseworker },
    );
    expect(block.errors).toBeUndefined();
    const b = block.data!.reserveCaseNumberBlock;
    expect(b.size).toBe(5);
    const serial = (n: string) => Number(n.split('-')[2]);
    expect(serial(b.firstNumber)).toBe(serial(first.data!.createCase.caseNumber) + 1);
    const next = await t.graphql<{ createCase: { caseNumber: string } }>(
      CREATE,
      { input: { caseType: 'GBV', person } },
      { as: agency.users.caseworker },
    );
    expect(serial(next.data!.createCase.caseNumber)).toBe(serial(b.lastNumber) + 1);

    // A case registered offline keeps its number from the block; the number is used once only.
    const offline = await t.graphql<{ createCase: { caseNumber: string } }>(
      CREATE,
      { input: { caseType: 'GBV', caseNumber: b.firstNumber, person } },
      { as: agency.users.caseworker },
    );
    expect(offline.errors).toBeUndefined();
    expect(offline.data!.createCase.caseNumber).toBe(b.firstNumber);
    const again = await t.graphql(
      CREATE,
      { input: { caseType: 'GBV', caseNumber: b.firstNumber, person } },
      { as: agency.users.caseworker },
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);
  });

  it('refuses a number outside the viewer’s own blocks, writing nothing', async () => {
    const block = await t.graphql<{ reserveCaseNumberBlock: any }>(
      RESERVE,
      { size: 3, label: 'Phone' },
      { as: agency.users.caseworker },
    );
    const theirs = block.data!.reserveCaseNumberBlock.lastNumber;
    const [before] = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from "case".cases where agency_id = ${agency.agencyId}::uuid`,
    );
    for (const [as, caseNumber] of [
      [agency.users.caseworkerB, theirs],
      [agency.users.caseworker, `${agency.prefix}-1999-000001`],
      [agency.users.caseworker, 'not-a-number'],
    ] as const) {
      const res = await t.graphql(CREATE, { input: { caseType: 'GBV', caseNumber, person } }, { as });
      expect(res.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ path: ['input', 'caseNumber'] }],
      });
    }
    const [after] = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from "case".cases where agency_id = ${agency.agencyId}::uuid`,
    );
    expect(after!.n).toBe(before!.n);
    const mine = await t.graphql<{ myCaseNumberBlocks: { id: string }[] }>(
      '{ myCaseNumberBlocks { id } }',
      {},
      { as: agency.users.caseworkerB },
    );
    expect(mine.data!.myCaseNumberBlocks).toEqual([]);
  });

  it.each([
    [0, 'Tablet', 'size'],
    [501, 'Tablet', 'size'],
    [10, ' ', 'deviceLabel'],
  ])('refuses a block of %s for "%s"', async (size, label, path) => {
    const res = await t.graphql(RESERVE, { size, label }, { as: agency.users.caseworker });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ path: [path] }] });
  });

  it('is refused to roles that do not register cases', async () => {
    const res = await t.graphql(RESERVE, { size: 5, label: 'Laptop' }, { as: agency.users.auditor });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAgency, type TestAgency } from './support/factories';
import { errorCodes, startTestHaven, type TestHaven } from './support/haven';
import { graphql } from './gql';
import type { PersonInput } from './gql/graphql';

const CREATE = graphql(`
  mutation Create($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
      caseNumber
      caseType
      status
      person {
        fullName
        sex
        dateOfBirth
      }
      assignedWorker {
        id
        displayName
      }
      currentStage {
        stage
        workflowKey
      }
    }
  }
`);
const CASELOAD = graphql(`
  query Caseload($first: Int, $after: String) {
    myCaseload(first: $first, after: $after) {
      totalCount
      nodes {
        id
        caseNumber
        person {
          fullName
        }
        currentStage {
          stage
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const RECORD_CONSENT = graphql(`
  mutation CaseloadRecordConsent($caseId: ID!, $input: RecordConsentInput!) {
    recordConsent(caseId: $caseId, input: $input) {
      id
    }
  }
`);
const person: PersonInput = {
  givenName: 'Testa',
  familyName: 'Examplefield',
  sex: 'FEMALE',
  dateOfBirth: '2015-03-09',
};

let t: TestHaven;
let agency: TestAgency;

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
});
afterAll(() => t?.close());

async function countRows(agencyId: string) {
  const [row] = await t.db.rows<{ cases: number; persons: number; stages: number }>(
    sql`select (select count(*)::int from "case".cases where agency_id = ${agencyId}::uuid) as cases,
               (select count(*)::int from "case".persons where agency_id = ${agencyId}::uuid) as persons,
               (select count(*)::int from workflow.case_stages where agency_id = ${agencyId}::uuid) as stages`,
  );
  return row!;
}

describe('createCase and myCaseload through the gateway', () => {
  it('registers a person, numbers the case per agency and starts its workflow', async () => {
    const year = new Date().getUTCFullYear();
    const res = await t.graphql(CREATE, { input: { caseType: 'GBV', person } }, { as: agency.users.caseworker });
    expect(res.errors).toBeUndefined();
    const created = res.data!.createCase;
    expect(created.caseNumber).toMatch(new RegExp(`^${agency.prefix}-${year}-\\d{6}$`));
    expect(created).toMatchObject({
      caseType: 'GBV',
      status: 'OPEN',
      person: { fullName: 'Testa Examplefield', sex: 'FEMALE', dateOfBirth: '2015-03-09' },
      assignedWorker: { id: agency.users.caseworker, displayName: `caseworker of ${agency.code}` },
      currentStage: { stage: 'IDENTIFICATION', workflowKey: 'gbv-default' },
    });

    const load = await t.graphql(CASELOAD, { first: 10 }, { as: agency.users.caseworker });
    expect(load.errors).toBeUndefined();
    expect(load.data!.myCaseload.nodes[0]).toMatchObject({
      id: created.id,
      caseNumber: created.caseNumber,
      currentStage: { stage: 'IDENTIFICATION' },
    });
  });

  it('gives concurrent registrations distinct, consecutive case numbers', async () => {
    const own = await createTestAgency(t.db);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        t.graphql(
          CREATE,
          { input: { caseType: 'CHILD_PROTECTION', person: { ...person, givenName: `Child${i}` } } },
          { as: own.users.caseworker },
        ),
      ),
    );
    for (const r of results) expect(r.errors).toBeUndefined();
    const serials = results.map((r) => Number(r.data!.createCase.caseNumber.split('-')[2])).sort((a, b) => a - b);
    expect(serials).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('shows a worker only her own cases, and nothing of another agency', async () => {
    const other = await createTestAgency(t.db);
    await t.graphql(CREATE, { input: { caseType: 'GENERAL_PROTECTION', person } }, { as: agency.users.caseworkerB });
    await t.graphql(CREATE, { input: { caseType: 'GENERAL_PROTECTION', person } }, { as: other.users.caseworker });

    const mine = await t.graphql(CASELOAD, { first: 100 }, { as: agency.users.caseworker });
    const theirs = await t.graphql(CASELOAD, { first: 100 }, { as: agency.users.caseworkerB });
    const otherAgency = await t.graphql(CASELOAD, { first: 100 }, { as: other.users.caseworker });
    const ids = (r: typeof mine) => new Set(r.data!.myCaseload.nodes.map((n: { id: string }) => n.id));
    const [a, b, c] = [ids(mine), ids(theirs), ids(otherAgency)];
    expect(a.size).toBeGreaterThan(0);
    expect(b.size).toBe(1);
    expect(c.size).toBe(1);
    for (const id of b) expect(a.has(id) || c.has(id)).toBe(false);
    for (const id of c) expect(a.has(id)).toBe(false);
  });

  it('pages through the caseload with cursors', async () => {
    const own = await createTestAgency(t.db);
    for (let i = 0; i < 3; i++) {
      await t.graphql(
        CREATE,
        { input: { caseType: 'GBV', person: { ...person, givenName: `Page${i}` } } },
        { as: own.users.caseworker },
      );
    }
    const first = await t.graphql(CASELOAD, { first: 2 }, { as: own.users.caseworker });
    expect(first.data!.myCaseload).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.data!.myCaseload.nodes.map((n: any) => n.person.fullName)).toEqual([
      'Page2 Examplefield',
      'Page1 Examplefield',
    ]);
    const rest = await t.graphql(
      CASELOAD,
      { first: 2, after: first.data!.myCaseload.pageInfo.endCursor },
      { as: own.users.caseworker },
    );
    expect(rest.data!.myCaseload.nodes.map((n: any) => n.person.fullName)).toEqual(['Page0 Examplefield']);
    expect(rest.data!.myCaseload.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a forged cursor and a page size out of range', async () => {
    const bad = await t.graphql(CASELOAD, { first: 2, after: 'not-a-cursor' }, { as: agency.users.caseworker });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const big = await t.graphql(CASELOAD, { first: 1000 }, { as: agency.users.caseworker });
    expect(errorCodes(big)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('bad input to createCase', () => {
  const cases: { name: string; input: unknown; fields: string[] }[] = [
    {
      name: 'empty names',
      input: { caseType: 'GBV', person: { ...person, givenName: '  ', familyName: '' } },
      fields: ['input.person.givenName', 'input.person.familyName'],
    },
    {
      name: 'date of birth in the future',
      input: { caseType: 'GBV', person: { ...person, dateOfBirth: '2999-01-01' } },
      fields: ['input.person.dateOfBirth'],
    },
    {
      name: 'name too long',
      input: { caseType: 'GBV', person: { ...person, familyName: 'x'.repeat(101) } },
      fields: ['input.person.familyName'],
    },
    {
      name: 'missing required fields',
      input: { caseType: 'GBV', person: { familyName: 'X' } },
      fields: ['input.person.givenName', 'input.person.sex'],
    },
    { name: 'unknown case type', input: { caseType: 'BURGLARY', person }, fields: ['input.caseType'] },
    {
      name: 'malformed date',
      input: { caseType: 'GBV', person: { ...person, dateOfBirth: '2015-02-30' } },
      fields: ['input.person.dateOfBirth'],
    },
  ];

  it.each(cases)('$name → BAD_USER_INPUT naming each field, nothing written', async ({ input, fields }) => {
    const before = await countRows(agency.agencyId);
    // Deliberately ill-typed input, so the untyped form of the document.
    const res = await t.graphql(String(CREATE), { input }, { as: agency.users.caseworker });
    expect(res.data ?? null).toBeNull();
    expect(new Set(errorCodes(res))).toEqual(new Set(['BAD_USER_INPUT']));
    const named = (res.errors ?? []).flatMap((e) =>
      (e.extensions?.fields as { path: string[] }[]).map((f) => f.path.join('.')),
    );
    expect(named.sort()).toEqual([...fields].sort());
    expect(await countRows(agency.agencyId)).toEqual(before);
  });

  it('reports missing fields in literal arguments as BAD_USER_INPUT too', async () => {
    const res = await t.graphql(
      'mutation { createCase(input: { caseType: GBV, person: { familyName: "X" } }) { id } }',
      {},
      { as: agency.users.caseworker },
    );
    expect(res.status).toBe(400);
    expect(new Set(errorCodes(res))).toEqual(new Set(['BAD_USER_INPUT']));
    const named = (res.errors ?? []).flatMap((e) =>
      (e.extensions?.fields as { path: string[] }[]).map((f) => f.path.at(-1)),
    );
    expect(named.sort()).toEqual(['givenName', 'sex']);
  });
});

describe('the role layer', () => {
  it.each(['programme_manager', 'meal_officer', 'hq_manager', 'system_administrator', 'auditor'] as const)(
    '%s can neither read a caseload nor create a case',
    async (role) => {
      const before = await countRows(agency.agencyId);
      const load = await t.graphql(CASELOAD, {}, { as: agency.users[role] });
      expect(errorCodes(load)).toEqual(['FORBIDDEN']);
      const create = await t.graphql(CREATE, { input: { caseType: 'GBV', person } }, { as: agency.users[role] });
      expect(errorCodes(create)).toEqual(['FORBIDDEN']);
      expect(await countRows(agency.agencyId)).toEqual(before);
    },
  );

  it('lets managers read anonymised aggregates with small cells suppressed', async () => {
    const own = await createTestAgency(t.db);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push(
        (await t.graphql(CREATE, { input: { caseType: 'GBV', person } }, { as: own.users.caseworker })).data!.createCase
          .id,
      );
    ids.push(
      (await t.graphql(CREATE, { input: { caseType: 'CHILD_PROTECTION', person } }, { as: own.users.caseworker })).data!
        .createCase.id,
    );
    // Only cases whose people consented to be counted are in the aggregates.
    await t.graphql(CREATE, { input: { caseType: 'GBV', person } }, { as: own.users.caseworker });
    for (const caseId of ids) {
      const consent = await t.graphql(
        RECORD_CONSENT,
        { caseId, input: { givenBy: 'CLIENT', scope: 'REPORTING' } },
        { as: own.users.caseworker },
      );
      expect(consent.errors).toBeUndefined();
    }
    const res = await t.graphql<{ caseCounts: unknown[] }>(
      '{ caseCounts { caseType status count suppressed } }',
      {},
      { as: own.users.programme_manager },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.caseCounts).toEqual([
      { caseType: 'child_protection', status: 'open', count: null, suppressed: true },
      { caseType: 'gbv', status: 'open', count: 5, suppressed: false },
    ]);
    const denied = await t.graphql('{ caseCounts { count } }', {}, { as: own.users.caseworker });
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
  });

  it('tells the viewer who they are', async () => {
    const res = await t.graphql<{ me: any }>(
      '{ me { user { id } agency { id } roles { key } teams { teamId isSupervisor } permissions } }',
      {},
      { as: agency.users.supervisor },
    );
    expect(res.data!.me).toMatchObject({
      user: { id: agency.users.supervisor },
      agency: { id: agency.agencyId },
      roles: [{ key: 'supervisor' }],
      teams: [{ teamId: agency.teams.a, isSupervisor: true }],
    });
    expect(res.data!.me.permissions).toContain('case:assign');
  });
});

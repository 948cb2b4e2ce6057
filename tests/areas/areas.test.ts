import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { demoAreas } from '../../gateway/src/demo/areas';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * The administrative-area hierarchy through the gateway: import (upsert by code, parents by code,
 * levels, one transaction, every problem listed), reading it, retiring areas, other agencies, and
 * location values of form submissions checked against it on the server.
 */
let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;

const IMPORT = `mutation($areas: [AdminAreaInput!]!) { importAdminAreas(areas: $areas) { created updated } }`;
const AREAS = `query($parentCode: String, $level: Int, $all: Boolean) { adminAreas(parentCode: $parentCode, level: $level, includeInactive: $all) { code level parentCode name active } }`;
const AREA = `query($code: String!) { adminArea(code: $code) { code level parentCode name active } }`;
const SET_ACTIVE = `mutation($code: String!, $active: Boolean!) { setAdminAreaActive(code: $code, active: $active) { code active } }`;
const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const SUBMIT = `mutation($caseId: ID!, $values: JSON!) { submitForm(caseId: $caseId, formKey: "registration", values: $values) { id values } }`;

type Area = { code: string; level: number; parentCode: string | null; name: Record<string, string>; active: boolean };

const problemsOf = (res: GraphQLResponse) =>
  ((res.errors?.[0]?.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path);
const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

async function areaCount(agencyId: string) {
  const [row] = await t.db.rows<{ n: number }>(
    sql`select count(*)::int as n from "case".admin_areas where agency_id = ${agencyId}::uuid`,
  );
  return row!.n;
}

const importAs = (areas: unknown[], as = agency.users.programme_manager) =>
  t.graphql<{ importAdminAreas: { created: number; updated: number } }>(IMPORT, { areas }, { as });

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
});
afterAll(() => t?.close());

describe('administrative areas', () => {
  it('a programme manager imports a hierarchy; levels follow the parents', async () => {
    // Children listed before their parents: the import orders them itself.
    const res = await importAs([...demoAreas].reverse());
    expect(res.errors).toBeUndefined();
    expect(res.data!.importAdminAreas).toEqual({ created: demoAreas.length, updated: 0 });
    const top = await t.graphql<{ adminAreas: Area[] }>(AREAS, {}, { as: agency.users.caseworker });
    expect(top.errors).toBeUndefined();
    expect(top.data!.adminAreas.map((a) => [a.code, a.level, a.parentCode])).toEqual([
      ['NV', 1, null],
      ['SM', 1, null],
    ]);
    expect(top.data!.adminAreas[0]!.name).toEqual({ en: 'Northvale', ar: 'نورثفيل' });
    const districts = await t.graphql<{ adminAreas: Area[] }>(
      AREAS,
      { parentCode: 'NV' },
      { as: agency.users.caseworker },
    );
    expect(districts.data!.adminAreas.map((a) => [a.code, a.level, a.parentCode])).toEqual([
      ['NV01', 2, 'NV'],
      ['NV02', 2, 'NV'],
      ['NV03', 2, 'NV'],
    ]);
    const level2 = await t.graphql<{ adminAreas: Area[] }>(AREAS, { level: 2 }, { as: agency.users.programme_manager });
    expect(level2.data!.adminAreas).toHaveLength(5);
    const one = await t.graphql<{ adminArea: Area }>(AREA, { code: 'SM02' }, { as: agency.users.caseworker });
    expect(one.data!.adminArea).toMatchObject({ code: 'SM02', level: 2, parentCode: 'SM', active: true });
    const [audit] = await t.db.rows<{ fields: string[] }>(
      sql`select fields from audit.events where actor_id = ${agency.users.programme_manager}::uuid and action = 'admin_area.import'`,
    );
    expect(audit!.fields).toEqual([`created:${demoAreas.length}`, 'updated:0']);
  });

  it('a second import updates names by code and adds a level below', async () => {
    const res = await importAs([
      { code: 'NV01', parentCode: 'NV', name: { en: 'Ashford District', ar: 'منطقة آشفورد' } },
      { code: 'NV01-A', parentCode: 'NV01', name: { en: 'Ashford Old Town' } },
    ]);
    expect(res.data!.importAdminAreas).toEqual({ created: 1, updated: 1 });
    const below = await t.graphql<{ adminAreas: Area[] }>(
      AREAS,
      { parentCode: 'NV01' },
      { as: agency.users.caseworker },
    );
    expect(below.data!.adminAreas).toEqual([
      { code: 'NV01-A', level: 3, parentCode: 'NV01', name: { en: 'Ashford Old Town' }, active: true },
    ]);
    const one = await t.graphql<{ adminArea: Area }>(AREA, { code: 'NV01' }, { as: agency.users.caseworker });
    expect(one.data!.adminArea.name.en).toBe('Ashford District');
  });

  it('lists every problem of an import and stores nothing', async () => {
    const before = await areaCount(agency.agencyId);
    const res = await importAs([
      { code: 'OK1', name: { en: 'Fine' } },
      { code: 'bad code!', name: { en: 'Bad' } },
      { code: 'OK1', name: { en: 'Twice' } },
      { code: 'ORPHAN', parentCode: 'NOWHERE', name: { en: 'Orphan' } },
      { code: 'NONAME', name: { ar: 'بلا اسم' } },
      { code: 'CYC1', parentCode: 'CYC2', name: { en: 'C1' } },
      { code: 'CYC2', parentCode: 'CYC1', name: { en: 'C2' } },
      { code: 'SELF', parentCode: 'SELF', name: { en: 'Self' } },
    ]);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual([
      ['areas', 1, 'code'],
      ['areas', 2, 'code'],
      ['areas', 3, 'parentCode'],
      ['areas', 4, 'name', 'en'],
      ['areas', 5, 'parentCode'],
      ['areas', 6, 'parentCode'],
      ['areas', 7, 'parentCode'],
    ]);
    const second = await importAs([
      { code: 'ORPHAN', parentCode: 'NOWHERE', name: { en: 'Orphan' } },
      { code: 'CYC1', parentCode: 'CYC2', name: { en: 'C1' } },
      { code: 'CYC2', parentCode: 'CYC1', name: { en: 'C2' } },
      { code: 'NV02', parentCode: 'SM', name: { en: 'Moved' } },
      { code: 'FINE', name: { en: 'Fine' } },
    ]);
    expect(problemsOf(second)).toEqual([
      ['areas', 0, 'parentCode'],
      ['areas', 1, 'parentCode'],
      ['areas', 2, 'parentCode'],
      ['areas', 3, 'parentCode'],
    ]);
    expect(await areaCount(agency.agencyId)).toBe(before);
  });

  it('only form managers import or retire areas; caseworkers read them; others neither', async () => {
    for (const as of [agency.users.caseworker, agency.users.supervisor]) {
      expect(codeOf(await importAs([{ code: 'X1', name: { en: 'X' } }], as))).toBe('FORBIDDEN');
      expect(codeOf(await t.graphql(SET_ACTIVE, { code: 'SM02', active: false }, { as }))).toBe('FORBIDDEN');
    }
    expect(codeOf(await t.graphql(AREAS, {}, { as: agency.users.auditor }))).toBe('FORBIDDEN');
    const one = await t.graphql<{ adminArea: Area }>(AREA, { code: 'SM02' }, { as: agency.users.caseworker });
    expect(one.data!.adminArea.active).toBe(true);
  });

  it("another agency's areas are invisible and cannot be parents", async () => {
    const theirs = await importAs([{ code: 'FAR', name: { en: 'Far away' } }], other.users.programme_manager);
    expect(theirs.errors).toBeUndefined();
    const mine = await t.graphql<{ adminArea: Area | null }>(AREA, { code: 'FAR' }, { as: agency.users.caseworker });
    expect(mine.data!.adminArea).toBeNull();
    const child = await importAs([{ code: 'NEAR', parentCode: 'FAR', name: { en: 'Near' } }]);
    expect(problemsOf(child)).toEqual([['areas', 0, 'parentCode']]);
    const top = await t.graphql<{ adminAreas: Area[] }>(AREAS, {}, { as: other.users.caseworker });
    expect(top.data!.adminAreas.map((a) => a.code)).toEqual(['FAR']);
    expect(
      codeOf(await t.graphql(SET_ACTIVE, { code: 'FAR', active: false }, { as: agency.users.programme_manager })),
    ).toBe('NOT_FOUND');
  });
});

describe('location values checked against the hierarchy', () => {
  const registration = {
    referralSource: 'self',
    firstContactDate: '2026-01-05',
    displacementStatus: 'idp',
    safeToContact: true,
  };
  let caseId: string;

  beforeAll(async () => {
    const res = await t.graphql<{ createCase: { id: string } }>(
      CREATE,
      {
        input: { caseType: 'GENERAL_PROTECTION', person: { givenName: 'Fictiva', familyName: 'Area', sex: 'FEMALE' } },
      },
      { as: agency.users.caseworker },
    );
    caseId = res.data!.createCase.id;
  });

  const submit = (registrationArea: unknown) =>
    t.graphql<{ submitForm: { values: Record<string, unknown> } }>(
      SUBMIT,
      { caseId, values: { ...registration, registrationArea } },
      { as: agency.users.caseworker },
    );

  async function submissions() {
    const [row] = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from "case".form_submissions where case_id = ${caseId}::uuid`,
    );
    return row!.n;
  }

  it('accepts a path from the top level down', async () => {
    const res = await submit(['SM', 'SM01']);
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitForm.values.registrationArea).toEqual(['SM', 'SM01']);
  });

  it.each([
    ['a code that is no area', ['SM', 'ZZ99'], ['values', 'registrationArea', 1]],
    ['a level skipped', ['NV', 'NV01-A'], ['values', 'registrationArea', 1]],
    ['a child of another parent', ['SM', 'NV02'], ['values', 'registrationArea', 1]],
    ['a district given as the top level', ['NV01', 'NV01-A'], ['values', 'registrationArea', 0]],
    ["another agency's area", ['FAR', 'NV01'], ['values', 'registrationArea', 0]],
  ])('refuses %s at the value path, storing nothing', async (_name, value, path) => {
    const before = await submissions();
    const res = await submit(value);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual([path]);
    expect(await submissions()).toBe(before);
  });

  it('a retired area takes no new values; listing hides it unless asked', async () => {
    const retired = await t.graphql<{ setAdminAreaActive: { active: boolean } }>(
      SET_ACTIVE,
      { code: 'SM02', active: false },
      { as: agency.users.programme_manager },
    );
    expect(retired.data!.setAdminAreaActive.active).toBe(false);
    const res = await submit(['SM', 'SM02']);
    expect(problemsOf(res)).toEqual([['values', 'registrationArea', 1]]);
    const listed = await t.graphql<{ adminAreas: Area[] }>(
      AREAS,
      { parentCode: 'SM' },
      { as: agency.users.caseworker },
    );
    expect(listed.data!.adminAreas.map((a) => a.code)).toEqual(['SM01']);
    const all = await t.graphql<{ adminAreas: Area[] }>(
      AREAS,
      { parentCode: 'SM', all: true },
      { as: agency.users.caseworker },
    );
    expect(all.data!.adminAreas.map((a) => [a.code, a.active])).toEqual([
      ['SM01', true],
      ['SM02', false],
    ]);
    const [audit] = await t.db.rows<{ action: string }>(
      sql`select action from audit.events where actor_id = ${agency.users.programme_manager}::uuid and target_type = 'admin_area' and target_id = 'SM02'`,
    );
    expect(audit!.action).toBe('admin_area.retire');
  });
});

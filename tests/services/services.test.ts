import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { registerPartner } from '@haven/exchange';
import { resolveViewer } from '@haven/identity';
import { seedServices } from '@haven/gateway/demo/services';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * The service catalogue and the provider directory through the gateway: who may read and change
 * them, validation with every problem listed, eligibility as data, area coverage, and agencies kept
 * apart.
 */
let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;
let partner: string;
let foreignPartner: string;

const ENTRY = `id key name category description eligibility { caseTypes minAge maxAge sexes } internalTeamId active`;
const SAVE_SERVICE = `mutation($input: ServiceInput!) { saveService(input: $input) { ${ENTRY} } }`;
const SET_SERVICE_ACTIVE = `mutation($key: String!, $active: Boolean!) { setServiceActive(key: $key, active: $active) { key active } }`;
const CATALOGUE = `query($caseId: ID, $includeInactive: Boolean) {
  serviceCatalogue(caseId: $caseId, includeInactive: $includeInactive) { ${ENTRY} eligibleForCase { eligible reasons } } }`;
const PROVIDER = `id name organisationId serviceKeys areaCodes contact { phone email address website contactPerson } active`;
const SAVE_PROVIDER = `mutation($providerId: ID, $input: ServiceProviderInput!) {
  saveServiceProvider(providerId: $providerId, input: $input) { ${PROVIDER} } }`;
const SET_PROVIDER_ACTIVE = `mutation($providerId: ID!, $active: Boolean!) { setProviderActive(providerId: $providerId, active: $active) { id active } }`;
const PROVIDERS = `query($serviceKey: String, $areaCode: String, $includeInactive: Boolean) {
  serviceProviders(serviceKey: $serviceKey, areaCode: $areaCode, includeInactive: $includeInactive) { ${PROVIDER} } }`;
const CREATE_CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;

type Entry = {
  id: string;
  key: string;
  name: Record<string, string>;
  category: string;
  eligibility: { caseTypes: string[]; minAge: number | null; maxAge: number | null; sexes: string[] };
  active: boolean;
  eligibleForCase: { eligible: boolean; reasons: string[] } | null;
};
type Provider = { id: string; name: string; organisationId: string | null; serviceKeys: string[]; areaCodes: string[] };

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}
const paths = (res: GraphQLResponse) =>
  (res.errors ?? []).flatMap((e) =>
    ((e.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path),
  );

const asManager = () => ({ as: agency.users.programme_manager });

async function saveService(input: Record<string, unknown>, as = agency.users.programme_manager) {
  return t.graphql<{ saveService: Entry }>(SAVE_SERVICE, { input }, { as });
}

async function catalogueRows(agencyId: string) {
  return t.db.rows<{ key: string; active: boolean; name: unknown }>(
    sql`select key, active, name from "case".service_catalogue where agency_id = ${agencyId}::uuid order by key`,
  );
}
async function providerRows(agencyId: string) {
  return t.db.rows<{ name: string; active: boolean; service_keys: string[] }>(
    sql`select name, active, service_keys from "case".service_providers where agency_id = ${agencyId}::uuid order by name`,
  );
}

async function addArea(agencyId: string, code: string, level: number, parentCode: string | null) {
  await t.db.transaction({ system: 'test' }, (tx) =>
    tx.execute(sql`
      insert into "case".admin_areas (agency_id, code, level, parent_id, name)
      values (${agencyId}::uuid, ${code}, ${level},
        (select id from "case".admin_areas where agency_id = ${agencyId}::uuid and code = ${parentCode}),
        ${JSON.stringify({ en: `Area ${code}` })}::jsonb)`),
  );
}

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  partner = (
    await t.db.transaction({ system: 'test' }, (tx) =>
      registerPartner(tx, {
        agencyId: agency.agencyId,
        name: 'Partner Clinic (fictional)',
        country: 'Testland',
        endpointUrl: null,
      }),
    )
  ).id;
  foreignPartner = (
    await t.db.transaction({ system: 'test' }, (tx) =>
      registerPartner(tx, {
        agencyId: other.agencyId,
        name: 'Elsewhere Aid (fictional)',
        country: 'Testland',
        endpointUrl: null,
      }),
    )
  ).id;
  // Region north with a district and a village; region south.
  await addArea(agency.agencyId, 'TL-N', 1, null);
  await addArea(agency.agencyId, 'TL-N-01', 2, 'TL-N');
  await addArea(agency.agencyId, 'TL-N-01-003', 3, 'TL-N-01');
  await addArea(agency.agencyId, 'TL-S', 1, null);
  for (const input of [
    { key: 'psychosocial_support', name: { en: 'Psychosocial support', ar: 'الدعم النفسي' }, category: 'PSYCHOSOCIAL' },
    { key: 'legal_aid', name: { en: 'Legal aid' }, category: 'LEGAL', eligibility: { minAge: 18 } },
    {
      key: 'safe_shelter',
      name: { en: 'Safe shelter' },
      category: 'SAFETY',
      eligibility: { caseTypes: ['GBV'], sexes: ['FEMALE'] },
    },
    {
      key: 'child_friendly_space',
      name: { en: 'Child-friendly space' },
      category: 'PSYCHOSOCIAL',
      eligibility: { caseTypes: ['CHILD_PROTECTION'], maxAge: 17 },
    },
  ]) {
    ok(await saveService(input));
  }
});
afterAll(() => t?.close());

describe('the service catalogue', () => {
  it('is saved by a programme manager with translatable names and eligibility as data, and audited', async () => {
    const saved = ok(
      await saveService({
        key: 'education_support',
        name: { en: 'Education support', ar: 'دعم التعليم', 'fr-CA': 'Soutien scolaire' },
        category: 'EDUCATION',
        description: { en: 'Enrolment and school kits.' },
        eligibility: { minAge: 5, maxAge: 17, caseTypes: ['CHILD_PROTECTION', 'GENERAL_PROTECTION'] },
        internalTeamId: agency.teams.b,
      }),
    ).saveService;
    expect(saved).toMatchObject({
      key: 'education_support',
      name: { en: 'Education support', ar: 'دعم التعليم', 'fr-CA': 'Soutien scolaire' },
      category: 'EDUCATION',
      eligibility: { minAge: 5, maxAge: 17, caseTypes: ['CHILD_PROTECTION', 'GENERAL_PROTECTION'], sexes: [] },
      internalTeamId: agency.teams.b,
      active: true,
    });
    // The same key changes the entry instead of adding one.
    const changed = ok(
      await saveService({ key: 'education_support', name: { en: 'Education and schooling' }, category: 'EDUCATION' }),
    ).saveService;
    expect(changed).toMatchObject({ id: saved.id, name: { en: 'Education and schooling' }, internalTeamId: null });
    expect((await catalogueRows(agency.agencyId)).filter((r) => r.key === 'education_support')).toHaveLength(1);
    const audit = await t.db.rows<{ action: string; actor_id: string }>(
      sql`select action, actor_id from audit.events where target_id = ${saved.id} order by seq`,
    );
    expect(audit).toEqual([
      { action: 'service.create', actor_id: agency.users.programme_manager },
      { action: 'service.update', actor_id: agency.users.programme_manager },
    ]);
  });

  it('lists every problem of a bad entry at once and stores nothing', async () => {
    const before = await catalogueRows(agency.agencyId);
    const res = await saveService({
      key: 'Bad Key!',
      name: { ar: 'بلا إنجليزية', 'not a language': 'x' },
      category: 'HEALTH',
      description: 'not a label',
      eligibility: { minAge: 30, maxAge: 12, caseTypes: ['GBV', 'NO_SUCH_TYPE'] },
      internalTeamId: other.teams.a,
    });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(paths(res)).toEqual(
      expect.arrayContaining([
        ['input', 'key'],
        ['input', 'name', 'en'],
        ['input', 'name', 'not a language'],
        ['input', 'description'],
        ['input', 'eligibility', 'maxAge'],
        ['input', 'eligibility', 'caseTypes', 1],
        ['input', 'internalTeamId'],
      ]),
    );
    expect(paths(res)).toHaveLength(7);
    expect(await catalogueRows(agency.agencyId)).toEqual(before);
  });

  it('is changed only with form:manage and read only with case:read or form:manage', async () => {
    const before = await catalogueRows(agency.agencyId);
    for (const as of [agency.users.caseworker, agency.users.supervisor, agency.users.system_administrator]) {
      const res = await saveService({ key: 'medical_care', name: { en: 'Medical care' }, category: 'HEALTH' }, as);
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      const off = await t.graphql(SET_SERVICE_ACTIVE, { key: 'legal_aid', active: false }, { as });
      expect(errorCodes(off)).toEqual(['FORBIDDEN']);
    }
    expect(await catalogueRows(agency.agencyId)).toEqual(before);
    for (const as of [agency.users.meal_officer, agency.users.auditor, agency.users.system_administrator]) {
      expect(errorCodes(await t.graphql(CATALOGUE, {}, { as }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await t.graphql(PROVIDERS, {}, { as }))).toEqual(['FORBIDDEN']);
    }
    const read = ok(await t.graphql<{ serviceCatalogue: Entry[] }>(CATALOGUE, {}, { as: agency.users.caseworker }));
    expect(read.serviceCatalogue.map((e) => e.key)).toEqual(expect.arrayContaining(['legal_aid', 'safe_shelter']));
  });

  it('keeps agencies apart', async () => {
    const theirs = ok(
      await t.graphql<{ serviceCatalogue: Entry[] }>(CATALOGUE, {}, { as: other.users.programme_manager }),
    );
    expect(theirs.serviceCatalogue).toEqual([]);
    const res = await t.graphql(
      SET_SERVICE_ACTIVE,
      { key: 'legal_aid', active: false },
      { as: other.users.programme_manager },
    );
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect((await catalogueRows(agency.agencyId)).find((r) => r.key === 'legal_aid')?.active).toBe(true);
  });

  it('says for a case whether its person is eligible, and why not', async () => {
    const caseId = ok(
      await t.graphql<{ createCase: { id: string } }>(
        CREATE_CASE,
        {
          input: {
            caseType: 'CHILD_PROTECTION',
            person: { givenName: 'Fictiva', familyName: 'Eligibleson', sex: 'MALE', dateOfBirth: '2016-03-01' },
          },
        },
        { as: agency.users.caseworker },
      ),
    ).createCase.id;
    const res = ok(
      await t.graphql<{ serviceCatalogue: Entry[] }>(CATALOGUE, { caseId }, { as: agency.users.caseworker }),
    );
    const byKey = new Map(res.serviceCatalogue.map((e) => [e.key, e.eligibleForCase]));
    expect(byKey.get('child_friendly_space')).toEqual({ eligible: true, reasons: [] });
    expect(byKey.get('psychosocial_support')).toEqual({ eligible: true, reasons: [] });
    expect(byKey.get('legal_aid')?.eligible).toBe(false);
    expect(byKey.get('legal_aid')?.reasons[0]).toMatch(/ages 18 and over; the person is \d+/);
    expect(byKey.get('safe_shelter')?.reasons).toEqual([
      'the service is for GBV cases, not CHILD_PROTECTION',
      'the service is for female persons, not male',
    ]);
    const audit = await t.db.rows<{ action: string; fields: string[] }>(
      sql`select action, fields from audit.events where target_id = ${caseId} and action = 'service.eligibility'`,
    );
    expect(audit).toEqual([
      { action: 'service.eligibility', fields: ['caseType', 'person.sex', 'person.dateOfBirth'] },
    ]);

    // A caseworker who does not reach the case, and a manager who reaches no case at all.
    expect(errorCodes(await t.graphql(CATALOGUE, { caseId }, { as: agency.users.caseworkerB }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.graphql(CATALOGUE, { caseId }, { as: other.users.caseworker }))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await t.graphql(CATALOGUE, { caseId }, { as: agency.users.programme_manager }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('takes a service out of use and back', async () => {
    ok(await saveService({ key: 'cash_assistance', name: { en: 'Cash assistance' }, category: 'CASH_BASIC_NEEDS' }));
    ok(await t.graphql(SET_SERVICE_ACTIVE, { key: 'cash_assistance', active: false }, asManager()));
    const listed = ok(await t.graphql<{ serviceCatalogue: Entry[] }>(CATALOGUE, {}, asManager()));
    expect(listed.serviceCatalogue.map((e) => e.key)).not.toContain('cash_assistance');
    const all = ok(await t.graphql<{ serviceCatalogue: Entry[] }>(CATALOGUE, { includeInactive: true }, asManager()));
    expect(all.serviceCatalogue.find((e) => e.key === 'cash_assistance')?.active).toBe(false);
    ok(await t.graphql(SET_SERVICE_ACTIVE, { key: 'cash_assistance', active: true }, asManager()));
    expect((await catalogueRows(agency.agencyId)).find((r) => r.key === 'cash_assistance')?.active).toBe(true);
    expect(
      errorCodes(await t.graphql(SET_SERVICE_ACTIVE, { key: 'no_such_service', active: true }, asManager())),
    ).toEqual(['NOT_FOUND']);
  });
});

describe('the provider directory', () => {
  let clinic: Provider;
  let north: Provider;
  let everywhere: Provider;

  beforeAll(async () => {
    const save = async (input: Record<string, unknown>) =>
      ok(await t.graphql<{ saveServiceProvider: Provider }>(SAVE_PROVIDER, { input }, asManager())).saveServiceProvider;
    clinic = await save({
      name: 'Partner Clinic (fictional)',
      organisationId: partner,
      serviceKeys: ['psychosocial_support', 'legal_aid'],
      areaCodes: ['TL-S'],
      contact: { phone: '+000 555 0199', email: 'intake@clinic.example', website: 'https://clinic.example' },
    });
    north = await save({
      name: 'Northern Lights Shelter (fictional)',
      serviceKeys: ['safe_shelter'],
      areaCodes: ['TL-N'],
    });
    everywhere = await save({ name: 'Everywhere Helpline (fictional)', serviceKeys: ['psychosocial_support'] });
  });

  it('is saved with a partner organisation, services, areas and contact', () => {
    expect(clinic).toMatchObject({
      organisationId: partner,
      serviceKeys: ['psychosocial_support', 'legal_aid'],
      areaCodes: ['TL-S'],
      contact: {
        phone: '+000 555 0199',
        email: 'intake@clinic.example',
        website: 'https://clinic.example',
        address: null,
      },
    });
  });

  it('finds providers by service and by area (an area above counts; no areas means everywhere)', async () => {
    const find = async (vars: Record<string, unknown>) =>
      ok(await t.graphql<{ serviceProviders: Provider[] }>(PROVIDERS, vars, { as: agency.users.caseworker }))
        .serviceProviders.map((p) => p.name)
        .sort();
    expect(await find({ serviceKey: 'psychosocial_support' })).toEqual([everywhere.name, clinic.name].sort());
    expect(await find({ areaCode: 'TL-N-01-003' })).toEqual([everywhere.name, north.name].sort());
    expect(await find({ serviceKey: 'safe_shelter', areaCode: 'TL-S' })).toEqual([]);
    expect(await find({ serviceKey: 'legal_aid', areaCode: 'TL-S' })).toEqual([clinic.name]);
    const unknown = await t.graphql(PROVIDERS, { areaCode: 'XX-99' }, { as: agency.users.caseworker });
    expect(errorCodes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(paths(unknown)).toEqual([['areaCode']]);
  });

  it('lists every problem of a bad provider at once and stores nothing', async () => {
    const before = await providerRows(agency.agencyId);
    const res = await t.graphql(
      SAVE_PROVIDER,
      {
        input: {
          name: 'Everywhere Helpline (fictional)',
          organisationId: foreignPartner,
          serviceKeys: ['psychosocial_support', 'no_such_service'],
          areaCodes: ['TL-N', 'XX-99'],
          contact: { email: 'not an address', website: 'ftp://nope.example', phone: 'call me' },
        },
      },
      asManager(),
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(paths(res)).toEqual(
      expect.arrayContaining([
        ['input', 'name'],
        ['input', 'organisationId'],
        ['input', 'serviceKeys', 1],
        ['input', 'areaCodes', 1],
        ['input', 'contact', 'email'],
        ['input', 'contact', 'website'],
        ['input', 'contact', 'phone'],
      ]),
    );
    expect(paths(res)).toHaveLength(7);
    const empty = await t.graphql(SAVE_PROVIDER, { input: { name: ' ', serviceKeys: [] } }, asManager());
    expect(paths(empty)).toEqual([
      ['input', 'name'],
      ['input', 'serviceKeys'],
    ]);
    expect(await providerRows(agency.agencyId)).toEqual(before);
  });

  it('changes a provider by id and takes it out of the directory', async () => {
    const changed = ok(
      await t.graphql<{ saveServiceProvider: Provider }>(
        SAVE_PROVIDER,
        { providerId: north.id, input: { name: north.name, serviceKeys: ['safe_shelter', 'psychosocial_support'] } },
        asManager(),
      ),
    ).saveServiceProvider;
    expect(changed).toMatchObject({
      id: north.id,
      serviceKeys: ['safe_shelter', 'psychosocial_support'],
      areaCodes: [],
    });
    ok(await t.graphql(SET_PROVIDER_ACTIVE, { providerId: north.id, active: false }, asManager()));
    const listed = ok(await t.graphql<{ serviceProviders: Provider[] }>(PROVIDERS, {}, asManager()));
    expect(listed.serviceProviders.map((p) => p.id)).not.toContain(north.id);
    const all = ok(
      await t.graphql<{ serviceProviders: Provider[] }>(PROVIDERS, { includeInactive: true }, asManager()),
    );
    expect(all.serviceProviders.map((p) => p.id)).toContain(north.id);
    ok(await t.graphql(SET_PROVIDER_ACTIVE, { providerId: north.id, active: true }, asManager()));
  });

  it('is changed only by the agency with form:manage', async () => {
    const before = await providerRows(agency.agencyId);
    for (const as of [agency.users.caseworker, agency.users.supervisor]) {
      const res = await t.graphql(
        SAVE_PROVIDER,
        { input: { name: 'Sneaky (fictional)', serviceKeys: ['legal_aid'] } },
        { as },
      );
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      expect(
        errorCodes(await t.graphql(SET_PROVIDER_ACTIVE, { providerId: clinic.id, active: false }, { as })),
      ).toEqual(['FORBIDDEN']);
    }
    const foreign = { as: other.users.programme_manager };
    expect(errorCodes(await t.graphql(SET_PROVIDER_ACTIVE, { providerId: clinic.id, active: false }, foreign))).toEqual(
      ['NOT_FOUND'],
    );
    const hijack = await t.graphql(
      SAVE_PROVIDER,
      { providerId: clinic.id, input: { name: 'Mine now', serviceKeys: [] } },
      foreign,
    );
    expect(errorCodes(hijack)).toEqual(['NOT_FOUND']);
    const theirs = ok(await t.graphql<{ serviceProviders: Provider[] }>(PROVIDERS, {}, foreign));
    expect(theirs.serviceProviders).toEqual([]);
    expect(await providerRows(agency.agencyId)).toEqual(before);
  });
});

describe('the demo catalogue', () => {
  it("passes the same validation as the programme manager's screens", async () => {
    const fresh = await createTestAgency(t.db);
    await seedServices(t.db, await resolveViewer(t.db, fresh.users.programme_manager, 'test'));
    const keys = (await catalogueRows(fresh.agencyId)).map((r) => r.key);
    expect(keys).toEqual(
      expect.arrayContaining(['case_management', 'psychosocial_support', 'medical_care', 'legal_aid', 'safe_shelter']),
    );
    expect((await providerRows(fresh.agencyId)).every((p) => p.name.includes('(fictional)'))).toBe(true);
  });
});

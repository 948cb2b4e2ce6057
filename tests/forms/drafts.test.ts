import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * Draft submissions through the gateway: saved with their shape checked only, pinned to a form
 * version, confidential values encrypted, listed with their status; submitted with full
 * validation (the draft unchanged when that fails); and refused to those who do not work the case.
 */
let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const SAVE_DRAFT = `mutation($caseId: ID!, $formKey: String!, $values: JSON!, $id: ID) {
  saveFormDraft(caseId: $caseId, formKey: $formKey, values: $values, submissionId: $id) { id status formKey formVersion values } }`;
const SUBMIT_DRAFT = `mutation($id: ID!, $values: JSON) { submitFormDraft(submissionId: $id, values: $values) { id status formVersion values } }`;
const UPDATE = `mutation($id: ID!, $values: JSON!) { updateSubmission(submissionId: $id, values: $values) { id } }`;
const SUBMISSIONS = `query($id: ID!) { case(id: $id) { formSubmissions { id status formKey values withheldFields } } }`;

type Draft = { id: string; status: string; formKey: string; formVersion: number; values: Record<string, unknown> };

const problemsOf = (res: GraphQLResponse) =>
  ((res.errors?.[0]?.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path);
const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

async function newCase(caseType: string, as = agency.users.caseworker): Promise<string> {
  const res = await t.graphql<{ createCase: { id: string } }>(
    CREATE,
    { input: { caseType, person: { givenName: 'Fictiva', familyName: 'Draftperson', sex: 'FEMALE' } } },
    { as },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createCase.id;
}

const saveDraft = (caseId: string, formKey: string, values: unknown, id?: string, as = agency.users.caseworker) =>
  t.graphql<{ saveFormDraft: Draft }>(SAVE_DRAFT, { caseId, formKey, values, id }, { as });
const submitDraft = (id: string, values?: unknown, as = agency.users.caseworker) =>
  t.graphql<{ submitFormDraft: Draft }>(SUBMIT_DRAFT, { id, values }, { as });

async function row(id: string) {
  const [found] = await t.db.rows<{ status: string; values: Record<string, unknown>; form_version: number }>(
    sql`select status::text as status, values, form_version from "case".form_submissions where id = ${id}::uuid`,
  );
  return found ?? null;
}
async function sealedFields(caseId: string) {
  const rows = await t.db.rows<{ field: string }>(
    sql`select field from "case".confidential_values where case_id = ${caseId}::uuid order by field`,
  );
  return rows.map((r) => r.field);
}
async function submissionCount(caseId: string) {
  const [found] = await t.db.rows<{ n: number }>(
    sql`select count(*)::int as n from "case".form_submissions where case_id = ${caseId}::uuid`,
  );
  return found!.n;
}

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  const areas = await t.graphql(
    `mutation($areas: [AdminAreaInput!]!) { importAdminAreas(areas: $areas) { created } }`,
    {
      areas: [
        { code: 'GOV01', name: { en: 'Fictional governorate' } },
        { code: 'DIS03', parentCode: 'GOV01', name: { en: 'Fictional district' } },
        { code: 'GOV02', name: { en: 'Another fictional governorate' } },
        { code: 'DIS09', parentCode: 'GOV02', name: { en: 'Another fictional district' } },
      ],
    },
    { as: agency.users.programme_manager },
  );
  expect(areas.errors).toBeUndefined();
});
afterAll(() => t?.close());

describe('form drafts', () => {
  let caseId: string;
  let draftId: string;

  beforeAll(async () => {
    caseId = await newCase('GBV');
  });

  it('saves a partial draft: no required fields, confidential values encrypted, status DRAFT', async () => {
    const res = await saveDraft(caseId, 'gbv_safety_plan', { warningSigns: 'Fictional: raised voices at night.' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveFormDraft).toMatchObject({ status: 'DRAFT', formKey: 'gbv_safety_plan', formVersion: 1 });
    draftId = res.data!.saveFormDraft.id;
    const stored = await row(draftId);
    expect(stored).toMatchObject({ status: 'draft', form_version: 1 });
    expect(JSON.stringify(stored!.values)).not.toContain('raised voices');
    expect(await sealedFields(caseId)).toEqual([`forms.${draftId}.warningSigns`]);
  });

  it('checks the shape and type of what a draft holds', async () => {
    const res = await saveDraft(caseId, 'gbv_safety_plan', {
      survivorAgrees: 'yes',
      reviewDate: '1 December',
      colour: 'blue',
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual(
      expect.arrayContaining([
        ['values', 'survivorAgrees'],
        ['values', 'reviewDate'],
        ['values', 'colour'],
      ]),
    );
    expect(await submissionCount(caseId)).toBe(1);
  });

  it('a draft saved again replaces its values, and is listed with its status', async () => {
    const res = await saveDraft(
      caseId,
      'gbv_safety_plan',
      { warningSigns: 'Fictional: raised voices.', codeWord: 'lemon', survivorAgrees: true },
      draftId,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveFormDraft.id).toBe(draftId);
    expect(await sealedFields(caseId)).toEqual([`forms.${draftId}.codeWord`, `forms.${draftId}.warningSigns`]);
    const list = await t.graphql<{ case: { formSubmissions: (Draft & { withheldFields: string[] })[] } }>(
      SUBMISSIONS,
      { id: caseId },
      { as: agency.users.caseworker },
    );
    expect(list.data!.case.formSubmissions).toEqual([
      {
        id: draftId,
        status: 'DRAFT',
        formKey: 'gbv_safety_plan',
        values: { warningSigns: 'Fictional: raised voices.', codeWord: 'lemon', survivorAgrees: true },
        withheldFields: [],
      },
    ]);
    const sup = await t.graphql<{
      case: { formSubmissions: { values: Record<string, unknown>; withheldFields: string[] }[] };
    }>(SUBMISSIONS, { id: caseId }, { as: agency.users.supervisor });
    expect(sup.data!.case.formSubmissions[0]!.values).toEqual({});
    expect(sup.data!.case.formSubmissions[0]!.withheldFields).toEqual(
      expect.arrayContaining(['warningSigns', 'codeWord', 'survivorAgrees']),
    );
  });

  it('submitting an incomplete draft lists what is missing and leaves the draft as it was', async () => {
    const before = await row(draftId);
    const res = await submitDraft(draftId);
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual(
      expect.arrayContaining([
        ['values', 'safePlaces'],
        ['values', 'reviewDate'],
      ]),
    );
    expect(await row(draftId)).toEqual(before);
    expect(await sealedFields(caseId)).toEqual([`forms.${draftId}.codeWord`, `forms.${draftId}.warningSigns`]);
  });

  it('a draft is not changed through updateSubmission', async () => {
    const res = await t.graphql(UPDATE, { id: draftId, values: {} }, { as: agency.users.caseworker });
    expect(problemsOf(res)).toEqual([['submissionId']]);
  });

  it('submits the draft with its stored values and the ones given, validated in full', async () => {
    const res = await submitDraft(draftId, {
      warningSigns: 'Fictional: raised voices.',
      safePlaces: "A fictional neighbour's house.",
      codeWord: 'lemon',
      survivorAgrees: true,
      reviewDate: '2026-12-01',
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitFormDraft).toMatchObject({ id: draftId, status: 'SUBMITTED', formVersion: 1 });
    expect((await row(draftId))!.status).toBe('submitted');
    expect(await sealedFields(caseId)).toEqual(
      ['codeWord', 'safePlaces', 'warningSigns'].map((k) => `forms.${draftId}.${k}`),
    );
    const [audit] = await t.db.rows<{ fields: string[] }>(
      sql`select fields from audit.events where action = 'form.submit' and target_id = ${caseId} and actor_id = ${agency.users.caseworker}::uuid`,
    );
    expect(audit!.fields).toContain(`submission:${draftId}`);
    expect(problemsOf(await submitDraft(draftId))).toEqual([['submissionId']]);
    expect(problemsOf(await saveDraft(caseId, 'gbv_safety_plan', {}, draftId))).toEqual([['submissionId']]);
  });

  it('a draft with only its stored values is submitted when they are complete', async () => {
    const generalCase = await newCase('GENERAL_PROTECTION');
    const draft = await saveDraft(generalCase, 'registration', {
      referralSource: 'self',
      firstContactDate: '2026-01-05',
      registrationArea: ['GOV01'],
    });
    expect(draft.errors).toBeUndefined();
    const id = draft.data!.saveFormDraft.id;
    // A location one level deep is a fine draft; a full submission needs two levels.
    const incomplete = await submitDraft(id);
    expect(problemsOf(incomplete)).toEqual(expect.arrayContaining([['values', 'registrationArea']]));
    const saved = await saveDraft(
      generalCase,
      'registration',
      {
        referralSource: 'self',
        firstContactDate: '2026-01-05',
        registrationArea: ['GOV01', 'DIS03'],
        displacementStatus: 'idp',
        safeToContact: true,
      },
      id,
    );
    expect(saved.errors).toBeUndefined();
    const done = await submitDraft(id);
    expect(done.errors).toBeUndefined();
    expect(done.data!.submitFormDraft.status).toBe('SUBMITTED');
  });

  it('location values of a draft are checked against the hierarchy', async () => {
    const generalCase = await newCase('GENERAL_PROTECTION');
    const skipped = await saveDraft(generalCase, 'registration', { registrationArea: ['GOV01', 'DIS09'] });
    expect(codeOf(skipped)).toBe('BAD_USER_INPUT');
    expect(problemsOf(skipped)).toEqual([['values', 'registrationArea', 1]]);
    const unknown = await saveDraft(generalCase, 'registration', { registrationArea: ['NOPE'] });
    expect(problemsOf(unknown)).toEqual([['values', 'registrationArea', 0]]);
    expect(await submissionCount(generalCase)).toBe(0);
  });

  it('a draft is pinned to the form version it was started on', async () => {
    const pm = agency.users.programme_manager;
    const definition = (fields: unknown[]) => ({
      title: { en: 'Pinned' },
      sections: [{ key: 's', title: { en: 'S' }, fields }],
    });
    const SAVE_FORM = `mutation($key: String!, $caseTypes: [CaseType!]!, $definition: JSON!) {
      saveFormDefinition(key: $key, caseTypes: $caseTypes, definition: $definition) { version } }`;
    const PUBLISH = `mutation($key: String!, $version: Int!) { publishFormDefinition(key: $key, version: $version) { status } }`;
    const a = { key: 'a', type: 'text', label: { en: 'A' }, required: true };
    const publish = async (fields: unknown[], version: number) => {
      const saved = await t.graphql<{ saveFormDefinition: { version: number } }>(
        SAVE_FORM,
        { key: 'pinned_form', caseTypes: ['GBV'], definition: definition(fields) },
        { as: pm },
      );
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveFormDefinition.version).toBe(version);
      const published = await t.graphql(PUBLISH, { key: 'pinned_form', version }, { as: pm });
      expect(published.errors).toBeUndefined();
    };
    await publish([a], 1);
    const draft = await saveDraft(caseId, 'pinned_form', { a: 'first' });
    expect(draft.data!.saveFormDraft.formVersion).toBe(1);
    const b = { key: 'b', type: 'text', label: { en: 'B' }, required: true };
    // Version 2 requires b: the draft still submits, against version 1.
    await publish([a, b], 2);
    const done = await submitDraft(draft.data!.saveFormDraft.id);
    expect(done.errors).toBeUndefined();
    expect(done.data!.submitFormDraft).toMatchObject({ status: 'SUBMITTED', formVersion: 1, values: { a: 'first' } });
  });
});

describe('drafts of cases the caller does not reach', () => {
  it('a caseworker of another team, another agency or without case:update cannot save or submit drafts', async () => {
    const caseId = await newCase('GENERAL_PROTECTION');
    const own = await saveDraft(caseId, 'consent', {});
    expect(own.errors).toBeUndefined();
    const draftId = own.data!.saveFormDraft.id;
    const before = await row(draftId);

    expect(codeOf(await saveDraft(caseId, 'consent', {}, undefined, agency.users.caseworkerB))).toBe('NOT_FOUND');
    expect(codeOf(await saveDraft(caseId, 'consent', {}, undefined, other.users.caseworker))).toBe('NOT_FOUND');
    expect(codeOf(await saveDraft(caseId, 'consent', {}, draftId, agency.users.caseworkerB))).toBe('NOT_FOUND');
    expect(codeOf(await submitDraft(draftId, undefined, agency.users.caseworkerB))).toBe('NOT_FOUND');
    expect(codeOf(await submitDraft(draftId, undefined, other.users.caseworker))).toBe('NOT_FOUND');
    expect(codeOf(await saveDraft(caseId, 'consent', {}, undefined, agency.users.programme_manager))).toBe('FORBIDDEN');
    expect(await submissionCount(caseId)).toBe(1);
    expect(await row(draftId)).toEqual(before);
    const refusals = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from audit.events where actor_id = ${agency.users.caseworkerB}::uuid and outcome = 'denied' and target_id in (${caseId}, ${draftId})`,
    );
    expect(refusals[0]!.n).toBe(3);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { formTemplates } from '@haven/core/forms/index';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * Forms through the gateway: shipped templates, submissions validated on the server against the
 * version they use, skip logic and calculations on the server, the field layer on form values,
 * and who may manage definitions.
 */
let t: TestHaven;
let agency: TestAgency;

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const DEFINITIONS = `query($caseType: CaseType) { formDefinitions(caseType: $caseType) { key version status caseTypes definition } }`;
const SUBMIT = `mutation($caseId: ID!, $formKey: String!, $values: JSON!) {
  submitForm(caseId: $caseId, formKey: $formKey, values: $values) { id formKey formVersion values withheldFields } }`;
const UPDATE = `mutation($id: ID!, $values: JSON!) { updateSubmission(submissionId: $id, values: $values) { id formVersion values } }`;
const SUBMISSIONS = `query($id: ID!, $formKey: String) { case(id: $id) { formSubmissions(formKey: $formKey) { id formKey formVersion values withheldFields } } }`;
const SAVE = `mutation($key: String!, $caseTypes: [CaseType!]!, $definition: JSON!) {
  saveFormDefinition(key: $key, caseTypes: $caseTypes, definition: $definition) { id key version status } }`;
const PUBLISH = `mutation($key: String!, $version: Int!) { publishFormDefinition(key: $key, version: $version) { key version status publishedAt } }`;

type Submission = {
  id: string;
  formKey: string;
  formVersion: number;
  values: Record<string, unknown>;
  withheldFields: string[];
};

async function newCase(caseType = 'GBV', as = agency.users.caseworker): Promise<string> {
  const res = await t.graphql<{ createCase: { id: string } }>(
    CREATE,
    { input: { caseType, person: { givenName: 'Fictiva', familyName: 'Testperson', sex: 'FEMALE' } } },
    { as },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createCase.id;
}

const problemsOf = (res: GraphQLResponse) =>
  ((res.errors?.[0]?.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path);
const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

async function countSubmissions(caseId: string) {
  const [row] = await t.db.rows<{ n: number }>(
    sql`select count(*)::int as n from "case".form_submissions where case_id = ${caseId}::uuid`,
  );
  return row!.n;
}

const risk = {
  immediateDanger: 'no',
  perpetratorAccess: 'yes',
  selfHarm: 'unsure',
  supportNetwork: 'yes',
  basicNeedsMet: 'no',
};

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  // Location values are checked against the agency's administrative areas.
  const areas = await t.graphql(
    `mutation($areas: [AdminAreaInput!]!) { importAdminAreas(areas: $areas) { created } }`,
    {
      areas: [
        { code: 'GOV01', name: { en: 'Fictional governorate' } },
        { code: 'DIS03', parentCode: 'GOV01', name: { en: 'Fictional district' } },
      ],
    },
    { as: agency.users.programme_manager },
  );
  expect(areas.errors).toBeUndefined();
});
afterAll(() => t?.close());

describe('form definitions', () => {
  it('every shipped template is installed and published as version 1', async () => {
    const res = await t.graphql<{ formDefinitions: { key: string; version: number; status: string }[] }>(
      DEFINITIONS,
      {},
      { as: agency.users.caseworker },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.formDefinitions.map((d) => [d.key, d.version, d.status]).sort()).toEqual(
      formTemplates.map((tpl) => [tpl.key, 1, 'PUBLISHED']).sort(),
    );
    const gbv = await t.graphql<{ formDefinitions: { key: string }[] }>(
      DEFINITIONS,
      { caseType: 'CHILD_PROTECTION' },
      { as: agency.users.caseworker },
    );
    const keys = gbv.data!.formDefinitions.map((d) => d.key);
    expect(keys).toContain('best_interests_assessment');
    expect(keys).not.toContain('gbv_safety_plan');
  });

  it('a programme manager saves and publishes definitions; a caseworker may not', async () => {
    const definition = {
      title: { en: 'Follow-up visit', ar: 'زيارة متابعة' },
      sections: [
        {
          key: 'visit',
          title: { en: 'Visit' },
          fields: [{ key: 'visitDate', type: 'date', label: { en: 'Date' }, required: true }],
        },
      ],
    };
    const pm = agency.users.programme_manager;
    const saved = await t.graphql<{ saveFormDefinition: { version: number; status: string } }>(
      SAVE,
      { key: 'follow_up_visit', caseTypes: ['GBV', 'CHILD_PROTECTION'], definition },
      { as: pm },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveFormDefinition).toMatchObject({ version: 1, status: 'DRAFT' });
    const published = await t.graphql<{ publishFormDefinition: { status: string } }>(
      PUBLISH,
      { key: 'follow_up_visit', version: 1 },
      { as: pm },
    );
    expect(published.data!.publishFormDefinition.status).toBe('PUBLISHED');
    const again = await t.graphql(
      SAVE,
      { key: 'follow_up_visit', caseTypes: ['GBV'], definition },
      { as: agency.users.caseworker },
    );
    expect(codeOf(again)).toBe('FORBIDDEN');
  });

  it('an invalid definition is refused, listing every problem with its path', async () => {
    const res = await t.graphql(
      SAVE,
      {
        key: 'broken_form',
        caseTypes: ['GBV'],
        definition: {
          title: { en: 'Broken' },
          sections: [
            {
              key: 'main',
              title: { en: 'Main' },
              fields: [
                { key: 'a', type: 'colour', label: { en: 'A' } },
                { key: 'b', type: 'singleChoice', label: { en: 'B' } },
                { key: 'b', type: 'text', label: { en: 'B again' }, showIf: 'missing = 1' },
                { key: 'x', type: 'calculated', label: { en: 'X' }, expression: 'y + 1' },
                { key: 'y', type: 'calculated', label: { en: 'Y' }, expression: 'x * 2' },
                { key: 'z', type: 'calculated', label: { en: 'Z' }, expression: 'x +' },
              ],
            },
          ],
        },
      },
      { as: agency.users.programme_manager },
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual([
      ['definition', 'sections', 0, 'fields', 0, 'type'],
      ['definition', 'sections', 0, 'fields', 1, 'options'],
      ['definition', 'sections', 0, 'fields', 2, 'key'],
      ['definition', 'sections', 0, 'fields', 2, 'showIf'],
      ['definition', 'sections', 0, 'fields', 5, 'expression'],
      ['definition', 'sections', 0, 'fields', 3, 'expression'],
      ['definition', 'sections', 0, 'fields', 4, 'expression'],
    ]);
    const [row] = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from "case".form_definitions where agency_id = ${agency.agencyId}::uuid and key = 'broken_form'`,
    );
    expect(row!.n).toBe(0);
  });

  it('a programme manager cannot fill in forms: no case access', async () => {
    const caseId = await newCase();
    const res = await t.graphql(
      SUBMIT,
      { caseId, formKey: 'protection_risk_assessment', values: risk },
      { as: agency.users.programme_manager },
    );
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(await countSubmissions(caseId)).toBe(0);
  });
});

describe('submissions', () => {
  it('a valid submission is stored with its version, the risk level computed on the server', async () => {
    const caseId = await newCase();
    const res = await t.graphql<{ submitForm: Submission }>(
      SUBMIT,
      { caseId, formKey: 'protection_risk_assessment', values: { ...risk, immediateActions: 'Safety plan agreed.' } },
      { as: agency.users.caseworker },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitForm).toMatchObject({
      formKey: 'protection_risk_assessment',
      formVersion: 1,
      values: { riskScore: 9, riskLevel: 'high' },
    });
    const [row] = await t.db.rows<{ form_version: number; level: string }>(
      sql`select form_version, values->>'riskLevel' as level from "case".form_submissions where case_id = ${caseId}::uuid`,
    );
    expect(row).toEqual({ form_version: 1, level: 'high' });
  });

  it('a risk level sent by the client is refused', async () => {
    const caseId = await newCase();
    const res = await t.graphql(
      SUBMIT,
      { caseId, formKey: 'protection_risk_assessment', values: { ...risk, immediateActions: 'x', riskLevel: 'low' } },
      { as: agency.users.caseworker },
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual([['values', 'riskLevel']]);
    expect(await countSubmissions(caseId)).toBe(0);
  });

  const member = { memberName: 'Sibling', relationship: 'sibling' };
  const registration = {
    referralSource: 'self',
    firstContactDate: '2026-01-05',
    registrationArea: ['GOV01', 'DIS03'],
    displacementStatus: 'idp',
    safeToContact: true,
  };
  it.each([
    ['a required field missing', { ...registration, referralSource: undefined }, [['values', 'referralSource']]],
    ['an unknown option', { ...registration, displacementStatus: 'tourist' }, [['values', 'displacementStatus']]],
    ['a field of no form', { ...registration, shoeSize: 41 }, [['values', 'shoeSize']]],
    ['a date in the future', { ...registration, firstContactDate: '2999-01-01' }, [['values', 'firstContactDate']]],
    ['a location too shallow', { ...registration, registrationArea: ['GOV01'] }, [['values', 'registrationArea']]],
    [
      'a shown field left empty (skip logic)',
      { ...registration, hasDisability: true },
      [['values', 'disabilityDetails']],
    ],
    [
      'a hidden field given a value',
      { ...registration, hasDisability: false, disabilityDetails: 'x' },
      [['values', 'disabilityDetails']],
    ],
    [
      'problems inside a repeating group',
      {
        ...registration,
        householdMembers: [member, { relationship: 'cousin' }, { ...member, memberDateOfBirth: '2020-02-30' }],
      },
      [
        ['values', 'householdMembers', 1, 'memberName'],
        ['values', 'householdMembers', 1, 'relationship'],
        ['values', 'householdMembers', 2, 'memberDateOfBirth'],
      ],
    ],
    ['a calculated field given', { ...registration, householdSize: 3 }, [['values', 'householdSize']]],
    ['values not an object', ['a'], [['values']]],
  ])('refuses %s, naming each path, and stores nothing', async (_name, values, paths) => {
    const caseId = await newCase('GENERAL_PROTECTION');
    const res = await t.graphql(SUBMIT, { caseId, formKey: 'registration', values }, { as: agency.users.caseworker });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual(paths);
    expect(await countSubmissions(caseId)).toBe(0);
  });

  it('skip logic: a hidden required field is not required', async () => {
    const caseId = await newCase('GENERAL_PROTECTION');
    const res = await t.graphql<{ submitForm: Submission }>(
      SUBMIT,
      {
        caseId,
        formKey: 'registration',
        values: {
          ...registration,
          hasDisability: false,
          householdMembers: [{ ...member, memberDateOfBirth: '2012-03-01' }],
        },
      },
      { as: agency.users.caseworker },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.submitForm.values).toMatchObject({ householdSize: 2, childrenInHousehold: 1 });
  });

  it('a form for another case type is refused', async () => {
    const caseId = await newCase('GBV');
    const res = await t.graphql(
      SUBMIT,
      { caseId, formKey: 'best_interests_assessment', values: {} },
      { as: agency.users.caseworker },
    );
    expect(problemsOf(res)).toEqual([['formKey']]);
  });

  it('a new version of a form does not change how an old submission is validated', async () => {
    const other = await createTestAgency(t.db);
    const worker = other.users.caseworker;
    const pm = other.users.programme_manager;
    const caseId = await newCase('GBV', worker);
    const v1 = {
      consentServices: true,
      consentReferral: true,
      consentInformationSharing: false,
      givenBy: 'client',
      explainedIn: 'ar',
      signature: { name: 'Fictiva', signedAt: '2026-03-01T10:00:00Z' },
    };
    const first = await t.graphql<{ submitForm: Submission }>(
      SUBMIT,
      { caseId, formKey: 'consent', values: v1 },
      { as: worker },
    );
    expect(first.errors).toBeUndefined();
    // Version 2 makes a new field required.
    const consent = formTemplates.find((tpl) => tpl.key === 'consent')!.definition;
    const v2 = structuredClone(consent);
    v2.sections[0]!.fields.push({
      key: 'witness',
      type: 'text',
      label: { en: 'Witness', ar: 'الشاهد' },
      required: true,
    });
    const saved = await t.graphql<{ saveFormDefinition: { version: number } }>(
      SAVE,
      { key: 'consent', caseTypes: ['GBV'], definition: v2 },
      { as: pm },
    );
    expect(saved.data!.saveFormDefinition.version).toBe(2);
    await t.graphql(PUBLISH, { key: 'consent', version: 2 }, { as: pm });
    // The old submission is updated under version 1: no witness needed, and a witness is not a field.
    const updated = await t.graphql<{ updateSubmission: Submission }>(
      UPDATE,
      { id: first.data!.submitForm.id, values: { ...v1, consentReporting: true } },
      { as: worker },
    );
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateSubmission.formVersion).toBe(1);
    const withWitness = await t.graphql(
      UPDATE,
      { id: first.data!.submitForm.id, values: { ...v1, witness: 'Someone' } },
      { as: worker },
    );
    expect(problemsOf(withWitness)).toEqual([['values', 'witness']]);
    // A new submission uses version 2.
    const second = await t.graphql<{ submitForm: Submission }>(
      SUBMIT,
      { caseId, formKey: 'consent', values: v1 },
      { as: worker },
    );
    expect(problemsOf(second)).toEqual([['values', 'witness']]);
    const third = await t.graphql<{ submitForm: Submission }>(
      SUBMIT,
      { caseId, formKey: 'consent', values: { ...v1, witness: 'A colleague' } },
      { as: worker },
    );
    expect(third.data!.submitForm.formVersion).toBe(2);
  });
});

describe('the field layer on form values', () => {
  it('a supervisor sees standard values, not restricted or confidential ones; confidential values are encrypted', async () => {
    const caseId = await newCase('GBV');
    const generalCase = await newCase('GENERAL_PROTECTION');
    const plan = {
      warningSigns: 'He comes home late and angry.',
      safePlaces: "A neighbour's house on the fictional street.",
      trustedContacts: [{ contactName: 'Aunt', contactPhone: '+000 555 0101' }],
      codeWord: 'lemon',
      emergencyItems: ['documents', 'phone'],
      survivorAgrees: true,
      reviewDate: '2026-12-01',
    };
    const submitted = await t.graphql<{ submitForm: Submission }>(
      SUBMIT,
      { caseId, formKey: 'gbv_safety_plan', values: plan },
      { as: agency.users.caseworker },
    );
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitForm.id;
    const riskRes = await t.graphql(
      SUBMIT,
      {
        caseId: generalCase,
        formKey: 'protection_risk_assessment',
        values: { ...risk, immediateActions: 'x', assessorNotes: 'Fictional note.' },
      },
      { as: agency.users.caseworker },
    );
    expect(riskRes.errors).toBeUndefined();

    const [stored] = await t.db.rows<{ values: unknown }>(
      sql`select values from "case".form_submissions where id = ${id}::uuid`,
    );
    const raw = JSON.stringify(stored!.values);
    for (const secret of ['angry', 'neighbour', 'lemon', 'Aunt']) expect(raw).not.toContain(secret);
    const sealed = await t.db.rows<{ field: string }>(
      sql`select field from "case".confidential_values where case_id = ${caseId}::uuid order by field`,
    );
    expect(sealed.map((r) => r.field)).toEqual(
      ['codeWord', 'safePlaces', 'trustedContacts', 'warningSigns'].map((k) => `forms.${id}.${k}`),
    );

    const own = await t.graphql<{ case: { formSubmissions: Submission[] } }>(
      SUBMISSIONS,
      { id: caseId, formKey: 'gbv_safety_plan' },
      { as: agency.users.caseworker },
    );
    expect(own.data!.case.formSubmissions[0]).toMatchObject({ values: plan, withheldFields: [] });

    const sup = await t.graphql<{ case: { formSubmissions: Submission[] } }>(
      SUBMISSIONS,
      { id: caseId },
      { as: agency.users.supervisor },
    );
    expect(sup.errors).toBeUndefined();
    // GBV forms' fields that name no classification take the GBV case type's default: restricted.
    const [safety] = sup.data!.case.formSubmissions;
    expect(safety!.values).toEqual({});
    expect(safety!.withheldFields).toEqual([
      'warningSigns',
      'safePlaces',
      'trustedContacts',
      'codeWord',
      'emergencyItems',
      'survivorAgrees',
      'reviewDate',
    ]);
    const supGeneral = await t.graphql<{ case: { formSubmissions: Submission[] } }>(
      SUBMISSIONS,
      { id: generalCase },
      { as: agency.users.supervisor },
    );
    expect(supGeneral.errors).toBeUndefined();
    const byKey = Object.fromEntries(supGeneral.data!.case.formSubmissions.map((s) => [s.formKey, s]));
    expect(byKey.protection_risk_assessment!.values).toMatchObject({ immediateDanger: 'no', riskLevel: 'high' });
    expect(byKey.protection_risk_assessment!.values).not.toHaveProperty('perpetratorAccess');
    expect(byKey.protection_risk_assessment!.values).not.toHaveProperty('assessorNotes');
    expect(byKey.protection_risk_assessment!.withheldFields).toEqual([
      'perpetratorAccess',
      'selfHarm',
      'assessorNotes',
    ]);

    const [audit] = await t.db.rows<{ fields: string[] }>(
      sql`select fields from audit.events where actor_id = ${agency.users.supervisor}::uuid and action = 'form.read_field' and outcome = 'denied' and target_id = ${caseId}`,
    );
    expect(audit!.fields).toContain('forms.gbv_safety_plan.codeWord');
  });

  it('a supervisor may not change confidential values of a form', async () => {
    const caseId = await newCase('GBV');
    const res = await t.graphql(
      SUBMIT,
      {
        caseId,
        formKey: 'gbv_safety_plan',
        values: { warningSigns: 'x', safePlaces: 'y', survivorAgrees: true, reviewDate: '2026-12-01' },
      },
      { as: agency.users.supervisor },
    );
    expect(codeOf(res)).toBe('FORBIDDEN_FIELD');
    // Confidential fields, and those the GBV default makes restricted.
    expect(problemsOf(res)).toEqual([
      ['values', 'warningSigns'],
      ['values', 'safePlaces'],
      ['values', 'survivorAgrees'],
      ['values', 'reviewDate'],
    ]);
    expect(await countSubmissions(caseId)).toBe(0);
  });

  it('a caseworker of another team reaches neither the case nor its forms', async () => {
    const caseId = await newCase('GBV');
    const res = await t.graphql(
      SUBMIT,
      { caseId, formKey: 'protection_risk_assessment', values: risk },
      { as: agency.users.caseworkerB },
    );
    expect(codeOf(res)).toBe('NOT_FOUND');
  });
});

describe('file fields', () => {
  it("accept only a live document of the form's own case", async () => {
    const definition = {
      title: { en: 'Papers' },
      sections: [
        {
          key: 'papers',
          title: { en: 'Papers' },
          fields: [
            // Standard: the team's supervisor may change them too (the last part of this test).
            { key: 'letter', type: 'file', label: { en: 'Letter' }, classification: 'standard' },
            {
              key: 'more',
              type: 'group',
              label: { en: 'More' },
              classification: 'standard',
              fields: [{ key: 'copy', type: 'file', label: { en: 'Copy' } }],
            },
          ],
        },
      ],
    };
    const saved = await t.graphql<{ saveFormDefinition: { version: number } }>(
      SAVE,
      { key: 'papers_check', caseTypes: ['GBV'], definition },
      { as: agency.users.programme_manager },
    );
    expect(saved.errors).toBeUndefined();
    const published = await t.graphql(
      PUBLISH,
      { key: 'papers_check', version: saved.data!.saveFormDefinition.version },
      { as: agency.users.programme_manager },
    );
    expect(published.errors).toBeUndefined();
    const [own, other] = [await newCase(), await newCase()];
    const upload = async (caseId: string, classification = 'STANDARD') => {
      const res = await t.graphql<{ uploadDocument: { id: string } }>(
        `mutation ($caseId: ID!, $input: UploadDocumentInput!) { uploadDocument(caseId: $caseId, input: $input) { id } }`,
        {
          caseId,
          input: {
            title: 'A letter',
            documentType: 'CORRESPONDENCE',
            classification,
            fileName: 'letter.txt',
            contentType: 'text/plain',
            contentBase64: Buffer.from('A fictional letter.').toString('base64'),
          },
        },
        { as: agency.users.caseworker },
      );
      expect(res.errors).toBeUndefined();
      return res.data!.uploadDocument.id;
    };
    const [ownDoc, otherDoc] = [await upload(own), await upload(other)];
    const file = (documentId: string) => ({ documentId, name: 'letter.txt' });
    const before = await countSubmissions(own);

    // Another case's document, at the top level and inside a repeating group, is refused with its path.
    const refused = await t.graphql(
      SUBMIT,
      { caseId: own, formKey: 'papers_check', values: { letter: file(otherDoc), more: [{ copy: file(otherDoc) }] } },
      { as: agency.users.caseworker },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      { path: ['values', 'letter', 'documentId'], message: 'is not a document of this case' },
      { path: ['values', 'more', 0, 'copy', 'documentId'], message: 'is not a document of this case' },
    ]);
    // So is an id that is no document at all; nothing was stored.
    const unknown = await t.graphql(
      SUBMIT,
      { caseId: own, formKey: 'papers_check', values: { letter: file('0b9d3a51-7a3e-4d44-8d2b-5b7f6c1d9e0f') } },
      { as: agency.users.caseworker },
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await countSubmissions(own)).toBe(before);

    // The case's own document is accepted.
    const accepted = await t.graphql<{ submitForm: Submission }>(
      SUBMIT,
      { caseId: own, formKey: 'papers_check', values: { letter: file(ownDoc), more: [{ copy: file(ownDoc) }] } },
      { as: agency.users.caseworker },
    );
    expect(accepted.errors).toBeUndefined();
    expect(accepted.data!.submitForm.values.letter).toEqual(file(ownDoc));

    // A confidential document of the case, named by the caseworker: the supervisor, who cannot see
    // that document, may still change the form (the stored file value is kept) but not point a form at it.
    const confidentialDoc = await upload(own, 'CONFIDENTIAL');
    const named = await t.graphql<{ submitForm: Submission }>(
      SUBMIT,
      { caseId: own, formKey: 'papers_check', values: { letter: file(confidentialDoc) } },
      { as: agency.users.caseworker },
    );
    expect(named.errors).toBeUndefined();
    const changed = await t.graphql<{ updateSubmission: Submission }>(
      UPDATE,
      { id: named.data!.submitForm.id, values: { letter: file(confidentialDoc), more: [{ copy: file(ownDoc) }] } },
      { as: agency.users.supervisor },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateSubmission.values.letter).toEqual(file(confidentialDoc));
    const pointed = await t.graphql(
      UPDATE,
      { id: accepted.data!.submitForm.id, values: { letter: file(confidentialDoc) } },
      { as: agency.users.supervisor },
    );
    expect(pointed.errors?.[0]?.extensions?.fields).toEqual([
      { path: ['values', 'letter', 'documentId'], message: 'is not a document of this case' },
    ]);
  });
});

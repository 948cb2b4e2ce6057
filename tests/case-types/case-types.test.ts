import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * Case types as agency configuration, through the gateway: the shipped ones, adding and changing
 * one (form:manage, every problem listed), mandatory registration fields, retiring, other agencies'
 * types, classifications a case type tightens (reads, updates, audit, export) and the default
 * classification of its form fields.
 */
let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;

const CASE_TYPES = `{ caseTypes { key label description formKeys mandatoryFields fieldClassifications defaultFormClassification workflowKey active builtIn } }`;
const SAVE = `mutation($input: SaveCaseTypeInput!) { saveCaseType(input: $input) { key label formKeys mandatoryFields fieldClassifications defaultFormClassification workflowKey active builtIn } }`;
const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id caseType } }`;
const READ = `query($id: ID!) { case(id: $id) { id caseType person { givenName dateOfBirth contactPhone } } }`;
const SAVE_FORM = `mutation($key: String!, $caseTypes: [CaseType!]!, $definition: JSON!) {
  saveFormDefinition(key: $key, caseTypes: $caseTypes, definition: $definition) { key version } }`;
const PUBLISH = `mutation($key: String!, $version: Int!) { publishFormDefinition(key: $key, version: $version) { status } }`;

type CaseTypeRow = {
  key: string;
  label: Record<string, string>;
  formKeys: string[];
  mandatoryFields: string[];
  fieldClassifications: Record<string, string>;
  defaultFormClassification: string;
  workflowKey: string;
  active: boolean;
  builtIn: boolean;
};

const problemsOf = (res: GraphQLResponse) =>
  ((res.errors?.[0]?.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path);
const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;

const oneField = {
  title: { en: 'Form' },
  sections: [{ key: 's', title: { en: 'S' }, fields: [{ key: 'note', type: 'text', label: { en: 'Note' } }] }],
};

const person = { givenName: 'Fictiva', familyName: 'Testperson', sex: 'FEMALE' };

async function caseTypeRow(agencyId: string, key: string) {
  const [row] = await t.db.rows<{ active: boolean; label: unknown; mandatory_fields: string[] }>(
    sql`select active, label, mandatory_fields from "case".case_types where agency_id = ${agencyId}::uuid and key = ${key}`,
  );
  return row ?? null;
}

async function save(input: Record<string, unknown>, as = agency.users.programme_manager) {
  return t.graphql<{ saveCaseType: CaseTypeRow }>(SAVE, { input }, { as });
}

async function createCase(input: Record<string, unknown>, as = agency.users.caseworker) {
  return t.graphql<{ createCase: { id: string; caseType: string } }>(CREATE, { input: { person, ...input } }, { as });
}

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
});
afterAll(() => t?.close());

describe('case types', () => {
  it('every agency starts with the three shipped case types, read by caseworkers and form managers', async () => {
    for (const as of [agency.users.caseworker, agency.users.programme_manager]) {
      const res = await t.graphql<{ caseTypes: CaseTypeRow[] }>(CASE_TYPES, {}, { as });
      expect(res.errors).toBeUndefined();
      const byKey = new Map(res.data!.caseTypes.map((c) => [c.key, c]));
      expect([...byKey.keys()].sort()).toEqual(['CHILD_PROTECTION', 'GBV', 'GENERAL_PROTECTION']);
      expect(byKey.get('CHILD_PROTECTION')).toMatchObject({
        label: { en: 'Child protection', ar: 'حماية الطفل' },
        mandatoryFields: ['person.dateOfBirth'],
        workflowKey: 'cp-default',
        active: true,
        builtIn: true,
      });
      expect(byKey.get('GBV')!.defaultFormClassification).toBe('restricted');
    }
    const meal = await t.graphql(CASE_TYPES, {}, { as: agency.users.meal_officer });
    expect(codeOf(meal)).toBe('FORBIDDEN');
  });

  it('a programme manager adds a case type; registration enforces its mandatory fields', async () => {
    const saved = await save({
      key: 'FOOD_SECURITY',
      label: { en: 'Food security', ar: 'الأمن الغذائي' },
      formKeys: ['registration', 'consent'],
      mandatoryFields: ['person.contactPhone', 'person.dateOfBirth'],
      workflowKey: 'gp-default',
    });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveCaseType).toMatchObject({
      key: 'FOOD_SECURITY',
      builtIn: false,
      active: true,
      defaultFormClassification: 'standard',
      fieldClassifications: {},
    });
    const [audit] = await t.db.rows<{ action: string; fields: string[] }>(
      sql`select action, fields from audit.events where actor_id = ${agency.users.programme_manager}::uuid and target_type = 'case_type' and target_id = 'food_security'`,
    );
    expect(audit).toMatchObject({ action: 'case_type.create' });
    expect(audit!.fields).toContain('mandatoryFields');

    const list = await t.graphql<{ caseTypes: CaseTypeRow[] }>(CASE_TYPES, {}, { as: agency.users.caseworker });
    expect(list.data!.caseTypes.map((c) => c.key)).toContain('FOOD_SECURITY');

    const missing = await createCase({ caseType: 'FOOD_SECURITY' });
    expect(codeOf(missing)).toBe('BAD_USER_INPUT');
    expect(problemsOf(missing)).toEqual([
      ['input', 'person', 'contactPhone'],
      ['input', 'person', 'dateOfBirth'],
    ]);
    const created = await createCase({
      caseType: 'FOOD_SECURITY',
      person: { ...person, contactPhone: '+000 555 0101', dateOfBirth: '1990-04-01' },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data!.createCase.caseType).toBe('FOOD_SECURITY');

    // The forms the case type names are its forms, though their definitions name only the shipped types.
    const forms = await t.graphql<{ formDefinitions: { key: string }[] }>(
      `query($caseType: CaseType) { formDefinitions(caseType: $caseType) { key } }`,
      { caseType: 'FOOD_SECURITY' },
      { as: agency.users.caseworker },
    );
    expect(forms.data!.formDefinitions.map((f) => f.key).sort()).toEqual(['consent', 'registration']);
    const consent = await t.graphql(
      `mutation($caseId: ID!) { saveFormDraft(caseId: $caseId, formKey: "consent", values: {}) { id } }`,
      { caseId: created.data!.createCase.id },
      { as: agency.users.caseworker },
    );
    expect(consent.errors).toBeUndefined();
    const notItsForm = await t.graphql(
      `mutation($caseId: ID!) { saveFormDraft(caseId: $caseId, formKey: "gbv_intake", values: {}) { id } }`,
      { caseId: created.data!.createCase.id },
      { as: agency.users.caseworker },
    );
    expect(problemsOf(notItsForm)).toEqual([['formKey']]);

    // The shipped child-protection type requires a date of birth.
    const child = await createCase({ caseType: 'CHILD_PROTECTION' });
    expect(problemsOf(child)).toEqual([['input', 'person', 'dateOfBirth']]);
  });

  it('a change keeps what it does not name, and is audited with what changed', async () => {
    const res = await save({ key: 'FOOD_SECURITY', mandatoryFields: ['person.contactPhone'] });
    expect(res.errors).toBeUndefined();
    expect(res.data!.saveCaseType).toMatchObject({
      label: { en: 'Food security', ar: 'الأمن الغذائي' },
      mandatoryFields: ['person.contactPhone'],
      formKeys: ['registration', 'consent'],
    });
    const [audit] = await t.db.rows<{ fields: string[] }>(
      sql`select fields from audit.events where target_type = 'case_type' and target_id = 'food_security' and action = 'case_type.update' and actor_id = ${agency.users.programme_manager}::uuid`,
    );
    expect(audit!.fields).toEqual(['mandatoryFields']);
  });

  it('lists every problem of a case type, and stores nothing', async () => {
    const res = await save({
      key: 'CROPS',
      label: { ar: 'محاصيل', 'not a language': 'x' },
      formKeys: ['registration', 'no_such_form'],
      mandatoryFields: ['person.shoeSize', 'person.dateOfBirth'],
      fieldClassifications: {
        'person.contactPhone': 'standard',
        'person.favouriteColour': 'restricted',
        'person.dateOfBirth': 'secret',
        id: 'restricted',
      },
      defaultFormClassification: 'public',
      workflowKey: 'Not A Key',
    });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual(
      expect.arrayContaining([
        ['input', 'label', 'en'],
        ['input', 'label', 'not a language'],
        ['input', 'formKeys', 1],
        ['input', 'mandatoryFields', 0],
        ['input', 'fieldClassifications', 'person.contactPhone'],
        ['input', 'fieldClassifications', 'person.favouriteColour'],
        ['input', 'fieldClassifications', 'person.dateOfBirth'],
        ['input', 'fieldClassifications', 'id'],
        ['input', 'defaultFormClassification'],
        ['input', 'workflowKey'],
      ]),
    );
    expect(problemsOf(res)).toHaveLength(10);
    expect(await caseTypeRow(agency.agencyId, 'crops')).toBeNull();

    const badKey = await save({ key: 'no spaces!', label: { en: 'X' }, workflowKey: 'gp-default' });
    expect(problemsOf(badKey)).toEqual([['input', 'key']]);
    const noLabel = await save({ key: 'NEW_TYPE' });
    expect(problemsOf(noLabel)).toEqual([
      ['input', 'label'],
      ['input', 'workflowKey'],
    ]);
  });

  it('never loosens a built-in classification', async () => {
    const res = await save({ key: 'GBV', fieldClassifications: { 'person.currentAddress': 'standard' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual([['input', 'fieldClassifications', 'person.currentAddress']]);
    const stored = await t.db.rows<{ fc: unknown }>(
      sql`select field_classifications as fc from "case".case_types where agency_id = ${agency.agencyId}::uuid and key = 'gbv'`,
    );
    expect(stored[0]!.fc).toEqual({});
  });

  it('only form managers change case types', async () => {
    for (const as of [agency.users.caseworker, agency.users.supervisor, agency.users.system_administrator]) {
      const res = await save({ key: 'FOOD_SECURITY', active: false }, as);
      expect(codeOf(res)).toBe('FORBIDDEN');
    }
    expect((await caseTypeRow(agency.agencyId, 'food_security'))!.active).toBe(true);
  });

  it("another agency's case types are neither listed nor usable", async () => {
    const shelter = await save(
      { key: 'SHELTER', label: { en: 'Shelter' }, workflowKey: 'gp-default' },
      other.users.programme_manager,
    );
    expect(shelter.errors).toBeUndefined();
    const list = await t.graphql<{ caseTypes: CaseTypeRow[] }>(CASE_TYPES, {}, { as: agency.users.caseworker });
    expect(list.data!.caseTypes.map((c) => c.key)).not.toContain('SHELTER');
    const res = await createCase({ caseType: 'SHELTER' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual([['input', 'caseType']]);
    const form = await t.graphql(
      SAVE_FORM,
      {
        key: 'shelter_form',
        caseTypes: ['GBV', 'SHELTER'],
        definition: oneField,
      },
      { as: agency.users.programme_manager },
    );
    expect(problemsOf(form)).toEqual([['caseTypes', 1]]);
    // Changing another agency's type from here creates one of this agency's own, never touches theirs.
    expect(await caseTypeRow(agency.agencyId, 'shelter')).toBeNull();
  });

  it('a key that is not in upper snake case is refused at the edge', async () => {
    const res = await createCase({ caseType: 'gbv' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)[0]).toEqual(expect.arrayContaining(['caseType']));
  });

  it('a retired case type takes no new cases; its cases stay', async () => {
    const before = await createCase({
      caseType: 'FOOD_SECURITY',
      person: { ...person, contactPhone: '+000 555 0102' },
    });
    expect(before.errors).toBeUndefined();
    const retired = await save({ key: 'FOOD_SECURITY', active: false });
    expect(retired.data!.saveCaseType.active).toBe(false);
    const res = await createCase({ caseType: 'FOOD_SECURITY', person: { ...person, contactPhone: '+000 555 0103' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(problemsOf(res)).toEqual([['input', 'caseType']]);
    const read = await t.graphql<{ case: { caseType: string } }>(
      READ,
      { id: before.data!.createCase.id },
      { as: agency.users.caseworker },
    );
    expect(read.data!.case.caseType).toBe('FOOD_SECURITY');
    const form = await t.graphql(
      SAVE_FORM,
      {
        key: 'food_form',
        caseTypes: ['FOOD_SECURITY'],
        definition: oneField,
      },
      { as: agency.users.programme_manager },
    );
    expect(problemsOf(form)).toEqual([['caseTypes', 0]]);
    const list = await t.graphql<{ caseTypes: CaseTypeRow[] }>(CASE_TYPES, {}, { as: agency.users.caseworker });
    expect(list.data!.caseTypes.find((c) => c.key === 'FOOD_SECURITY')!.active).toBe(false);
  });
});

describe('classifications a case type tightens', () => {
  let tightCase: string;
  let plainCase: string;

  beforeAll(async () => {
    const saved = await save({
      key: 'SENSITIVE_CP',
      label: { en: 'Sensitive child protection', ar: 'حماية طفل حساسة' },
      workflowKey: 'cp-default',
      fieldClassifications: { 'person.dateOfBirth': 'restricted', 'person.contactPhone': 'confidential' },
    });
    expect(saved.errors).toBeUndefined();
    const tight = await createCase({
      caseType: 'SENSITIVE_CP',
      person: { ...person, dateOfBirth: '2015-02-03', contactPhone: '+000 555 0199' },
    });
    expect(tight.errors).toBeUndefined();
    tightCase = tight.data!.createCase.id;
    const plain = await createCase({ caseType: 'GBV', person: { ...person, dateOfBirth: '2001-02-03' } });
    plainCase = plain.data!.createCase.id;
  });

  it('the supervisor no longer reads a tightened standard field; the assigned worker does', async () => {
    const sup = await t.graphql<{ case: { person: { dateOfBirth: string | null } } }>(
      READ,
      { id: tightCase },
      { as: agency.users.supervisor },
    );
    expect(sup.data!.case.person.dateOfBirth).toBeNull();
    const paths = sup.errors!.filter((e) => e.extensions?.code === 'FORBIDDEN_FIELD').map((e) => e.path?.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['case.person.dateOfBirth', 'case.person.contactPhone']));
    const plain = await t.graphql<{ case: { person: { dateOfBirth: string | null } } }>(
      READ,
      { id: plainCase },
      { as: agency.users.supervisor },
    );
    expect(plain.data!.case.person.dateOfBirth).toBe('2001-02-03');
    const own = await t.graphql<{ case: { person: { dateOfBirth: string; contactPhone: string } } }>(
      READ,
      { id: tightCase },
      { as: agency.users.caseworker },
    );
    expect(own.errors).toBeUndefined();
    expect(own.data!.case.person).toMatchObject({ dateOfBirth: '2015-02-03', contactPhone: '+000 555 0199' });
  });

  it('in the team caseload, only the cases of the tightening type withhold the field', async () => {
    const res = await t.graphql<{ teamCaseload: { nodes: { id: string; person: { dateOfBirth: string | null } }[] } }>(
      `{ teamCaseload(first: 100) { nodes { id person { dateOfBirth } } } }`,
      {},
      { as: agency.users.supervisor },
    );
    const byId = new Map(res.data!.teamCaseload.nodes.map((n) => [n.id, n.person.dateOfBirth]));
    expect(byId.get(tightCase)).toBeNull();
    expect(byId.get(plainCase)).toBe('2001-02-03');
    const denied = res.errors!.filter((e) => e.extensions?.code === 'FORBIDDEN_FIELD');
    expect(denied).toHaveLength(1);
    const rows = await t.db.rows<{ target_ids: string[]; fields: string[] }>(
      sql`select target_ids, fields from audit.events where actor_id = ${agency.users.supervisor}::uuid and action = 'case.read_field' and outcome = 'denied' and ${tightCase} = any(target_ids)`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.target_ids).not.toContain(plainCase);
    expect(rows[0]!.fields).toEqual(['person.dateOfBirth']);
  });

  it('records the withheld fields as a denial', async () => {
    const rows = await t.db.rows<{ fields: string[] }>(
      sql`select fields from audit.events where actor_id = ${agency.users.supervisor}::uuid and action = 'case.read_field' and outcome = 'denied' and target_id = ${tightCase}`,
    );
    expect(rows.flatMap((r) => r.fields)).toEqual(expect.arrayContaining(['person.dateOfBirth']));
  });

  it('a restricted share shows restricted fields but not the one tightened to confidential', async () => {
    const share = await t.graphql(
      `mutation($caseId: ID!, $to: ID!, $until: DateTime!) { shareCase(caseId: $caseId, granteeId: $to, reason: "Joint case conference", includesRestricted: true, expiresAt: $until) { id } }`,
      { caseId: tightCase, to: agency.users.caseworkerB, until: new Date(Date.now() + 2 * 86_400_000).toISOString() },
      { as: agency.users.caseworker },
    );
    expect(share.errors).toBeUndefined();
    const res = await t.graphql<{ case: { person: { dateOfBirth: string | null; contactPhone: string | null } } }>(
      READ,
      { id: tightCase },
      { as: agency.users.caseworkerB },
    );
    expect(res.data!.case.person.dateOfBirth).toBe('2015-02-03');
    expect(res.data!.case.person.contactPhone).toBeNull();
  });

  it('the supervisor may not change a field tightened beyond her reach', async () => {
    const res = await t.graphql(
      `mutation($caseId: ID!, $input: UpdatePersonInput!) { updatePerson(caseId: $caseId, input: $input) { id } }`,
      { caseId: tightCase, input: { dateOfBirth: '2015-03-03' } },
      { as: agency.users.supervisor },
    );
    expect(codeOf(res)).toBe('FORBIDDEN_FIELD');
    const [row] = await t.db.rows<{ dob: string }>(
      sql`select p.date_of_birth::text as dob from "case".persons p join "case".cases c on c.person_id = p.id where c.id = ${tightCase}::uuid`,
    );
    expect(row!.dob).toBe('2015-02-03');
  });

  it('an export by the supervisor leaves the tightened fields out and names them', async () => {
    const res = await t.graphql<{
      exportCase: { fields: { name: string; classification: string }[]; withheldFields: string[] };
    }>(
      `mutation($caseId: ID!) { exportCase(caseId: $caseId, reason: "Court request 42") { fields { name classification } withheldFields } }`,
      { caseId: tightCase },
      { as: agency.users.supervisor },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.exportCase.withheldFields).toEqual(
      expect.arrayContaining(['person.dateOfBirth', 'person.contactPhone']),
    );
    expect(res.data!.exportCase.fields.map((f) => f.name)).not.toContain('person.dateOfBirth');
    const own = await t.graphql<{ exportCase: { fields: { name: string; classification: string }[] } }>(
      `mutation($caseId: ID!) { exportCase(caseId: $caseId, reason: "Court request 42") { fields { name classification } } }`,
      { caseId: tightCase },
      { as: agency.users.caseworker },
    );
    expect(own.data!.exportCase.fields.find((f) => f.name === 'person.dateOfBirth')!.classification).toBe('restricted');
  });
});

describe('the default classification of a case type’s form fields', () => {
  it('form fields that name no classification take the case type’s default: encrypted and withheld', async () => {
    const pm = agency.users.programme_manager;
    const saved = await save({
      key: 'WITNESS_PROTECTION',
      label: { en: 'Witness protection' },
      workflowKey: 'gp-default',
      defaultFormClassification: 'confidential',
    });
    expect(saved.errors).toBeUndefined();
    const form = await t.graphql<{ saveFormDefinition: { version: number } }>(
      SAVE_FORM,
      {
        key: 'witness_statement',
        caseTypes: ['WITNESS_PROTECTION', 'GENERAL_PROTECTION'],
        definition: {
          title: { en: 'Statement' },
          sections: [
            {
              key: 's',
              title: { en: 'Statement' },
              fields: [
                { key: 'statement', type: 'longText', label: { en: 'Statement' } },
                { key: 'place', type: 'text', label: { en: 'Place' }, classification: 'standard' },
              ],
            },
          ],
        },
      },
      { as: pm },
    );
    expect(form.errors).toBeUndefined();
    await t.graphql(PUBLISH, { key: 'witness_statement', version: form.data!.saveFormDefinition.version }, { as: pm });

    const submitFor = async (caseType: string) => {
      const c = await createCase({ caseType });
      const caseId = c.data!.createCase.id;
      const res = await t.graphql<{ submitForm: { id: string } }>(
        `mutation($caseId: ID!, $values: JSON!) { submitForm(caseId: $caseId, formKey: "witness_statement", values: $values) { id } }`,
        { caseId, values: { statement: 'A fictional account.', place: 'Northvale' } },
        { as: agency.users.caseworker },
      );
      expect(res.errors).toBeUndefined();
      return { caseId, submissionId: res.data!.submitForm.id };
    };
    const witness = await submitFor('WITNESS_PROTECTION');
    const general = await submitFor('GENERAL_PROTECTION');

    const [stored] = await t.db.rows<{ values: Record<string, unknown> }>(
      sql`select values from "case".form_submissions where id = ${witness.submissionId}::uuid`,
    );
    expect(stored!.values).toEqual({ place: 'Northvale' });
    const sealed = await t.db.rows<{ field: string }>(
      sql`select field from "case".confidential_values where case_id = ${witness.caseId}::uuid`,
    );
    expect(sealed.map((r) => r.field)).toEqual([`forms.${witness.submissionId}.statement`]);
    const [open] = await t.db.rows<{ values: Record<string, unknown> }>(
      sql`select values from "case".form_submissions where id = ${general.submissionId}::uuid`,
    );
    expect(open!.values).toMatchObject({ statement: 'A fictional account.' });

    const READ_FORMS = `query($id: ID!) { case(id: $id) { formSubmissions { values withheldFields } } }`;
    const sup = await t.graphql<{
      case: { formSubmissions: { values: Record<string, unknown>; withheldFields: string[] }[] };
    }>(READ_FORMS, { id: witness.caseId }, { as: agency.users.supervisor });
    expect(sup.data!.case.formSubmissions[0]).toEqual({
      values: { place: 'Northvale' },
      withheldFields: ['statement'],
    });
    const own = await t.graphql<{ case: { formSubmissions: { values: Record<string, unknown> }[] } }>(
      READ_FORMS,
      { id: witness.caseId },
      { as: agency.users.caseworker },
    );
    expect(own.data!.case.formSubmissions[0]!.values).toEqual({
      statement: 'A fictional account.',
      place: 'Northvale',
    });
  });
});

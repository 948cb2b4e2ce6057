import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * Duplicate detection through the gateway: search before create across scripts, identifiers,
 * what a caseworker sees of candidates she does not reach, agency isolation, merged persons, the
 * merge itself (moves cases, keeps history, audited) and its refusals, and per-agency rules.
 */
let t: TestHaven;

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id caseNumber person { id } } }`;
const CHECK = `query($input: PossibleDuplicatesInput!) { possibleDuplicates(input: $input) {
  personId score level matchedRules reachable givenName familyName sex dateOfBirth
  cases { caseId caseNumber assignedWorker { id } } } }`;
const MERGE = `mutation($kept: ID!, $merged: ID!, $reason: String!) {
  mergePersons(keptPersonId: $kept, mergedPersonId: $merged, reason: $reason) { id keptPersonId mergedPersonId movedCaseIds copiedIdentifiers reason } }`;
const RULES = `mutation($rules: MatchingRulesInput!) { setMatchingRules(rules: $rules) { likely possible identifier name isDefault } }`;
const READ = `query($id: ID!) { case(id: $id) { id person { id givenName identifiers { kind value } } history { field } } }`;

interface Candidate {
  personId: string;
  score: number;
  level: 'LIKELY' | 'POSSIBLE';
  matchedRules: string[];
  reachable: boolean;
  givenName: string | null;
  familyName: string | null;
  sex: string | null;
  dateOfBirth: string | null;
  cases: { caseId: string; caseNumber: string; assignedWorker: { id: string } }[];
}

interface Registered {
  caseId: string;
  caseNumber: string;
  personId: string;
}

async function register(
  as: string,
  person: { givenName: string; familyName: string; sex?: string; dateOfBirth?: string },
  identifiers?: { kind: string; value: string }[],
): Promise<Registered> {
  const res = await t.graphql<{ createCase: { id: string; caseNumber: string; person: { id: string } } }>(
    CREATE,
    { input: { caseType: 'GBV', person: { sex: 'FEMALE', ...person }, identifiers } },
    { as },
  );
  expect(res.errors).toBeUndefined();
  const c = res.data!.createCase;
  return { caseId: c.id, caseNumber: c.caseNumber, personId: c.person.id };
}

async function check(as: string, input: Record<string, unknown>): Promise<Candidate[]> {
  const res = await t.graphql<{ possibleDuplicates: Candidate[] }>(CHECK, { input }, { as });
  expect(res.errors).toBeUndefined();
  return res.data!.possibleDuplicates;
}

const find = (list: Candidate[], personId: string) => list.find((c) => c.personId === personId);

async function counts(personIds: string[]) {
  const [row] = await t.db.rows<{ merges: number; merged: number; identifiers: number }>(sql`select
    (select count(*)::int from "case".person_merges where kept_person_id = any(${`{${personIds.join(',')}}`}::uuid[]) or merged_person_id = any(${`{${personIds.join(',')}}`}::uuid[])) as merges,
    (select count(*)::int from "case".persons where id = any(${`{${personIds.join(',')}}`}::uuid[]) and merged_into is not null) as merged,
    (select count(*)::int from "case".person_identifiers where person_id = any(${`{${personIds.join(',')}}`}::uuid[])) as identifiers`);
  return row!;
}

async function casePerson(caseId: string) {
  const [row] = await t.db.rows<{ person_id: string }>(
    sql`select person_id from "case".cases where id = ${caseId}::uuid`,
  );
  return row!.person_id;
}

async function auditRows(actor: string, action: string) {
  return t.db.rows<{
    outcome: string;
    fields: string[];
    reason: string | null;
    target_id: string;
    target_ids: string[] | null;
  }>(
    sql`select outcome, fields, reason, target_id, target_ids from audit.events where actor_id = ${actor}::uuid and action = ${action} order by seq`,
  );
}

beforeAll(async () => {
  t = await startTestHaven();
});
afterAll(() => t?.close());

describe('search before create', () => {
  let a: TestAgency;
  beforeAll(async () => {
    a = await createTestAgency(t.db);
  });

  it('finds an Arabic-script registration from a Latin-script search, and the other way round', async () => {
    const arabic = await register(a.users.caseworker, {
      givenName: 'فاطمة',
      familyName: 'حسن',
      dateOfBirth: '2011-05-02',
    });
    const latin = await register(a.users.caseworker, {
      givenName: 'Youssef',
      familyName: 'Abdullah',
      sex: 'MALE',
      dateOfBirth: '2009-01-01',
    });

    const fromLatin = await check(a.users.caseworker, {
      givenName: 'Fatma',
      familyName: 'Hassan',
      sex: 'FEMALE',
      dateOfBirth: '2011-05-02',
    });
    const hit = find(fromLatin, arabic.personId)!;
    expect(hit).toMatchObject({
      level: 'LIKELY',
      reachable: true,
      givenName: 'فاطمة',
      familyName: 'حسن',
      dateOfBirth: '2011-05-02',
    });
    expect(hit.matchedRules).toEqual(expect.arrayContaining(['name', 'dob_exact', 'sex']));
    expect(hit.cases).toEqual([
      { caseId: arabic.caseId, caseNumber: arabic.caseNumber, assignedWorker: { id: a.users.caseworker } },
    ]);

    const fromArabic = await check(a.users.caseworker, {
      givenName: 'يوسف',
      familyName: 'عبد الله',
      sex: 'MALE',
      dateOfBirth: '2009-01-01',
    });
    expect(find(fromArabic, latin.personId)).toMatchObject({ level: 'LIKELY', givenName: 'Youssef' });
    expect(find(fromArabic, arabic.personId)).toBeUndefined();

    // Without a date of birth a same name is only possible.
    const nameOnly = await check(a.users.caseworker, { givenName: 'Yusuf', familyName: 'Abdallah', sex: 'MALE' });
    expect(find(nameOnly, latin.personId)).toMatchObject({ level: 'POSSIBLE' });

    // Audited: the candidates and the field names, never the values.
    const rows = await auditRows(a.users.caseworker, 'person.duplicate_check');
    expect(rows.at(-1)).toMatchObject({ outcome: 'allowed', fields: ['givenName', 'familyName', 'sex'] });
    expect(rows.at(-1)!.target_ids).toContain(latin.personId);
    expect(JSON.stringify(rows)).not.toContain('Yusuf');
  });

  it('scores an identifier match as likely even under another name', async () => {
    const reg = await register(a.users.caseworker, { givenName: 'Mona', familyName: 'Saleh' }, [
      { kind: 'unhcr_id', value: 'LEB-12 345' },
    ]);
    const found = await check(a.users.caseworker, {
      givenName: 'Sara',
      familyName: 'Nasser',
      identifiers: [{ kind: 'unhcr_id', value: 'leb12345' }],
    });
    expect(find(found, reg.personId)).toMatchObject({ level: 'LIKELY', matchedRules: ['identifier:unhcr_id'] });
    // The same value under another kind is no match.
    const other = await check(a.users.caseworker, {
      givenName: 'Sara',
      identifiers: [{ kind: 'national_id', value: 'LEB12345' }],
    });
    expect(find(other, reg.personId)).toBeUndefined();

    // The identifier is on the person (restricted: the assigned worker reads it, her supervisor does not).
    const own = await t.graphql<{ case: { person: { identifiers: unknown } } }>(
      READ,
      { id: reg.caseId },
      { as: a.users.caseworker },
    );
    expect(own.data!.case.person.identifiers).toEqual([{ kind: 'unhcr_id', value: 'LEB-12 345' }]);
    const sup = await t.graphql<{ case: { person: { identifiers: unknown } } }>(
      READ,
      { id: reg.caseId },
      { as: a.users.supervisor },
    );
    expect(sup.data!.case.person.identifiers).toBeNull();
    expect(errorCodes(sup)).toEqual(['FORBIDDEN_FIELD']);
  });

  it('adds identifiers to a person afterwards (assigned worker only)', async () => {
    const reg = await register(a.users.caseworker, { givenName: 'Rania', familyName: 'Khoury' });
    const ADD = `mutation($id: ID!, $kind: String!, $value: String!) { addPersonIdentifier(caseId: $id, kind: $kind, value: $value) { kind value } }`;
    const ok = await t.graphql(
      ADD,
      { id: reg.caseId, kind: 'phone', value: '+961 70 123 456' },
      { as: a.users.caseworker },
    );
    expect(ok.errors).toBeUndefined();
    const found = await check(a.users.caseworker, {
      givenName: 'X',
      identifiers: [{ kind: 'phone', value: '0096170123456' }],
    });
    expect(find(found, reg.personId)?.matchedRules).toEqual(['identifier:phone']);
    for (const [as, vars, code] of [
      [a.users.supervisor, { id: reg.caseId, kind: 'phone', value: '+961 70 999 999' }, 'FORBIDDEN_FIELD'],
      [a.users.caseworkerB, { id: reg.caseId, kind: 'phone', value: '+961 70 999 999' }, 'NOT_FOUND'],
      [a.users.caseworker, { id: reg.caseId, kind: 'Phone Number', value: '1' }, 'BAD_USER_INPUT'],
    ] as const) {
      expect(errorCodes(await t.graphql(ADD, vars, { as }))).toEqual([code]);
    }
    expect((await counts([reg.personId])).identifiers).toBe(1);
  });

  it("shows a candidate in another worker's case by case number and worker only", async () => {
    const theirs = await register(a.users.caseworkerB, {
      givenName: 'Zeinab',
      familyName: 'Mansour',
      dateOfBirth: '2012-07-07',
    });
    const found = await check(a.users.caseworker, {
      givenName: 'زينب',
      familyName: 'منصور',
      dateOfBirth: '2012-07-07',
      sex: 'FEMALE',
    });
    const hit = find(found, theirs.personId)!;
    expect(hit).toMatchObject({
      level: 'LIKELY',
      reachable: false,
      givenName: null,
      familyName: null,
      sex: null,
      dateOfBirth: null,
      cases: [{ caseId: theirs.caseId, caseNumber: theirs.caseNumber, assignedWorker: { id: a.users.caseworkerB } }],
    });
    expect(JSON.stringify(found)).not.toContain('Zeinab');
    expect(JSON.stringify(found)).not.toContain('2012-07-07');
    // Her own supervisor (team b) sees the details.
    const sup = await check(a.users.supervisorB, {
      givenName: 'Zainab',
      familyName: 'Mansur',
      dateOfBirth: '2012-07-07',
    });
    expect(find(sup, theirs.personId)).toMatchObject({ reachable: true, givenName: 'Zeinab' });
  });

  it('never shows anything of another agency', async () => {
    const b = await createTestAgency(t.db);
    const elsewhere = await register(
      b.users.caseworker,
      { givenName: 'Khadija', familyName: 'Haddad', dateOfBirth: '2010-02-02' },
      [{ kind: 'national_id', value: 'ZZ-999' }],
    );
    const found = await check(a.users.caseworker, {
      givenName: 'Khadija',
      familyName: 'Haddad',
      dateOfBirth: '2010-02-02',
      identifiers: [{ kind: 'national_id', value: 'ZZ-999' }],
    });
    expect(find(found, elsewhere.personId)).toBeUndefined();
    expect(JSON.stringify(found)).not.toContain(elsewhere.caseNumber);
  });

  it('refuses those who may not register, and empty or bad input', async () => {
    const manager = await t.graphql(CHECK, { input: { givenName: 'Fatma' } }, { as: a.users.programme_manager });
    expect(errorCodes(manager)).toEqual(['FORBIDDEN']);
    const empty = await t.graphql(CHECK, { input: { dateOfBirth: '2010-01-01' } }, { as: a.users.caseworker });
    expect(errorCodes(empty)).toEqual(['BAD_USER_INPUT']);
    const badKind = await t.graphql(
      CHECK,
      { input: { givenName: 'A', identifiers: [{ kind: '', value: '' }] } },
      { as: a.users.caseworker },
    );
    expect(errorCodes(badKind)).toEqual(['BAD_USER_INPUT']);
    expect((badKind.errors![0]!.extensions!.fields as unknown[]).length).toBe(2);
  });
});

describe('merging persons', () => {
  let a: TestAgency;
  beforeAll(async () => {
    a = await createTestAgency(t.db);
  });

  it('moves the cases, copies identifiers, keeps the merged record and its history, audits; merged persons leave searches', async () => {
    const kept = await register(a.users.caseworker, {
      givenName: 'Mohammed',
      familyName: 'Al-Rashid',
      sex: 'MALE',
      dateOfBirth: '2008-03-03',
    });
    const dup = await register(
      a.users.caseworker,
      { givenName: 'محمد', familyName: 'الرشيد', sex: 'MALE', dateOfBirth: '2008-03-03' },
      [{ kind: 'unhcr_id', value: 'AAA-111' }],
    );
    const before = await check(a.users.caseworker, {
      givenName: 'Muhammad',
      familyName: 'Rashid',
      sex: 'MALE',
      dateOfBirth: '2008-03-03',
    });
    expect(find(before, kept.personId)?.level).toBe('LIKELY');
    expect(find(before, dup.personId)?.level).toBe('LIKELY');

    const res = await t.graphql<{ mergePersons: any }>(
      MERGE,
      { kept: kept.personId, merged: dup.personId, reason: 'Same child registered twice in two scripts' },
      { as: a.users.caseworker },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.mergePersons).toMatchObject({
      keptPersonId: kept.personId,
      mergedPersonId: dup.personId,
      movedCaseIds: [dup.caseId],
      copiedIdentifiers: 1,
      reason: 'Same child registered twice in two scripts',
    });
    expect(await casePerson(dup.caseId)).toBe(kept.personId);
    const [merged] = await t.db.rows<{ merged_into: string; given_name: string }>(
      sql`select merged_into, given_name from "case".persons where id = ${dup.personId}::uuid`,
    );
    expect(merged).toEqual({ merged_into: kept.personId, given_name: 'محمد' });
    // The moved case keeps its history and records the move.
    const read = await t.graphql<{ case: any }>(READ, { id: dup.caseId }, { as: a.users.caseworker });
    expect(read.data!.case.person).toMatchObject({
      id: kept.personId,
      identifiers: [{ kind: 'unhcr_id', value: 'AAA-111' }],
    });
    expect(read.data!.case.history.map((h: { field: string }) => h.field)).toContain('person.id');
    const [ids] = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from "case".person_identifiers where person_id = ${dup.personId}::uuid`,
    );
    expect(ids!.n).toBe(1);
    const audit = await auditRows(a.users.caseworker, 'person.merge');
    expect(audit.at(-1)).toMatchObject({
      outcome: 'allowed',
      target_id: kept.personId,
      reason: 'Same child registered twice in two scripts',
    });
    expect(audit.at(-1)!.target_ids).toEqual([dup.personId, dup.caseId]);

    const after = await check(a.users.caseworker, {
      givenName: 'Muhammad',
      familyName: 'Rashid',
      sex: 'MALE',
      dateOfBirth: '2008-03-03',
    });
    expect(find(after, dup.personId)).toBeUndefined();
    expect(
      find(after, kept.personId)!
        .cases.map((c) => c.caseId)
        .sort(),
    ).toEqual([kept.caseId, dup.caseId].sort());

    // Merging again is a conflict, and writes nothing.
    const again = await t.graphql(
      MERGE,
      { kept: kept.personId, merged: dup.personId, reason: 'Once more, by mistake' },
      { as: a.users.caseworker },
    );
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect((await counts([dup.personId])).merges).toBe(1);
  });

  it.each([
    ['no reason', 'caseworker', 'own', '  ', 'BAD_USER_INPUT'],
    ['the same person twice', 'caseworker', 'same', 'Duplicate registration', 'BAD_USER_INPUT'],
    ['a person of another agency', 'caseworker', 'otherAgency', 'Duplicate registration', 'NOT_FOUND'],
    ['a person whose case she does not reach', 'caseworker', 'teamB', 'Duplicate registration', 'NOT_FOUND'],
    [
      'a person whose case she reaches but does not manage (a share)',
      'caseworker',
      'shared',
      'Duplicate registration',
      'FORBIDDEN',
    ],
    ['without case:update', 'programme_manager', 'own', 'Duplicate registration', 'FORBIDDEN'],
  ] as const)('refuses %s, writing nothing', async (_label, who, target, reason, code) => {
    const kept = await register(a.users.caseworker, { givenName: 'Amina', familyName: 'Saad' });
    const own = await register(a.users.caseworker, { givenName: 'Amina', familyName: 'Saad' });
    let merged = own;
    if (target === 'otherAgency')
      merged = await register((await createTestAgency(t.db)).users.caseworker, {
        givenName: 'Amina',
        familyName: 'Saad',
      });
    if (target === 'teamB' || target === 'shared')
      merged = await register(a.users.caseworkerB, { givenName: 'Amina', familyName: 'Saad' });
    if (target === 'shared') {
      const share = await t.graphql(
        `mutation($c: ID!, $g: ID!, $e: DateTime!) { shareCase(caseId: $c, granteeId: $g, reason: "Checking a duplicate", expiresAt: $e) { id } }`,
        { c: merged.caseId, g: a.users.caseworker, e: new Date(Date.now() + 86_400_000).toISOString() },
        { as: a.users.caseworkerB },
      );
      expect(share.errors).toBeUndefined();
    }
    if (target === 'same') merged = kept;
    const res = await t.graphql(MERGE, { kept: kept.personId, merged: merged.personId, reason }, { as: a.users[who] });
    expect(errorCodes(res)).toEqual([code]);
    expect(await counts([kept.personId, merged.personId])).toMatchObject({ merges: 0, merged: 0 });
    expect(await casePerson(merged.caseId)).toBe(merged.personId);
    if (code === 'NOT_FOUND' || (code === 'FORBIDDEN' && who === 'caseworker')) {
      expect((await auditRows(a.users[who], 'person.merge')).at(-1)).toMatchObject({ outcome: 'denied', reason });
    }
  });
});

describe('matching rules per agency', () => {
  it('lets a programme manager change the rules, listing every problem, and the outcome follows', async () => {
    const a = await createTestAgency(t.db);
    const b = await createTestAgency(t.db);
    const ra = await register(a.users.caseworker, { givenName: 'Layla', familyName: 'Nasser' });
    const rb = await register(b.users.caseworker, { givenName: 'Layla', familyName: 'Nasser' });
    const query = { givenName: 'Leila', familyName: 'Nasser', sex: 'FEMALE' };
    expect(find(await check(a.users.caseworker, query), ra.personId)?.level).toBe('POSSIBLE');

    const denied = await t.graphql(RULES, { rules: { likely: 40 } }, { as: a.users.caseworker });
    expect(errorCodes(denied)).toEqual(['FORBIDDEN']);
    const bad = await t.graphql(
      RULES,
      { rules: { likely: 30, possible: 50, sexConflict: 10, nameMinimum: 2 } },
      { as: a.users.programme_manager },
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    const paths = (bad.errors![0]!.extensions!.fields as { path: string[] }[]).map((f) => f.path.join('.')).sort();
    expect(paths).toEqual(['rules.nameMinimum', 'rules.possible', 'rules.sexConflict']);

    const set = await t.graphql<{ setMatchingRules: any }>(
      RULES,
      { rules: { likely: 40, possible: 30 } },
      { as: a.users.programme_manager },
    );
    expect(set.errors).toBeUndefined();
    expect(set.data!.setMatchingRules).toMatchObject({ likely: 40, possible: 30, identifier: 75, isDefault: false });
    expect(find(await check(a.users.caseworker, query), ra.personId)?.level).toBe('LIKELY');
    // The other agency keeps the defaults.
    expect(find(await check(b.users.caseworker, query), rb.personId)?.level).toBe('POSSIBLE');
    const read = await t.graphql<{ matchingRules: any }>(
      `{ matchingRules { likely isDefault } }`,
      {},
      { as: b.users.programme_manager },
    );
    expect(read.data!.matchingRules).toEqual({ likely: 70, isDefault: true });
    expect((await auditRows(a.users.programme_manager, 'matching_rules.update')).at(-1)).toMatchObject({
      outcome: 'allowed',
      fields: ['likely', 'possible'],
    });
  });
});

// Keep the type import used when the response helper changes.
export type { GraphQLResponse };

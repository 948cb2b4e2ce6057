import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type TestHaven } from '../support/haven';
import { asRuntimeRole, codeOf, countRows, createCase, ok, share } from '../documents/helpers';

const ADD = `mutation ($caseId: ID!, $input: CaseNoteInput!) {
  addCaseNote(caseId: $caseId, input: $input) { id noteType classification subject body occurredAt durationMinutes author { id } superseded }
}`;
const CORRECT = `mutation ($id: ID!, $input: CaseNoteInput!) {
  correctCaseNote(noteId: $id, input: $input) { id supersedesId body classification }
}`;
const NOTES = `query ($id: ID!, $first: Int, $after: String, $type: NoteType) {
  case(id: $id) { notes(first: $first, after: $after, type: $type) {
    totalCount withheldRestricted withheldConfidential hasNextPage endCursor
    nodes { id noteType classification body subject superseded supersededById supersedesId occurredAt }
  } }
}`;

interface Page {
  totalCount: number;
  withheldRestricted: number;
  withheldConfidential: number;
  hasNextPage: boolean;
  endCursor: string | null;
  nodes: {
    id: string;
    body: string | null;
    classification: string;
    superseded: boolean;
    supersededById: string | null;
    supersedesId: string | null;
    occurredAt: string;
  }[];
}

let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;
let caseId: string;

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
const note = (over: Record<string, unknown> = {}) => ({
  noteType: 'HOME_VISIT',
  occurredAt: minutesAgo(60),
  durationMinutes: 45,
  subject: 'Visit (fictional)',
  body: 'Met the family at home; all fictional.',
  ...over,
});
const add = (as: string, input: Record<string, unknown>, id = caseId) =>
  t.graphql<{ addCaseNote: { id: string; body: string } }>(ADD, { caseId: id, input }, { as });
const notes = async (as: string, vars: Record<string, unknown> = {}) =>
  ok(await t.graphql<{ case: { notes: Page } }>(NOTES, { id: caseId, ...vars }, { as })).case.notes;
const noteRows = () =>
  countRows(t.db, sql`select count(*)::int as n from "case".case_notes where case_id = ${caseId}::uuid`);

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  caseId = (await createCase(t, agency.users.caseworker)).id;
});
afterAll(() => t?.close());

describe('writing notes', () => {
  it('records a typed, timestamped, attributed note', async () => {
    const created = ok(await add(agency.users.caseworker, note())).addCaseNote;
    expect(created).toMatchObject({
      noteType: 'HOME_VISIT',
      classification: 'STANDARD',
      durationMinutes: 45,
      author: { id: agency.users.caseworker },
    });
  });

  it('refuses bad input with paths, storing nothing', async () => {
    const before = await noteRows();
    const bad: [Record<string, unknown>, string][] = [
      [note({ occurredAt: new Date(Date.now() + 86_400_000).toISOString() }), 'occurredAt'],
      [note({ durationMinutes: 0 }), 'durationMinutes'],
      [note({ durationMinutes: 1441 }), 'durationMinutes'],
      [note({ body: '   ' }), 'body'],
      [note({ body: 'x'.repeat(20_001) }), 'body'],
      [note({ body: 'bell\u0007' }), 'body'],
      [note({ subject: 's'.repeat(201) }), 'subject'],
    ];
    for (const [input, field] of bad) {
      const res = await add(agency.users.caseworker, input);
      expect(codeOf(res), field).toBe('BAD_USER_INPUT');
      expect((res.errors![0]!.extensions!.fields as { path: string[] }[])[0]!.path).toEqual(['input', field]);
    }
    expect(codeOf(await add(agency.users.caseworker, note({ noteType: 'GOSSIP' })))).toBe('BAD_USER_INPUT');
    expect(await noteRows()).toBe(before);
  });

  it('encrypts a confidential body: the row holds none, confidential_values holds ciphertext', async () => {
    const created = ok(
      await add(agency.users.caseworker, note({ classification: 'CONFIDENTIAL', body: 'Disclosure, fictional.' })),
    ).addCaseNote;
    expect(created.body).toBe('Disclosure, fictional.');
    const [row] = await t.db.rows<{ body: string | null }>(
      sql`select body from "case".case_notes where id = ${created.id}::uuid`,
    );
    expect(row!.body).toBeNull();
    const sealed = await t.db.rows<{ ciphertext: unknown }>(
      sql`select ciphertext from "case".confidential_values where case_id = ${caseId}::uuid and field = ${`notes.${created.id}.body`}`,
    );
    expect(sealed).toHaveLength(1);
    expect(Buffer.from(sealed[0]!.ciphertext as Uint8Array).includes(Buffer.from('Disclosure'))).toBe(false);
  });

  it('a correction supersedes the old note; both are listed', async () => {
    const old = ok(await add(agency.users.caseworker, note({ body: 'Wrong date given.' }))).addCaseNote;
    const fixed = ok(
      await t.graphql<{ correctCaseNote: { id: string; supersedesId: string } }>(
        CORRECT,
        { id: old.id, input: note({ body: 'Right date.' }) },
        { as: agency.users.caseworker },
      ),
    ).correctCaseNote;
    expect(fixed.supersedesId).toBe(old.id);
    const page = await notes(agency.users.caseworker, { first: 100 });
    const listedOld = page.nodes.find((n) => n.id === old.id)!;
    expect(listedOld).toMatchObject({ superseded: true, supersededById: fixed.id, body: 'Wrong date given.' });
    expect(page.nodes.find((n) => n.id === fixed.id)).toMatchObject({ superseded: false, supersedesId: old.id });
    expect(codeOf(await t.graphql(CORRECT, { id: old.id, input: note() }, { as: agency.users.caseworker }))).toBe(
      'CONFLICT',
    );
  });
});

describe('reading notes', () => {
  it('pages newest first and filters by type', async () => {
    for (let i = 0; i < 3; i++)
      ok(await add(agency.users.caseworker, note({ noteType: 'PHONE_CALL', occurredAt: minutesAgo(10 + i) })));
    const all = await notes(agency.users.caseworker, { first: 2 });
    expect(all.nodes).toHaveLength(2);
    expect(all.hasNextPage).toBe(true);
    const next = await notes(agency.users.caseworker, { first: 100, after: all.endCursor });
    expect(next.nodes.map((n) => n.id)).not.toContain(all.nodes[0]!.id);
    expect(all.nodes.length + next.nodes.length).toBe(all.totalCount);
    const times = [...all.nodes, ...next.nodes].map((n) => n.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    const calls = await notes(agency.users.caseworker, { first: 100, type: 'PHONE_CALL' });
    expect(calls.totalCount).toBe(3);
    expect(codeOf(await t.graphql(NOTES, { id: caseId, after: 'nonsense' }, { as: agency.users.caseworker }))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('withholds restricted notes from the supervisor and confidential ones from everyone but the assigned worker, counting them', async () => {
    ok(await add(agency.users.caseworker, note({ classification: 'RESTRICTED', body: 'Restricted, fictional.' })));
    const mine = await notes(agency.users.caseworker, { first: 100 });
    expect(mine.withheldRestricted + mine.withheldConfidential).toBe(0);
    const sup = await notes(agency.users.supervisor, { first: 100 });
    expect(sup.nodes.every((n) => n.classification === 'STANDARD')).toBe(true);
    expect(sup.withheldRestricted).toBeGreaterThanOrEqual(1);
    expect(sup.withheldConfidential).toBeGreaterThanOrEqual(1);
    expect(sup.totalCount + sup.withheldRestricted + sup.withheldConfidential).toBe(mine.totalCount);
    // The supervisor works the case but writes only what she may read.
    expect(codeOf(await add(agency.users.supervisor, note({ classification: 'RESTRICTED' })))).toBe('FORBIDDEN');
    ok(await add(agency.users.supervisor, note({ body: 'Supervision note, fictional.', noteType: 'SUPERVISION' })));
  });

  it('a share without restricted fields reads standard notes only and cannot write; with restricted, never confidential', async () => {
    await share(t, agency, caseId, agency.users.caseworkerB, false);
    const b = await notes(agency.users.caseworkerB, { first: 100 });
    expect(b.nodes.every((n) => n.classification === 'STANDARD')).toBe(true);
    expect(codeOf(await add(agency.users.caseworkerB, note()))).toBe('FORBIDDEN');
    await share(t, agency, caseId, agency.users.supervisorB, true);
    const r = await notes(agency.users.supervisorB, { first: 100 });
    expect(r.nodes.some((n) => n.classification === 'RESTRICTED')).toBe(true);
    expect(r.nodes.some((n) => n.classification === 'CONFIDENTIAL')).toBe(false);
    expect(r.withheldConfidential).toBeGreaterThanOrEqual(1);
  });

  it('other agencies, unreached cases and roles without permission get nothing', async () => {
    const before = await noteRows();
    expect(codeOf(await add(other.users.caseworker, note()))).toBe('NOT_FOUND');
    expect(codeOf(await add(agency.users.programme_manager, note()))).toBe('FORBIDDEN');
    const unreached = await createCase(t, agency.users.caseworkerB);
    expect(codeOf(await add(agency.users.caseworker, note(), unreached.id))).toBe('NOT_FOUND');
    const mineFirst = (await notes(agency.users.caseworker, { first: 1 })).nodes[0]!;
    expect(codeOf(await t.graphql(CORRECT, { id: mineFirst.id, input: note() }, { as: other.users.caseworker }))).toBe(
      'NOT_FOUND',
    );
    expect(await noteRows()).toBe(before);
  });

  it('in SQL as haven_app, confidential notes and their bodies are the assigned worker’s only', async () => {
    const q = sql`select id, classification from "case".case_notes where case_id = ${caseId}::uuid`;
    const sup = await asRuntimeRole<{ classification: string }>(
      t.db,
      { viewer: agency.users.supervisor, agency: agency.agencyId, supervised: [agency.teams.a] },
      q,
    );
    expect(sup.length).toBeGreaterThan(0);
    expect(sup.some((r) => r.classification === 'confidential')).toBe(false);
    const mine = await asRuntimeRole<{ classification: string }>(
      t.db,
      { viewer: agency.users.caseworker, agency: agency.agencyId },
      q,
    );
    expect(mine.some((r) => r.classification === 'confidential')).toBe(true);
    const bodies = await asRuntimeRole(
      t.db,
      { viewer: agency.users.supervisor, agency: agency.agencyId, supervised: [agency.teams.a] },
      sql`select field from "case".confidential_values where case_id = ${caseId}::uuid and field like 'notes.%'`,
    );
    expect(bodies).toEqual([]);
    expect(await asRuntimeRole(t.db, { viewer: other.users.caseworker, agency: other.agencyId }, q)).toEqual([]);
  });
});

/**
 * The permission matrix of docs/PERMISSION_MATRIX.md, asserted cell by cell through the gateway.
 * The expectations are parsed from the document, so the document is the specification and cannot
 * drift from what is tested. Each (role, relation) row gets a case of its own, so that what one row
 * does (an update, a share, an assignment) cannot change the outcome of another.
 */
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { caseShares, cases, persons } from '@haven/core/db/schema';
import { defaultRoleKeys, type DefaultRoleKey } from '@haven/core/permissions';
import { createStaffUser } from '@haven/identity';
import { startCaseWorkflow } from '@haven/workflow';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

// ---------------------------------------------------------------------------------------------
// The table, parsed from the document

const relations = ['own', 'team', 'other team', 'shared', 'other agency'] as const;
const actions = ['read', 'update', 'assign', 'share', 'export'] as const;
const classifications = ['standard', 'restricted', 'confidential'] as const;
type Relation = (typeof relations)[number];
type Action = (typeof actions)[number];
type Classification = (typeof classifications)[number];
type Outcome = 'allow' | 'deny';

interface MatrixRow {
  role: DefaultRoleKey;
  relation: Relation;
  cells: Record<Action, Record<Classification, Outcome>>;
}

const DOC = fileURLToPath(new URL('../../docs/PERMISSION_MATRIX.md', import.meta.url));

/** The one table of the document whose header starts with role | relation; refuses anything malformed. */
function parseMatrix(markdown: string): MatrixRow[] {
  const split = (line: string) =>
    line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map((c) => c.trim());
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^\|\s*role\s*\|\s*relation\s*\|/.test(l.trim()));
  if (start < 0) throw new Error(`${DOC}: no table with a header "| role | relation | …"`);
  const header = split(lines[start]!);
  const columns = header.slice(2).map((h) => {
    const [action, classification, ...rest] = h.split(/\s+/);
    if (
      rest.length > 0 ||
      !actions.includes(action as Action) ||
      !classifications.includes(classification as Classification)
    ) {
      throw new Error(`${DOC}: column "${h}" is not "<action> <classification>"`);
    }
    return { action: action as Action, classification: classification as Classification };
  });
  const expectedColumns = actions.flatMap((a) => classifications.map((c) => `${a} ${c}`));
  if (columns.map((c) => `${c.action} ${c.classification}`).join() !== expectedColumns.join()) {
    throw new Error(`${DOC}: columns must be, in order: ${expectedColumns.join(', ')}`);
  }
  const rows: MatrixRow[] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.trim().startsWith('|')) break;
    const [role, relation, ...values] = split(line);
    if (!defaultRoleKeys.includes(role as DefaultRoleKey)) throw new Error(`${DOC}: unknown role "${role}"`);
    if (!relations.includes(relation as Relation)) throw new Error(`${DOC}: unknown relation "${relation}"`);
    if (values.length !== columns.length) throw new Error(`${DOC}: row ${role}/${relation} has ${values.length} cells`);
    const cells = Object.fromEntries(actions.map((a) => [a, {}])) as MatrixRow['cells'];
    values.forEach((v, i) => {
      if (v !== 'allow' && v !== 'deny')
        throw new Error(`${DOC}: row ${role}/${relation}: "${v}" is not allow or deny`);
      cells[columns[i]!.action][columns[i]!.classification] = v;
    });
    rows.push({ role: role as DefaultRoleKey, relation: relation as Relation, cells });
  }
  return rows;
}

const matrix = parseMatrix(readFileSync(DOC, 'utf8'));

interface Cell {
  row: number;
  role: DefaultRoleKey;
  relation: Relation;
  action: Action;
  classification: Classification;
  expected: Outcome;
}

const cellsOf = (action: Action): Cell[] =>
  matrix.flatMap((r, row) =>
    classifications.map((classification) => ({
      row,
      role: r.role,
      relation: r.relation,
      action,
      classification,
      expected: r.cells[action][classification],
    })),
  );

// ---------------------------------------------------------------------------------------------
// The fixture: one agency, one case per (role, relation) row

interface CaseFixture {
  id: string;
  agencyId: string;
  teamId: string;
  assignedWorkerId: string;
  /** Another active member of the case's team who may read cases. */
  assignTo: string;
  /** The current values of the three fields (kept up to date as updates are allowed). */
  values: Record<Classification, string>;
}

const fieldPaths: Record<Classification, { read: string[]; export: string }> = {
  standard: { read: ['case', 'person', 'givenName'], export: 'person.givenName' },
  restricted: { read: ['case', 'person', 'contactPhone'], export: 'person.contactPhone' },
  confidential: { read: ['case', 'incidentNarrative'], export: 'incidentNarrative' },
};

/** The codes of a refusal. */
const refusalCodes = ['FORBIDDEN', 'FORBIDDEN_FIELD', 'NOT_FOUND'];
/** Errors that are never a deny: a crash must not pass for a refusal. */
const crashCodes = ['INTERNAL_SERVER_ERROR', undefined];
/** Every denied cell with an error code other than a refusal, checked by the last test. */
const otherErrors: string[] = [];

function checkRefusal(context: string, errors: GraphQLResponse['errors'] & object) {
  expect(errors.length, `${context}: a deny comes with an error`).toBeGreaterThan(0);
  for (const e of errors) {
    expect(crashCodes, `${context}: ${e.message}`).not.toContain(e.extensions?.code);
    if (!refusalCodes.includes(e.extensions?.code as string)) {
      otherErrors.push(`${context}: ${String(e.extensions?.code)} "${e.message}"`);
    }
  }
}

let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;
let extra: {
  caseworkerA2: string;
  assigneeA: string;
  assigneeB: string;
  writer: string;
  grantee: string;
  grantee2: string;
};
const fixtures: CaseFixture[] = [];

async function addUsers(a: TestAgency) {
  return t.db.transaction({ system: 'test' }, async (tx) => {
    const roles = await t.db.rows<{ id: string; key: string }>(
      sql`select id, key from identity.roles where agency_id = ${a.agencyId}::uuid`,
      tx,
    );
    const caseworkerRole = roles.find((r) => r.key === 'caseworker')!.id;
    const add = async (key: string, teamId?: string) =>
      (
        await createStaffUser(tx, {
          agencyId: a.agencyId,
          email: `${key.toLowerCase()}.${a.code.toLowerCase()}@test.haven.invalid`,
          displayName: `${key} of ${a.code}`,
          roleIds: [caseworkerRole],
          teams: teamId ? [{ teamId }] : [],
        })
      ).id;
    return {
      caseworkerA2: await add('caseworkerA2', a.teams.a),
      assigneeA: await add('assigneeA', a.teams.a),
      assigneeB: await add('assigneeB', a.teams.b),
      // Writes the confidential values of every case before it is handed to its worker.
      writer: await add('writer'),
      grantee: await add('grantee'),
      grantee2: await add('grantee2'),
    };
  });
}

const UPDATE_DETAILS = `mutation MatrixDetails($caseId: ID!, $input: CaseDetailsInput!) {
  updateCaseDetails(caseId: $caseId, input: $input) { id }
}`;

/**
 * A case created in the database, as createCase would (person, case, workflow stage), with a value
 * in each of the three fields. The confidential value is encrypted, so it is written through the
 * API by a caseworker the case is first assigned to; then the case is handed to its worker.
 */
async function createFixtureCase(
  n: number,
  where: { agencyId: string; prefix: string; teamId: string; workerId: string; writerId: string; assignTo: string },
): Promise<CaseFixture> {
  const values = {
    standard: `Given${n}`,
    restricted: `+000 555 ${String(1000 + n)}`,
    confidential: `Narrative ${n} ${randomUUID()}`,
  };
  const id = await t.db.transaction({ system: 'test' }, async (tx) => {
    const personId = randomUUID();
    await tx.insert(persons).values({
      id: personId,
      agencyId: where.agencyId,
      givenName: values.standard,
      familyName: 'Matrix',
      sex: 'female',
      contactPhone: values.restricted,
      createdBy: where.writerId,
    });
    const [created] = await tx
      .insert(cases)
      .values({
        agencyId: where.agencyId,
        caseNumber: `${where.prefix}-${new Date().getUTCFullYear()}-9${String(n).padStart(5, '0')}`,
        caseType: 'gbv',
        personId,
        assignedWorkerId: where.writerId,
        teamId: where.teamId,
        createdBy: where.writerId,
      })
      .returning({ id: cases.id });
    await startCaseWorkflow(tx, {
      caseId: created!.id,
      agencyId: where.agencyId,
      caseType: 'gbv',
      startedBy: where.writerId,
    });
    return created!.id;
  });
  const written = await t.graphql(
    UPDATE_DETAILS,
    { caseId: id, input: { incidentNarrative: values.confidential } },
    { as: where.writerId },
  );
  expect(written.errors, 'fixture: writing the incident narrative').toBeUndefined();
  await setAssignee(id, where.workerId);
  return {
    id,
    agencyId: where.agencyId,
    teamId: where.teamId,
    assignedWorkerId: where.workerId,
    assignTo: where.assignTo,
    values,
  };
}

async function setAssignee(caseId: string, workerId: string) {
  await t.db.transaction({ system: 'test' }, (tx) =>
    t.db.rows(sql`update "case".cases set assigned_worker_id = ${workerId}::uuid where id = ${caseId}::uuid`, tx),
  );
}

async function systemRow<T extends Record<string, unknown>>(query: ReturnType<typeof sql>): Promise<T | undefined> {
  return (await t.db.transaction({ system: 'test' }, (tx) => t.db.rows<T>(query, tx)))[0];
}

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  extra = await addUsers(agency);
  const inAgency = { agencyId: agency.agencyId, prefix: agency.prefix, writerId: extra.writer };
  for (const [n, { role, relation }] of matrix.entries()) {
    const user = agency.users[role];
    const where = {
      own: { ...inAgency, teamId: agency.teams.a, workerId: user, assignTo: extra.assigneeA },
      team: { ...inAgency, teamId: agency.teams.a, workerId: extra.caseworkerA2, assignTo: extra.assigneeA },
      'other team': {
        ...inAgency,
        teamId: agency.teams.b,
        workerId: agency.users.caseworkerB,
        assignTo: extra.assigneeB,
      },
      shared: { ...inAgency, teamId: agency.teams.b, workerId: agency.users.caseworkerB, assignTo: extra.assigneeB },
      'other agency': {
        agencyId: other.agencyId,
        prefix: other.prefix,
        teamId: other.teams.a,
        workerId: other.users.caseworker,
        writerId: other.users.caseworker,
        assignTo: other.users.supervisor,
      },
    }[relation];
    const fixture = await createFixtureCase(n, where);
    if (relation === 'shared') {
      // Directly in the database: the API refuses a share to someone without case:read.
      await t.db.transaction({ system: 'test' }, (tx) =>
        tx.insert(caseShares).values({
          agencyId: agency.agencyId,
          caseId: fixture.id,
          granteeId: user,
          grantedBy: agency.users.caseworkerB,
          reason: 'permission matrix fixture',
          includesRestricted: true,
          expiresAt: new Date(Date.now() + 7 * 86_400_000),
        }),
      );
    }
    fixtures.push(fixture);
  }
});
afterAll(() => t?.close());

// ---------------------------------------------------------------------------------------------
// Outcomes

const isPrefix = (prefix: readonly (string | number)[], path: readonly (string | number)[]) =>
  prefix.length <= path.length && prefix.every((p, i) => p === path[i]);

const codes = (res: GraphQLResponse<unknown>) => (res.errors ?? []).map((e) => e.extensions?.code);

/** A mutation's outcome: allowed when it returned data without errors; a deny must be a refusal. */
function mutationOutcome(res: GraphQLResponse<unknown>, context: string): Outcome {
  if (!res.errors?.length && res.data) return 'allow';
  checkRefusal(context, res.errors ?? []);
  return 'deny';
}

const READ = `query MatrixRead($id: ID!) {
  case(id: $id) { id person { givenName contactPhone } incidentNarrative }
}`;

function readOutcome(res: GraphQLResponse<unknown>, path: string[], expected: string, context: string): Outcome {
  let value: unknown = res.data;
  for (const key of path) value = (value as Record<string, unknown> | null | undefined)?.[key];
  const errorsHere = (res.errors ?? []).filter((e) => !e.path || isPrefix(e.path, path));
  if (value === expected && errorsHere.length === 0) return 'allow';
  // Denied: the value is nowhere in the response, and a refusal says why.
  expect(JSON.stringify(res), `${context}: value leaked`).not.toContain(expected);
  checkRefusal(`${context} (at ${path.join('.')})`, errorsHere);
  return 'deny';
}

const label = '$role / $relation: $action $classification → $expected';

describe('permission matrix (docs/PERMISSION_MATRIX.md)', () => {
  it('covers every default role × relation once, with every cell allow or deny', () => {
    const keys = matrix.map((r) => `${r.role}/${r.relation}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(defaultRoleKeys.flatMap((role) => relations.map((rel) => `${role}/${rel}`)).sort());
  });

  it.each(cellsOf('read'))(label, async ({ row, role, relation, classification, expected }) => {
    const c = fixtures[row]!;
    const res = await t.graphql(READ, { id: c.id }, { as: agency.users[role] });
    const context = `${role}/${relation} read ${classification}`;
    expect(readOutcome(res, fieldPaths[classification].read, c.values[classification], context)).toBe(expected);
  });

  const UPDATE_PERSON = `mutation MatrixUpdatePerson($caseId: ID!, $input: UpdatePersonInput!) {
    updatePerson(caseId: $caseId, input: $input) { id }
  }`;

  /** The stored value of a field, as the system sees it (ciphertext for the confidential one). */
  async function stored(c: CaseFixture, classification: Classification): Promise<string | undefined> {
    const row = await systemRow<{ v: string }>(
      classification === 'confidential'
        ? sql`select encode(ciphertext, 'hex') as v from "case".confidential_values
              where case_id = ${c.id}::uuid and field = 'incidentNarrative'`
        : sql`select ${sql.raw(classification === 'standard' ? 'p.given_name' : 'p.contact_phone')} as v
              from "case".cases c join "case".persons p on p.id = c.person_id where c.id = ${c.id}::uuid`,
    );
    return row?.v;
  }

  it.each(cellsOf('update'))(label, async ({ row, role, relation, classification, expected }) => {
    const c = fixtures[row]!;
    const next = {
      standard: `Updated${row}`,
      restricted: '+000 555 0100',
      confidential: `Updated narrative ${row} ${randomUUID()}`,
    }[classification];
    const before = await stored(c, classification);
    const res =
      classification === 'confidential'
        ? await t.graphql(
            UPDATE_DETAILS,
            { caseId: c.id, input: { incidentNarrative: next } },
            { as: agency.users[role] },
          )
        : await t.graphql(
            UPDATE_PERSON,
            { caseId: c.id, input: classification === 'standard' ? { givenName: next } : { contactPhone: next } },
            { as: agency.users[role] },
          );
    const outcome = mutationOutcome(res, `${role}/${relation} update ${classification}`);
    const after = await stored(c, classification);
    if (outcome === 'allow') {
      if (classification !== 'confidential') expect(after).toBe(next);
      else if (c.values.confidential !== next) expect(after).not.toBe(before);
      c.values[classification] = next;
    } else {
      expect(after, 'a refused update changes nothing').toBe(before);
    }
    expect(outcome).toBe(expected);
  });

  const ASSIGN = `mutation MatrixAssign($caseId: ID!, $workerId: ID!) {
    assignCase(caseId: $caseId, workerId: $workerId) { id }
  }`;

  // Assignment moves the whole case: one call per row, compared with all three cells.
  it.each(matrix.map((r, row) => ({ ...r, row, expected: Object.values(r.cells.assign).join('/') })))(
    '$role / $relation: assign (standard/restricted/confidential) → $expected',
    async ({ row, role, relation, cells }) => {
      const c = fixtures[row]!;
      const res = await t.graphql(ASSIGN, { caseId: c.id, workerId: c.assignTo }, { as: agency.users[role] });
      const outcome = mutationOutcome(res, `${role}/${relation} assign`);
      const now = await systemRow<{ w: string }>(
        sql`select assigned_worker_id::text as w from "case".cases where id = ${c.id}::uuid`,
      );
      if (outcome === 'allow') {
        expect(now?.w).toBe(c.assignTo);
        await setAssignee(c.id, c.assignedWorkerId);
      } else {
        expect(now?.w, 'a refused assignment changes nothing').toBe(c.assignedWorkerId);
      }
      expect(classifications.map((k) => `${k}: ${outcome}`)).toEqual(
        classifications.map((k) => `${k}: ${cells.assign[k]}`),
      );
    },
  );

  const SHARE = `mutation MatrixShare($caseId: ID!, $granteeId: ID!, $reason: String!, $expiresAt: DateTime!, $includesRestricted: Boolean) {
    shareCase(caseId: $caseId, granteeId: $granteeId, reason: $reason, expiresAt: $expiresAt, includesRestricted: $includesRestricted) { id includesRestricted }
  }`;
  const inAWeek = () => new Date(Date.now() + 7 * 86_400_000).toISOString();

  const SHARE_API = `query MatrixShareApi {
    mutation: __type(name: "Mutation") { fields { name args { name } } }
    share: __type(name: "CaseShare") { fields { name } }
  }`;

  it.each(cellsOf('share'))(label, async ({ row, role, relation, classification, expected }) => {
    const c = fixtures[row]!;
    const context = `${role}/${relation} share ${classification}`;
    if (classification !== 'confidential') {
      const res = await t.graphql(
        SHARE,
        {
          caseId: c.id,
          granteeId: extra.grantee,
          reason: 'permission matrix test',
          expiresAt: inAWeek(),
          includesRestricted: classification === 'restricted',
        },
        { as: agency.users[role] },
      );
      expect(mutationOutcome(res, context)).toBe(expected);
      return;
    }
    // Confidential fields have no share of their own. Where the row may share restricted fields,
    // the widest share the assigned worker can make must still not show them; elsewhere there is
    // nothing to try, and the API must offer no way to share them.
    let outcome: Outcome;
    if (matrix[row]!.cells.share.restricted === 'allow') {
      const shared = await t.graphql(
        SHARE,
        {
          caseId: c.id,
          granteeId: extra.grantee2,
          reason: 'permission matrix test',
          expiresAt: inAWeek(),
          includesRestricted: true,
        },
        { as: c.assignedWorkerId },
      );
      expect(shared.errors, `${context}: the assigned worker's restricted share`).toBeUndefined();
      const res = await t.graphql(READ, { id: c.id }, { as: extra.grantee2 });
      expect(
        readOutcome(res, fieldPaths.restricted.read, c.values.restricted, context),
        'the share shows restricted fields',
      ).toBe('allow');
      outcome = readOutcome(res, fieldPaths.confidential.read, c.values.confidential, context);
      if (outcome === 'deny') expect(codes(res)).toContain('FORBIDDEN_FIELD');
    } else {
      const api = await t.graphql<{
        mutation: { fields: { name: string; args: { name: string }[] }[] };
        share: { fields: { name: string }[] };
      }>(SHARE_API, {}, { as: agency.users.caseworker });
      expect(api.errors).toBeUndefined();
      const shareArgs = api.data!.mutation.fields.find((f) => f.name === 'shareCase')!.args.map((a) => a.name);
      const names = [...shareArgs, ...api.data!.share.fields.map((f) => f.name)];
      outcome = names.some((n) => /confidential/i.test(n)) ? 'allow' : 'deny';
    }
    expect(outcome).toBe(expected);
  });

  const EXPORT = `mutation MatrixExport($caseId: ID!) {
    exportCase(caseId: $caseId, reason: "matrix test export") { fields { name value } withheldFields }
  }`;

  it.each(cellsOf('export'))(label, async ({ row, role, relation, classification, expected }) => {
    const c = fixtures[row]!;
    const context = `${role}/${relation} export ${classification}`;
    const res = await t.graphql<{
      exportCase: { fields: { name: string; value: string | null }[]; withheldFields: string[] } | null;
    }>(EXPORT, { caseId: c.id }, { as: agency.users[role] });
    const name = fieldPaths[classification].export;
    let outcome: Outcome;
    if (mutationOutcome(res, context) === 'deny') {
      outcome = 'deny';
    } else {
      const exported = res.data!.exportCase!;
      const field = exported.fields.find((f) => f.name === name);
      if (field) {
        expect(field.value, `${context}: the exported value`).toBe(c.values[classification]);
        outcome = 'allow';
      } else {
        expect(exported.withheldFields, `${context}: a field left out is named as withheld`).toContain(name);
        expect(JSON.stringify(res), `${context}: value leaked`).not.toContain(c.values[classification]);
        outcome = 'deny';
      }
    }
    expect(outcome).toBe(expected);
  });
});

describe('refusals in the matrix', () => {
  // Runs after the matrix (the tests of a file run in order). A deny must be a refusal, not bad input:
  // a refused export once came back BAD_USER_INPUT ("case.export needs a reason") because its audit
  // row, written without a reason, was refused, and the denial went unrecorded.
  it('every denied cell is refused with FORBIDDEN, FORBIDDEN_FIELD or NOT_FOUND', () => {
    expect(otherErrors).toEqual([]);
  });
});

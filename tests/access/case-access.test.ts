import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createStaffUser } from '@haven/identity';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * The case layer through the gateway: who reaches a case (assignment, team supervision, shares,
 * emergency access), who may share and reassign it, and agency isolation. Every refusal has its
 * code, leaves nothing written, and is in the audit trail.
 */
let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;
let teammate: string;

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id teamId } }`;
const READ = `query($id: ID!) { case(id: $id) { id caseNumber person { givenName contactPhone currentAddress } incidentNarrative viewerAccess { assigned supervises shared sharedRestricted emergency } } }`;
const DETAILS = `mutation($id: ID!, $input: CaseDetailsInput!) { updateCaseDetails(caseId: $id, input: $input) { id } }`;
const SHARE = `mutation($caseId: ID!, $granteeId: ID!, $reason: String!, $expiresAt: DateTime!, $restricted: Boolean) {
  shareCase(caseId: $caseId, granteeId: $granteeId, reason: $reason, expiresAt: $expiresAt, includesRestricted: $restricted) { id active includesRestricted } }`;
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

async function newCase(as: string, values = true): Promise<string> {
  const res = await t.graphql<{ createCase: { id: string } }>(
    CREATE,
    {
      input: {
        caseType: 'GBV',
        person: {
          givenName: 'Fictiva',
          familyName: 'Testperson',
          sex: 'FEMALE',
          contactPhone: '+000 555 0100',
          currentAddress: '1 Imaginary Lane',
        },
      },
    },
    { as },
  );
  expect(res.errors).toBeUndefined();
  const id = res.data!.createCase.id;
  if (values) {
    const set = await t.graphql(DETAILS, { id, input: { incidentNarrative: 'A fictional account.' } }, { as });
    expect(set.errors).toBeUndefined();
  }
  return id;
}

const codeAt = (res: GraphQLResponse, path: string) =>
  res.errors?.find((e) => (e.path ?? []).join('.') === path)?.extensions?.code;

async function auditRows(actor: string, action: string) {
  return t.db.rows<{ outcome: string; fields: string[]; reason: string | null; target_id: string }>(
    sql`select outcome, fields, reason, target_id from audit.events where actor_id = ${actor}::uuid and action = ${action} order by seq`,
  );
}

async function countShares(caseId: string) {
  const [row] = await t.db.rows<{ n: number }>(
    sql`select count(*)::int as n from "case".case_shares where case_id = ${caseId}::uuid`,
  );
  return row!.n;
}

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  const roles = await t.db.rows<{ id: string }>(
    sql`select id from identity.roles where agency_id = ${agency.agencyId}::uuid and key = 'caseworker'`,
  );
  teammate = await t.db.transaction({ system: 'test' }, async (tx) => {
    const user = await createStaffUser(tx, {
      agencyId: agency.agencyId,
      email: `teammate.${agency.code.toLowerCase()}@test.haven.invalid`,
      displayName: 'Second caseworker of team a',
      roleIds: [roles[0]!.id],
      teams: [{ teamId: agency.teams.a, supervisor: false }],
    });
    return user.id;
  });
});
afterAll(() => t?.close());

describe('team supervision and the field layer', () => {
  it('puts a new case in the worker’s team; its supervisor reads standard fields, never restricted or confidential ones', async () => {
    const id = await newCase(agency.users.caseworker);
    const own = await t.graphql<{ case: any }>(READ, { id }, { as: agency.users.caseworker });
    expect(own.errors).toBeUndefined();
    expect(own.data!.case).toMatchObject({
      person: { givenName: 'Fictiva', contactPhone: '+000 555 0100', currentAddress: '1 Imaginary Lane' },
      incidentNarrative: 'A fictional account.',
      viewerAccess: { assigned: true, supervises: false },
    });

    const sup = await t.graphql<{ case: any }>(READ, { id }, { as: agency.users.supervisor });
    expect(sup.data!.case).toMatchObject({
      person: { givenName: 'Fictiva', contactPhone: null, currentAddress: null },
      incidentNarrative: null,
      viewerAccess: { assigned: false, supervises: true },
    });
    expect(codeAt(sup, 'case.person.contactPhone')).toBe('FORBIDDEN_FIELD');
    expect(codeAt(sup, 'case.person.currentAddress')).toBe('FORBIDDEN_FIELD');
    expect(codeAt(sup, 'case.incidentNarrative')).toBe('FORBIDDEN_FIELD');
    expect(JSON.stringify(sup)).not.toContain('+000 555 0100');
    expect(JSON.stringify(sup)).not.toContain('fictional account');

    // The read is audited with the fields returned; the withheld ones as a denial.
    const reads = (await auditRows(agency.users.supervisor, 'case.read')).filter((r) => r.target_id === id);
    expect(reads.at(-1)!.fields).not.toContain('person.contactPhone');
    expect(reads.at(-1)!.fields).toContain('person.givenName');
    const withheld = (await auditRows(agency.users.supervisor, 'case.read_field')).filter((r) => r.target_id === id);
    expect(withheld.at(-1)).toMatchObject({ outcome: 'denied' });
    expect(withheld.at(-1)!.fields.sort()).toEqual([
      'incidentNarrative',
      'person.contactPhone',
      'person.currentAddress',
    ]);
  });

  it('lets the supervisor of another team, and a teammate, reach nothing', async () => {
    const id = await newCase(agency.users.caseworker, false);
    for (const as of [agency.users.supervisorB, agency.users.caseworkerB, teammate, other.users.supervisor]) {
      const res = await t.graphql(READ, { id }, { as });
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    }
  });

  it.each([
    [
      'restricted fields by the supervisor',
      'supervisor',
      'updatePerson',
      { contactPhone: '+000 555 0199' },
      'FORBIDDEN_FIELD',
    ],
    [
      'confidential fields by the supervisor',
      'supervisor',
      'updateCaseDetails',
      { safetyPlan: 'x' },
      'FORBIDDEN_FIELD',
    ],
    ['standard fields by a teammate', 'teammate', 'updatePerson', { givenName: 'Changed' }, 'NOT_FOUND'],
  ] as const)('refuses changes to %s, changing nothing', async (_name, who, mutation, input, code) => {
    const id = await newCase(agency.users.caseworker);
    const as = who === 'teammate' ? teammate : agency.users[who];
    const type = mutation === 'updatePerson' ? 'UpdatePersonInput' : 'CaseDetailsInput';
    const res = await t.graphql(
      `mutation($id: ID!, $input: ${type}!) { ${mutation}(caseId: $id, input: $input) { id } }`,
      { id, input },
      { as },
    );
    expect(errorCodes(res)).toEqual([code]);
    const after = await t.graphql<{ case: any }>(READ, { id }, { as: agency.users.caseworker });
    expect(after.data!.case.person).toMatchObject({ givenName: 'Fictiva', contactPhone: '+000 555 0100' });
    const changes = await t.db.rows(
      sql`select 1 from "case".case_changes where case_id = ${id}::uuid and field <> 'incidentNarrative'`,
    );
    expect(changes).toHaveLength(0);
  });

  it('lets the supervisor change standard fields of a team case', async () => {
    const id = await newCase(agency.users.caseworker, false);
    const res = await t.graphql(
      `mutation($id: ID!) { updatePerson(caseId: $id, input: { givenName: "Corrected" }) { id } }`,
      { id },
      { as: agency.users.supervisor },
    );
    expect(res.errors).toBeUndefined();
  });
});

describe('shares', () => {
  it('gives a named colleague read access until revoked; restricted fields only when included; confidential never', async () => {
    const id = await newCase(agency.users.caseworker);
    const shared = await t.graphql<{ shareCase: { id: string } }>(
      SHARE,
      {
        caseId: id,
        granteeId: agency.users.caseworkerB,
        reason: 'Joint follow-up visit',
        expiresAt: inDays(7),
        restricted: true,
      },
      { as: agency.users.caseworker },
    );
    expect(shared.errors).toBeUndefined();
    const seen = await t.graphql<{ case: any }>(READ, { id }, { as: agency.users.caseworkerB });
    expect(seen.data!.case).toMatchObject({
      person: { givenName: 'Fictiva', contactPhone: '+000 555 0100' },
      incidentNarrative: null,
      viewerAccess: { shared: true, sharedRestricted: true, assigned: false },
    });
    expect(codeAt(seen, 'case.incidentNarrative')).toBe('FORBIDDEN_FIELD');
    // Shares are for reading: no changes through them.
    const change = await t.graphql(
      `mutation($id: ID!) { updatePerson(caseId: $id, input: { givenName: "X" }) { id } }`,
      { id },
      { as: agency.users.caseworkerB },
    );
    expect(errorCodes(change)).toEqual(['FORBIDDEN_FIELD']);

    const revoked = await t.graphql(
      `mutation($id: ID!) { revokeShare(shareId: $id) { active revokedAt } }`,
      { id: shared.data!.shareCase.id },
      { as: agency.users.caseworker },
    );
    expect(revoked.errors).toBeUndefined();
    expect(errorCodes(await t.graphql(READ, { id }, { as: agency.users.caseworkerB }))).toEqual(['NOT_FOUND']);
    expect((await auditRows(agency.users.caseworker, 'case.share')).at(-1)).toMatchObject({
      reason: 'Joint follow-up visit',
    });
  });

  it('ends a share at its expiry', async () => {
    const id = await newCase(agency.users.caseworker, false);
    const res = await t.graphql<{ shareCase: { id: string } }>(
      SHARE,
      {
        caseId: id,
        granteeId: agency.users.caseworkerB,
        reason: 'Short consultation',
        expiresAt: inDays(1),
        restricted: false,
      },
      { as: agency.users.caseworker },
    );
    const during = await t.graphql<{ case: { id: string } }>(READ, { id }, { as: agency.users.caseworkerB });
    expect(during.data!.case.id).toBe(id);
    await t.db.transaction({ system: 'test' }, (tx) =>
      tx.execute(
        sql`update "case".case_shares set expires_at = now() - interval '1 minute', granted_at = now() - interval '1 day' where id = ${res.data!.shareCase.id}::uuid`,
      ),
    );
    expect(errorCodes(await t.graphql(READ, { id }, { as: agency.users.caseworkerB }))).toEqual(['NOT_FOUND']);
  });

  const refusals: [string, () => Record<string, unknown>, () => string, string][] = [
    [
      'a supervisor sharing restricted fields',
      () => ({ granteeId: agency.users.caseworkerB, restricted: true }),
      () => agency.users.supervisor,
      'FORBIDDEN',
    ],
    [
      'a share to someone of another agency',
      () => ({ granteeId: other.users.caseworker }),
      () => agency.users.caseworker,
      'BAD_USER_INPUT',
    ],
    [
      'a share to a manager, who may not read cases',
      () => ({ granteeId: agency.users.programme_manager }),
      () => agency.users.caseworker,
      'BAD_USER_INPUT',
    ],
    [
      'a share without a reason',
      () => ({ granteeId: agency.users.caseworkerB, reason: ' ' }),
      () => agency.users.caseworker,
      'BAD_USER_INPUT',
    ],
    [
      'a share that has already expired',
      () => ({ granteeId: agency.users.caseworkerB, expiresAt: inDays(-1) }),
      () => agency.users.caseworker,
      'BAD_USER_INPUT',
    ],
    [
      'a share longer than 90 days',
      () => ({ granteeId: agency.users.caseworkerB, expiresAt: inDays(120) }),
      () => agency.users.caseworker,
      'BAD_USER_INPUT',
    ],
    ['a share of a case one cannot see', () => ({ granteeId: agency.users.caseworkerB }), () => teammate, 'NOT_FOUND'],
    [
      'a share by a role without case:share',
      () => ({ granteeId: agency.users.caseworkerB }),
      () => agency.users.system_administrator,
      'FORBIDDEN',
    ],
  ];
  it.each(refusals)('refuses %s, writing nothing', async (_name, vars, as, code) => {
    const id = await newCase(agency.users.caseworker, false);
    const res = await t.graphql(
      SHARE,
      { caseId: id, reason: 'Needed for the case', expiresAt: inDays(7), restricted: false, ...vars() },
      { as: as() },
    );
    expect(errorCodes(res)).toEqual([code]);
    expect(await countShares(id)).toBe(0);
  });
});

describe('reassignment', () => {
  const ASSIGN = `mutation($caseId: ID!, $workerId: ID!) { assignCase(caseId: $caseId, workerId: $workerId) { id assignedWorker { id } } }`;

  it('lets the team supervisor reassign within the team; the former worker loses the case', async () => {
    const id = await newCase(agency.users.caseworker);
    const res = await t.graphql<{ assignCase: any }>(
      ASSIGN,
      { caseId: id, workerId: teammate },
      { as: agency.users.supervisor },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.assignCase.assignedWorker.id).toBe(teammate);
    expect(errorCodes(await t.graphql(READ, { id }, { as: agency.users.caseworker }))).toEqual(['NOT_FOUND']);
    const now = await t.graphql<{ case: any }>(READ, { id }, { as: teammate });
    expect(now.data!.case.incidentNarrative).toBe('A fictional account.');
  });

  it.each([
    ['by the assigned caseworker herself (no case:assign)', () => agency.users.caseworker, () => teammate, 'FORBIDDEN'],
    [
      'by the supervisor of another team, who cannot see it',
      () => agency.users.supervisorB,
      () => agency.users.caseworkerB,
      'NOT_FOUND',
    ],
    [
      'to a worker outside the case’s team',
      () => agency.users.supervisor,
      () => agency.users.caseworkerB,
      'BAD_USER_INPUT',
    ],
    ['to someone of another agency', () => agency.users.supervisor, () => other.users.caseworker, 'BAD_USER_INPUT'],
    [
      'to an auditor, who may not read cases',
      () => agency.users.supervisor,
      () => agency.users.auditor,
      'BAD_USER_INPUT',
    ],
  ])('refuses a reassignment %s', async (_name, as, to, code) => {
    const id = await newCase(agency.users.caseworker, false);
    const res = await t.graphql(ASSIGN, { caseId: id, workerId: to() }, { as: as() });
    expect(errorCodes(res)).toEqual([code]);
    const [row] = await t.db.rows<{ w: string }>(
      sql`select assigned_worker_id as w from "case".cases where id = ${id}::uuid`,
    );
    expect(row!.w).toBe(agency.users.caseworker);
  });
});

describe('emergency access', () => {
  const OPEN = `mutation($caseId: ID!, $reason: String!, $hours: Int) { openEmergencyAccess(caseId: $caseId, reason: $reason, hours: $hours) { caseId expiresAt } }`;
  const ALERTS = `{ accessAlerts { id kind caseId reason actor { id } acknowledgedAt } }`;

  it('opens a case outside reach for a limited time with a reason, and alerts the auditors', async () => {
    const id = await newCase(agency.users.caseworker);
    expect(errorCodes(await t.graphql(READ, { id }, { as: agency.users.supervisorB }))).toEqual(['NOT_FOUND']);
    const opened = await t.graphql(
      OPEN,
      { caseId: id, reason: 'Child reported missing tonight', hours: 2 },
      { as: agency.users.supervisorB },
    );
    expect(opened.errors).toBeUndefined();
    const seen = await t.graphql<{ case: any }>(READ, { id }, { as: agency.users.supervisorB });
    expect(seen.data!.case).toMatchObject({
      person: { contactPhone: '+000 555 0100' },
      incidentNarrative: null,
      viewerAccess: { emergency: true, assigned: false },
    });
    expect(codeAt(seen, 'case.incidentNarrative')).toBe('FORBIDDEN_FIELD');

    const alerts = await t.graphql<{ accessAlerts: any[] }>(ALERTS, {}, { as: agency.users.auditor });
    expect(alerts.errors).toBeUndefined();
    const alert = alerts.data!.accessAlerts.find((a) => a.caseId === id);
    expect(alert).toMatchObject({
      kind: 'emergency_access',
      reason: 'Child reported missing tonight',
      actor: { id: agency.users.supervisorB },
    });
    expect(JSON.stringify(alerts.data)).not.toContain('Fictiva');
    const ack = await t.graphql(
      `mutation($id: ID!) { acknowledgeAccessAlert(id: $id) { acknowledgedAt } }`,
      { id: alert.id },
      { as: agency.users.auditor },
    );
    expect(ack.errors).toBeUndefined();
    expect(
      (await t.graphql<{ accessAlerts: any[] }>(ALERTS, {}, { as: agency.users.auditor })).data!.accessAlerts.some(
        (a) => a.id === alert.id,
      ),
    ).toBe(false);
    // Another agency's auditors see nothing of it.
    const theirs = await t.graphql<{ accessAlerts: any[] }>(
      `{ accessAlerts(onlyOpen: false) { caseId } }`,
      {},
      { as: other.users.auditor },
    );
    expect(theirs.data!.accessAlerts.some((a) => a.caseId === id)).toBe(false);
    expect((await auditRows(agency.users.supervisorB, 'case.emergency_access')).at(-1)).toMatchObject({
      outcome: 'allowed',
      reason: 'Child reported missing tonight',
    });

    // When it expires, the case is out of reach again.
    await t.db.transaction({ system: 'test' }, (tx) =>
      tx.execute(
        sql`update "case".emergency_accesses set expires_at = now() - interval '1 second' where case_id = ${id}::uuid`,
      ),
    );
    expect(errorCodes(await t.graphql(READ, { id }, { as: agency.users.supervisorB }))).toEqual(['NOT_FOUND']);
  });

  it.each([
    [
      'without a reason',
      () => agency.users.supervisorB,
      (id: string) => ({ caseId: id, reason: '' }),
      'BAD_USER_INPUT',
    ],
    [
      'for longer than 12 hours',
      () => agency.users.supervisorB,
      (id: string) => ({ caseId: id, reason: 'Urgent safety check', hours: 48 }),
      'BAD_USER_INPUT',
    ],
    [
      'by a caseworker (no case:emergency_access)',
      () => agency.users.caseworkerB,
      (id: string) => ({ caseId: id, reason: 'Urgent safety check' }),
      'FORBIDDEN',
    ],
    [
      'on another agency’s case',
      () => other.users.supervisor,
      (id: string) => ({ caseId: id, reason: 'Urgent safety check' }),
      'NOT_FOUND',
    ],
  ])('refuses emergency access %s, raising no alert', async (_name, as, vars, code) => {
    const id = await newCase(agency.users.caseworker, false);
    const res = await t.graphql(OPEN, vars(id), { as: as() });
    expect(errorCodes(res)).toEqual([code]);
    const rows = await t.db.rows(sql`select 1 from "case".emergency_accesses where case_id = ${id}::uuid`);
    const alerts = await t.db.rows(sql`select 1 from audit.alerts where case_id = ${id}::uuid`);
    expect([rows.length, alerts.length]).toEqual([0, 0]);
  });
});

describe('export', () => {
  const EXPORT = `mutation($id: ID!, $reason: String!) { exportCase(caseId: $id, reason: $reason) { fields { name value } withheldFields } }`;

  it('exports what the viewer may read, with the reason kept; withholds the rest', async () => {
    const id = await newCase(agency.users.caseworker);
    const mine = await t.graphql<{ exportCase: any }>(
      EXPORT,
      { id, reason: 'Court request 12/2026' },
      { as: agency.users.caseworker },
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.exportCase.fields.find((f: any) => f.name === 'incidentNarrative').value).toBe(
      'A fictional account.',
    );
    const sup = await t.graphql<{ exportCase: any }>(
      EXPORT,
      { id, reason: 'Supervision file review' },
      { as: agency.users.supervisor },
    );
    expect(sup.data!.exportCase.withheldFields.sort()).toEqual([
      'incidentNarrative',
      'perpetratorDetails',
      'person.contactPhone',
      'person.currentAddress',
      'safetyPlan',
    ]);
    expect(JSON.stringify(sup.data)).not.toContain('fictional account');
    expect((await auditRows(agency.users.caseworker, 'case.export')).at(-1)).toMatchObject({
      reason: 'Court request 12/2026',
    });
    expect(errorCodes(await t.graphql(EXPORT, { id, reason: '' }, { as: agency.users.caseworker }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});

describe('agency isolation', () => {
  it('shows nothing of one agency to another: cases, users, shares', async () => {
    const id = await newCase(agency.users.caseworker);
    for (const as of Object.values(other.users)) {
      const res = await t.graphql(READ, { id }, { as });
      expect(['NOT_FOUND', 'FORBIDDEN']).toContain(errorCodes(res)[0]);
    }
    const users = await t.graphql<{ users: { id: string }[] }>(`{ users { id } }`, {}, { as: other.users.supervisor });
    expect(users.errors).toBeUndefined();
    expect(users.data!.users.some((u) => Object.values(agency.users).includes(u.id))).toBe(false);
  });
});

describe('the team caseload', () => {
  it('lists the cases of the teams a supervisor supervises, restricted fields withheld', async () => {
    const id = await newCase(agency.users.caseworker, false);
    const q = `{ teamCaseload(first: 100) { totalCount nodes { id person { givenName contactPhone } } } }`;
    const res = await t.graphql<{ teamCaseload: any }>(q, {}, { as: agency.users.supervisor });
    const node = res.data!.teamCaseload.nodes.find((n: any) => n.id === id);
    expect(node.person).toEqual({ givenName: 'Fictiva', contactPhone: null });
    expect(res.errors!.every((e) => e.extensions?.code === 'FORBIDDEN_FIELD')).toBe(true);
    const b = await t.graphql<{ teamCaseload: any }>(q, {}, { as: agency.users.supervisorB });
    expect(b.data!.teamCaseload.nodes.some((n: any) => n.id === id)).toBe(false);
    const cw = await t.graphql<{ teamCaseload: any }>(q, {}, { as: agency.users.caseworker });
    expect(cw.data!.teamCaseload.totalCount).toBe(0);
  });
});

import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { registerPartner } from '@haven/exchange';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';
import { graphql } from '../gql';
import type { RecordConsentInput } from '../gql/graphql';

const CREATE_CASE = graphql(`
  mutation ConsentTestCreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
    }
  }
`);
const RECORD = graphql(`
  mutation ConsentTestRecord($caseId: ID!, $input: RecordConsentInput!) {
    recordConsent(caseId: $caseId, input: $input) {
      id
      caseId
      givenBy
      givenByName
      scope
      organisationIds
      givenAt
      recordedBy {
        id
      }
      withdrawnAt
      live
    }
  }
`);
const WITHDRAW = graphql(`
  mutation ConsentTestWithdraw($consentId: ID!) {
    withdrawConsent(consentId: $consentId) {
      id
      withdrawnAt
      withdrawnRecordedBy {
        id
      }
      live
    }
  }
`);
const OVERRIDE = graphql(`
  mutation ConsentTestOverride($caseId: ID!, $scope: ConsentScope!, $reason: String!) {
    overrideConsent(caseId: $caseId, scope: $scope, reason: $reason) {
      id
      scope
      reason
      overriddenBy {
        id
      }
    }
  }
`);
const REFER = graphql(`
  mutation ConsentTestRefer($caseId: ID!, $input: CreateReferralInput!) {
    createReferral(caseId: $caseId, input: $input) {
      id
      kind
      toTeamId
      toOrganisationId
      service
      status
      consentId
      consentOverrideId
      createdBy {
        id
      }
    }
  }
`);
const TRANSFER = graphql(`
  mutation ConsentTestTransfer($caseId: ID!, $partnerId: ID!, $consentOverrideReason: String) {
    initiateTransfer(caseId: $caseId, partnerId: $partnerId, consentOverrideReason: $consentOverrideReason) {
      id
      caseId
      partnerId
      status
      consentId
      consentOverrideId
      initiatedBy
    }
  }
`);
const CASE_CONSENTS = graphql(`
  query ConsentTestCase($id: ID!) {
    case(id: $id) {
      consents {
        id
        scope
        live
        withdrawnAt
      }
      consentOverrides {
        id
        scope
        reason
      }
      referrals {
        id
        service
        consentId
        consentOverrideId
      }
    }
  }
`);
const COUNTS = graphql(`
  query ConsentTestCounts {
    caseCounts {
      caseType
      status
      count
      suppressed
    }
  }
`);

let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;
/** Two partner organisations of the agency, and one of another agency. */
let p1: string;
let p2: string;
let foreignPartner: string;

async function addPartner(agencyId: string, name: string): Promise<string> {
  const partner = await t.db.transaction({ system: 'test' }, (tx) =>
    registerPartner(tx, { agencyId, name, country: 'Testland', endpointUrl: null }),
  );
  return partner.id;
}

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  p1 = await addPartner(agency.agencyId, 'Partner One (fictional)');
  p2 = await addPartner(agency.agencyId, 'Partner Two (fictional)');
  foreignPartner = await addPartner(other.agencyId, 'Partner Elsewhere (fictional)');
});
afterAll(() => t?.close());

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** A case of the agency's caseworker in team a (her supervisor works it too). */
async function newCase(as = agency.users.caseworker, caseType: 'GBV' | 'CHILD_PROTECTION' = 'GBV'): Promise<string> {
  const res = await t.graphql(
    CREATE_CASE,
    { input: { caseType, person: { givenName: 'Testa', familyName: 'Consentfield', sex: 'FEMALE' } } },
    { as },
  );
  return ok(res).createCase.id;
}

async function record(caseId: string, input: RecordConsentInput, as = agency.users.caseworker) {
  return ok(await t.graphql(RECORD, { caseId, input }, { as })).recordConsent;
}

/** Rows of the consent layer for one case: equal before and after a refused mutation. */
async function snapshot(caseId: string) {
  const [row] = await t.db.rows(sql`
    select
      (select count(*)::int from "case".consents where case_id = ${caseId}::uuid) as consents,
      (select count(*)::int from "case".consents where case_id = ${caseId}::uuid and withdrawn_at is not null) as withdrawn,
      (select count(*)::int from "case".consent_overrides where case_id = ${caseId}::uuid) as overrides,
      (select count(*)::int from "case".referrals where case_id = ${caseId}::uuid) as referrals,
      (select count(*)::int from exchange.transfers where case_id = ${caseId}::uuid) as transfers`);
  return row;
}

const auditRows = (action: string, caseId: string) =>
  t.db.rows<{ outcome: string; actor_id: string; reason: string | null; fields: string[] }>(
    sql`select outcome, actor_id, reason, fields from audit.events where action = ${action} and target_id = ${caseId} order by seq`,
  );

const fieldPaths = (res: Pick<GraphQLResponse, 'errors'>) =>
  (res.errors ?? []).flatMap((e) =>
    ((e.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path),
  );

const internalReferral = () => ({
  kind: 'INTERNAL' as const,
  toTeamId: agency.teams.b,
  service: 'Psychosocial support',
});

describe('recording and withdrawing consent', () => {
  it('records consent, lists it on the case, and keeps it after withdrawal', async () => {
    const caseId = await newCase();
    const givenAt = new Date(Date.now() - 3_600_000).toISOString();
    const consent = await record(caseId, {
      givenBy: 'GUARDIAN',
      givenByName: 'Mara Guardianfield',
      scope: 'INFORMATION_SHARING',
      organisationIds: [p1, p1, p2],
      givenAt,
    });
    expect(consent).toMatchObject({
      caseId,
      givenBy: 'GUARDIAN',
      givenByName: 'Mara Guardianfield',
      scope: 'INFORMATION_SHARING',
      organisationIds: [p1, p2],
      givenAt,
      recordedBy: { id: agency.users.caseworker },
      withdrawnAt: null,
      live: true,
    });
    expect(await auditRows('consent.record', caseId)).toEqual([
      expect.objectContaining({
        outcome: 'allowed',
        actor_id: agency.users.caseworker,
        fields: ['scope:information_sharing', 'givenBy:guardian', `organisation:${p1}`, `organisation:${p2}`],
      }),
    ]);

    // The supervisor of the case's team works it too, and records the withdrawal.
    const withdrawn = ok(await t.graphql(WITHDRAW, { consentId: consent.id }, { as: agency.users.supervisor }));
    expect(withdrawn.withdrawConsent).toMatchObject({
      id: consent.id,
      withdrawnRecordedBy: { id: agency.users.supervisor },
      live: false,
    });
    expect(withdrawn.withdrawConsent.withdrawnAt).not.toBeNull();
    // Withdrawing again changes nothing.
    const again = ok(await t.graphql(WITHDRAW, { consentId: consent.id }, { as: agency.users.caseworker }));
    expect(again.withdrawConsent.withdrawnAt).toBe(withdrawn.withdrawConsent.withdrawnAt);
    expect(await auditRows('consent.withdraw', caseId)).toHaveLength(1);

    const read = ok(await t.graphql(CASE_CONSENTS, { id: caseId }, { as: agency.users.caseworker }));
    expect(read.case.consents).toEqual([
      { id: consent.id, scope: 'INFORMATION_SHARING', live: false, withdrawnAt: withdrawn.withdrawConsent.withdrawnAt },
    ]);
  });

  it.each<[string, () => RecordConsentInput, (string | number)[]]>([
    [
      'information sharing naming nobody',
      () => ({ givenBy: 'CLIENT', scope: 'INFORMATION_SHARING' }),
      ['input', 'organisationIds'],
    ],
    [
      'an organisation that is not a partner',
      () => ({ givenBy: 'CLIENT', scope: 'INFORMATION_SHARING', organisationIds: [p1, randomUUID()] }),
      ['input', 'organisationIds', 1],
    ],
    [
      "another agency's partner",
      () => ({ givenBy: 'CLIENT', scope: 'INFORMATION_SHARING', organisationIds: [foreignPartner] }),
      ['input', 'organisationIds', 0],
    ],
    [
      'an organisation id that is no id',
      () => ({ givenBy: 'CLIENT', scope: 'INFORMATION_SHARING', organisationIds: ['partner-one'] }),
      ['input', 'organisationIds', 0],
    ],
    [
      'organisations on a referral consent',
      () => ({ givenBy: 'CHILD', scope: 'REFERRAL', organisationIds: [p1] }),
      ['input', 'organisationIds'],
    ],
    [
      'a time in the future',
      () => ({ givenBy: 'CLIENT', scope: 'REPORTING', givenAt: new Date(Date.now() + 86_400_000).toISOString() }),
      ['input', 'givenAt'],
    ],
    ['an empty name', () => ({ givenBy: 'GUARDIAN', givenByName: '  ', scope: 'SERVICES' }), ['input', 'givenByName']],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_name, input, path) => {
    const caseId = await newCase();
    const before = await snapshot(caseId);
    const res = await t.graphql(RECORD, { caseId, input: input() }, { as: agency.users.caseworker });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(res)).toEqual([path]);
    expect(await snapshot(caseId)).toEqual(before);
  });
});

/** One refused step: what is set up first, what is tried, as whom, and the error code expected. */
interface Refusal {
  name: string;
  setup?: (caseId: string) => Promise<void>;
  act: (caseId: string) => Promise<Pick<GraphQLResponse, 'errors' | 'data'>>;
  code: string;
  /** The action recorded as denied in the audit trail, when the refusal is the service's. */
  deniedAction?: string;
  /** The reason the caller gave, kept with the denied row. */
  deniedReason?: string;
}

const withdrawnReferralConsent = async (caseId: string) => {
  const consent = await record(caseId, { givenBy: 'CLIENT', scope: 'REFERRAL' });
  ok(await t.graphql(WITHDRAW, { consentId: consent.id }, { as: agency.users.caseworker }));
};

const refusals: Refusal[] = [
  {
    name: 'a referral without consent',
    act: (caseId) => t.graphql(REFER, { caseId, input: internalReferral() }, { as: agency.users.caseworker }),
    code: 'CONSENT_REQUIRED',
    deniedAction: 'referral.create',
  },
  {
    name: 'a referral after the consent was withdrawn',
    setup: withdrawnReferralConsent,
    act: (caseId) => t.graphql(REFER, { caseId, input: internalReferral() }, { as: agency.users.caseworker }),
    code: 'CONSENT_REQUIRED',
    deniedAction: 'referral.create',
  },
  {
    name: 'a referral relying on a consent of another scope',
    setup: async (caseId) => void (await record(caseId, { givenBy: 'CLIENT', scope: 'SERVICES' })),
    act: (caseId) => t.graphql(REFER, { caseId, input: internalReferral() }, { as: agency.users.supervisor }),
    code: 'CONSENT_REQUIRED',
    deniedAction: 'referral.create',
  },
  {
    name: 'a referral override by a caseworker (no consent:override)',
    act: (caseId) =>
      t.graphql(
        REFER,
        { caseId, input: { ...internalReferral(), consentOverrideReason: 'Immediate risk of harm to the child' } },
        { as: agency.users.caseworker },
      ),
    code: 'FORBIDDEN',
    deniedAction: 'consent.override',
    deniedReason: 'Immediate risk of harm to the child',
  },
  {
    name: 'a referral override without a reason',
    act: (caseId) =>
      t.graphql(
        REFER,
        { caseId, input: { ...internalReferral(), consentOverrideReason: ' ' } },
        { as: agency.users.supervisor },
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a standing override by a caseworker',
    act: (caseId) =>
      t.graphql(
        OVERRIDE,
        { caseId, scope: 'REPORTING', reason: 'Needed for the donor report' },
        { as: agency.users.caseworker },
      ),
    code: 'FORBIDDEN',
  },
  {
    name: 'a standing override without a reason',
    act: (caseId) => t.graphql(OVERRIDE, { caseId, scope: 'REPORTING', reason: '' }, { as: agency.users.supervisor }),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a standing override of the referral scope (overridden per referral instead)',
    act: (caseId) =>
      t.graphql(
        OVERRIDE,
        { caseId, scope: 'REFERRAL', reason: 'Immediate risk of harm to the child' },
        { as: agency.users.supervisor },
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'a standing override by a supervisor of another team',
    act: (caseId) =>
      t.graphql(
        OVERRIDE,
        { caseId, scope: 'REPORTING', reason: 'Needed for the donor report' },
        { as: agency.users.supervisorB },
      ),
    code: 'NOT_FOUND',
    deniedAction: 'consent.override',
    deniedReason: 'Needed for the donor report',
  },
  {
    name: 'a transfer to a partner the information-sharing consent does not name',
    setup: async (caseId) =>
      void (await record(caseId, { givenBy: 'CLIENT', scope: 'INFORMATION_SHARING', organisationIds: [p1] })),
    act: (caseId) => t.graphql(TRANSFER, { caseId, partnerId: p2 }, { as: agency.users.supervisor }),
    code: 'CONSENT_REQUIRED',
    deniedAction: 'transfer.initiate',
  },
  {
    name: 'a transfer relying on a referral consent',
    setup: async (caseId) => void (await record(caseId, { givenBy: 'CLIENT', scope: 'REFERRAL' })),
    act: (caseId) => t.graphql(TRANSFER, { caseId, partnerId: p1 }, { as: agency.users.supervisor }),
    code: 'CONSENT_REQUIRED',
    deniedAction: 'transfer.initiate',
  },
  {
    name: 'a transfer by a caseworker (no transfer:initiate)',
    setup: async (caseId) =>
      void (await record(caseId, { givenBy: 'CLIENT', scope: 'INFORMATION_SHARING', organisationIds: [p1] })),
    act: (caseId) => t.graphql(TRANSFER, { caseId, partnerId: p1 }, { as: agency.users.caseworker }),
    code: 'FORBIDDEN',
  },
  {
    name: "a transfer to another agency's partner",
    act: (caseId) =>
      t.graphql(
        TRANSFER,
        { caseId, partnerId: foreignPartner, consentOverrideReason: 'Immediate risk of harm to the child' },
        { as: agency.users.supervisor },
      ),
    code: 'BAD_USER_INPUT',
  },
  {
    name: 'recording consent on a case out of reach (another team)',
    act: (caseId) =>
      t.graphql(RECORD, { caseId, input: { givenBy: 'CLIENT', scope: 'REPORTING' } }, { as: agency.users.caseworkerB }),
    code: 'NOT_FOUND',
    deniedAction: 'consent.record',
  },
  {
    name: 'recording consent on a case of another agency',
    act: (caseId) =>
      t.graphql(RECORD, { caseId, input: { givenBy: 'CLIENT', scope: 'REPORTING' } }, { as: other.users.supervisor }),
    code: 'NOT_FOUND',
    deniedAction: 'consent.record',
  },
  {
    name: 'a referral of a case out of reach',
    act: (caseId) => t.graphql(REFER, { caseId, input: internalReferral() }, { as: agency.users.supervisorB }),
    code: 'NOT_FOUND',
    deniedAction: 'referral.create',
  },
];

describe('the server refuses steps without the consent they need', () => {
  it.each(refusals.map((r) => [r.name, r] as const))('refuses %s', async (_name, refusal) => {
    const caseId = await newCase();
    await refusal.setup?.(caseId);
    const before = await snapshot(caseId);
    const res = await refusal.act(caseId);
    expect(errorCodes(res as GraphQLResponse)).toEqual([refusal.code]);
    expect(res.data ?? null).toBeNull();
    expect(await snapshot(caseId)).toEqual(before);
    if (refusal.deniedAction) {
      const rows = await auditRows(refusal.deniedAction, caseId);
      expect(rows.map((r) => r.outcome)).toEqual(['denied']);
      if (refusal.deniedReason) expect(rows[0]!.reason).toBe(refusal.deniedReason);
    }
  });

  it('refuses withdrawing a consent of a case out of reach with NOT_FOUND', async () => {
    const caseId = await newCase();
    const consent = await record(caseId, { givenBy: 'CLIENT', scope: 'REFERRAL' });
    const before = await snapshot(caseId);
    for (const as of [agency.users.caseworkerB, other.users.supervisor]) {
      const res = await t.graphql(WITHDRAW, { consentId: consent.id }, { as });
      expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    }
    expect(await snapshot(caseId)).toEqual(before);
  });
});

describe('steps with consent, and overrides', () => {
  it('makes a referral on the live referral consent', async () => {
    const caseId = await newCase();
    const consent = await record(caseId, { givenBy: 'CHILD', scope: 'REFERRAL' });
    const res = ok(
      await t.graphql(
        REFER,
        { caseId, input: { kind: 'EXTERNAL', toOrganisationId: p2, service: 'Legal aid' } },
        { as: agency.users.caseworker },
      ),
    );
    expect(res.createReferral).toMatchObject({
      kind: 'EXTERNAL',
      toTeamId: null,
      toOrganisationId: p2,
      service: 'Legal aid',
      status: 'PENDING',
      consentId: consent.id,
      consentOverrideId: null,
      createdBy: { id: agency.users.caseworker },
    });
    expect(await auditRows('referral.create', caseId)).toEqual([
      expect.objectContaining({ outcome: 'allowed', actor_id: agency.users.caseworker }),
    ]);
    const read = ok(await t.graphql(CASE_CONSENTS, { id: caseId }, { as: agency.users.supervisor }));
    expect(read.case.referrals).toEqual([
      { id: res.createReferral.id, service: 'Legal aid', consentId: consent.id, consentOverrideId: null },
    ]);
  });

  it('refuses a referral naming a target of the wrong kind', async () => {
    const caseId = await newCase();
    await record(caseId, { givenBy: 'CLIENT', scope: 'REFERRAL' });
    const res = await t.graphql(
      REFER,
      { caseId, input: { kind: 'INTERNAL', toOrganisationId: p1, service: 'Shelter' } },
      { as: agency.users.caseworker },
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(fieldPaths(res)).toEqual([
      ['input', 'toTeamId'],
      ['input', 'toOrganisationId'],
    ]);
  });

  it('lets a supervisor override for one referral, with a reason that is recorded', async () => {
    const caseId = await newCase();
    const reason = 'Immediate risk of harm; guardian unreachable';
    const res = ok(
      await t.graphql(
        REFER,
        { caseId, input: { ...internalReferral(), consentOverrideReason: reason } },
        { as: agency.users.supervisor },
      ),
    );
    expect(res.createReferral.consentId).toBeNull();
    const overrides = await t.db.rows<{ id: string; scope: string; reason: string; overridden_by: string }>(
      sql`select id, scope::text, reason, overridden_by from "case".consent_overrides where case_id = ${caseId}::uuid`,
    );
    expect(overrides).toEqual([
      { id: res.createReferral.consentOverrideId, scope: 'referral', reason, overridden_by: agency.users.supervisor },
    ]);
    expect(await auditRows('consent.override', caseId)).toEqual([
      expect.objectContaining({
        outcome: 'allowed',
        actor_id: agency.users.supervisor,
        reason,
        fields: ['scope:referral'],
      }),
    ]);

    // The override allowed that referral only.
    const next = await t.graphql(REFER, { caseId, input: internalReferral() }, { as: agency.users.supervisor });
    expect(errorCodes(next)).toEqual(['CONSENT_REQUIRED']);
    // Consent once recorded is used before any override, and no override is written then.
    await record(caseId, { givenBy: 'CLIENT', scope: 'REFERRAL' });
    const withConsent = ok(
      await t.graphql(
        REFER,
        { caseId, input: { ...internalReferral(), consentOverrideReason: reason } },
        { as: agency.users.supervisor },
      ),
    );
    expect(withConsent.createReferral.consentOverrideId).toBeNull();
    expect((await snapshot(caseId))!.overrides).toBe(1);
  });

  it('initiates a transfer to a partner the consent names, and one by override to another', async () => {
    const caseId = await newCase();
    const consent = await record(caseId, { givenBy: 'CLIENT', scope: 'INFORMATION_SHARING', organisationIds: [p1] });
    const first = ok(await t.graphql(TRANSFER, { caseId, partnerId: p1 }, { as: agency.users.supervisor }));
    expect(first.initiateTransfer).toMatchObject({
      caseId,
      partnerId: p1,
      status: 'INITIATED',
      consentId: consent.id,
      consentOverrideId: null,
      initiatedBy: agency.users.supervisor,
    });
    const reason = 'Court order to hand the case to Partner Two';
    const second = ok(
      await t.graphql(
        TRANSFER,
        { caseId, partnerId: p2, consentOverrideReason: reason },
        { as: agency.users.supervisor },
      ),
    );
    expect(second.initiateTransfer.consentId).toBeNull();
    const [override] = await t.db.rows<{ id: string; scope: string; organisation_id: string; reason: string }>(
      sql`select id, scope::text, organisation_id, reason from "case".consent_overrides where case_id = ${caseId}::uuid`,
    );
    expect(override).toEqual({
      id: second.initiateTransfer.consentOverrideId,
      scope: 'information_sharing',
      organisation_id: p2,
      reason,
    });
    expect(await auditRows('consent.override', caseId)).toEqual([
      expect.objectContaining({ reason, fields: ['scope:information_sharing', `organisation:${p2}`] }),
    ]);
    expect((await auditRows('transfer.initiate', caseId)).map((r) => r.outcome)).toEqual(['allowed', 'allowed']);
  });
});

describe('inclusion in reports', () => {
  async function gbvOpenCount(own: TestAgency) {
    const res = ok(await t.graphql(COUNTS, {}, { as: own.users.programme_manager }));
    return res.caseCounts.find((c) => c.caseType === 'gbv' && c.status === 'open') ?? null;
  }

  it('counts a case only while it has reporting consent (or a standing override)', async () => {
    const own = await createTestAgency(t.db);
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.push(await newCase(own.users.caseworker));
    const [last, overridden, ...consenting] = ids as [string, string, ...string[]];
    for (const id of consenting) await record(id, { givenBy: 'CLIENT', scope: 'REPORTING' }, own.users.caseworker);
    // A consent of another scope does not count.
    await record(last, { givenBy: 'CLIENT', scope: 'SERVICES' }, own.users.caseworker);
    expect(await gbvOpenCount(own)).toEqual({ caseType: 'gbv', status: 'open', count: 5, suppressed: false });

    const consent = await record(last, { givenBy: 'GUARDIAN', scope: 'REPORTING' }, own.users.caseworker);
    expect((await gbvOpenCount(own))?.count).toBe(6);

    ok(await t.graphql(WITHDRAW, { consentId: consent.id }, { as: own.users.caseworker }));
    expect((await gbvOpenCount(own))?.count).toBe(5);

    const reason = 'Required by the donor for the annual report';
    const override = ok(
      await t.graphql(OVERRIDE, { caseId: overridden, scope: 'REPORTING', reason }, { as: own.users.supervisor }),
    );
    expect(override.overrideConsent).toMatchObject({
      scope: 'REPORTING',
      reason,
      overriddenBy: { id: own.users.supervisor },
    });
    expect(await auditRows('consent.override', overridden)).toEqual([
      expect.objectContaining({ outcome: 'allowed', reason, fields: ['scope:reporting'] }),
    ]);
    expect((await gbvOpenCount(own))?.count).toBe(6);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { registerPartner } from '@haven/exchange';
import { asRuntimeRole } from '../documents/helpers';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * Referrals through the gateway: internal (to a team and/or a programme) and external (to a provider
 * of the directory), consent-checked; answered by the receiving team (internal) or recorded by those
 * who work the case (external); the status machine pending → accepted | declined, accepted →
 * completed; every change an event and an audit row; the receiving team's view without the case.
 */
let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;
let partner: string;
let lawyers: string;
let shelter: string;
let closedProvider: string;
let foreignProvider: string;

const REFERRAL = `id caseId kind status toTeamId toProgramme toOrganisationId provider { id name } service
  catalogueService { key } urgency reason respondedBy { id } respondedAt declineReason outcome feedback completedAt
  consentId consentOverrideId events { status note recordedBy { id } }`;
const CREATE_CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id caseNumber } }`;
const CONSENT = `mutation($caseId: ID!) { recordConsent(caseId: $caseId, input: { givenBy: CLIENT, scope: REFERRAL }) { id } }`;
const REFER = `mutation($caseId: ID!, $input: CreateReferralInput!) { createReferral(caseId: $caseId, input: $input) { ${REFERRAL} } }`;
const RESPOND = `mutation($id: ID!, $decision: ReferralDecision!, $note: String, $declineReason: String) {
  respondToReferral(referralId: $id, decision: $decision, note: $note, declineReason: $declineReason) { ${REFERRAL} } }`;
const COMPLETE = `mutation($id: ID!, $outcome: String!, $feedback: String) {
  completeReferral(referralId: $id, outcome: $outcome, feedback: $feedback) { ${REFERRAL} } }`;
const CANCEL = `mutation($id: ID!, $reason: String!) {
  cancelReferral(referralId: $id, reason: $reason) { ${REFERRAL} cancelReason cancelledAt cancelledBy { id } } }`;
const INCOMING = `query($status: ReferralStatus) { incomingReferrals(status: $status) { caseNumber referral { id caseId status service toTeamId } } }`;
const CASE_REFERRALS = `query($id: ID!) { case(id: $id) { referrals { ${REFERRAL} } } }`;
const SAVE_SERVICE = `mutation($input: ServiceInput!) { saveService(input: $input) { key } }`;
const SET_SERVICE_ACTIVE = `mutation($key: String!, $active: Boolean!) { setServiceActive(key: $key, active: $active) { key } }`;
const SAVE_PROVIDER = `mutation($input: ServiceProviderInput!) { saveServiceProvider(input: $input) { id } }`;
const SET_PROVIDER_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setProviderActive(providerId: $id, active: $active) { id } }`;
const SHARE = `mutation($caseId: ID!, $granteeId: ID!, $expiresAt: DateTime!) {
  shareCase(caseId: $caseId, granteeId: $granteeId, reason: "Covering for a colleague on leave", expiresAt: $expiresAt) { id } }`;

type Referral = {
  id: string;
  caseId: string;
  kind: string;
  status: string;
  toTeamId: string | null;
  toProgramme: string | null;
  toOrganisationId: string | null;
  provider: { id: string; name: string } | null;
  service: string;
  respondedBy: { id: string } | null;
  consentOverrideId: string | null;
  declineReason: string | null;
  outcome: string | null;
  feedback: string | null;
  events: { status: string; note: string | null; recordedBy: { id: string } }[];
};

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}
const paths = (res: GraphQLResponse) =>
  (res.errors ?? []).flatMap((e) =>
    ((e.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path),
  );

/** A consented case (referral consent) of a worker, and its number. */
async function newCase(
  as = agency.users.caseworker,
  person: Record<string, unknown> = { sex: 'FEMALE', dateOfBirth: '1992-02-02' },
): Promise<{ id: string; caseNumber: string }> {
  const created = ok(
    await t.graphql<{ createCase: { id: string; caseNumber: string } }>(
      CREATE_CASE,
      { input: { caseType: 'GBV', person: { givenName: 'Fictiva', familyName: 'Referson', ...person } } },
      { as },
    ),
  ).createCase;
  ok(await t.graphql(CONSENT, { caseId: created.id }, { as }));
  return created;
}

async function refer(caseId: string, input: Record<string, unknown>, as = agency.users.caseworker) {
  return t.graphql<{ createReferral: Referral }>(REFER, { caseId, input }, { as });
}
const respond = (id: string, decision: string, as: string, extra: Record<string, unknown> = {}) =>
  t.graphql<{ respondToReferral: Referral }>(RESPOND, { id, decision, ...extra }, { as });
const complete = (id: string, as: string, outcome = 'Attended four sessions', feedback: string | null = null) =>
  t.graphql<{ completeReferral: Referral }>(COMPLETE, { id, outcome, feedback }, { as });

type Cancelled = Referral & {
  cancelReason: string | null;
  cancelledAt: string | null;
  cancelledBy: { id: string } | null;
};
const cancel = (id: string, as: string, reason = 'The client moved to another district') =>
  t.graphql<{ cancelReferral: Cancelled }>(CANCEL, { id, reason }, { as });

/** The referral rows and events of a case, to compare before and after a refused mutation. */
async function snapshot(caseId: string) {
  return {
    referrals: await t.db.rows(
      sql`select id, status::text, responded_by, decline_reason, outcome, feedback, cancel_reason, cancelled_by, updated_at
          from "case".referrals where case_id = ${caseId}::uuid order by id`,
    ),
    events: await t.db.rows(sql`select count(*)::int as n from "case".referral_events where case_id = ${caseId}::uuid`),
  };
}

const toTeamB = (extra: Record<string, unknown> = {}) => ({
  kind: 'INTERNAL',
  toTeamId: agency.teams.b,
  service: 'Psychosocial support',
  ...extra,
});

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  partner = (
    await t.db.transaction({ system: 'test' }, (tx) =>
      registerPartner(tx, {
        agencyId: agency.agencyId,
        name: 'Lawyers Collective (fictional)',
        country: 'Testland',
        endpointUrl: null,
      }),
    )
  ).id;
  const pm = { as: agency.users.programme_manager };
  for (const input of [
    {
      key: 'psychosocial_support',
      name: { en: 'Psychosocial support' },
      category: 'PSYCHOSOCIAL',
      internalTeamId: agency.teams.b,
    },
    { key: 'legal_aid', name: { en: 'Legal aid' }, category: 'LEGAL', eligibility: { minAge: 18 } },
    {
      key: 'safe_shelter',
      name: { en: 'Safe shelter' },
      category: 'SAFETY',
      eligibility: { caseTypes: ['GBV'], sexes: ['FEMALE'] },
    },
    { key: 'old_service', name: { en: 'Retired service' }, category: 'OTHER' },
  ]) {
    ok(await t.graphql(SAVE_SERVICE, { input }, pm));
  }
  ok(await t.graphql(SET_SERVICE_ACTIVE, { key: 'old_service', active: false }, pm));
  const provider = async (input: Record<string, unknown>, as = pm) =>
    ok(await t.graphql<{ saveServiceProvider: { id: string } }>(SAVE_PROVIDER, { input }, as)).saveServiceProvider.id;
  lawyers = await provider({
    name: 'Lawyers Collective (fictional)',
    organisationId: partner,
    serviceKeys: ['legal_aid'],
  });
  shelter = await provider({ name: 'Safe Harbour (fictional)', serviceKeys: ['safe_shelter', 'old_service'] });
  closedProvider = await provider({ name: 'Closed Clinic (fictional)', serviceKeys: ['legal_aid'] });
  ok(await t.graphql(SET_PROVIDER_ACTIVE, { id: closedProvider, active: false }, pm));
  ok(
    await t.graphql(
      SAVE_SERVICE,
      { input: { key: 'legal_aid', name: { en: 'Legal aid' }, category: 'LEGAL' } },
      { as: other.users.programme_manager },
    ),
  );
  foreignProvider = await provider(
    { name: 'Elsewhere Law (fictional)', serviceKeys: ['legal_aid'] },
    { as: other.users.programme_manager },
  );
});
afterAll(() => t?.close());

describe('internal referrals', () => {
  it('go to the receiving team, which sees the case number but not the case, accepts and completes them', async () => {
    const c = await newCase();
    const made = ok(await refer(c.id, toTeamB({ reason: 'Needs counselling', urgency: 'URGENT' }))).createReferral;
    expect(made).toMatchObject({
      kind: 'INTERNAL',
      status: 'PENDING',
      toTeamId: agency.teams.b,
      urgency: 'URGENT',
      events: [{ status: 'PENDING', note: 'Needs counselling', recordedBy: { id: agency.users.caseworker } }],
    });

    const incoming = ok(
      await t.graphql<{ incomingReferrals: { caseNumber: string; referral: { id: string } }[] }>(
        INCOMING,
        { status: 'PENDING' },
        { as: agency.users.caseworkerB },
      ),
    ).incomingReferrals;
    expect(incoming).toContainEqual({
      caseNumber: c.caseNumber,
      referral: {
        id: made.id,
        caseId: c.id,
        status: 'PENDING',
        service: 'Psychosocial support',
        toTeamId: agency.teams.b,
      },
    });
    // The case itself stays out of the receiving team's reach.
    expect(errorCodes(await t.graphql(CASE_REFERRALS, { id: c.id }, { as: agency.users.caseworkerB }))).toEqual([
      'NOT_FOUND',
    ]);

    const accepted = ok(
      await respond(made.id, 'ACCEPT', agency.users.caseworkerB, { note: 'First session on Monday' }),
    ).respondToReferral;
    expect(accepted).toMatchObject({ status: 'ACCEPTED', respondedBy: { id: agency.users.caseworkerB } });
    const done = ok(
      await complete(made.id, agency.users.supervisorB, 'Attended four sessions', 'Client engaged well'),
    ).completeReferral;
    expect(done).toMatchObject({
      status: 'COMPLETED',
      outcome: 'Attended four sessions',
      feedback: 'Client engaged well',
    });

    // The referring side sees status, history, outcome and feedback.
    const seen = ok(
      await t.graphql<{ case: { referrals: Referral[] } }>(
        CASE_REFERRALS,
        { id: c.id },
        { as: agency.users.caseworker },
      ),
    ).case.referrals[0]!;
    expect(seen).toMatchObject({
      status: 'COMPLETED',
      outcome: 'Attended four sessions',
      feedback: 'Client engaged well',
    });
    expect(seen.events).toEqual([
      { status: 'PENDING', note: 'Needs counselling', recordedBy: { id: agency.users.caseworker } },
      { status: 'ACCEPTED', note: 'First session on Monday', recordedBy: { id: agency.users.caseworkerB } },
      { status: 'COMPLETED', note: 'Attended four sessions', recordedBy: { id: agency.users.supervisorB } },
    ]);
    const audit = await t.db.rows<{ action: string; actor_id: string }>(
      sql`select action, actor_id from audit.events where target_id = ${c.id} and action like 'referral.%' order by seq`,
    );
    expect(audit).toEqual([
      { action: 'referral.create', actor_id: agency.users.caseworker },
      { action: 'referral.accept', actor_id: agency.users.caseworkerB },
      { action: 'referral.complete', actor_id: agency.users.supervisorB },
    ]);
  });

  it('go to the team that delivers the catalogue service, or to a programme', async () => {
    const c = await newCase();
    const byService = ok(await refer(c.id, { kind: 'INTERNAL', serviceKey: 'psychosocial_support' })).createReferral;
    expect(byService).toMatchObject({
      toTeamId: agency.teams.b,
      service: 'Psychosocial support',
      catalogueService: { key: 'psychosocial_support' },
    });
    const toProgramme = ok(
      await refer(c.id, { kind: 'INTERNAL', toProgramme: 'Livelihoods programme', service: 'Vocational training' }),
    ).createReferral;
    expect(toProgramme).toMatchObject({ toTeamId: null, toProgramme: 'Livelihoods programme' });
    // No receiving team: those who work the case record the programme's answer.
    const declined = ok(
      await respond(toProgramme.id, 'DECLINE', agency.users.caseworker, {
        declineReason: 'Programme is full until March',
      }),
    ).respondToReferral;
    expect(declined).toMatchObject({ status: 'DECLINED', declineReason: 'Programme is full until March' });
  });

  it('are answered only by members and supervisors of the receiving team', async () => {
    // A case of team b, referred to team a.
    const c = await newCase(agency.users.caseworkerB);
    const made = ok(
      await refer(
        c.id,
        { kind: 'INTERNAL', toTeamId: agency.teams.a, service: 'Case conference' },
        agency.users.caseworkerB,
      ),
    ).createReferral;
    const before = await snapshot(c.id);
    const attempts: [string, string][] = [
      [agency.users.caseworkerB, 'FORBIDDEN'], // the referring worker
      [agency.users.supervisorB, 'FORBIDDEN'], // works the case, not in the receiving team
      [agency.users.meal_officer, 'FORBIDDEN'], // no case:update
      [agency.users.programme_manager, 'FORBIDDEN'],
      [other.users.supervisor, 'NOT_FOUND'], // another agency
    ];
    for (const [as, code] of attempts) {
      expect([as, errorCodes(await respond(made.id, 'ACCEPT', as))]).toEqual([as, [code]]);
      expect([as, errorCodes(await complete(made.id, as))]).toEqual([as, [code]]);
    }
    expect(await snapshot(c.id)).toEqual(before);
    const denied = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from audit.events where target_id = ${c.id} and action = 'referral.accept' and outcome = 'denied'`,
    );
    // The two who reach the referral; the gateway refuses roles without the permission before the
    // service, and another agency's refusal names the referral id it asked for.
    expect(denied[0]!.n).toBe(2);
    // Team a's caseworker (a member) and supervisor may.
    ok(await respond(made.id, 'ACCEPT', agency.users.caseworker));
    ok(await complete(made.id, agency.users.supervisor));
  });

  it('are listed for the receiving team only, by status', async () => {
    const c = await newCase();
    const made = ok(await refer(c.id, toTeamB())).createReferral;
    const list = async (as: string, status?: string) =>
      ok(
        await t.graphql<{ incomingReferrals: { referral: { id: string } }[] }>(INCOMING, { status }, { as }),
      ).incomingReferrals.map((i) => i.referral.id);
    expect(await list(agency.users.supervisorB)).toContain(made.id);
    expect(await list(agency.users.caseworkerB, 'PENDING')).toContain(made.id);
    expect(await list(agency.users.caseworkerB, 'ACCEPTED')).not.toContain(made.id);
    expect(await list(agency.users.caseworker)).not.toContain(made.id);
    expect(await list(other.users.supervisor)).toEqual([]);
    expect(errorCodes(await t.graphql(INCOMING, {}, { as: agency.users.meal_officer }))).toEqual(['FORBIDDEN']);
    const audit = await t.db.rows<{ target_ids: string[] }>(
      sql`select target_ids from audit.events where actor_id = ${agency.users.supervisorB}::uuid and action = 'referral.list_incoming'`,
    );
    expect(audit.some((a) => a.target_ids.includes(c.id))).toBe(true);
  });
});

describe('external referrals', () => {
  it("go to a provider of the directory, its partner organisation named, answered on the provider's behalf", async () => {
    const c = await newCase();
    const made = ok(
      await refer(c.id, { kind: 'EXTERNAL', providerId: lawyers, serviceKey: 'legal_aid' }),
    ).createReferral;
    expect(made).toMatchObject({
      kind: 'EXTERNAL',
      provider: { id: lawyers, name: 'Lawyers Collective (fictional)' },
      toOrganisationId: partner,
      service: 'Legal aid',
      status: 'PENDING',
    });
    // Someone who only reads the case (a share) sees the referral but does not answer for the provider.
    ok(
      await t.graphql(
        SHARE,
        {
          caseId: c.id,
          granteeId: agency.users.caseworkerB,
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
        { as: agency.users.caseworker },
      ),
    );
    const before = await snapshot(c.id);
    expect(errorCodes(await respond(made.id, 'ACCEPT', agency.users.caseworkerB))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await respond(made.id, 'ACCEPT', agency.users.supervisorB))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await respond(made.id, 'ACCEPT', other.users.caseworker))).toEqual(['NOT_FOUND']);
    expect(await snapshot(c.id)).toEqual(before);
    const declined = await respond(made.id, 'DECLINE', agency.users.caseworker);
    expect(errorCodes(declined)).toEqual(['BAD_USER_INPUT']);
    expect(paths(declined)).toEqual([['declineReason']]);
    expect(await snapshot(c.id)).toEqual(before);
    ok(await respond(made.id, 'ACCEPT', agency.users.caseworker, { note: 'Appointment on the 3rd' }));
    const done = ok(await complete(made.id, agency.users.supervisor, 'Protection order filed', null)).completeReferral;
    expect(done).toMatchObject({ status: 'COMPLETED', outcome: 'Protection order filed', feedback: null });
  });

  it('lists every problem of a bad referral at once and stores nothing', async () => {
    const minor = await newCase(agency.users.caseworker, { sex: 'MALE', dateOfBirth: '2014-06-01' });
    const before = await snapshot(minor.id);
    const cases: [Record<string, unknown>, (string | number)[][]][] = [
      [
        { kind: 'EXTERNAL', providerId: shelter, serviceKey: 'legal_aid' },
        [
          ['input', 'serviceKey'],
          ['input', 'providerId'],
        ],
      ],
      [{ kind: 'EXTERNAL', providerId: closedProvider, service: 'Legal aid' }, [['input', 'providerId']]],
      [{ kind: 'EXTERNAL', providerId: foreignProvider, service: 'Legal aid' }, [['input', 'providerId']]],
      [{ kind: 'EXTERNAL', providerId: shelter, serviceKey: 'old_service' }, [['input', 'serviceKey']]],
      [
        { kind: 'EXTERNAL', providerId: shelter, serviceKey: 'no_such_service' },
        [
          ['input', 'serviceKey'],
          ['input', 'providerId'],
        ],
      ],
      [
        { kind: 'EXTERNAL', providerId: lawyers, toOrganisationId: lawyers, service: 'Legal aid' },
        [['input', 'toOrganisationId']],
      ],
      [
        { kind: 'EXTERNAL', toTeamId: agency.teams.b, toProgramme: 'Shelter', service: 'x' },
        [
          ['input', 'providerId'],
          ['input', 'toTeamId'],
          ['input', 'toProgramme'],
        ],
      ],
      [
        { kind: 'INTERNAL', providerId: lawyers, service: 'Legal aid' },
        [
          ['input', 'toTeamId'],
          ['input', 'providerId'],
        ],
      ],
      [{ kind: 'INTERNAL', toTeamId: other.teams.a, service: 'Legal aid' }, [['input', 'toTeamId']]],
      [{ kind: 'INTERNAL', toTeamId: agency.teams.b }, [['input', 'service']]],
      [
        { kind: 'INTERNAL', serviceKey: 'safe_shelter' },
        [
          ['input', 'serviceKey'],
          ['input', 'toTeamId'],
        ],
      ],
    ];
    for (const [input, expected] of cases) {
      const res = await refer(minor.id, input);
      expect([input, errorCodes(res)]).toEqual([input, ['BAD_USER_INPUT']]);
      expect([input, paths(res)]).toEqual([input, expected]);
    }
    expect(await snapshot(minor.id)).toEqual(before);
  });
});

describe('status changes', () => {
  it('follow pending → accepted | declined, accepted → completed, and nothing else', async () => {
    const c = await newCase();
    const pending = ok(await refer(c.id, toTeamB())).createReferral;
    const declined = ok(await refer(c.id, toTeamB())).createReferral;
    ok(await respond(declined.id, 'DECLINE', agency.users.caseworkerB, { declineReason: 'Outside our mandate' }));
    const accepted = ok(await refer(c.id, toTeamB())).createReferral;
    ok(await respond(accepted.id, 'ACCEPT', agency.users.caseworkerB));
    const completed = ok(await refer(c.id, toTeamB())).createReferral;
    ok(await respond(completed.id, 'ACCEPT', agency.users.caseworkerB));
    ok(await complete(completed.id, agency.users.caseworkerB));
    const before = await snapshot(c.id);
    const b = agency.users.caseworkerB;
    const illegal: [string, () => Promise<GraphQLResponse>][] = [
      ['complete pending', () => complete(pending.id, b)],
      ['accept accepted', () => respond(accepted.id, 'ACCEPT', b)],
      ['decline accepted', () => respond(accepted.id, 'DECLINE', b, { declineReason: 'Changed our mind' })],
      ['accept declined', () => respond(declined.id, 'ACCEPT', b)],
      ['complete declined', () => complete(declined.id, b)],
      ['accept completed', () => respond(completed.id, 'ACCEPT', b)],
      ['decline completed', () => respond(completed.id, 'DECLINE', b, { declineReason: 'Too late now' })],
      ['complete completed', () => complete(completed.id, b)],
    ];
    for (const [name, attempt] of illegal) {
      expect([name, errorCodes(await attempt())]).toEqual([name, ['CONFLICT']]);
    }
    expect(await snapshot(c.id)).toEqual(before);
    const conflicts = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from audit.events where target_id = ${c.id} and outcome = 'denied' and action like 'referral.%'`,
    );
    expect(conflicts[0]!.n).toBe(illegal.length);
    // Bad input: an outcome is required; a decline reason is not given when accepting.
    const noOutcome = await complete(accepted.id, b, '   ');
    expect(paths(noOutcome)).toEqual([['outcome']]);
    const mixed = await respond(pending.id, 'ACCEPT', b, { declineReason: 'Contradiction' });
    expect(paths(mixed)).toEqual([['declineReason']]);
    expect(await snapshot(c.id)).toEqual(before);
    expect(errorCodes(await respond('not-an-id', 'ACCEPT', b))).toEqual(['NOT_FOUND']);
  });

  it('takes one answer when two arrive at once', async () => {
    const c = await newCase();
    const made = ok(await refer(c.id, toTeamB())).createReferral;
    const results = await Promise.all([
      respond(made.id, 'ACCEPT', agency.users.caseworkerB),
      respond(made.id, 'DECLINE', agency.users.supervisorB, { declineReason: 'No capacity this month' }),
    ]);
    expect(results.map((r) => errorCodes(r)).sort()).toEqual([[], ['CONFLICT']]);
    const events = await t.db.rows<{ status: string }>(
      sql`select status::text from "case".referral_events where referral_id = ${made.id}::uuid order by recorded_at`,
    );
    expect(events).toHaveLength(2);
  });
});

describe('consent', () => {
  it('is still required for a referral to a provider, with override as before', async () => {
    const created = ok(
      await t.graphql<{ createCase: { id: string } }>(
        CREATE_CASE,
        {
          input: {
            caseType: 'GBV',
            person: { givenName: 'Fictiva', familyName: 'Noconsent', sex: 'FEMALE', dateOfBirth: '1990-01-01' },
          },
        },
        { as: agency.users.caseworker },
      ),
    ).createCase;
    const input = { kind: 'EXTERNAL', providerId: lawyers, serviceKey: 'legal_aid' };
    expect(errorCodes(await refer(created.id, input))).toEqual(['CONSENT_REQUIRED']);
    expect((await snapshot(created.id)).referrals).toEqual([]);
    const overridden = ok(
      await refer(
        created.id,
        { ...input, consentOverrideReason: 'Court date tomorrow; client unreachable' },
        agency.users.supervisor,
      ),
    ).createReferral;
    expect(overridden.consentOverrideId).not.toBeNull();
  });
});

describe('cancellation', () => {
  it('is made by those who work the referring case, with a reason kept on the referral, its history and the audit trail', async () => {
    const c = await newCase();
    const pending = ok(await refer(c.id, toTeamB({ reason: 'Needs counselling' }))).createReferral;
    const cancelled = ok(
      await cancel(pending.id, agency.users.caseworker, '  The client moved to another district  '),
    ).cancelReferral;
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'The client moved to another district',
      cancelledBy: { id: agency.users.caseworker },
    });
    expect(Date.parse(cancelled.cancelledAt!)).toBeGreaterThan(Date.now() - 60_000);
    expect(cancelled.events).toEqual([
      { status: 'PENDING', note: 'Needs counselling', recordedBy: { id: agency.users.caseworker } },
      {
        status: 'CANCELLED',
        note: 'The client moved to another district',
        recordedBy: { id: agency.users.caseworker },
      },
    ]);
    // An accepted referral too, by the supervisor of the case's team.
    const accepted = ok(await refer(c.id, toTeamB())).createReferral;
    ok(await respond(accepted.id, 'ACCEPT', agency.users.caseworkerB));
    expect(
      ok(await cancel(accepted.id, agency.users.supervisor, 'Service no longer needed')).cancelReferral,
    ).toMatchObject({
      status: 'CANCELLED',
      cancelReason: 'Service no longer needed',
      cancelledBy: { id: agency.users.supervisor },
    });
    // The receiving team sees it cancelled.
    const incoming = ok(
      await t.graphql<{ incomingReferrals: { referral: { id: string } }[] }>(
        INCOMING,
        { status: 'CANCELLED' },
        { as: agency.users.caseworkerB },
      ),
    ).incomingReferrals.map((i) => i.referral.id);
    expect(incoming).toEqual(expect.arrayContaining([pending.id, accepted.id]));
    const audit = await t.db.rows<{ actor_id: string; fields: string[]; reason: string | null; outcome: string }>(
      sql`select actor_id, fields, reason, outcome from audit.events
          where target_id = ${c.id} and action = 'referral.cancel' order by seq`,
    );
    expect(audit).toEqual([
      {
        actor_id: agency.users.caseworker,
        fields: [`referral:${pending.id}`, 'status:cancelled'],
        reason: 'The client moved to another district',
        outcome: 'allowed',
      },
      {
        actor_id: agency.users.supervisor,
        fields: [`referral:${accepted.id}`, 'status:cancelled'],
        reason: 'Service no longer needed',
        outcome: 'allowed',
      },
    ]);
  });

  it('needs a reason of at least 5 characters (at most 2000), and changes nothing without one', async () => {
    const c = await newCase();
    const made = ok(await refer(c.id, toTeamB())).createReferral;
    const before = await snapshot(c.id);
    for (const reason of ['', '    ', 'Gone', ' abc  ', 'x'.repeat(2001), 'Moved\u0007away']) {
      const res = await cancel(made.id, agency.users.caseworker, reason);
      expect([reason, errorCodes(res)]).toEqual([reason, ['BAD_USER_INPUT']]);
      expect([reason, paths(res)]).toEqual([reason, [['reason']]]);
    }
    expect(await snapshot(c.id)).toEqual(before);
  });

  it('refuses a declined, completed or cancelled referral (CONFLICT), and a cancelled one takes no answer', async () => {
    const c = await newCase();
    const declined = ok(await refer(c.id, toTeamB())).createReferral;
    ok(await respond(declined.id, 'DECLINE', agency.users.caseworkerB, { declineReason: 'Outside our mandate' }));
    const completed = ok(await refer(c.id, toTeamB())).createReferral;
    ok(await respond(completed.id, 'ACCEPT', agency.users.caseworkerB));
    ok(await complete(completed.id, agency.users.caseworkerB));
    const cancelled = ok(await refer(c.id, toTeamB())).createReferral;
    ok(await cancel(cancelled.id, agency.users.caseworker));
    const acceptedThenCancelled = ok(await refer(c.id, toTeamB())).createReferral;
    ok(await respond(acceptedThenCancelled.id, 'ACCEPT', agency.users.caseworkerB));
    ok(await cancel(acceptedThenCancelled.id, agency.users.caseworker));
    const before = await snapshot(c.id);
    const b = agency.users.caseworkerB;
    const cw = agency.users.caseworker;
    const illegal: [string, () => Promise<GraphQLResponse>][] = [
      ['cancel declined', () => cancel(declined.id, cw)],
      ['cancel completed', () => cancel(completed.id, cw)],
      ['cancel cancelled', () => cancel(cancelled.id, cw)],
      ['accept cancelled', () => respond(cancelled.id, 'ACCEPT', b)],
      ['decline cancelled', () => respond(cancelled.id, 'DECLINE', b, { declineReason: 'Too late now' })],
      ['complete cancelled', () => complete(acceptedThenCancelled.id, b)],
    ];
    for (const [name, attempt] of illegal) {
      const res = await attempt();
      expect([name, errorCodes(res)]).toEqual([name, ['CONFLICT']]);
      expect(res.errors![0]!.message).toMatch(/^A referral that is (declined|completed|cancelled) cannot become/);
    }
    expect(await snapshot(c.id)).toEqual(before);
    const conflicts = await t.db.rows<{ action: string; reason: string | null }>(
      sql`select action, reason from audit.events where target_id = ${c.id} and outcome = 'denied' order by seq`,
    );
    expect(conflicts).toEqual([
      { action: 'referral.cancel', reason: 'The client moved to another district' },
      { action: 'referral.cancel', reason: 'The client moved to another district' },
      { action: 'referral.cancel', reason: 'The client moved to another district' },
      { action: 'referral.accept', reason: null },
      { action: 'referral.decline', reason: null },
      { action: 'referral.complete', reason: null },
    ]);
  });

  it('is refused to the receiving team (FORBIDDEN, recorded), to a reader of the case and to other agencies', async () => {
    const c = await newCase();
    const made = ok(await refer(c.id, toTeamB())).createReferral;
    const external = ok(
      await refer(c.id, { kind: 'EXTERNAL', providerId: lawyers, serviceKey: 'legal_aid' }),
    ).createReferral;
    ok(
      await t.graphql(
        SHARE,
        {
          caseId: c.id,
          granteeId: agency.users.caseworkerB,
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
        { as: agency.users.caseworker },
      ),
    );
    const before = await snapshot(c.id);
    const attempts: [string, string, string][] = [
      [made.id, agency.users.caseworkerB, 'FORBIDDEN'], // receiving team (and a reader through a share)
      [made.id, agency.users.supervisorB, 'FORBIDDEN'], // receiving team's supervisor: she declines instead
      [external.id, agency.users.caseworkerB, 'FORBIDDEN'], // reads the case through a share, does not work it
      [external.id, agency.users.supervisorB, 'NOT_FOUND'], // neither sees the referral nor reaches the case
      [made.id, agency.users.meal_officer, 'FORBIDDEN'], // no case:update
      [made.id, other.users.supervisor, 'NOT_FOUND'], // another agency
    ];
    for (const [id, as, code] of attempts) {
      const res = await cancel(id, as, 'We cannot take this one');
      expect([as, errorCodes(res)]).toEqual([as, [code]]);
    }
    expect(await snapshot(c.id)).toEqual(before);
    const denied = await t.db.rows<{ actor_id: string; fields: string[]; reason: string | null }>(
      sql`select actor_id, fields, reason from audit.events
          where target_id = ${c.id} and action = 'referral.cancel' and outcome = 'denied' order by seq`,
    );
    expect(denied).toEqual([
      { actor_id: agency.users.caseworkerB, fields: [`referral:${made.id}`], reason: 'We cannot take this one' },
      { actor_id: agency.users.supervisorB, fields: [`referral:${made.id}`], reason: 'We cannot take this one' },
      { actor_id: agency.users.caseworkerB, fields: [`referral:${external.id}`], reason: 'We cannot take this one' },
    ]);
    // The receiving team answers it instead; the referring worker may still cancel an accepted one.
    ok(await respond(made.id, 'ACCEPT', agency.users.supervisorB));
    ok(await cancel(made.id, agency.users.caseworker));
  });

  it('in SQL as haven_app, the receiving team may answer or complete a referral, not cancel, reopen or move it', async () => {
    const c = await newCase();
    const made = ok(await refer(c.id, toTeamB())).createReferral;
    const asB = { viewer: agency.users.caseworkerB, agency: agency.agencyId };
    const update = (set: SQL) =>
      asRuntimeRole(t.db, asB, sql`update "case".referrals set ${set} where id = ${made.id}::uuid returning id`);
    // drizzle wraps the database's error; its cause names the policy.
    const refusal = (error: unknown) => String((error as { cause?: unknown }).cause ?? error);
    const attempts: [string, SQL][] = [
      ['cancel', sql`status = 'cancelled', cancelled_at = now(), cancel_reason = 'Not ours to take'`],
      ['cancel, keeping the status', sql`cancelled_at = now(), cancelled_by = ${agency.users.caseworkerB}::uuid`],
      ['back to pending', sql`status = 'pending'`],
      ['to another team', sql`status = 'accepted', to_team_id = ${agency.teams.a}::uuid`],
    ];
    for (const [what, set] of attempts)
      await expect(update(set).catch(refusal), what).resolves.toMatch(/row-level security/);
    expect((await snapshot(c.id)).referrals).toMatchObject([{ status: 'pending', cancel_reason: null }]);
    // What the service does for her passes the same policy.
    expect(await update(sql`status = 'accepted', responded_by = ${agency.users.caseworkerB}::uuid`)).toHaveLength(1);
  });
});

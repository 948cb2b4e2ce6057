import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * The supervisor's queue (issue 7, item 6) through the gateway: pending approvals (workflow moves and
 * care plans), clocks past due, inactive cases after the agency's configured days, caseloads against
 * targets; only supervisors, only their teams, audited as a read.
 */
let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id caseNumber } }`;
const QUEUE = `query($teamId: ID) { supervisorQueue(teamId: $teamId) {
  teamIds asOf settings { inactivityDays caseloadTarget workerCaseloadTargets { worker { id } target } }
  approvals { kind id caseId caseNumber stage toStage requestedBy { id } requestedAt } approvalsTotal
  overdue { id caseId caseNumber kind stage dueAt assignedWorker { id } } overdueTotal
  inactive { caseId caseNumber stage assignedWorker { id } lastActivityAt } inactiveTotal
  caseloads { worker { id } openCases target overTarget } } }`;
const SETTINGS = `{ supervisionSettings { inactivityDays caseloadTarget workerCaseloadTargets { worker { id } target } } }`;
const SET = `mutation($input: SupervisionSettingsInput!) { setSupervisionSettings(input: $input) {
  inactivityDays caseloadTarget workerCaseloadTargets { worker { id } target } } }`;
const CONSENT = `mutation($caseId: ID!, $scope: ConsentScope!) {
  recordConsent(caseId: $caseId, input: { givenBy: CLIENT, scope: $scope }) { id } }`;
const PLAN = `mutation($caseId: ID!, $input: CarePlanInput!) { createCarePlan(caseId: $caseId, input: $input) { id status } }`;
const SUBMIT_PLAN = `mutation($id: ID!) { submitCarePlan(carePlanId: $id) { id status } }`;
const SUBMIT_FORM = `mutation($caseId: ID!, $formKey: String!, $values: JSON!) { submitForm(caseId: $caseId, formKey: $formKey, values: $values) { id } }`;
const TRANSITION = `mutation($caseId: ID!, $toStage: String!, $reason: String, $input: TransitionInput) {
  transitionCase(caseId: $caseId, toStage: $toStage, reason: $reason, input: $input) { transitioned approval { id } } }`;
const NOTE = `mutation($caseId: ID!, $input: CaseNoteInput!) { addCaseNote(caseId: $caseId, input: $input) { id } }`;

type Queue = {
  teamIds: string[];
  settings: { inactivityDays: number; caseloadTarget: number };
  approvals: {
    kind: string;
    id: string;
    caseId: string;
    caseNumber: string;
    stage: string | null;
    toStage: string | null;
  }[];
  approvalsTotal: number;
  overdue: { caseId: string; kind: string; stage: string; assignedWorker: { id: string } }[];
  overdueTotal: number;
  inactive: { caseId: string; stage: string | null; lastActivityAt: string }[];
  inactiveTotal: number;
  caseloads: { worker: { id: string }; openCases: number; target: number; overTarget: boolean }[];
};

const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
const pathsOf = (res: GraphQLResponse) =>
  ((res.errors?.[0]?.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path.join('.'));
function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function newCase(caseType: string, as: string): Promise<{ id: string; caseNumber: string }> {
  const res = await t.graphql<{ createCase: { id: string; caseNumber: string } }>(
    CREATE,
    {
      input: {
        caseType,
        person: { givenName: 'Fictiva', familyName: 'Queuetest', sex: 'FEMALE', dateOfBirth: '2011-05-05' },
      },
    },
    { as },
  );
  return ok(res).createCase;
}

async function queue(as: string, teamId?: string) {
  return t.graphql<{ supervisorQueue: Queue }>(QUEUE, teamId ? { teamId } : {}, { as });
}

/** Moves a case's recorded activity back in time (time injected): its update and its stage entry. */
async function age(caseId: string, days: number) {
  await t.db.transaction({ system: 'test-clock' }, async (tx) => {
    await tx.execute(
      sql`update "case".cases set updated_at = now() - make_interval(days => ${days}) where id = ${caseId}::uuid`,
    );
    await tx.execute(
      sql`update workflow.case_stages set entered_at = now() - make_interval(days => ${days}) where case_id = ${caseId}::uuid`,
    );
    await tx.execute(
      sql`update "case".form_submissions set updated_at = now() - make_interval(days => ${days}), submitted_at = now() - make_interval(days => ${days}) where case_id = ${caseId}::uuid`,
    );
  });
}

let pendingPlanCase: { id: string; caseNumber: string };
let pendingMoveCase: { id: string; caseNumber: string };
let overdueCase: { id: string; caseNumber: string };
let quietCase: { id: string; caseNumber: string };
let notedCase: { id: string; caseNumber: string };
let teamBCase: { id: string; caseNumber: string };
let planId: string;
let approvalId: string;

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  const cw = agency.users.caseworker;

  // A care plan submitted for approval, through the care-plan API.
  pendingPlanCase = await newCase('GENERAL_PROTECTION', cw);
  ok(await t.graphql(CONSENT, { caseId: pendingPlanCase.id, scope: 'SERVICES' }, { as: cw }));
  const plan = ok(
    await t.graphql<{ createCarePlan: { id: string } }>(
      PLAN,
      {
        caseId: pendingPlanCase.id,
        input: {
          summary: 'Fictional plan',
          followUpDays: 14,
          objectives: [
            { description: 'Weekly fictional visit', responsibleParty: 'CASEWORKER', responsibleUserId: cw },
          ],
        },
      },
      { as: cw },
    ),
  ).createCarePlan;
  planId = plan.id;
  expect(
    ok(await t.graphql<{ submitCarePlan: { status: string } }>(SUBMIT_PLAN, { id: planId }, { as: cw })).submitCarePlan
      .status,
  ).toBe('PENDING_APPROVAL');

  // A GBV closure at the survivor's request waiting for the supervisor (closure form through submitForm).
  pendingMoveCase = await newCase('GBV', cw);
  ok(
    await t.graphql(
      SUBMIT_FORM,
      {
        caseId: pendingMoveCase.id,
        formKey: 'case_closure',
        values: {
          closureReason: 'client_request',
          lastContactDate: '2026-11-01',
          riskAtClosure: 'medium',
          clientInformed: true,
        },
      },
      { as: cw },
    ),
  );
  const move = ok(
    await t.graphql<{ transitionCase: { transitioned: boolean; approval: { id: string } } }>(
      TRANSITION,
      {
        caseId: pendingMoveCase.id,
        toStage: 'closed',
        reason: 'The survivor asked',
        input: { closureCategory: 'SURVIVOR_REQUEST' },
      },
      { as: cw },
    ),
  ).transitionCase;
  expect(move.transitioned).toBe(false);
  approvalId = move.approval.id;

  // A clock past due: the identification limit ran out yesterday.
  overdueCase = await newCase('GENERAL_PROTECTION', cw);
  await t.db.transaction({ system: 'test-clock' }, (tx) =>
    tx.execute(
      sql`update workflow.deadlines set due_at = now() - interval '1 day' where case_id = ${overdueCase.id}::uuid`,
    ),
  );

  // Quiet for 20 days; and another quiet one where a note was written today.
  quietCase = await newCase('GENERAL_PROTECTION', cw);
  notedCase = await newCase('GENERAL_PROTECTION', cw);
  await age(quietCase.id, 20);
  await age(notedCase.id, 20);
  ok(
    await t.graphql(
      NOTE,
      {
        caseId: notedCase.id,
        input: {
          noteType: 'PHONE_CALL',
          occurredAt: new Date(Date.now() - 60_000).toISOString(),
          body: 'Fictional call',
        },
      },
      { as: cw },
    ),
  );
  // The note may touch the case's updated_at; keep the case itself old so only the note counts.
  await t.db.transaction({ system: 'test-clock' }, (tx) =>
    tx.execute(sql`update "case".cases set updated_at = now() - interval '20 days' where id = ${notedCase.id}::uuid`),
  );

  teamBCase = await newCase('GENERAL_PROTECTION', agency.users.caseworkerB);
  await age(teamBCase.id, 40);
  // The other agency's quiet case with a pending plan never shows in ours.
  const foreign = await newCase('GENERAL_PROTECTION', other.users.caseworker);
  await age(foreign.id, 40);
});
afterAll(() => t?.close());

describe('settings', () => {
  it('workflow:manage sets the inactivity days and caseload targets; others are refused; bad input lists every problem', async () => {
    const pm = agency.users.programme_manager;
    const input = {
      inactivityDays: 10,
      caseloadTarget: 3,
      workerCaseloadTargets: [{ workerId: agency.users.caseworker, target: 2 }],
    };
    for (const as of [agency.users.caseworker, agency.users.supervisor]) {
      const res = await t.graphql(SET, { input: { ...input, inactivityDays: 1 } }, { as });
      expect(codeOf(res), as).toBe('FORBIDDEN');
    }
    const bad = await t.graphql(
      SET,
      {
        input: {
          inactivityDays: 0,
          caseloadTarget: 9999,
          workerCaseloadTargets: [
            { workerId: other.users.caseworker, target: 2 },
            { workerId: 'not-a-user', target: 0 },
          ],
        },
      },
      { as: pm },
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(pathsOf(bad)).toEqual([
      'input.inactivityDays',
      'input.caseloadTarget',
      'input.workerCaseloadTargets.1.workerId',
      'input.workerCaseloadTargets.1.target',
    ]);
    const foreignWorker = await t.graphql(
      SET,
      { input: { ...input, workerCaseloadTargets: [{ workerId: other.users.caseworker, target: 2 }] } },
      { as: pm },
    );
    expect(codeOf(foreignWorker)).toBe('BAD_USER_INPUT');
    expect(pathsOf(foreignWorker)).toEqual(['input.workerCaseloadTargets.0.workerId']);
    // Nothing of the refused attempts was stored.
    const before = ok(await t.graphql<{ supervisionSettings: unknown }>(SETTINGS, {}, { as: agency.users.supervisor }));
    expect(before.supervisionSettings).toMatchObject({
      inactivityDays: 30,
      caseloadTarget: 25,
      workerCaseloadTargets: [],
    });

    const set = ok(
      await t.graphql<{ setSupervisionSettings: unknown }>(SET, { input }, { as: pm }),
    ).setSupervisionSettings;
    expect(set).toEqual({
      inactivityDays: 10,
      caseloadTarget: 3,
      workerCaseloadTargets: [{ worker: { id: agency.users.caseworker }, target: 2 }],
    });
    // The programme manager (no case access) reads them back; a MEAL officer may not.
    const read = ok(await t.graphql<{ supervisionSettings: unknown }>(SETTINGS, {}, { as: pm }));
    expect(read.supervisionSettings).toEqual(set);
    expect(codeOf(await t.graphql(SETTINGS, {}, { as: agency.users.meal_officer }))).toBe('FORBIDDEN');
    // The other agency keeps its defaults.
    const theirs = ok(await t.graphql<{ supervisionSettings: unknown }>(SETTINGS, {}, { as: other.users.supervisor }));
    expect(theirs.supervisionSettings).toMatchObject({ inactivityDays: 30, caseloadTarget: 25 });
    const [audit] = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from audit.events where actor_id = ${pm}::uuid and action = 'workflow.supervision.update'`,
    );
    expect(audit!.n).toBe(1);
  });
});

describe('the queue', () => {
  it('lists the team’s pending approvals, overdue clocks, inactive cases and caseloads against targets', async () => {
    const q = ok(await queue(agency.users.supervisor)).supervisorQueue;
    expect(q.teamIds).toEqual([agency.teams.a]);
    expect(q.settings).toMatchObject({ inactivityDays: 10, caseloadTarget: 3 });

    expect(q.approvalsTotal).toBe(2);
    const kinds = Object.fromEntries(q.approvals.map((a) => [a.kind, a]));
    expect(kinds.care_plan).toMatchObject({
      id: planId,
      caseId: pendingPlanCase.id,
      caseNumber: pendingPlanCase.caseNumber,
    });
    expect(kinds.transition).toMatchObject({
      id: approvalId,
      caseId: pendingMoveCase.id,
      stage: 'identification',
      toStage: 'closed',
    });

    expect(q.overdueTotal).toBe(1);
    expect(q.overdue[0]).toMatchObject({
      caseId: overdueCase.id,
      kind: 'stage_limit',
      stage: 'identification',
      assignedWorker: { id: agency.users.caseworker },
    });

    // Quiet for 20 days > 10: listed; the case with today's note is not; fresh cases are not.
    expect(q.inactive.map((c) => c.caseId)).toEqual([quietCase.id]);
    expect(q.inactiveTotal).toBe(1);
    expect(q.inactive[0]!.stage).toBe('identification');
    expect(Date.now() - new Date(q.inactive[0]!.lastActivityAt).getTime()).toBeGreaterThan(19 * 86_400_000);

    // Caseworker: 5 open cases against her own target of 2; the team default (3) for anyone else.
    const mine = q.caseloads.find((c) => c.worker.id === agency.users.caseworker);
    expect(mine).toEqual({ worker: { id: agency.users.caseworker }, openCases: 5, target: 2, overTarget: true });
    expect(q.caseloads.map((c) => c.worker.id)).not.toContain(agency.users.caseworkerB);

    // Read audited with the case ids it returned.
    const [audit] = await t.db.rows<{ target_ids: string[] }>(
      sql`select target_ids from audit.events where actor_id = ${agency.users.supervisor}::uuid
          and action = 'case.list' and 'supervisorQueue' = any(fields) order by seq desc limit 1`,
    );
    expect([...audit!.target_ids].sort()).toEqual(
      [pendingPlanCase.id, pendingMoveCase.id, overdueCase.id, quietCase.id].sort(),
    );
  });

  it('a higher threshold lists fewer (none quiet for 30 days); the default caseload target applies again', async () => {
    ok(
      await t.graphql(
        SET,
        { input: { inactivityDays: 30, caseloadTarget: 3, workerCaseloadTargets: [] } },
        { as: agency.users.programme_manager },
      ),
    );
    const q = ok(await queue(agency.users.supervisor)).supervisorQueue;
    expect(q.inactiveTotal).toBe(0);
    expect(q.caseloads.find((c) => c.worker.id === agency.users.caseworker)).toMatchObject({
      target: 3,
      overTarget: true,
    });
    ok(
      await t.graphql(
        SET,
        {
          input: {
            inactivityDays: 10,
            caseloadTarget: 3,
            workerCaseloadTargets: [{ workerId: agency.users.caseworker, target: 2 }],
          },
        },
        { as: agency.users.programme_manager },
      ),
    );
  });

  it('a decided approval leaves the queue', async () => {
    ok(
      await t.graphql(
        `mutation($id: ID!) { decideCarePlan(carePlanId: $id, decision: APPROVE) { id } }`,
        { id: planId },
        { as: agency.users.supervisor },
      ),
    );
    const q = ok(await queue(agency.users.supervisor)).supervisorQueue;
    expect(q.approvals.map((a) => a.kind)).toEqual(['transition']);
  });

  it('each supervisor sees her own teams only; everyone else is refused', async () => {
    const b = ok(await queue(agency.users.supervisorB)).supervisorQueue;
    expect(b.teamIds).toEqual([agency.teams.b]);
    expect(b.inactive.map((c) => c.caseId)).toEqual([teamBCase.id]);
    expect(b.approvalsTotal).toBe(0);
    expect(b.caseloads.map((c) => c.worker.id)).toEqual([agency.users.caseworkerB]);

    // Another agency's supervisor: her own team, none of our cases.
    const theirs = ok(await queue(other.users.supervisor)).supervisorQueue;
    const ours = [pendingPlanCase, pendingMoveCase, overdueCase, quietCase, notedCase, teamBCase].map((c) => c.id);
    for (const list of [theirs.approvals, theirs.overdue, theirs.inactive])
      expect(list.filter((x) => ours.includes(x.caseId))).toEqual([]);
    expect(theirs.caseloads.map((c) => c.worker.id)).not.toContain(agency.users.caseworker);

    // A team she does not supervise, in her agency or another.
    expect(codeOf(await queue(agency.users.supervisor, agency.teams.b))).toBe('FORBIDDEN');
    expect(codeOf(await queue(other.users.supervisor, agency.teams.a))).toBe('FORBIDDEN');
    // Not supervisors: a caseworker, a programme manager, an auditor.
    for (const as of [agency.users.caseworker, agency.users.programme_manager, agency.users.auditor]) {
      const res = await queue(as);
      expect(codeOf(res), as).toBe('FORBIDDEN');
      expect(res.data?.supervisorQueue ?? null).toBeNull();
    }
  });
});

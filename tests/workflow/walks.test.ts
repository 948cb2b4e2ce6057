import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { sweepDeadlines } from '../../subgraphs/workflow/src/jobs/sweep';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * Issue 7, item 8: each shipped workflow walked end to end through the gateway with the real APIs
 * (consent, forms through submitForm, care plans through createCarePlan/submitCarePlan/decideCarePlan,
 * transitions and approvals): registration → identification → assessment → care plan or referral only →
 * implementation → case review → closed (case_closure form, a standard reason, the supervisor's or the
 * panel's approval) → reopened with a reason. GBV: a pause and a closure at the survivor's request from
 * a middle stage. Every refused step names the failed guard and changes nothing. Clocks: the sweep runs at
 * injected instants (overdue follow-up → caseworker alert → supervisor escalation).
 */
let t: TestHaven;
let agency: TestAgency;

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id status } }`;
const CONSENT = `mutation($caseId: ID!, $scope: ConsentScope!) {
  recordConsent(caseId: $caseId, input: { givenBy: CLIENT, scope: $scope }) { id } }`;
const SUBMIT_FORM = `mutation($caseId: ID!, $formKey: String!, $values: JSON!) {
  submitForm(caseId: $caseId, formKey: $formKey, values: $values) { id } }`;
const CREATE_PLAN = `mutation($caseId: ID!, $input: CarePlanInput!) { createCarePlan(caseId: $caseId, input: $input) { id status } }`;
const SUBMIT_PLAN = `mutation($id: ID!) { submitCarePlan(carePlanId: $id) { id status } }`;
const DECIDE_PLAN = `mutation($id: ID!, $decision: CarePlanDecision!) { decideCarePlan(carePlanId: $id, decision: $decision) { id status } }`;
const TRANSITION = `mutation($caseId: ID!, $toStage: String!, $reason: String, $input: TransitionInput) {
  transitionCase(caseId: $caseId, toStage: $toStage, reason: $reason, input: $input) {
    transitioned currentStage { stageKey } approval { id kind toStage status } } }`;
const APPROVE = `mutation($id: ID!) { approveTransition(approvalId: $id) { approval { status } currentStage { stageKey } } }`;
const CASE = `query($id: ID!) { case(id: $id) { status currentStage { stageKey workflowKey }
  stageHistory { fromStage toStage reason closureCategory approvalId }
  deadlines { id kind stage startedAt dueAt basis } } }`;
const NOTIFICATIONS = `{ myNotifications { kind caseId title } }`;

const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
const pathsOf = (res: GraphQLResponse) =>
  ((res.errors?.[0]?.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path.join('.'));
function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

const cw = () => agency.users.caseworker;
const sup = () => agency.users.supervisor;

type Outcome = {
  transitioned: boolean;
  currentStage: { stageKey: string };
  approval: { id: string; kind: string } | null;
};
const move = (caseId: string, toStage: string, vars: Record<string, unknown> = {}, as = cw()) =>
  t.graphql<{ transitionCase: Outcome }>(TRANSITION, { caseId, toStage, ...vars }, { as });

async function moved(caseId: string, toStage: string, vars: Record<string, unknown> = {}): Promise<void> {
  const out = ok(await move(caseId, toStage, vars)).transitionCase;
  expect(out).toMatchObject({ transitioned: true, currentStage: { stageKey: toStage }, approval: null });
}

/** A move that waits for approval, approved by the team's supervisor. */
async function approvedMove(caseId: string, toStage: string, kind: string, vars: Record<string, unknown> = {}) {
  const out = ok(await move(caseId, toStage, vars)).transitionCase;
  expect(out).toMatchObject({ transitioned: false, approval: { kind, toStage, status: 'pending' } });
  // Not the requester (FORBIDDEN); another team's supervisor does not even reach it (NOT_FOUND).
  expect(codeOf(await t.graphql(APPROVE, { id: out.approval!.id }, { as: cw() }))).toBe('FORBIDDEN');
  expect(codeOf(await t.graphql(APPROVE, { id: out.approval!.id }, { as: agency.users.supervisorB }))).toBe(
    'NOT_FOUND',
  );
  expect(await stageOf(caseId)).not.toBe(toStage);
  const decided = ok(await t.graphql<{ approveTransition: unknown }>(APPROVE, { id: out.approval!.id }, { as: sup() }));
  expect(decided.approveTransition).toMatchObject({
    approval: { status: 'approved' },
    currentStage: { stageKey: toStage },
  });
}

/** A refused move: the code, the failed guard (or input path), and nothing changed. */
async function refused(
  caseId: string,
  toStage: string,
  code: string,
  paths: string[],
  vars: Record<string, unknown> = {},
) {
  const before = await snapshot(caseId);
  const res = await move(caseId, toStage, vars);
  expect(codeOf(res), `${toStage}: ${JSON.stringify(res.errors)}`).toBe(code);
  expect(pathsOf(res)).toEqual(paths);
  expect(await snapshot(caseId)).toEqual(before);
}

async function snapshot(caseId: string) {
  const [row] = await t.db.rows<{ stage: string; status: string; history: number; approvals: number }>(
    sql`select s.stage, c.status::text as status,
        (select count(*)::int from workflow.stage_history h where h.case_id = s.case_id) as history,
        (select count(*)::int from workflow.approvals a where a.case_id = s.case_id) as approvals
        from workflow.case_stages s join "case".cases c on c.id = s.case_id where s.case_id = ${caseId}::uuid`,
  );
  return row!;
}
const stageOf = async (caseId: string) => (await snapshot(caseId)).stage;

async function register(caseType: string): Promise<string> {
  const res = await t.graphql<{ createCase: { id: string; status: string } }>(
    CREATE,
    {
      input: {
        caseType,
        person: { givenName: 'Fictiva', familyName: 'Walkthrough', sex: 'FEMALE', dateOfBirth: '2012-02-02' },
      },
    },
    { as: cw() },
  );
  const created = ok(res).createCase;
  expect(await snapshot(created.id)).toMatchObject({ stage: 'identification', status: 'open', history: 1 });
  return created.id;
}

const consent = async (caseId: string, scope: string) => ok(await t.graphql(CONSENT, { caseId, scope }, { as: cw() }));

async function submitForm(caseId: string, formKey: string, values: Record<string, unknown>) {
  ok(await t.graphql(SUBMIT_FORM, { caseId, formKey, values }, { as: cw() }));
}

const riskAssessment = (caseId: string) =>
  submitForm(caseId, 'protection_risk_assessment', {
    immediateDanger: 'no',
    perpetratorAccess: 'no',
    selfHarm: 'no',
    supportNetwork: 'yes',
    basicNeedsMet: 'yes',
  });

const closureForm = (caseId: string, closureReason = 'goals_met') =>
  submitForm(caseId, 'case_closure', {
    closureReason,
    lastContactDate: '2026-11-02',
    riskAtClosure: 'low',
    clientInformed: true,
  });

/** A care plan created, submitted and approved through the care-plan API. */
async function approvedCarePlan(caseId: string, followUpDays: number) {
  const plan = ok(
    await t.graphql<{ createCarePlan: { id: string; status: string } }>(
      CREATE_PLAN,
      {
        caseId,
        input: {
          summary: 'Fictional plan of the walk',
          followUpDays,
          objectives: [
            { description: 'Fortnightly fictional visit', responsibleParty: 'CASEWORKER', responsibleUserId: cw() },
          ],
        },
      },
      { as: cw() },
    ),
  ).createCarePlan;
  expect(plan.status).toBe('DRAFT');
  expect(
    ok(await t.graphql<{ submitCarePlan: { status: string } }>(SUBMIT_PLAN, { id: plan.id }, { as: cw() }))
      .submitCarePlan.status,
  ).toBe('PENDING_APPROVAL');
  // Pending approval is not approved: implementation stays blocked.
  await refused(caseId, 'implementation', 'CONFLICT', ['guards.care_plan_approved']);
  expect(
    ok(
      await t.graphql<{ decideCarePlan: { status: string } }>(
        DECIDE_PLAN,
        { id: plan.id, decision: 'APPROVE' },
        { as: sup() },
      ),
    ).decideCarePlan.status,
  ).toBe('APPROVED');
}

async function caseView(caseId: string) {
  return ok(
    await t.graphql<{
      case: {
        status: string;
        currentStage: { stageKey: string; workflowKey: string };
        stageHistory: {
          fromStage: string | null;
          toStage: string;
          reason: string | null;
          closureCategory: string | null;
          approvalId: string | null;
        }[];
        deadlines: {
          id: string;
          kind: string;
          stage: string;
          startedAt: string;
          dueAt: string;
          basis: string | null;
        }[];
      };
    }>(CASE, { id: caseId }, { as: cw() }),
  ).case;
}

const DAY = 86_400_000;

/**
 * The care-plan path of a workflow: identification → assessment → care_plan → implementation →
 * case_review → closed → reopened → implementation. `panel`: the CP panel reviews the care-plan step
 * and the closure.
 */
async function carePlanWalk(caseType: string, workflowKey: string, panel: boolean) {
  const id = await register(caseType);
  expect((await caseView(id)).currentStage.workflowKey).toBe(workflowKey);
  // Skipping stages is not a transition of the workflow.
  await refused(id, 'implementation', 'BAD_USER_INPUT', ['toStage']);
  await refused(id, 'assessment', 'CONFLICT', ['guards.consent']);
  await consent(id, 'SERVICES');
  await moved(id, 'assessment');

  await refused(id, 'care_plan', 'CONFLICT', ['guards.forms_submitted']);
  await riskAssessment(id);
  if (panel) await approvedMove(id, 'care_plan', 'panel');
  else await moved(id, 'care_plan');

  await refused(id, 'implementation', 'CONFLICT', ['guards.care_plan_approved']);
  await approvedCarePlan(id, 14);
  await moved(id, 'implementation');
  // The follow-up clock runs as the approved care plan says: 14 days from entering implementation.
  const followUp = (await caseView(id)).deadlines.find((d) => d.kind === 'follow_up' && d.stage === 'implementation')!;
  expect(new Date(followUp.dueAt).getTime() - new Date(followUp.startedAt).getTime()).toBe(14 * DAY);
  // Time injected: an hour after it falls due the sweep alerts the caseworker; after the escalation
  // delay (72 hours) the team's supervisor.
  const due = new Date(followUp.dueAt).getTime();
  const sweep = async (at: number) =>
    (
      await sweepDeadlines(t.db, { now: new Date(at), emailConfigured: false, agencyId: agency.agencyId })
    ).created.filter((c) => c.deadlineId === followUp.id);
  expect((await sweep(due + 3_600_000)).map((c) => [c.kind, c.recipientId])).toEqual([['overdue', cw()]]);
  expect((await sweep(due + 73 * 3_600_000)).map((c) => [c.kind, c.recipientId])).toEqual([['escalation', sup()]]);
  const alerts = async (as: string) =>
    ok(await t.graphql<{ myNotifications: { kind: string; caseId: string }[] }>(NOTIFICATIONS, {}, { as }))
      .myNotifications.filter((n) => n.caseId === id)
      .map((n) => n.kind);
  expect(await alerts(cw())).toContain('overdue');
  expect(await alerts(sup())).toContain('escalation');

  await moved(id, 'case_review');
  // Back to implementation needs a reason.
  await refused(id, 'implementation', 'BAD_USER_INPUT', ['reason']);
  // Closing: the closure form first, then a standard reason category, then the approval.
  const closing = { reason: 'Goals of the plan met', input: { closureCategory: 'OBJECTIVES_MET' } };
  await refused(id, 'closed', 'CONFLICT', ['guards.closure_documentation'], closing);
  await closureForm(id);
  await refused(id, 'closed', 'BAD_USER_INPUT', ['input.closureCategory'], { reason: 'Goals met' });
  await approvedMove(id, 'closed', panel ? 'panel' : 'supervisor', closing);
  expect(await snapshot(id)).toMatchObject({ stage: 'closed', status: 'closed' });

  // Reopening needs a reason; it reopens the case.
  await refused(id, 'reopened', 'BAD_USER_INPUT', ['reason']);
  await moved(id, 'reopened', { reason: 'New incident reported' });
  expect(await snapshot(id)).toMatchObject({ stage: 'reopened', status: 'open' });
  await moved(id, 'implementation', { reason: 'The approved plan still applies' });

  const view = await caseView(id);
  expect(view.stageHistory.map((h) => h.toStage)).toEqual([
    'identification',
    'assessment',
    'care_plan',
    'implementation',
    'case_review',
    'closed',
    'reopened',
    'implementation',
  ]);
  const closed = view.stageHistory.find((h) => h.toStage === 'closed')!;
  expect(closed).toMatchObject({ closureCategory: 'OBJECTIVES_MET', reason: 'Goals of the plan met' });
  expect(closed.approvalId).not.toBeNull();
  expect(view.stageHistory.find((h) => h.toStage === 'care_plan')!.approvalId === null).toBe(!panel);
  expect(view.stageHistory.find((h) => h.toStage === 'reopened')!.reason).toBe('New incident reported');
  return id;
}

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
});
afterAll(() => t?.close());

describe('the shipped workflows end to end', () => {
  it('child protection: the panel reviews the care-plan step and the closure', async () => {
    await carePlanWalk('CHILD_PROTECTION', 'cp-default', true);
  });

  it('general protection: the supervisor approves the closure', async () => {
    await carePlanWalk('GENERAL_PROTECTION', 'gp-default', false);
  });

  it('GBV: the care-plan path', async () => {
    await carePlanWalk('GBV', 'gbv-default', false);
  });

  it('GBV: referral only (referral consent) → closed with approval → reopened', async () => {
    const id = await register('GBV');
    await consent(id, 'SERVICES');
    await moved(id, 'assessment');
    await riskAssessment(id);
    await refused(id, 'referral_only', 'CONFLICT', ['guards.consent']);
    await consent(id, 'REFERRAL');
    await moved(id, 'referral_only');
    await closureForm(id, 'transferred');
    await approvedMove(id, 'closed', 'supervisor', {
      reason: 'Referred on',
      input: { closureCategory: 'TRANSFERRED' },
    });
    expect(await snapshot(id)).toMatchObject({ stage: 'closed', status: 'closed' });
    await moved(id, 'reopened', { reason: 'The survivor came back' });
    await moved(id, 'assessment');
    expect((await caseView(id)).stageHistory.map((h) => h.toStage)).toEqual([
      'identification',
      'assessment',
      'referral_only',
      'closed',
      'reopened',
      'assessment',
    ]);
  });

  it('GBV: paused at the survivor’s request from implementation, resumed there, then closed at her request', async () => {
    const id = await register('GBV');
    await consent(id, 'SERVICES');
    await moved(id, 'assessment');
    await riskAssessment(id);
    await moved(id, 'care_plan');
    await approvedCarePlan(id, 30);
    await moved(id, 'implementation');

    await refused(id, 'paused', 'BAD_USER_INPUT', ['reason']);
    await moved(id, 'paused', { reason: 'The survivor asked for a pause' });
    expect(await snapshot(id)).toMatchObject({ stage: 'paused', status: 'open' });
    // Resuming goes back to where she paused (implementation), with a reason; not elsewhere.
    await refused(id, 'case_review', 'BAD_USER_INPUT', ['toStage'], { reason: 'x' });
    await moved(id, 'implementation', { reason: 'The survivor is ready to continue' });

    // From a middle stage, a closure at the survivor's request only: other categories are refused.
    const request = { reason: 'The survivor asked to close', input: { closureCategory: 'SURVIVOR_REQUEST' } };
    await refused(id, 'closed', 'CONFLICT', ['guards.closure_documentation'], request);
    await closureForm(id, 'client_request');
    await refused(id, 'closed', 'BAD_USER_INPUT', ['input.closureCategory'], {
      reason: 'Goals met',
      input: { closureCategory: 'OBJECTIVES_MET' },
    });
    await approvedMove(id, 'closed', 'supervisor', request);
    const view = await caseView(id);
    expect(view.status).toBe('CLOSED');
    expect(view.stageHistory.map((h) => h.toStage)).toEqual([
      'identification',
      'assessment',
      'care_plan',
      'implementation',
      'paused',
      'implementation',
      'closed',
    ]);
    expect(view.stageHistory.at(-1)).toMatchObject({
      fromStage: 'implementation',
      closureCategory: 'SURVIVOR_REQUEST',
    });
    // Closed: no clock runs.
    expect(view.deadlines).toEqual([]);
  });

  it('guards about who asks (role, permission) refuse with FORBIDDEN naming the guard, before guards about the case', async () => {
    // A second agency, whose programme manager publishes a stricter general-protection workflow.
    const strict = await createTestAgency(t.db);
    const pm = strict.users.programme_manager;
    const [v1] = ok(
      await t.graphql<{
        workflowDefinitions: { version: number; definition: { transitions: Record<string, unknown>[] } }[];
      }>(`{ workflowDefinitions(key: "gp-default") { version definition } }`, {}, { as: pm }),
    ).workflowDefinitions;
    const definition = {
      ...v1!.definition,
      transitions: v1!.definition.transitions.map((tr) =>
        tr.from === 'identification' && tr.to === 'assessment'
          ? {
              ...tr,
              guards: [
                { type: 'role', roles: ['supervisor'] },
                { type: 'consent', scope: 'services' },
              ],
            }
          : tr.from === 'assessment' && tr.to === 'referral_only'
            ? { ...tr, guards: [{ type: 'permission', permission: 'workflow:manage' }] }
            : tr,
      ),
    };
    ok(
      await t.graphql(
        `mutation($d: JSON!) { saveWorkflowDefinition(key: "gp-default", definition: $d) { version } }`,
        { d: definition },
        { as: pm },
      ),
    );
    ok(
      await t.graphql(
        `mutation { publishWorkflowDefinition(key: "gp-default", version: 2) { status } }`,
        {},
        { as: pm },
      ),
    );

    const created = ok(
      await t.graphql<{ createCase: { id: string } }>(
        CREATE,
        {
          input: {
            caseType: 'GENERAL_PROTECTION',
            person: { givenName: 'Fictiva', familyName: 'Strictwalk', sex: 'FEMALE', dateOfBirth: '2013-03-03' },
          },
        },
        { as: strict.users.caseworker },
      ),
    ).createCase;
    const id = created.id;
    const attempt = (toStage: string, as: string) => t.graphql(TRANSITION, { caseId: id, toStage }, { as });
    const before = await snapshot(id);
    // The caseworker lacks the role: FORBIDDEN on the role guard (the missing consent is not even reached).
    const byWorker = await attempt('assessment', strict.users.caseworker);
    expect(codeOf(byWorker)).toBe('FORBIDDEN');
    expect(pathsOf(byWorker)).toEqual(['guards.role']);
    // The team's supervisor has the role; the case still lacks consent: CONFLICT on the consent guard.
    const noConsent = await attempt('assessment', strict.users.supervisor);
    expect(codeOf(noConsent)).toBe('CONFLICT');
    expect(pathsOf(noConsent)).toEqual(['guards.consent']);
    expect(await snapshot(id)).toEqual(before);
    ok(await t.graphql(CONSENT, { caseId: id, scope: 'SERVICES' }, { as: strict.users.caseworker }));
    ok(await attempt('assessment', strict.users.supervisor));
    // A permission nobody who works cases holds.
    const byPermission = await attempt('referral_only', strict.users.supervisor);
    expect(codeOf(byPermission)).toBe('FORBIDDEN');
    expect(pathsOf(byPermission)).toEqual(['guards.permission']);
    expect(await snapshot(id)).toMatchObject({ stage: 'assessment', history: 2 });
    // The refusals are audited as denied.
    const [denied] = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from audit.events where target_id = ${id} and action = 'case.transition' and outcome = 'denied'`,
    );
    expect(denied!.n).toBe(3);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { addDuration } from '../../subgraphs/workflow/src/calendar/calendar';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * The workflow engine through the gateway: transitions with guards checked on the server (the failed
 * guard named), stage history, closure with documentation and a standard reason, approvals by a
 * supervisor of the case's team, reopening, versioned definitions and the agency calendar.
 */
let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const CONSENT = `mutation($caseId: ID!, $scope: ConsentScope!) {
  recordConsent(caseId: $caseId, input: { givenBy: CLIENT, scope: $scope }) { id } }`;
const TRANSITION = `mutation($caseId: ID!, $toStage: String!, $reason: String, $input: TransitionInput) {
  transitionCase(caseId: $caseId, toStage: $toStage, reason: $reason, input: $input) {
    transitioned currentStage { stageKey workflowVersion } approval { id status toStage kind } } }`;
const APPROVE = `mutation($id: ID!, $comment: String) { approveTransition(approvalId: $id, comment: $comment) {
  approval { id status comment decidedBy { id } } currentStage { stageKey } } }`;
const REJECT = `mutation($id: ID!, $comment: String!) { rejectTransition(approvalId: $id, comment: $comment) {
  approval { id status comment } currentStage { stageKey } } }`;
const CASE = `query($id: ID!) { case(id: $id) { id status currentStage { stage stageKey workflowKey workflowVersion }
  stageHistory { fromStage toStage reason closureCategory approvalId transitionedBy { id } transitionedAt }
  workflowApprovals { id status } deadlines { kind stage startedAt dueAt basis }
  allowedTransitions { toStage needsApproval reasonRequired closes blockedBy { guard message } } } }`;
const STAGE = `query($id: ID!) { case(id: $id) { currentStage { stageKey workflowVersion } } }`;
const PENDING = `{ pendingApprovals { id caseId toStage status } }`;
const NOTIFICATIONS = `{ myNotifications { id kind caseId title readAt } }`;
const SAVE = `mutation($key: String!, $definition: JSON!) { saveWorkflowDefinition(key: $key, definition: $definition) { key version status } }`;
const PUBLISH = `mutation($key: String!, $version: Int!) { publishWorkflowDefinition(key: $key, version: $version) { key version status } }`;
const DEFINITIONS = `query($key: String) { workflowDefinitions(key: $key, includeDrafts: true) { key version status definition } }`;
const SET_CALENDAR = `mutation($input: AgencyCalendarInput!) { setAgencyCalendar(input: $input) { timeZone weekendDays holidays { date name } } }`;

type CaseView = {
  id: string;
  status: string;
  currentStage: { stage: string; stageKey: string; workflowKey: string; workflowVersion: number };
  stageHistory: {
    fromStage: string | null;
    toStage: string;
    reason: string | null;
    closureCategory: string | null;
    approvalId: string | null;
    transitionedBy: { id: string };
  }[];
  workflowApprovals: { id: string; status: string }[];
  deadlines: { kind: string; stage: string; startedAt: string; dueAt: string; basis: string }[];
  allowedTransitions: { toStage: string; needsApproval: boolean; blockedBy: { guard: string }[] }[];
};

const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
const pathsOf = (res: GraphQLResponse) =>
  ((res.errors?.[0]?.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path.join('.'));

async function newCase(caseType = 'GBV', as = agency.users.caseworker, teamId?: string): Promise<string> {
  const res = await t.graphql<{ createCase: { id: string } }>(
    CREATE,
    {
      input: {
        caseType,
        person: { givenName: 'Fictiva', familyName: 'Workflowtest', sex: 'FEMALE', dateOfBirth: '2012-01-01' },
        ...(teamId ? { teamId } : {}),
      },
    },
    { as },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createCase.id;
}

async function caseView(id: string, as = agency.users.caseworker): Promise<CaseView> {
  const res = await t.graphql<{ case: CaseView }>(CASE, { id }, { as });
  expect(res.errors).toBeUndefined();
  return res.data!.case;
}

async function consent(caseId: string, scope = 'SERVICES', as = agency.users.caseworker) {
  const res = await t.graphql(CONSENT, { caseId, scope }, { as });
  expect(res.errors).toBeUndefined();
}

/** A submitted form as fixture (the forms API and its validation are tested in tests/forms). */
async function submitted(caseId: string, formKey: string, values: Record<string, unknown> = {}) {
  await t.db.transaction({ system: 'test-fixture' }, async (tx) => {
    await tx.execute(sql`insert into "case".form_submissions
      (agency_id, case_id, form_definition_id, form_key, form_version, values, status, submitted_by)
      select d.agency_id, ${caseId}::uuid, d.id, d.key, d.version, ${JSON.stringify(values)}::jsonb, 'submitted', ${agency.users.caseworker}::uuid
      from "case".form_definitions d where d.agency_id = ${agency.agencyId}::uuid and d.key = ${formKey} and d.version = 1`);
  });
}

async function move(caseId: string, toStage: string, vars: Record<string, unknown> = {}, as = agency.users.caseworker) {
  return t.graphql<{
    transitionCase: {
      transitioned: boolean;
      currentStage: { stageKey: string };
      approval: { id: string; status: string; toStage: string; kind: string } | null;
    };
  }>(TRANSITION, { caseId, toStage, ...vars }, { as });
}

async function stageRow(caseId: string) {
  const [row] = await t.db.rows<{ stage: string; status: string; history: number }>(
    sql`select s.stage, c.status::text as status,
        (select count(*)::int from workflow.stage_history h where h.case_id = s.case_id) as history
        from workflow.case_stages s join "case".cases c on c.id = s.case_id where s.case_id = ${caseId}::uuid`,
  );
  return row!;
}

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
});
afterAll(() => t?.close());

describe('starting and moving', () => {
  it('a new case starts on identification of its case type’s workflow, with history and a clock', async () => {
    const id = await newCase('GBV');
    const view = await caseView(id);
    expect(view.currentStage).toMatchObject({
      stage: 'IDENTIFICATION',
      stageKey: 'identification',
      workflowKey: 'gbv-default',
      workflowVersion: 1,
    });
    expect(view.stageHistory).toMatchObject([
      { fromStage: null, toStage: 'identification', transitionedBy: { id: agency.users.caseworker } },
    ]);
    expect(view.deadlines).toHaveLength(1);
    expect(view.deadlines[0]).toMatchObject({ kind: 'stage_limit', stage: 'identification' });
    expect(view.deadlines[0]!.basis).toBe('5 working days: risk not assessed');
    const assessment = view.allowedTransitions.find((a) => a.toStage === 'assessment')!;
    expect(assessment.blockedBy.map((b) => b.guard)).toEqual(['consent']);
  });

  it('a guard that fails refuses the move with CONFLICT naming it; nothing changes', async () => {
    const id = await newCase();
    const res = await move(id, 'assessment');
    expect(codeOf(res)).toBe('CONFLICT');
    expect(pathsOf(res)).toEqual(['guards.consent']);
    expect(await stageRow(id)).toMatchObject({ stage: 'identification', history: 1 });
    const refusals = await t.db.rows<{ outcome: string; fields: string[] }>(
      sql`select outcome, fields from audit.events where target_id = ${id} and action = 'case.transition'`,
    );
    expect(refusals).toEqual([{ outcome: 'denied', fields: ['currentStage', 'guards.consent'] }]);
  });

  it('a move the workflow does not have is BAD_USER_INPUT on toStage', async () => {
    const id = await newCase();
    const res = await move(id, 'implementation');
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual(['toStage']);
    const unknown = await move(id, 'nowhere');
    expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
  });

  it('with consent the move happens, recorded with who and why; the old clock stops, the new one starts', async () => {
    const id = await newCase();
    await consent(id);
    const res = await move(id, 'assessment', { reason: 'Consent recorded, assessment scheduled' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.transitionCase).toMatchObject({ transitioned: true, currentStage: { stageKey: 'assessment' } });
    const view = await caseView(id);
    expect(view.stageHistory.map((h) => [h.fromStage, h.toStage, h.reason])).toEqual([
      [null, 'identification', 'Case opened'],
      ['identification', 'assessment', 'Consent recorded, assessment scheduled'],
    ]);
    expect(view.deadlines.map((d) => [d.kind, d.stage, d.basis])).toEqual([
      ['stage_limit', 'assessment', '5 days: risk not assessed'],
    ]);
    const [met] = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from workflow.deadlines where case_id = ${id}::uuid and stage = 'identification' and met_at is not null`,
    );
    expect(met!.n).toBe(1);
    const audit = await t.db.rows<{ action: string }>(
      sql`select action from audit.events where target_id = ${id} and action = 'case.transition'`,
    );
    expect(audit).toHaveLength(1);
  });

  it('who may not move a case is refused: another team’s worker, another agency, a role without case:update', async () => {
    const id = await newCase();
    await consent(id);
    for (const [as, code] of [
      [agency.users.caseworkerB, 'NOT_FOUND'],
      [other.users.caseworker, 'NOT_FOUND'],
      [agency.users.programme_manager, 'FORBIDDEN'],
      [agency.users.auditor, 'FORBIDDEN'],
    ] as const) {
      const res = await move(id, 'assessment', {}, as);
      expect(codeOf(res), as).toBe(code);
    }
    expect(await stageRow(id)).toMatchObject({ stage: 'identification', history: 1 });
  });

  it('of two concurrent transitions on one case exactly one wins', async () => {
    const id = await newCase();
    await consent(id);
    const results = await Promise.all([
      move(id, 'assessment', { reason: 'a' }),
      move(id, 'assessment', { reason: 'b' }),
    ]);
    const won = results.filter((r) => !r.errors);
    expect(won).toHaveLength(1);
    expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(codeOf(results.find((r) => r.errors)!));
    expect(await stageRow(id)).toMatchObject({ stage: 'assessment', history: 2 });
  });
});

describe('closure and approvals', () => {
  it('GBV: a closure at the survivor’s request from any stage needs the closure form, the category and a supervisor', async () => {
    const id = await newCase('GBV');
    // No category.
    let res = await move(id, 'closed', { reason: 'Survivor asked to close' });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual(['input.closureCategory']);
    // A category this transition does not allow (from identification only the survivor's request).
    res = await move(id, 'closed', { reason: 'x', input: { closureCategory: 'OBJECTIVES_MET' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    // No closure documentation.
    res = await move(id, 'closed', {
      reason: 'Survivor asked to close',
      input: { closureCategory: 'SURVIVOR_REQUEST' },
    });
    expect(codeOf(res)).toBe('CONFLICT');
    expect(pathsOf(res)).toEqual(['guards.closure_documentation']);
    expect(await stageRow(id)).toMatchObject({ stage: 'identification', status: 'open', history: 1 });

    await submitted(id, 'case_closure', { closureReason: 'client_request' });
    res = await move(id, 'closed', {
      reason: 'Survivor asked to close',
      input: { closureCategory: 'SURVIVOR_REQUEST' },
    });
    expect(res.errors).toBeUndefined();
    const approval = res.data!.transitionCase.approval!;
    expect(res.data!.transitionCase).toMatchObject({
      transitioned: false,
      currentStage: { stageKey: 'identification' },
    });
    expect(approval).toMatchObject({ status: 'pending', toStage: 'closed', kind: 'supervisor' });
    expect(await stageRow(id)).toMatchObject({ stage: 'identification', status: 'open' });

    // A second request while one waits.
    expect(codeOf(await move(id, 'closed', { reason: 'again', input: { closureCategory: 'SURVIVOR_REQUEST' } }))).toBe(
      'CONFLICT',
    );

    // The team's supervisor sees it in her queue and is notified; the other team's is not.
    const queue = await t.graphql<{ pendingApprovals: { id: string }[] }>(PENDING, {}, { as: agency.users.supervisor });
    expect(queue.data!.pendingApprovals.map((a) => a.id)).toContain(approval.id);
    const otherQueue = await t.graphql<{ pendingApprovals: { id: string }[] }>(
      PENDING,
      {},
      { as: agency.users.supervisorB },
    );
    expect(otherQueue.data!.pendingApprovals.map((a) => a.id)).not.toContain(approval.id);
    const notes = await t.graphql<{ myNotifications: { kind: string; caseId: string }[] }>(
      NOTIFICATIONS,
      {},
      { as: agency.users.supervisor },
    );
    expect(notes.data!.myNotifications.filter((n) => n.caseId === id).map((n) => n.kind)).toEqual([
      'approval_requested',
    ]);

    // Refused: the requester herself (no supervision), the other team's supervisor, another agency.
    expect(codeOf(await t.graphql(APPROVE, { id: approval.id }, { as: agency.users.caseworker }))).toBe('FORBIDDEN');
    expect(codeOf(await t.graphql(APPROVE, { id: approval.id }, { as: agency.users.supervisorB }))).toBe('NOT_FOUND');
    expect(codeOf(await t.graphql(APPROVE, { id: approval.id }, { as: other.users.supervisor }))).toBe('NOT_FOUND');
    // Rejecting needs a comment.
    expect(codeOf(await t.graphql(REJECT, { id: approval.id, comment: '  ' }, { as: agency.users.supervisor }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(await stageRow(id)).toMatchObject({ stage: 'identification', status: 'open' });

    const ok = await t.graphql<{
      approveTransition: { approval: { status: string }; currentStage: { stageKey: string } };
    }>(APPROVE, { id: approval.id, comment: 'Confirmed with the survivor' }, { as: agency.users.supervisor });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.approveTransition).toMatchObject({
      approval: { status: 'approved' },
      currentStage: { stageKey: 'closed' },
    });
    expect(await stageRow(id)).toMatchObject({ stage: 'closed', status: 'closed', history: 2 });
    const view = await caseView(id);
    expect(view.status).toBe('CLOSED');
    expect(view.stageHistory[1]).toMatchObject({
      fromStage: 'identification',
      toStage: 'closed',
      closureCategory: 'SURVIVOR_REQUEST',
      approvalId: approval.id,
      transitionedBy: { id: agency.users.supervisor },
    });
    expect(view.deadlines).toEqual([]);
    // Decided once.
    expect(codeOf(await t.graphql(APPROVE, { id: approval.id }, { as: agency.users.supervisor }))).toBe('CONFLICT');
    const decided = await t.graphql<{ myNotifications: { kind: string; caseId: string }[] }>(
      NOTIFICATIONS,
      {},
      { as: agency.users.caseworker },
    );
    expect(decided.data!.myNotifications.filter((n) => n.caseId === id).map((n) => n.kind)).toEqual([
      'approval_decided',
    ]);

    // Reopening needs a reason; then the case is open again.
    const noReason = await move(id, 'reopened');
    expect(codeOf(noReason)).toBe('BAD_USER_INPUT');
    expect(pathsOf(noReason)).toEqual(['reason']);
    const reopened = await move(id, 'reopened', { reason: 'Survivor came back for support' });
    expect(reopened.errors).toBeUndefined();
    expect(await stageRow(id)).toMatchObject({ stage: 'reopened', status: 'open', history: 3 });
  });

  it('no self-approval: a supervisor’s own request waits for another supervisor of the team', async () => {
    const id = await newCase('GBV', agency.users.supervisor, agency.teams.a);
    await submitted(id, 'case_closure');
    const res = await move(
      id,
      'closed',
      { reason: 'Survivor request', input: { closureCategory: 'SURVIVOR_REQUEST' } },
      agency.users.supervisor,
    );
    expect(res.errors).toBeUndefined();
    const approvalId = res.data!.transitionCase.approval!.id;
    const self = await t.graphql(APPROVE, { id: approvalId }, { as: agency.users.supervisor });
    expect(codeOf(self)).toBe('FORBIDDEN');
    expect(await stageRow(id)).toMatchObject({ stage: 'identification', status: 'open' });
    const rejected = await t.graphql<{ rejectTransition: { approval: { status: string } } }>(
      REJECT,
      { id: approvalId, comment: 'no' },
      { as: agency.users.supervisor },
    );
    expect(codeOf(rejected)).toBe('FORBIDDEN');
    // An agency may allow it: a role holding workflow:self_approve (no default role does).
    await t.db.transaction({ system: 'test-fixture' }, (tx) =>
      tx.execute(sql`update identity.roles set permissions = array_append(permissions, 'workflow:self_approve')
        where agency_id = ${agency.agencyId}::uuid and key = 'supervisor'`),
    );
    try {
      const own = await t.graphql(
        APPROVE,
        { id: approvalId, comment: 'Own decision, allowed here' },
        { as: agency.users.supervisor },
      );
      expect(own.errors).toBeUndefined();
      expect(await stageRow(id)).toMatchObject({ stage: 'closed', status: 'closed' });
    } finally {
      await t.db.transaction({ system: 'test-fixture' }, (tx) =>
        tx.execute(sql`update identity.roles set permissions = array_remove(permissions, 'workflow:self_approve')
          where agency_id = ${agency.agencyId}::uuid and key = 'supervisor'`),
      );
    }
  });

  it('a rejection with a comment keeps the case where it is, in the approval history', async () => {
    const id = await newCase('GBV');
    await submitted(id, 'case_closure');
    const res = await move(id, 'closed', {
      reason: 'Survivor request',
      input: { closureCategory: 'SURVIVOR_REQUEST' },
    });
    const approvalId = res.data!.transitionCase.approval!.id;
    const rejected = await t.graphql<{ rejectTransition: { approval: { status: string; comment: string } } }>(
      REJECT,
      { id: approvalId, comment: 'Please talk to her once more first' },
      { as: agency.users.supervisor },
    );
    expect(rejected.errors).toBeUndefined();
    expect(rejected.data!.rejectTransition.approval).toEqual({
      id: approvalId,
      status: 'rejected',
      comment: 'Please talk to her once more first',
    });
    expect(await stageRow(id)).toMatchObject({ stage: 'identification', status: 'open', history: 1 });
    expect((await caseView(id)).workflowApprovals).toEqual([{ id: approvalId, status: 'rejected' }]);
  });

  it('CP: a panel review precedes the care plan; closing for another reason needs it described', async () => {
    const id = await newCase('CHILD_PROTECTION');
    await consent(id);
    expect((await move(id, 'assessment')).errors).toBeUndefined();
    const early = await move(id, 'care_plan');
    expect(codeOf(early)).toBe('CONFLICT');
    expect(pathsOf(early)).toEqual(['guards.forms_submitted']);
    await submitted(id, 'protection_risk_assessment', { riskLevel: 'high' });
    const res = await move(id, 'care_plan');
    expect(res.data!.transitionCase).toMatchObject({
      transitioned: false,
      approval: { kind: 'panel', toStage: 'care_plan' },
    });
    const ok = await t.graphql(APPROVE, { id: res.data!.transitionCase.approval!.id }, { as: agency.users.supervisor });
    expect(ok.errors).toBeUndefined();
    // Care plan → implementation needs an approved care plan.
    const blocked = await move(id, 'implementation');
    expect(codeOf(blocked)).toBe('CONFLICT');
    expect(pathsOf(blocked)).toEqual(['guards.care_plan_approved']);
    // A plan approved and since completed still counts: it was approved (a fixture row, as the system).
    await t.db.transaction({ system: 'test-fixture' }, (tx) =>
      tx.execute(sql`insert into "case".care_plans (agency_id, case_id, version, status, created_by)
        select agency_id, id, 1, 'completed', assigned_worker_id from "case".cases where id = ${id}::uuid`),
    );
    expect((await move(id, 'implementation')).errors).toBeUndefined();
  });
});

describe('definitions and calendar', () => {
  const minimal = (extra: Record<string, unknown> = {}) => ({
    label: { en: 'Fictional short workflow' },
    initialStage: 'open_stage',
    stages: [
      { key: 'open_stage', label: { en: 'Open' }, caseStatus: 'open' },
      { key: 'done', label: { en: 'Done' }, caseStatus: 'closed' },
    ],
    transitions: [{ from: 'open_stage', to: 'done', guards: [{ type: 'forms_submitted', forms: ['registration'] }] }],
    ...extra,
  });

  it('an invalid definition is refused with every problem listed; nothing is stored', async () => {
    const res = await t.graphql(
      SAVE,
      {
        key: 'gp-default',
        definition: minimal({
          stages: [
            { key: 'open_stage', label: { en: 'Open' }, caseStatus: 'open' },
            { key: 'done', label: { en: 'Done' }, caseStatus: 'closed' },
            { key: 'island', label: { en: 'Unreachable' }, caseStatus: 'open' },
          ],
          transitions: [
            { from: 'open_stage', to: 'done', guards: [{ type: 'forms_submitted', forms: ['no_such_form'] }] },
            { from: 'done', to: 'nowhere' },
          ],
        }),
      },
      { as: agency.users.programme_manager },
    );
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(pathsOf(res)).toEqual([
      'definition.transitions.0.guards.0.forms.0',
      'definition.transitions.1.to',
      'definition.stages.2',
    ]);
    const [row] = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from workflow.definitions where agency_id = ${agency.agencyId}::uuid and key = 'gp-default'`,
    );
    expect(row!.n).toBe(1);
  });

  it('only workflow:manage saves; a published version applies to new cases, running cases keep theirs', async () => {
    expect(
      codeOf(await t.graphql(SAVE, { key: 'gp-default', definition: minimal() }, { as: agency.users.supervisor })),
    ).toBe('FORBIDDEN');
    const running = await newCase('GENERAL_PROTECTION');
    const saved = await t.graphql<{ saveWorkflowDefinition: { version: number; status: string } }>(
      SAVE,
      { key: 'gp-default', definition: minimal() },
      { as: agency.users.programme_manager },
    );
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveWorkflowDefinition).toEqual({ key: 'gp-default', version: 2, status: 'draft' });
    // A draft does not apply.
    expect((await caseView(await newCase('GENERAL_PROTECTION'))).currentStage.workflowVersion).toBe(1);
    const stageOf = async (id: string) =>
      (await t.graphql<{ case: { currentStage: unknown } }>(STAGE, { id }, { as: agency.users.caseworker })).data!.case
        .currentStage;
    const published = await t.graphql(
      PUBLISH,
      { key: 'gp-default', version: 2 },
      { as: agency.users.programme_manager },
    );
    expect(published.errors).toBeUndefined();
    expect(
      codeOf(await t.graphql(PUBLISH, { key: 'gp-default', version: 2 }, { as: agency.users.programme_manager })),
    ).toBe('CONFLICT');
    const fresh = await newCase('GENERAL_PROTECTION');
    // An agency's own stage keys are read through stageKey (the WorkflowStage enum lists the shipped ones).
    expect(await stageOf(fresh)).toEqual({ stageKey: 'open_stage', workflowVersion: 2 });
    expect(await stageOf(running)).toEqual({ stageKey: 'identification', workflowVersion: 1 });
    // The running case still moves by version 1's rules.
    expect(codeOf(await move(running, 'done'))).toBe('BAD_USER_INPUT');
    // Until explicitly migrated: version 2 has no identification stage, so the case stays (counted).
    const MIGRATE = `mutation($key: String!, $from: Int!, $to: Int!) { migrateWorkflowCases(key: $key, fromVersion: $from, toVersion: $to) { migrated skipped { stage cases } } }`;
    expect(
      codeOf(await t.graphql(MIGRATE, { key: 'gp-default', from: 1, to: 2 }, { as: agency.users.supervisor })),
    ).toBe('FORBIDDEN');
    const migration = await t.graphql<{
      migrateWorkflowCases: { migrated: number; skipped: { stage: string; cases: number }[] };
    }>(MIGRATE, { key: 'gp-default', from: 1, to: 2 }, { as: agency.users.programme_manager });
    expect(migration.errors).toBeUndefined();
    expect(migration.data!.migrateWorkflowCases.migrated).toBe(0);
    expect(migration.data!.migrateWorkflowCases.skipped.map((s) => s.stage)).toEqual(['identification']);
    expect(await stageOf(running)).toEqual({ stageKey: 'identification', workflowVersion: 1 });
    // Back from 2 to 1 (version 1 has no open_stage either): nothing moves.
    const back = await t.graphql<{ migrateWorkflowCases: { migrated: number } }>(
      MIGRATE,
      { key: 'gp-default', from: 2, to: 1 },
      { as: agency.users.programme_manager },
    );
    expect(back.data!.migrateWorkflowCases.migrated).toBe(0);
    // A version 3 that keeps identification takes the running case.
    const v3 = await t.graphql(
      SAVE,
      {
        key: 'gp-default',
        definition: minimal({
          initialStage: 'identification',
          stages: [
            { key: 'identification', label: { en: 'Identification' }, caseStatus: 'open' },
            { key: 'done', label: { en: 'Done' }, caseStatus: 'closed' },
          ],
          transitions: [{ from: 'identification', to: 'done' }],
        }),
      },
      { as: agency.users.programme_manager },
    );
    expect(v3.errors).toBeUndefined();
    expect(
      (await t.graphql(PUBLISH, { key: 'gp-default', version: 3 }, { as: agency.users.programme_manager })).errors,
    ).toBeUndefined();
    const forward = await t.graphql<{ migrateWorkflowCases: { migrated: number } }>(
      MIGRATE,
      { key: 'gp-default', from: 1, to: 3 },
      { as: agency.users.programme_manager },
    );
    expect(forward.data!.migrateWorkflowCases.migrated).toBeGreaterThanOrEqual(1);
    expect(await stageOf(running)).toEqual({ stageKey: 'identification', workflowVersion: 3 });
    // The other agency is untouched.
    const theirs = await t.graphql<{ workflowDefinitions: { version: number }[] }>(
      DEFINITIONS,
      { key: 'gp-default' },
      { as: other.users.programme_manager },
    );
    expect(theirs.data!.workflowDefinitions.map((d) => d.version)).toEqual([1]);
  });

  it('the agency calendar (Fri–Sat weekend, holidays) sets the working-day limits of new cases', async () => {
    const input = {
      timeZone: 'Asia/Amman',
      weekendDays: [5, 6],
      holidays: [{ date: '2026-12-24', name: 'Fictional holiday' }],
    };
    expect(codeOf(await t.graphql(SET_CALENDAR, { input }, { as: agency.users.caseworker }))).toBe('FORBIDDEN');
    const bad = await t.graphql(
      SET_CALENDAR,
      { input: { ...input, timeZone: 'Nowhere/Land' } },
      { as: agency.users.programme_manager },
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    const set = await t.graphql(SET_CALENDAR, { input }, { as: agency.users.programme_manager });
    expect(set.errors).toBeUndefined();
    const id = await newCase('GBV');
    const [deadline] = (await caseView(id)).deadlines;
    expect(deadline!.dueAt).toBe(
      addDuration(new Date(deadline!.startedAt), { workingDays: 5 }, { ...input }).toISOString(),
    );
    // The due time is a local midnight in Amman.
    expect(new Date(deadline!.dueAt).getUTCHours()).toBe(21);
  });
});

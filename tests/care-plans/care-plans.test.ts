import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createStaffUser } from '@haven/identity';
import { defaultRoles } from '@haven/core/permissions';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';

/**
 * Care plans through the gateway: drafting with objectives and interventions from the catalogue,
 * eligibility and providers checked, submission, approval by a supervisor of the case's team (never
 * one's own plan without careplan:self_approve), versions superseding each other, only drafts
 * edited, progress on the approved plan, and every rule attacked with nothing changed.
 */
let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;
/** A second supervisor of team a, and one whose role also holds careplan:self_approve. */
let supervisor2: string;
let selfApprover: string;
let helpline: string;
let lawyers: string;
let closedProvider: string;

const PLAN = `id caseId version status summary reviewDate followUpDays submittedAt decidedAt decisionComment
  createdBy { id } decidedBy { id }
  objectives { id position need description responsibleParty responsibleUser { id } responsibleName dueDate status outcome
    interventions { id service { key } provider { id name } referralId referral { id status } status note } }`;
const CREATE_CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const CREATE = `mutation($caseId: ID!, $input: CarePlanInput!) { createCarePlan(caseId: $caseId, input: $input) { ${PLAN} } }`;
const UPDATE = `mutation($id: ID!, $input: CarePlanDetailsInput!) { updateCarePlan(carePlanId: $id, input: $input) { ${PLAN} } }`;
const ADD_OBJECTIVE = `mutation($id: ID!, $input: CarePlanObjectiveInput!) { addCarePlanObjective(carePlanId: $id, input: $input) { ${PLAN} } }`;
const UPDATE_OBJECTIVE = `mutation($id: ID!, $input: CarePlanObjectiveUpdateInput!) { updateCarePlanObjective(objectiveId: $id, input: $input) { ${PLAN} } }`;
const ADD_INTERVENTION = `mutation($id: ID!, $input: CarePlanInterventionInput!) { addIntervention(objectiveId: $id, input: $input) { ${PLAN} } }`;
const UPDATE_INTERVENTION = `mutation($id: ID!, $input: CarePlanInterventionUpdateInput!) { updateIntervention(interventionId: $id, input: $input) { ${PLAN} } }`;
const SUBMIT = `mutation($id: ID!) { submitCarePlan(carePlanId: $id) { ${PLAN} } }`;
const DECIDE = `mutation($id: ID!, $decision: CarePlanDecision!, $comment: String) {
  decideCarePlan(carePlanId: $id, decision: $decision, comment: $comment) { ${PLAN} } }`;
const COMPLETE = `mutation($id: ID!, $note: String) {
  completeCarePlan(carePlanId: $id, note: $note) { ${PLAN} completedAt completedBy { id } completionNote } }`;
const CASE_PLANS = `query($id: ID!) { case(id: $id) { carePlan { id version status } carePlans { id version status } } }`;
const SAVE_SERVICE = `mutation($input: ServiceInput!) { saveService(input: $input) { key } }`;
const SET_SERVICE_ACTIVE = `mutation($key: String!, $active: Boolean!) { setServiceActive(key: $key, active: $active) { key } }`;
const SAVE_PROVIDER = `mutation($input: ServiceProviderInput!) { saveServiceProvider(input: $input) { id } }`;
const SET_PROVIDER_ACTIVE = `mutation($id: ID!, $active: Boolean!) { setProviderActive(providerId: $id, active: $active) { id } }`;
const SHARE = `mutation($caseId: ID!, $granteeId: ID!, $expiresAt: DateTime!) {
  shareCase(caseId: $caseId, granteeId: $granteeId, reason: "Covering for a colleague on leave", expiresAt: $expiresAt) { id } }`;
const RECORD_CONSENT = `mutation($caseId: ID!) { recordConsent(caseId: $caseId, input: { givenBy: CLIENT, scope: REFERRAL }) { id } }`;
const REFER = `mutation($caseId: ID!, $input: CreateReferralInput!) { createReferral(caseId: $caseId, input: $input) { id } }`;

type Intervention = {
  id: string;
  service: { key: string };
  provider: { id: string } | null;
  referralId: string | null;
  status: string;
};
type Objective = {
  id: string;
  description: string;
  responsibleParty: string;
  status: string;
  outcome: string | null;
  interventions: Intervention[];
};
type Plan = {
  id: string;
  version: number;
  status: string;
  followUpDays: number | null;
  decidedBy: { id: string } | null;
  decisionComment: string | null;
  objectives: Objective[];
};

function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}
const paths = (res: GraphQLResponse) =>
  (res.errors ?? []).flatMap((e) =>
    ((e.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path),
  );
const messages = (res: GraphQLResponse) =>
  (res.errors ?? []).flatMap((e) =>
    ((e.extensions?.fields as { message: string }[] | undefined) ?? []).map((f) => f.message),
  );

async function newCase(
  person: Record<string, unknown> = { sex: 'FEMALE', dateOfBirth: '1990-05-01' },
  caseType = 'GBV',
  as = agency.users.caseworker,
): Promise<string> {
  const res = await t.graphql<{ createCase: { id: string } }>(
    CREATE_CASE,
    { input: { caseType, person: { givenName: 'Fictiva', familyName: 'Planfield', ...person } } },
    { as },
  );
  return ok(res).createCase.id;
}

const objective = (overrides: Record<string, unknown> = {}) => ({
  need: 'Emotional distress after the incident',
  description: 'Attend weekly counselling sessions',
  responsibleParty: 'CASEWORKER',
  responsibleUserId: agency.users.caseworker,
  dueDate: '2027-03-01',
  interventions: [{ serviceKey: 'psychosocial_support', providerId: helpline, note: 'Evening sessions preferred' }],
  ...overrides,
});

const planInput = (overrides: Record<string, unknown> = {}) => ({
  summary: 'Stabilise and restore safety',
  reviewDate: '2027-04-01',
  followUpDays: 14,
  objectives: [
    objective(),
    objective({
      need: 'Legal status of the marriage',
      description: 'Meet a lawyer about protection orders',
      responsibleParty: 'CLIENT',
      responsibleUserId: null,
      responsibleName: 'The client herself',
      interventions: [{ serviceKey: 'legal_aid', providerId: lawyers }],
    }),
  ],
  ...overrides,
});

async function create(caseId: string, input = planInput(), as = agency.users.caseworker) {
  return t.graphql<{ createCarePlan: Plan }>(CREATE, { caseId, input }, { as });
}

/** Every care-plan row of a case, to compare before and after a refused mutation. */
async function snapshot(caseId: string) {
  return {
    plans: await t.db.rows(
      sql`select id, version, status::text, summary, follow_up_days, decided_by, decision_comment,
            completed_at, completed_by, completion_note, updated_at
          from "case".care_plans where case_id = ${caseId}::uuid order by version`,
    ),
    objectives: await t.db.rows(
      sql`select id, description, status::text, outcome, responsible_party::text, updated_at
          from "case".care_plan_objectives where case_id = ${caseId}::uuid order by id`,
    ),
    interventions: await t.db.rows(
      sql`select id, provider_id, referral_id, status::text, note, updated_at
          from "case".care_plan_interventions where case_id = ${caseId}::uuid order by id`,
    ),
  };
}

const auditActions = async (caseId: string, prefix = 'care_plan.') =>
  (
    await t.db.rows<{ action: string; outcome: string; actor_id: string }>(
      sql`select action, outcome, actor_id from audit.events
          where target_id = ${caseId} and action like ${`${prefix}%`} order by seq`,
    )
  ).map((r) => `${r.action}:${r.outcome}`);

async function submitted(caseId: string, as = agency.users.caseworker): Promise<Plan> {
  const plan = ok(await create(caseId, planInput(), as)).createCarePlan;
  return ok(await t.graphql<{ submitCarePlan: Plan }>(SUBMIT, { id: plan.id }, { as })).submitCarePlan;
}

async function approved(caseId: string): Promise<Plan> {
  const plan = await submitted(caseId);
  return ok(
    await t.graphql<{ decideCarePlan: Plan }>(
      DECIDE,
      { id: plan.id, decision: 'APPROVE' },
      { as: agency.users.supervisor },
    ),
  ).decideCarePlan;
}

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  const pm = { as: agency.users.programme_manager };
  for (const input of [
    { key: 'psychosocial_support', name: { en: 'Psychosocial support' }, category: 'PSYCHOSOCIAL' },
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
  const provider = async (name: string, serviceKeys: string[]) =>
    ok(await t.graphql<{ saveServiceProvider: { id: string } }>(SAVE_PROVIDER, { input: { name, serviceKeys } }, pm))
      .saveServiceProvider.id;
  helpline = await provider('Helpline (fictional)', ['psychosocial_support', 'safe_shelter']);
  lawyers = await provider('Lawyers Collective (fictional)', ['legal_aid']);
  closedProvider = await provider('Closed Clinic (fictional)', ['psychosocial_support']);
  ok(await t.graphql(SET_PROVIDER_ACTIVE, { id: closedProvider, active: false }, pm));

  ({ supervisor2, selfApprover } = await t.db.transaction({ system: 'test' }, async (tx) => {
    const roles = await t.db.rows<{ id: string; key: string }>(
      sql`select id, key from identity.roles where agency_id = ${agency.agencyId}::uuid`,
      tx,
    );
    const supervisorRole = roles.find((r) => r.key === 'supervisor')!.id;
    const permissions = [...defaultRoles.supervisor.permissions, 'careplan:self_approve'];
    const [selfRole] = await t.db.rows<{ id: string }>(
      sql`insert into identity.roles (agency_id, key, name, permissions)
          values (${agency.agencyId}::uuid, 'approving_supervisor', 'Supervisor who may approve own plans',
            ${`{${permissions.join(',')}}`}::text[])
          returning id`,
      tx,
    );
    const add = async (key: string, roleId: string) =>
      (
        await createStaffUser(tx, {
          agencyId: agency.agencyId,
          email: `${key}.${agency.code.toLowerCase()}@test.haven.invalid`,
          displayName: `${key} of ${agency.code}`,
          roleIds: [roleId],
          teams: [{ teamId: agency.teams.a, supervisor: true }],
        })
      ).id;
    return {
      supervisor2: await add('supervisor2', supervisorRole),
      selfApprover: await add('selfapprover', selfRole!.id),
    };
  }));
});
afterAll(() => t?.close());

describe('drafting a care plan', () => {
  it('creates version 1 as a draft with objectives and interventions from the catalogue, audited', async () => {
    const caseId = await newCase();
    const plan = ok(await create(caseId)).createCarePlan;
    expect(plan).toMatchObject({
      version: 1,
      status: 'DRAFT',
      summary: 'Stabilise and restore safety',
      reviewDate: '2027-04-01',
      followUpDays: 14,
      createdBy: { id: agency.users.caseworker },
      decidedBy: null,
    });
    expect(plan.objectives).toMatchObject([
      {
        position: 1,
        description: 'Attend weekly counselling sessions',
        responsibleParty: 'CASEWORKER',
        responsibleUser: { id: agency.users.caseworker },
        responsibleName: null,
        dueDate: '2027-03-01',
        status: 'NOT_STARTED',
        interventions: [
          {
            service: { key: 'psychosocial_support' },
            provider: { id: helpline },
            status: 'PLANNED',
            note: 'Evening sessions preferred',
          },
        ],
      },
      {
        position: 2,
        responsibleParty: 'CLIENT',
        responsibleUser: null,
        responsibleName: 'The client herself',
        interventions: [{ service: { key: 'legal_aid' }, provider: { id: lawyers } }],
      },
    ]);
    const read = ok(
      await t.graphql<{ case: { carePlan: { id: string }; carePlans: { id: string }[] } }>(
        CASE_PLANS,
        { id: caseId },
        { as: agency.users.supervisor },
      ),
    );
    expect(read.case.carePlan.id).toBe(plan.id);
    expect(read.case.carePlans.map((p) => p.id)).toEqual([plan.id]);
    expect(await auditActions(caseId)).toEqual(['care_plan.create:allowed']);
  });

  it('lists every problem at once, naming the path and the reason, and stores nothing', async () => {
    const child = await newCase({ sex: 'MALE', dateOfBirth: '2015-01-01' }, 'CHILD_PROTECTION');
    const otherCase = await newCase();
    ok(await t.graphql(RECORD_CONSENT, { caseId: otherCase }, { as: agency.users.caseworker }));
    const foreignReferral = ok(
      await t.graphql<{ createReferral: { id: string } }>(
        REFER,
        { caseId: otherCase, input: { kind: 'INTERNAL', toTeamId: agency.teams.b, service: 'Counselling' } },
        { as: agency.users.caseworker },
      ),
    ).createReferral.id;
    const before = await snapshot(child);
    const res = await create(
      child,
      planInput({
        followUpDays: 0,
        objectives: [
          objective({
            description: ' ',
            responsibleUserId: other.users.caseworker,
            status: 'ACHIEVED',
            interventions: [
              { serviceKey: 'legal_aid' },
              { serviceKey: 'safe_shelter', providerId: lawyers },
              { serviceKey: 'old_service' },
              { serviceKey: 'no_such_service' },
              { serviceKey: 'psychosocial_support', providerId: closedProvider, referralId: foreignReferral },
            ],
          }),
          objective({ responsibleParty: 'CASEWORKER', responsibleUserId: null }),
          objective({ responsibleParty: 'FAMILY', responsibleUserId: agency.users.caseworker, responsibleName: null }),
        ],
      }),
    );
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    const at = (...p: (string | number)[]) => ['input', ...p];
    expect(paths(res)).toEqual([
      at('followUpDays'),
      at('objectives', 0, 'description'),
      at('objectives', 0, 'responsibleUserId'),
      at('objectives', 0, 'outcome'),
      at('objectives', 0, 'interventions', 0, 'serviceKey'),
      at('objectives', 0, 'interventions', 1, 'serviceKey'),
      at('objectives', 0, 'interventions', 1, 'providerId'),
      at('objectives', 0, 'interventions', 2, 'serviceKey'),
      at('objectives', 0, 'interventions', 3, 'serviceKey'),
      at('objectives', 0, 'interventions', 4, 'providerId'),
      at('objectives', 0, 'interventions', 4, 'referralId'),
      at('objectives', 1, 'responsibleUserId'),
      at('objectives', 2, 'responsibleUserId'),
      at('objectives', 2, 'responsibleName'),
    ]);
    const said = messages(res);
    expect(said[4]).toMatch(/cannot be chosen: the service is for ages 18 and over; the person is \d+/);
    expect(said[5]).toBe(
      'cannot be chosen: the service is for GBV cases, not CHILD_PROTECTION; the service is for female persons, not male',
    );
    expect(said[6]).toBe('the provider does not offer safe_shelter');
    expect(said[7]).toBe('cannot be chosen: the service is not active');
    expect(said[8]).toBe('is not a service of the catalogue');
    expect(said[9]).toBe('the provider is not active');
    expect(said[10]).toBe('is not a referral of this case');
    expect(await snapshot(child)).toEqual(before);
    expect(
      ok(
        await t.graphql<{ case: { carePlans: unknown[] } }>(CASE_PLANS, { id: child }, { as: agency.users.caseworker }),
      ).case.carePlans,
    ).toEqual([]);

    const empty = await create(child, planInput({ objectives: [] }));
    expect(paths(empty)).toEqual([['input', 'objectives']]);
  });

  it('keeps one draft or plan awaiting approval at a time', async () => {
    const caseId = await newCase();
    ok(await create(caseId));
    const before = await snapshot(caseId);
    const res = await create(caseId);
    expect(errorCodes(res)).toEqual(['CONFLICT']);
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('numbers one draft when two are started at once', async () => {
    const caseId = await newCase();
    const results = await Promise.all([create(caseId), create(caseId)]);
    expect(results.map((r) => errorCodes(r)).sort()).toEqual([[], ['CONFLICT']]);
    const rows = await t.db.rows<{ version: number; status: string }>(
      sql`select version, status::text from "case".care_plans where case_id = ${caseId}::uuid`,
    );
    expect(rows).toEqual([{ version: 1, status: 'draft' }]);
  });

  it('gives objectives added at once their own positions (the plan is locked before it is read)', async () => {
    const caseId = await newCase();
    const plan = ok(await create(caseId)).createCarePlan;
    const add = (description: string) =>
      t.graphql(
        ADD_OBJECTIVE,
        { id: plan.id, input: objective({ description, interventions: [{ serviceKey: 'safe_shelter' }] }) },
        { as: agency.users.caseworker },
      );
    const results = await Promise.all([add('First at once'), add('Second at once'), add('Third at once')]);
    expect(results.map((r) => errorCodes(r))).toEqual([[], [], []]);
    const rows = await t.db.rows<{ position: number }>(
      sql`select position from "case".care_plan_objectives where care_plan_id = ${plan.id}::uuid order by position`,
    );
    const positions = rows.map((r) => Number(r.position));
    expect(new Set(positions).size).toBe(positions.length);
    expect(positions.length).toBe(plan.objectives.length + 3);
  });

  it('changes, extends and tracks a draft', async () => {
    const caseId = await newCase();
    const plan = ok(await create(caseId)).createCarePlan;
    const updated = ok(
      await t.graphql<{ updateCarePlan: Plan }>(
        UPDATE,
        { id: plan.id, input: { followUpDays: 30 } },
        { as: agency.users.caseworker },
      ),
    ).updateCarePlan;
    expect(updated).toMatchObject({ followUpDays: 30, status: 'DRAFT' });
    const added = ok(
      await t.graphql<{ addCarePlanObjective: Plan }>(
        ADD_OBJECTIVE,
        {
          id: plan.id,
          input: objective({
            description: 'Find a safe place to stay',
            interventions: [{ serviceKey: 'safe_shelter' }],
          }),
        },
        { as: agency.users.caseworker },
      ),
    ).addCarePlanObjective;
    expect(added.objectives.map((o) => o.description)).toEqual([
      'Attend weekly counselling sessions',
      'Meet a lawyer about protection orders',
      'Find a safe place to stay',
    ]);
    const third = added.objectives[2]!;
    const withProvider = ok(
      await t.graphql<{ updateIntervention: Plan }>(
        UPDATE_INTERVENTION,
        { id: third.interventions[0]!.id, input: { providerId: helpline } },
        { as: agency.users.caseworker },
      ),
    ).updateIntervention;
    expect(withProvider.objectives[2]!.interventions[0]!.provider).toEqual({
      id: helpline,
      name: 'Helpline (fictional)',
    });
    const bad = await t.graphql(
      UPDATE_INTERVENTION,
      { id: third.interventions[0]!.id, input: { providerId: lawyers } },
      { as: agency.users.caseworker },
    );
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(paths(bad)).toEqual([['input', 'providerId']]);
    const more = ok(
      await t.graphql<{ addIntervention: Plan }>(
        ADD_INTERVENTION,
        { id: third.id, input: { serviceKey: 'psychosocial_support' } },
        { as: agency.users.caseworker },
      ),
    ).addIntervention;
    expect(more.objectives[2]!.interventions.map((i) => i.service.key)).toEqual([
      'safe_shelter',
      'psychosocial_support',
    ]);
    const changed = ok(
      await t.graphql<{ updateCarePlanObjective: Plan }>(
        UPDATE_OBJECTIVE,
        { id: third.id, input: { responsibleParty: 'FAMILY', responsibleUserId: null, responsibleName: 'Her sister' } },
        { as: agency.users.caseworker },
      ),
    ).updateCarePlanObjective;
    expect(changed.objectives[2]).toMatchObject({ responsibleParty: 'FAMILY', responsibleName: 'Her sister' });
    expect(await auditActions(caseId)).toEqual([
      'care_plan.create:allowed',
      'care_plan.update:allowed',
      'care_plan.objective_add:allowed',
      'care_plan.intervention_update:allowed',
      'care_plan.intervention_add:allowed',
      'care_plan.objective_update:allowed',
    ]);
  });
});

describe('approval', () => {
  it('is given by a supervisor of the case team and keeps the decision on the version', async () => {
    const caseId = await newCase();
    const plan = await submitted(caseId);
    expect(plan.status).toBe('PENDING_APPROVAL');
    const decided = ok(
      await t.graphql<{ decideCarePlan: Plan }>(
        DECIDE,
        { id: plan.id, decision: 'APPROVE', comment: 'Sound plan' },
        { as: agency.users.supervisor },
      ),
    ).decideCarePlan;
    expect(decided).toMatchObject({
      status: 'APPROVED',
      decidedBy: { id: agency.users.supervisor },
      decisionComment: 'Sound plan',
    });
    expect(await auditActions(caseId)).toEqual([
      'care_plan.create:allowed',
      'care_plan.submit:allowed',
      'care_plan.approve:allowed',
    ]);
  });

  it('refuses everyone else, and changes nothing', async () => {
    const caseId = await newCase();
    const plan = await submitted(caseId);
    // supervisorB reaches the case through a share, but does not supervise its team.
    ok(
      await t.graphql(
        SHARE,
        { caseId, granteeId: agency.users.supervisorB, expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
        { as: agency.users.caseworker },
      ),
    );
    const before = await snapshot(caseId);
    const attempts: [string, string][] = [
      [agency.users.caseworker, 'FORBIDDEN'], // no careplan:approve
      [agency.users.programme_manager, 'FORBIDDEN'],
      [agency.users.supervisorB, 'FORBIDDEN'], // a supervisor of another team, with a share
      [other.users.supervisor, 'NOT_FOUND'], // another agency
    ];
    for (const [as, code] of attempts) {
      const res = await t.graphql(DECIDE, { id: plan.id, decision: 'APPROVE' }, { as });
      expect([as, errorCodes(res)]).toEqual([as, [code]]);
    }
    expect(await snapshot(caseId)).toEqual(before);
    const denied = await t.db.rows<{ actor_id: string }>(
      sql`select actor_id from audit.events where target_id = ${caseId} and action = 'care_plan.approve' and outcome = 'denied'`,
    );
    expect(denied.map((d) => d.actor_id)).toContain(agency.users.supervisorB);
  });

  it('a supervisor of another team without a share does not even find the plan', async () => {
    const caseId = await newCase();
    const plan = await submitted(caseId);
    const before = await snapshot(caseId);
    const res = await t.graphql(
      DECIDE,
      { id: plan.id, decision: 'REJECT', comment: 'Not my team' },
      { as: agency.users.supervisorB },
    );
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(await snapshot(caseId)).toEqual(before);
  });

  it('never lets the maker or the submitter approve her own plan without careplan:self_approve', async () => {
    // Made and submitted by the supervisor, who works the case as its team's supervisor.
    const own = await newCase();
    const plan = await submitted(own, agency.users.supervisor);
    const before = await snapshot(own);
    const res = await t.graphql(DECIDE, { id: plan.id, decision: 'APPROVE' }, { as: agency.users.supervisor });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await snapshot(own)).toEqual(before);
    // Made by the caseworker, submitted by the supervisor.
    const submittedBySupervisor = await newCase();
    const draft = ok(await create(submittedBySupervisor)).createCarePlan;
    ok(await t.graphql(SUBMIT, { id: draft.id }, { as: agency.users.supervisor }));
    const snap = await snapshot(submittedBySupervisor);
    const again = await t.graphql(DECIDE, { id: draft.id, decision: 'APPROVE' }, { as: agency.users.supervisor });
    expect(errorCodes(again)).toEqual(['FORBIDDEN']);
    expect(await snapshot(submittedBySupervisor)).toEqual(snap);
    // Another supervisor of the team may.
    const byColleague = ok(
      await t.graphql<{ decideCarePlan: Plan }>(DECIDE, { id: draft.id, decision: 'APPROVE' }, { as: supervisor2 }),
    ).decideCarePlan;
    expect(byColleague).toMatchObject({ status: 'APPROVED', decidedBy: { id: supervisor2 } });
    // Rejecting one's own plan is allowed (it approves nothing).
    const rejected = ok(
      await t.graphql<{ decideCarePlan: Plan }>(
        DECIDE,
        { id: plan.id, decision: 'REJECT', comment: 'I will redo the objectives' },
        { as: agency.users.supervisor },
      ),
    ).decideCarePlan;
    expect(rejected.status).toBe('REJECTED');
  });

  it('lets a holder of careplan:self_approve approve her own plan', async () => {
    const caseId = await newCase();
    const plan = await submitted(caseId, selfApprover);
    const decided = ok(
      await t.graphql<{ decideCarePlan: Plan }>(DECIDE, { id: plan.id, decision: 'APPROVE' }, { as: selfApprover }),
    ).decideCarePlan;
    expect(decided).toMatchObject({ status: 'APPROVED', decidedBy: { id: selfApprover } });
  });

  it('needs a comment to reject, and decides only plans awaiting approval', async () => {
    const caseId = await newCase();
    const draft = ok(await create(caseId)).createCarePlan;
    const early = await t.graphql(DECIDE, { id: draft.id, decision: 'APPROVE' }, { as: agency.users.supervisor });
    expect(errorCodes(early)).toEqual(['CONFLICT']);
    ok(await t.graphql(SUBMIT, { id: draft.id }, { as: agency.users.caseworker }));
    const before = await snapshot(caseId);
    for (const comment of [null, '  ', 'no']) {
      const res = await t.graphql(
        DECIDE,
        { id: draft.id, decision: 'REJECT', comment },
        { as: agency.users.supervisor },
      );
      expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
      expect(paths(res)).toEqual([['comment']]);
    }
    expect(await snapshot(caseId)).toEqual(before);
    const rejected = ok(
      await t.graphql<{ decideCarePlan: Plan }>(
        DECIDE,
        { id: draft.id, decision: 'REJECT', comment: 'Objectives need due dates that can be met' },
        { as: agency.users.supervisor },
      ),
    ).decideCarePlan;
    expect(rejected).toMatchObject({
      status: 'REJECTED',
      decisionComment: 'Objectives need due dates that can be met',
    });
    const twice = await t.graphql(DECIDE, { id: draft.id, decision: 'APPROVE' }, { as: agency.users.supervisor });
    expect(errorCodes(twice)).toEqual(['CONFLICT']);
    // After a rejection, the next version is a new draft.
    const next = ok(await create(caseId)).createCarePlan;
    expect(next).toMatchObject({ version: 2, status: 'DRAFT' });
  });
});

describe('versions', () => {
  it('supersedes the approved version when the next is approved; Case.carePlan is the one in force', async () => {
    const caseId = await newCase();
    const v1 = await approved(caseId);
    const v2 = ok(await create(caseId)).createCarePlan;
    expect(v2.version).toBe(2);
    const plans = async () =>
      ok(
        await t.graphql<{
          case: { carePlan: { id: string; status: string }; carePlans: { version: number; status: string }[] };
        }>(CASE_PLANS, { id: caseId }, { as: agency.users.caseworker }),
      ).case;
    expect((await plans()).carePlan).toEqual({ id: v1.id, version: 1, status: 'APPROVED' });
    ok(await t.graphql(SUBMIT, { id: v2.id }, { as: agency.users.caseworker }));
    ok(await t.graphql(DECIDE, { id: v2.id, decision: 'APPROVE' }, { as: agency.users.supervisor }));
    const after = await plans();
    expect(after.carePlan).toEqual({ id: v2.id, version: 2, status: 'APPROVED' });
    expect(after.carePlans).toEqual([
      { id: v2.id, version: 2, status: 'APPROVED' },
      { id: v1.id, version: 1, status: 'SUPERSEDED' },
    ]);
    const rows = await t.db.rows<{ version: number; status: string; decided_by: string }>(
      sql`select version, status::text, decided_by from "case".care_plans where case_id = ${caseId}::uuid order by version`,
    );
    expect(rows).toEqual([
      { version: 1, status: 'superseded', decided_by: agency.users.supervisor },
      { version: 2, status: 'approved', decided_by: agency.users.supervisor },
    ]);
  });
});

describe('only drafts are edited; progress is recorded on the approved plan', () => {
  it('refuses content changes outside a draft and progress outside a draft or the approved plan', async () => {
    const caseId = await newCase();
    const pending = await submitted(caseId);
    const objectiveId = pending.objectives[0]!.id;
    const interventionId = pending.objectives[0]!.interventions[0]!.id;
    const cw = { as: agency.users.caseworker };
    let before = await snapshot(caseId);
    for (const [query, vars] of [
      [UPDATE, { id: pending.id, input: { summary: 'Changed while pending' } }],
      [ADD_OBJECTIVE, { id: pending.id, input: objective() }],
      [UPDATE_OBJECTIVE, { id: objectiveId, input: { status: 'IN_PROGRESS' } }],
      [ADD_INTERVENTION, { id: objectiveId, input: { serviceKey: 'psychosocial_support' } }],
      [UPDATE_INTERVENTION, { id: interventionId, input: { status: 'DELIVERED' } }],
      [SUBMIT, { id: pending.id }],
    ] as const) {
      expect(errorCodes(await t.graphql(query, vars, cw))).toEqual(['CONFLICT']);
    }
    expect(await snapshot(caseId)).toEqual(before);

    ok(await t.graphql(DECIDE, { id: pending.id, decision: 'APPROVE' }, { as: agency.users.supervisor }));
    before = await snapshot(caseId);
    for (const [query, vars] of [
      [UPDATE, { id: pending.id, input: { followUpDays: 7 } }],
      [ADD_OBJECTIVE, { id: pending.id, input: objective() }],
      [UPDATE_OBJECTIVE, { id: objectiveId, input: { description: 'Rewritten after approval' } }],
      [UPDATE_OBJECTIVE, { id: objectiveId, input: { dueDate: '2030-01-01', status: 'IN_PROGRESS' } }],
      [ADD_INTERVENTION, { id: objectiveId, input: { serviceKey: 'psychosocial_support' } }],
      [UPDATE_INTERVENTION, { id: interventionId, input: { providerId: closedProvider } }],
    ] as const) {
      expect(errorCodes(await t.graphql(query, vars, cw))).toEqual(['CONFLICT']);
    }
    expect(await snapshot(caseId)).toEqual(before);

    // Progress: an outcome is required for a closing status.
    const noOutcome = await t.graphql(UPDATE_OBJECTIVE, { id: objectiveId, input: { status: 'ACHIEVED' } }, cw);
    expect(errorCodes(noOutcome)).toEqual(['BAD_USER_INPUT']);
    expect(paths(noOutcome)).toEqual([['input', 'outcome']]);
    for (const status of ['PARTIALLY_ACHIEVED', 'NOT_ACHIEVED']) {
      const res = await t.graphql(UPDATE_OBJECTIVE, { id: objectiveId, input: { status, outcome: '  ' } }, cw);
      expect(paths(res)).toEqual([['input', 'outcome']]);
    }
    expect(await snapshot(caseId)).toEqual(before);
    const done = ok(
      await t.graphql<{ updateCarePlanObjective: Plan }>(
        UPDATE_OBJECTIVE,
        { id: objectiveId, input: { status: 'ACHIEVED', outcome: 'Attended eight sessions; sleeping better' } },
        cw,
      ),
    ).updateCarePlanObjective;
    expect(done.objectives[0]).toMatchObject({
      status: 'ACHIEVED',
      outcome: 'Attended eight sessions; sleeping better',
    });
    const delivered = ok(
      await t.graphql<{ updateIntervention: Plan }>(
        UPDATE_INTERVENTION,
        { id: interventionId, input: { status: 'DELIVERED', note: 'Completed' } },
        cw,
      ),
    ).updateIntervention;
    expect(delivered.objectives[0]!.interventions[0]).toMatchObject({ status: 'DELIVERED', note: 'Completed' });
  });

  it('links an intervention to the referral made for it', async () => {
    const caseId = await newCase();
    const plan = await approved(caseId);
    ok(await t.graphql(RECORD_CONSENT, { caseId }, { as: agency.users.caseworker }));
    const referral = ok(
      await t.graphql<{ createReferral: { id: string } }>(
        REFER,
        { caseId, input: { kind: 'EXTERNAL', providerId: lawyers, serviceKey: 'legal_aid' } },
        { as: agency.users.caseworker },
      ),
    ).createReferral.id;
    const intervention = plan.objectives[1]!.interventions[0]!;
    const linked = ok(
      await t.graphql<{ updateIntervention: Plan }>(
        UPDATE_INTERVENTION,
        { id: intervention.id, input: { referralId: referral, status: 'IN_PROGRESS' } },
        { as: agency.users.caseworker },
      ),
    ).updateIntervention;
    expect(linked.objectives[1]!.interventions[0]).toMatchObject({
      referralId: referral,
      referral: { id: referral, status: 'PENDING' },
      status: 'IN_PROGRESS',
    });
  });
});

describe('who may write a care plan', () => {
  it('refuses those who do not work the case, other agencies and roles without case:update; nothing changes', async () => {
    const caseId = await newCase();
    const draft = ok(await create(caseId)).createCarePlan;
    ok(
      await t.graphql(
        SHARE,
        { caseId, granteeId: agency.users.caseworkerB, expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
        { as: agency.users.caseworker },
      ),
    );
    const before = await snapshot(caseId);
    const objectiveId = draft.objectives[0]!.id;
    const interventionId = draft.objectives[0]!.interventions[0]!.id;
    const attempts: [string, string, string, Record<string, unknown>][] = [
      // caseworkerB reaches the case through a read-only share: she does not work it.
      [agency.users.caseworkerB, 'FORBIDDEN', UPDATE, { id: draft.id, input: { summary: 'Not mine' } }],
      [agency.users.caseworkerB, 'FORBIDDEN', UPDATE_OBJECTIVE, { id: objectiveId, input: { status: 'IN_PROGRESS' } }],
      [agency.users.caseworkerB, 'FORBIDDEN', SUBMIT, { id: draft.id }],
      [agency.users.supervisorB, 'NOT_FOUND', UPDATE, { id: draft.id, input: { summary: 'Not mine' } }],
      [
        agency.users.supervisorB,
        'NOT_FOUND',
        UPDATE_INTERVENTION,
        { id: interventionId, input: { status: 'DELIVERED' } },
      ],
      [other.users.caseworker, 'NOT_FOUND', ADD_OBJECTIVE, { id: draft.id, input: objective() }],
      [other.users.supervisor, 'NOT_FOUND', SUBMIT, { id: draft.id }],
      [agency.users.programme_manager, 'FORBIDDEN', SUBMIT, { id: draft.id }],
      [agency.users.meal_officer, 'FORBIDDEN', UPDATE_OBJECTIVE, { id: objectiveId, input: { status: 'IN_PROGRESS' } }],
    ];
    for (const [as, code, query, vars] of attempts) {
      expect([as, errorCodes(await t.graphql(query, vars, { as }))]).toEqual([as, [code]]);
    }
    const second = await newCase();
    for (const [as, code] of [
      [agency.users.caseworkerB, 'NOT_FOUND'],
      [other.users.caseworker, 'NOT_FOUND'],
      [agency.users.hq_manager, 'FORBIDDEN'],
    ]) {
      expect(errorCodes(await create(second, planInput(), as))).toEqual([code]);
    }
    expect(await snapshot(caseId)).toEqual(before);
    expect((await snapshot(second)).plans).toEqual([]);
    expect(await auditActions(second)).toEqual(['care_plan.create:denied', 'care_plan.create:denied']);
    // And the plan is not read by those who do not reach the case.
    const read = await t.graphql(CASE_PLANS, { id: caseId }, { as: agency.users.supervisorB });
    expect(errorCodes(read)).toEqual(['NOT_FOUND']);
  });

  it('does not plan for a closed case', async () => {
    const caseId = await newCase();
    await t.db.transaction({ system: 'test' }, (tx) =>
      tx.execute(sql`update "case".cases set status = 'closed' where id = ${caseId}::uuid`),
    );
    expect(errorCodes(await create(caseId))).toEqual(['CONFLICT']);
    expect((await snapshot(caseId)).plans).toEqual([]);
  });
});

describe('completing the approved plan', () => {
  type Completed = Plan & {
    completedAt: string | null;
    completedBy: { id: string } | null;
    completionNote: string | null;
  };
  const completePlan = (id: string, as = agency.users.caseworker, note: string | null = null) =>
    t.graphql<{ completeCarePlan: Completed }>(COMPLETE, { id, note }, { as });
  const setObjective = async (id: string, input: Record<string, unknown>) =>
    ok(await t.graphql(UPDATE_OBJECTIVE, { id, input }, { as: agency.users.caseworker }));
  /** An approved plan whose objectives are all closed. */
  async function closed(caseId: string): Promise<Plan> {
    const plan = await approved(caseId);
    await setObjective(plan.objectives[0]!.id, { status: 'ACHIEVED', outcome: 'Attended eight sessions' });
    await setObjective(plan.objectives[1]!.id, { status: 'CANCELLED' });
    return plan;
  }

  it('completes it once every objective is closed, naming the open ones until then; audited', async () => {
    const caseId = await newCase();
    const plan = await approved(caseId);
    const [first, second] = plan.objectives as [Objective, Objective];
    let before = await snapshot(caseId);
    const allOpen = await completePlan(plan.id);
    expect(errorCodes(allOpen)).toEqual(['CONFLICT']);
    expect(allOpen.errors![0]!.message).toBe(
      'Every objective must be closed before the plan is completed; still open: objective 1 (NOT_STARTED), objective 2 (NOT_STARTED)',
    );
    expect(await snapshot(caseId)).toEqual(before);
    await setObjective(first.id, { status: 'PARTIALLY_ACHIEVED', outcome: 'Attended four of eight sessions' });
    await setObjective(second.id, { status: 'IN_PROGRESS' });
    before = await snapshot(caseId);
    const oneOpen = await completePlan(plan.id);
    expect(errorCodes(oneOpen)).toEqual(['CONFLICT']);
    expect(oneOpen.errors![0]!.message).toMatch(/still open: objective 2 \(IN_PROGRESS\)$/);
    expect(await snapshot(caseId)).toEqual(before);

    await setObjective(second.id, { status: 'NOT_ACHIEVED', outcome: 'The client chose not to pursue it' });
    const done = ok(
      await completePlan(plan.id, agency.users.caseworker, '  Safety restored; case to be reviewed  '),
    ).completeCarePlan;
    expect(done).toMatchObject({
      id: plan.id,
      status: 'COMPLETED',
      completedBy: { id: agency.users.caseworker },
      completionNote: 'Safety restored; case to be reviewed',
      decidedBy: { id: agency.users.supervisor },
    });
    expect(Date.parse(done.completedAt!)).toBeGreaterThan(Date.now() - 60_000);
    const current = ok(
      await t.graphql<{ case: { carePlan: { id: string; status: string } } }>(
        CASE_PLANS,
        { id: caseId },
        { as: agency.users.caseworker },
      ),
    ).case.carePlan;
    expect(current).toEqual({ id: plan.id, version: 1, status: 'COMPLETED' });
    const audit = await t.db.rows<{ action: string; outcome: string; fields: string[]; reason: string | null }>(
      sql`select action, outcome, fields, reason from audit.events
          where target_id = ${caseId} and action = 'care_plan.complete' order by seq`,
    );
    expect(audit).toEqual([
      { action: 'care_plan.complete', outcome: 'denied', fields: [], reason: null },
      { action: 'care_plan.complete', outcome: 'denied', fields: [], reason: null },
      {
        action: 'care_plan.complete',
        outcome: 'allowed',
        fields: [`carePlan:${plan.id}`, 'version:1', 'status'],
        reason: 'Safety restored; case to be reviewed',
      },
    ]);
  });

  it('completes only the approved plan, and a completed plan takes no more progress', async () => {
    const caseId = await newCase();
    const draft = ok(await create(caseId)).createCarePlan;
    expect(errorCodes(await completePlan(draft.id))).toEqual(['CONFLICT']);
    ok(await t.graphql(SUBMIT, { id: draft.id }, { as: agency.users.caseworker }));
    expect(errorCodes(await completePlan(draft.id))).toEqual(['CONFLICT']);
    ok(await t.graphql(DECIDE, { id: draft.id, decision: 'APPROVE' }, { as: agency.users.supervisor }));
    await setObjective(draft.objectives[0]!.id, { status: 'ACHIEVED', outcome: 'Attended eight sessions' });
    await setObjective(draft.objectives[1]!.id, { status: 'CANCELLED' });
    ok(await completePlan(draft.id));

    const objectiveId = draft.objectives[0]!.id;
    const interventionId = draft.objectives[0]!.interventions[0]!.id;
    const before = await snapshot(caseId);
    for (const [query, vars] of [
      [UPDATE_OBJECTIVE, { id: objectiveId, input: { status: 'IN_PROGRESS' } }],
      [UPDATE_OBJECTIVE, { id: objectiveId, input: { outcome: 'Rewritten afterwards' } }],
      [UPDATE_INTERVENTION, { id: interventionId, input: { status: 'DELIVERED' } }],
      [UPDATE_INTERVENTION, { id: interventionId, input: { note: 'Added afterwards' } }],
      [UPDATE_OBJECTIVE, { id: objectiveId, input: { description: 'Rewritten afterwards' } }],
      [ADD_OBJECTIVE, { id: draft.id, input: objective() }],
      [SUBMIT, { id: draft.id }],
      [COMPLETE, { id: draft.id, note: 'Twice' }],
    ] as const) {
      const res = await t.graphql(query, vars, { as: agency.users.caseworker });
      expect([query.slice(0, 40), errorCodes(res)]).toEqual([query.slice(0, 40), ['CONFLICT']]);
    }
    const progress = await t.graphql(
      UPDATE_OBJECTIVE,
      { id: objectiveId, input: { status: 'IN_PROGRESS' } },
      { as: agency.users.caseworker },
    );
    expect(progress.errors![0]!.message).toBe(
      'Progress is recorded on a draft or the approved care plan; version 1 is completed',
    );
    expect(await snapshot(caseId)).toEqual(before);
    // A note is at most 2000 characters.
    const other = await newCase();
    const plan = await closed(other);
    const long = await completePlan(plan.id, agency.users.caseworker, 'x'.repeat(2001));
    expect(errorCodes(long)).toEqual(['BAD_USER_INPUT']);
    expect(paths(long)).toEqual([['note']]);
  });

  it('still lets a new version be started, approved and completed after completion', async () => {
    const caseId = await newCase();
    const v1 = await closed(caseId);
    ok(await completePlan(v1.id));
    const v2 = ok(await create(caseId)).createCarePlan;
    expect(v2).toMatchObject({ version: 2, status: 'DRAFT' });
    ok(await t.graphql(SUBMIT, { id: v2.id }, { as: agency.users.caseworker }));
    ok(await t.graphql(DECIDE, { id: v2.id, decision: 'APPROVE' }, { as: agency.users.supervisor }));
    const plans = ok(
      await t.graphql<{ case: { carePlan: { id: string }; carePlans: { version: number; status: string }[] } }>(
        CASE_PLANS,
        { id: caseId },
        { as: agency.users.caseworker },
      ),
    ).case;
    // The completed version stays completed: approving the next supersedes only an approved one.
    expect(plans.carePlan.id).toBe(v2.id);
    expect(plans.carePlans.map((p) => [p.version, p.status])).toEqual([
      [2, 'APPROVED'],
      [1, 'COMPLETED'],
    ]);
    await setObjective(v2.objectives[0]!.id, { status: 'ACHIEVED', outcome: 'Attended eight sessions' });
    await setObjective(v2.objectives[1]!.id, { status: 'ACHIEVED', outcome: 'Protection order filed' });
    expect(ok(await completePlan(v2.id, agency.users.supervisor)).completeCarePlan).toMatchObject({
      status: 'COMPLETED',
      completedBy: { id: agency.users.supervisor },
      completionNote: null,
    });
  });

  it('is refused to those who do not work the case, and changes nothing', async () => {
    const caseId = await newCase();
    const plan = await closed(caseId);
    ok(
      await t.graphql(
        SHARE,
        { caseId, granteeId: agency.users.caseworkerB, expiresAt: new Date(Date.now() + 86_400_000).toISOString() },
        { as: agency.users.caseworker },
      ),
    );
    const before = await snapshot(caseId);
    const attempts: [string, string][] = [
      [agency.users.caseworkerB, 'FORBIDDEN'], // reads the case through a share: does not work it
      [agency.users.supervisorB, 'NOT_FOUND'], // a supervisor of another team does not even find the plan
      [other.users.supervisor, 'NOT_FOUND'], // another agency
      [agency.users.meal_officer, 'FORBIDDEN'], // no case:update
      [agency.users.programme_manager, 'FORBIDDEN'],
    ];
    for (const [as, code] of attempts) {
      expect([as, errorCodes(await completePlan(plan.id, as, 'Not mine to close'))]).toEqual([as, [code]]);
    }
    expect(await snapshot(caseId)).toEqual(before);
    const denied = await t.db.rows<{ actor_id: string; reason: string | null }>(
      sql`select actor_id, reason from audit.events
          where target_id = ${caseId} and action = 'care_plan.complete' and outcome = 'denied' order by seq`,
    );
    expect(denied).toEqual([{ actor_id: agency.users.caseworkerB, reason: 'Not mine to close' }]);
    // The plan not found, its refusal names the plan asked for.
    const unseen = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from audit.events where target_id = ${plan.id} and actor_id = ${agency.users.supervisorB}::uuid
          and action = 'care_plan.complete' and outcome = 'denied'`,
    );
    expect(unseen[0]!.n).toBe(1);
  });
});

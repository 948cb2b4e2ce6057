import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { verifyAuditChain } from '@haven/core/audit/verify';
import { createTestAgency, type TestAgency } from '../support/factories';
import { openIsolatedDatabase } from '../support/database';
import { errorCodes, startTestHaven, type TestHaven } from '../support/haven';
import { graphql } from '../gql';

const CREATE = graphql(`
  mutation AuditCreate($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
    }
  }
`);
const READ = graphql(`
  query AuditRead($id: ID!) {
    case(id: $id) {
      caseNumber
      person {
        givenName
        dateOfBirth
      }
      currentStage {
        stage
      }
    }
  }
`);
const UPDATE = graphql(`
  mutation AuditUpdate($caseId: ID!, $input: UpdatePersonInput!) {
    updatePerson(caseId: $caseId, input: $input) {
      id
      person {
        givenName
      }
    }
  }
`);
const HISTORY = graphql(`
  query AuditHistory($id: ID!) {
    case(id: $id) {
      history {
        field
        oldValue
        newValue
        valuesVisible
        changedBy {
          id
        }
      }
    }
  }
`);

interface EventRow extends Record<string, unknown> {
  action: string;
  actor_id: string | null;
  target_id: string | null;
  target_ids: string[];
  fields: string[];
  outcome: string;
  reason: string | null;
  request_id: string | null;
  client_address: string | null;
  old_values_hash: string | null;
  new_values_hash: string | null;
}

let t: TestHaven;
let agency: TestAgency;
let caseId: string;

const eventsFor = (actor: string) =>
  t.db.rows<EventRow>(
    sql`select action, actor_id::text, target_id, target_ids, fields, outcome, reason, request_id, client_address,
               old_values_hash, new_values_hash
        from audit.events where actor_id = ${actor}::uuid order by seq`,
  );

beforeAll(async () => {
  // Own database: one test below revokes the runtime role's right to write audit rows.
  t = await startTestHaven({ db: await openIsolatedDatabase() });
  agency = await createTestAgency(t.db);
  const res = await t.graphql(
    CREATE,
    {
      input: {
        caseType: 'GBV',
        person: { givenName: 'Audra', familyName: 'Trailtest', sex: 'FEMALE', dateOfBirth: '2012-05-01' },
      },
    },
    { as: agency.users.caseworker },
  );
  caseId = res.data!.createCase.id;
});
afterAll(() => t?.close());

describe('what the audit trail records', () => {
  it('a registration: field names and value hashes, never the values', async () => {
    const [created] = (await eventsFor(agency.users.caseworker)).filter((e) => e.action === 'case.create');
    expect(created).toMatchObject({
      target_id: caseId,
      outcome: 'allowed',
      old_values_hash: expect.any(String),
      new_values_hash: expect.any(String),
    });
    expect(created!.fields).toEqual([
      'caseType',
      'person.givenName',
      'person.familyName',
      'person.sex',
      'person.dateOfBirth',
    ]);
    const everything = JSON.stringify(await t.db.rows(sql`select * from audit.events`));
    expect(everything).not.toContain('Audra');
    expect(everything).not.toContain('2012-05-01');
  });

  it('a case read: the fields returned, the request id and the client address', async () => {
    const requestId = `audit-read-${Date.now()}`;
    const res = await t.graphql(
      READ,
      { id: caseId },
      { as: agency.users.caseworker, headers: { 'x-request-id': requestId } },
    );
    expect(res.errors).toBeUndefined();
    const reads = (await eventsFor(agency.users.caseworker)).filter((e) => e.request_id === requestId);
    // One row for the page: the case subgraph records every Case field the operation reads, the
    // stage served by the workflow subgraph included (the gateway lists them), and the workflow
    // subgraph, finding the stage recorded, writes no second row.
    expect(reads.map((r) => [r.action, r.fields])).toEqual([
      ['case.read', ['caseNumber', 'currentStage.stage', 'id', 'person.dateOfBirth', 'person.givenName']],
    ]);
    expect(reads[0]!.client_address).toMatch(/127\.0\.0\.1/);
  });

  it('a stage read not covered by a case read of the same request writes its own row', async () => {
    const { workflowSubgraph } = await import('@haven/workflow');
    const { graphql: execute } = await import('graphql');
    const { resolveViewer } = await import('@haven/identity');
    const viewer = (await resolveViewer(t.db, agency.users.caseworker, 'password'))!;
    const requestId = `audit-stage-${Date.now()}`;
    const res = await execute({
      schema: workflowSubgraph.schema(),
      source: 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { currentStage { stage } } } }',
      variableValues: { r: [{ __typename: 'Case', id: caseId }] },
      contextValue: {
        viewer,
        requestId,
        log: t.log,
        db: t.db,
        fieldKeys: null,
        clientCaseFields: [],
        loaders: new Map(),
      },
    });
    expect(res.errors).toBeUndefined();
    const rows = (await eventsFor(agency.users.caseworker)).filter((e) => e.request_id === requestId);
    expect(rows.map((r) => [r.action, r.target_id, r.fields])).toEqual([['case.read', caseId, ['currentStage']]]);
  });

  it('a caseload: the ids of the cases returned', async () => {
    const requestId = `audit-list-${Date.now()}`;
    await t.graphql(
      '{ myCaseload { nodes { id caseNumber } } }',
      {},
      { as: agency.users.caseworker, headers: { 'x-request-id': requestId } },
    );
    const [list] = (await eventsFor(agency.users.caseworker)).filter(
      (e) => e.request_id === requestId && e.action === 'case.list',
    );
    expect(list).toMatchObject({ target_ids: [caseId], fields: ['caseNumber', 'id'] });
  });

  it('a refusal: reading a case out of reach, and an action the role lacks', async () => {
    const other = await t.graphql(READ, { id: caseId }, { as: agency.users.caseworkerB });
    expect(errorCodes(other)).toEqual(['NOT_FOUND']);
    const denied = (await eventsFor(agency.users.caseworkerB)).filter((e) => e.outcome === 'denied');
    expect(denied).toEqual([expect.objectContaining({ action: 'case.read', target_id: caseId })]);

    const manager = await t.graphql('{ myCaseload { totalCount } }', {}, { as: agency.users.programme_manager });
    expect(errorCodes(manager)).toEqual(['FORBIDDEN']);
    expect((await eventsFor(agency.users.programme_manager)).filter((e) => e.outcome === 'denied')).toEqual([
      expect.objectContaining({ action: 'access.denied', target_id: 'myCaseload', reason: 'needs case:read' }),
    ]);
  });
});

describe('the change history of a case', () => {
  it('keeps who changed which field, with values for those allowed to see them; the audit row has hashes only', async () => {
    const res = await t.graphql(
      UPDATE,
      { caseId, input: { givenName: 'Audrey', sex: 'FEMALE' } },
      { as: agency.users.caseworker },
    );
    expect(res.data!.updatePerson.person.givenName).toBe('Audrey');
    const history = await t.graphql(HISTORY, { id: caseId }, { as: agency.users.caseworker });
    expect(history.data!.case.history).toEqual([
      {
        field: 'person.givenName',
        oldValue: '"Audra"',
        newValue: '"Audrey"',
        valuesVisible: true,
        changedBy: { id: agency.users.caseworker },
      },
    ]);
    const [update] = (await eventsFor(agency.users.caseworker)).filter((e) => e.action === 'case.update');
    expect(update).toMatchObject({
      fields: ['person.givenName'],
      old_values_hash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(JSON.stringify(update)).not.toContain('Audrey');
  });

  it('gives every case of a caseload its own history (fetched for the whole page at once)', async () => {
    const second = await t.graphql(
      CREATE,
      { input: { caseType: 'GBV', person: { givenName: 'Bea', familyName: 'Trailtest', sex: 'FEMALE' } } },
      { as: agency.users.caseworker },
    );
    const secondId = second.data!.createCase.id;
    await t.graphql(
      UPDATE,
      { caseId: secondId, input: { familyName: 'Trailtested' } },
      { as: agency.users.caseworker },
    );
    const res = await t.graphql<{
      myCaseload: { nodes: { id: string; history: { field: string; newValue: string }[] }[] };
    }>('{ myCaseload { nodes { id history { field newValue } } } }', {}, { as: agency.users.caseworker });
    const byId = new Map(res.data!.myCaseload.nodes.map((n) => [n.id, n.history]));
    expect(byId.get(caseId)).toEqual([{ field: 'person.givenName', newValue: '"Audrey"' }]);
    expect(byId.get(secondId)).toEqual([{ field: 'person.familyName', newValue: '"Trailtested"' }]);
  });

  it('refuses a bad update with BAD_USER_INPUT and changes nothing', async () => {
    const res = await t.graphql(UPDATE, { caseId, input: { familyName: '   ' } }, { as: agency.users.caseworker });
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    const history = await t.graphql(HISTORY, { id: caseId }, { as: agency.users.caseworker });
    expect(history.data!.case.history).toHaveLength(1);
  });

  it('refuses an update by someone who does not reach the case, and records it', async () => {
    const res = await t.graphql(UPDATE, { caseId, input: { givenName: 'Mallory' } }, { as: agency.users.caseworkerB });
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(
      (await eventsFor(agency.users.caseworkerB)).some((e) => e.action === 'case.update' && e.outcome === 'denied'),
    ).toBe(true);
  });
});

describe('no unaudited access', () => {
  it('fails the read when its audit row cannot be written', async () => {
    await t.db.db.execute(sql`revoke insert on audit.events from haven_app`);
    try {
      const res = await t.graphql(READ, { id: caseId }, { as: agency.users.caseworker });
      expect(res.data?.case ?? null).toBeNull();
      expect(errorCodes(res)).toContain('INTERNAL_SERVER_ERROR');
      expect(JSON.stringify(res)).not.toContain('Audrey');
    } finally {
      await t.db.db.execute(sql`grant insert on audit.events to haven_app`);
    }
  });

  it('leaves an intact chain behind all of the above', async () => {
    expect((await verifyAuditChain(t.db, { checkpoints: [], publicKey: null })).firstProblem).toBeNull();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type TestHaven } from '../support/haven';
import { graphql } from '../gql';

const CREATE = graphql(`
  mutation AuditorCreate($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
    }
  }
`);
const LOG = graphql(`
  query AuditorLog($filter: AuditFilter, $first: Int, $after: String) {
    auditEvents(filter: $filter, first: $first, after: $after) {
      nodes {
        seq
        occurredAt
        actor {
          id
        }
        action
        targetId
        targetIds
        fields
        outcome
        reason
      }
      hasNextPage
      endCursor
    }
  }
`);
const CASE_LOG = graphql(`
  query AuditorCaseLog($caseId: ID!) {
    caseAccessLog(caseId: $caseId) {
      nodes {
        action
        actor {
          id
          displayName
        }
        fields
        outcome
      }
    }
  }
`);
const EXPORT = graphql(`
  mutation AuditorExport($filter: AuditFilter, $reason: String!) {
    exportAuditEvents(filter: $filter, reason: $reason) {
      csv
      rowCount
    }
  }
`);

let t: TestHaven;
let agency: TestAgency;
let caseId: string;

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  const res = await t.graphql(
    CREATE,
    {
      input: {
        caseType: 'CHILD_PROTECTION',
        person: { givenName: 'Secretia', familyName: 'Hiddenfield', sex: 'FEMALE', dateOfBirth: '2014-05-02' },
      },
    },
    { as: agency.users.caseworker },
  );
  caseId = res.data!.createCase.id;
  await t.graphql(
    'query { case(id: "' + caseId + '") { caseNumber person { fullName } } }',
    {},
    { as: agency.users.caseworker },
  );
  await t.graphql('query { myCaseload { nodes { id } } }', {}, { as: agency.users.caseworker });
  await t.graphql('query { case(id: "' + caseId + '") { caseNumber } }', {}, { as: agency.users.caseworkerB });
});
afterAll(() => t?.close());

describe('the auditor', () => {
  it('sees the per-case access log: who, what, which fields, refused or not; no content', async () => {
    const res = await t.graphql(CASE_LOG, { caseId }, { as: agency.users.auditor });
    expect(res.errors).toBeUndefined();
    const log = res.data!.caseAccessLog.nodes;
    expect(log.map((e) => [e.action, e.actor?.id, e.outcome])).toEqual(
      expect.arrayContaining([
        ['case.create', agency.users.caseworker, 'ALLOWED'],
        ['case.read', agency.users.caseworker, 'ALLOWED'],
        ['case.list', agency.users.caseworker, 'ALLOWED'],
        ['case.read', agency.users.caseworkerB, 'DENIED'],
      ]),
    );
    expect(
      log.find((e) => e.action === 'case.read' && e.outcome === 'ALLOWED' && e.fields.includes('person.fullName')),
    ).toBeDefined();
    expect(JSON.stringify(res)).not.toMatch(/Secretia|Hiddenfield/);
  });

  it('filters by user, action and time, and pages', async () => {
    const byUser = await t.graphql(LOG, { filter: { userId: agency.users.caseworkerB } }, { as: agency.users.auditor });
    expect(byUser.data!.auditEvents.nodes.every((e) => e.actor?.id === agency.users.caseworkerB)).toBe(true);
    const byAction = await t.graphql(LOG, { filter: { action: 'case.create' } }, { as: agency.users.auditor });
    expect(byAction.data!.auditEvents.nodes.map((e) => e.targetId)).toEqual([caseId]);
    const future = await t.graphql(
      LOG,
      { filter: { from: new Date(Date.now() + 3_600_000).toISOString() } },
      { as: agency.users.auditor },
    );
    expect(future.data!.auditEvents.nodes).toEqual([]);
    const page = await t.graphql(LOG, { first: 2 }, { as: agency.users.auditor });
    expect(page.data!.auditEvents).toMatchObject({ hasNextPage: true });
    const next = await t.graphql(
      LOG,
      { first: 2, after: page.data!.auditEvents.endCursor },
      { as: agency.users.auditor },
    );
    const seqs = [...page.data!.auditEvents.nodes, ...next.data!.auditEvents.nodes].map((e) => Number(e.seq));
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(4);
  });

  it('exports CSV only with a reason, and the export is recorded with it', async () => {
    const refused = await t.graphql(EXPORT, { filter: { caseId }, reason: ' ' }, { as: agency.users.auditor });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    const res = await t.graphql(
      EXPORT,
      { filter: { caseId }, reason: 'Quarterly data-protection review' },
      { as: agency.users.auditor },
    );
    expect(res.errors).toBeUndefined();
    const { csv, rowCount } = res.data!.exportAuditEvents;
    expect(csv.split('\n')[0]).toMatch(/^seq,occurred_at,actor_id/);
    expect(csv.trim().split('\n')).toHaveLength(rowCount + 1);
    expect(csv).not.toMatch(/Secretia|Hiddenfield/);
    const exports = await t.graphql(LOG, { filter: { action: 'audit.export' } }, { as: agency.users.auditor });
    expect(exports.data!.auditEvents.nodes[0]).toMatchObject({
      reason: 'Quarterly data-protection review',
      actor: { id: agency.users.auditor },
    });
  });

  it('is refused to everyone else, and sees nothing of another agency', async () => {
    for (const role of ['caseworker', 'supervisor', 'system_administrator', 'programme_manager'] as const) {
      const res = await t.graphql(CASE_LOG, { caseId }, { as: agency.users[role] });
      expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    }
    const other = await createTestAgency(t.db);
    const res = await t.graphql(CASE_LOG, { caseId }, { as: other.users.auditor });
    expect(res.data!.caseAccessLog.nodes).toEqual([]);
  });
});

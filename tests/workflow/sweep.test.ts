import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';
import type { Database } from '@haven/core/db/database';
import { rows } from '@haven/core/db/rows';
import { startWorkflowQueue, type WorkflowQueue } from '../../subgraphs/workflow/src/jobs/queue';
import { sweepDeadlines } from '../../subgraphs/workflow/src/jobs/sweep';
import { openTestDatabase } from '../support/database';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type TestHaven } from '../support/haven';

/**
 * The deadline sweep on the pg-boss job queue: alerts for the caseworker, escalation to the team's
 * supervisor, each exactly once however many workers sweep and however often they restart; in-app
 * notifications and email through a real SMTP server. Time is injected.
 */
let t: TestHaven;
let agency: TestAgency;
let second: Database;
const queues: WorkflowQueue[] = [];

const CREATE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`;
const NOTIFICATIONS = `{ myNotifications { id kind caseId title readAt } }`;
const READ = `mutation($id: ID!) { markNotificationRead(id: $id) { id readAt } }`;

async function newCase(): Promise<{ id: string; dueAt: Date }> {
  const res = await t.graphql<{ createCase: { id: string } }>(
    CREATE,
    { input: { caseType: 'GBV', person: { givenName: 'Fictiva', familyName: 'Sweeptest', sex: 'FEMALE' } } },
    { as: agency.users.caseworker },
  );
  expect(res.errors).toBeUndefined();
  const id = res.data!.createCase.id;
  const [d] = await t.db.rows<{ due_at: string | Date }>(
    sql`select due_at from workflow.deadlines where case_id = ${id}::uuid and met_at is null`,
  );
  return { id, dueAt: new Date(d!.due_at) };
}

async function notificationsOf(caseId: string) {
  return t.db.rows<{ kind: string; recipient_id: string; email_status: string }>(
    sql`select kind, recipient_id, email_status from workflow.notifications where case_id = ${caseId}::uuid order by kind, recipient_id`,
  );
}

const fixture = (query: ReturnType<typeof sql>) =>
  t.db.transaction({ system: 'test-fixture' }, (tx) => tx.execute(query));

let clock = new Date();
const start = (db: Database, extra: Partial<Parameters<typeof startWorkflowQueue>[0]> = {}) =>
  startWorkflowQueue({
    db,
    log: t.log,
    now: () => clock,
    cron: null,
    pollingIntervalSeconds: 0.5,
    agencyId: agency.agencyId,
    ...extra,
  }).then((q) => {
    queues.push(q);
    return q;
  });

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  // A second connection pool on PostgreSQL (on PGlite the same embedded database: one connection).
  second = t.db.kind === 'postgres' ? await openTestDatabase() : t.db;
});
afterAll(async () => {
  for (const q of queues) await q.stop().catch(() => {});
  if (second && second !== t.db) await second.close();
  await t?.close();
});

describe('deadline sweep', () => {
  it('raises the caseworker’s alerts and escalates to the supervisor once, with two workers and a restart', async () => {
    const { id, dueAt } = await newCase();
    // Not yet due: nothing.
    clock = new Date(dueAt.getTime() - 3 * 24 * 3_600_000);
    expect(
      (await sweepDeadlines(t.db, { now: clock, emailConfigured: false, agencyId: agency.agencyId })).created,
    ).toEqual([]);
    // A day before: the caseworker is told it is due soon.
    clock = new Date(dueAt.getTime() - 3_600_000);
    const soon = await sweepDeadlines(t.db, { now: clock, emailConfigured: false, agencyId: agency.agencyId });
    expect(soon.created.map((c) => [c.kind, c.recipientId])).toEqual([['due', agency.users.caseworker]]);

    // 25 hours overdue: two workers, each a pg-boss instance on its own connection pool, take sweep
    // jobs at the same time, and two direct sweeps run concurrently besides.
    clock = new Date(dueAt.getTime() + 25 * 3_600_000);
    const [a, b] = [await start(t.db), await start(second)];
    await Promise.all([
      a.sweepNow(),
      b.sweepNow(),
      a.sweepNow(),
      b.sweepNow(),
      sweepDeadlines(t.db, { now: clock, emailConfigured: false, agencyId: agency.agencyId }),
      sweepDeadlines(second, { now: clock, emailConfigured: false, agencyId: agency.agencyId }),
    ]);
    expect((await notificationsOf(id)).map((n) => [n.kind, n.recipient_id])).toEqual([
      ['due', agency.users.caseworker],
      ['escalation', agency.users.supervisor],
      ['overdue', agency.users.caseworker],
    ]);
    // The other team's supervisor is not told.
    expect((await notificationsOf(id)).map((n) => n.recipient_id)).not.toContain(agency.users.supervisorB);

    // Restart: the workers stop, a new one starts and sweeps again; nobody is notified twice.
    await a.stop();
    await b.stop();
    const c = await start(t.db);
    clock = new Date(dueAt.getTime() + 48 * 3_600_000);
    await c.sweepNow();
    expect(await notificationsOf(id)).toHaveLength(3);
    await c.stop();

    // In-app: the caseworker and the supervisor see theirs; only the recipient marks one read.
    const mine = await t.graphql<{
      myNotifications: { id: string; kind: string; caseId: string; readAt: string | null }[];
    }>(NOTIFICATIONS, {}, { as: agency.users.caseworker });
    const overdue = mine.data!.myNotifications.find((n) => n.caseId === id && n.kind === 'overdue')!;
    expect(overdue.readAt).toBeNull();
    const theirs = await t.graphql<{ myNotifications: { caseId: string; kind: string }[] }>(
      NOTIFICATIONS,
      {},
      { as: agency.users.supervisor },
    );
    expect(theirs.data!.myNotifications.filter((n) => n.caseId === id).map((n) => n.kind)).toEqual(['escalation']);
    const stranger = await t.graphql(READ, { id: overdue.id }, { as: agency.users.supervisorB });
    expect(stranger.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const read = await t.graphql<{ markNotificationRead: { readAt: string } }>(
      READ,
      { id: overdue.id },
      { as: agency.users.caseworker },
    );
    expect(read.errors).toBeUndefined();
    expect(read.data!.markNotificationRead.readAt).toBeTruthy();
  });

  it('a deadline met by leaving the stage raises nothing', async () => {
    const { id, dueAt } = await newCase();
    const deadlines = await t.db.transaction({ system: 'test' }, (tx) =>
      rows<{ id: string }>(
        tx,
        sql`update workflow.deadlines set met_at = now() where case_id = ${id}::uuid returning id`,
      ),
    );
    expect(deadlines.length).toBeGreaterThan(0);
    const result = await sweepDeadlines(t.db, {
      now: new Date(dueAt.getTime() + 100 * 3_600_000),
      emailConfigured: false,
      agencyId: agency.agencyId,
    });
    // Other cases of the agency may still raise theirs; none of this case's deadlines does.
    const ofThisCase = new Set(deadlines.map((d) => d.id));
    expect(result.created.filter((c) => ofThisCase.has(c.deadlineId))).toEqual([]);
    expect(await notificationsOf(id)).toEqual([]);
  });

  it('a high risk assessed after identification started gives it 48 hours from the start', async () => {
    const { id } = await newCase();
    const [before] = await t.db.rows<{ started_at: string | Date; basis: string }>(
      sql`select started_at, basis from workflow.deadlines where case_id = ${id}::uuid`,
    );
    expect(before!.basis).toBe('5 working days: risk not assessed');
    await fixture(sql`insert into "case".form_submissions
      (agency_id, case_id, form_definition_id, form_key, form_version, values, status, submitted_by)
      select d.agency_id, ${id}::uuid, d.id, d.key, d.version, '{"riskLevel":"high"}'::jsonb, 'submitted', ${agency.users.caseworker}::uuid
      from "case".form_definitions d where d.agency_id = ${agency.agencyId}::uuid and d.key = 'protection_risk_assessment' and d.version = 1`);
    const result = await sweepDeadlines(t.db, { now: new Date(), emailConfigured: false, agencyId: agency.agencyId });
    expect(result.reassessed).toBeGreaterThanOrEqual(1);
    const [after] = await t.db.rows<{ due_at: string | Date; basis: string }>(
      sql`select due_at, basis from workflow.deadlines where case_id = ${id}::uuid`,
    );
    expect(after!.basis).toBe('48 hours: high risk');
    expect(new Date(after!.due_at).getTime() - new Date(before!.started_at).getTime()).toBe(48 * 3_600_000);
  });

  it('implementation: follow-ups as the care plan says, met by a contact, the next one from it; reviews by risk', async () => {
    const { id } = await newCase();
    const move = async (toStage: string) => {
      const res = await t.graphql(
        `mutation($id: ID!, $to: String!) { transitionCase(caseId: $id, toStage: $to) { transitioned } }`,
        { id, to: toStage },
        { as: agency.users.caseworker },
      );
      expect(res.errors, toStage).toBeUndefined();
    };
    await fixture(sql`insert into "case".consents (agency_id, case_id, given_by, scope, given_at, recorded_by)
      values (${agency.agencyId}::uuid, ${id}::uuid, 'client', 'services', now(), ${agency.users.caseworker}::uuid)`);
    await move('assessment');
    await fixture(sql`insert into "case".form_submissions
      (agency_id, case_id, form_definition_id, form_key, form_version, values, status, submitted_by)
      select d.agency_id, ${id}::uuid, d.id, d.key, d.version, '{"riskLevel":"medium"}'::jsonb, 'submitted', ${agency.users.caseworker}::uuid
      from "case".form_definitions d where d.agency_id = ${agency.agencyId}::uuid and d.key = 'protection_risk_assessment' and d.version = 1`);
    await move('care_plan');
    await fixture(sql`insert into "case".care_plans (agency_id, case_id, version, status, follow_up_days, created_by)
      values (${agency.agencyId}::uuid, ${id}::uuid, 1, 'approved', 7, ${agency.users.caseworker}::uuid)`);
    await move('implementation');
    const open = await t.db.rows<{ kind: string; basis: string; started_at: string | Date; due_at: string | Date }>(
      sql`select kind, basis, started_at, due_at from workflow.deadlines
          where case_id = ${id}::uuid and met_at is null and cancelled_at is null order by kind`,
    );
    expect(open.map((d) => [d.kind, d.basis])).toEqual([
      ['follow_up', '7 days: care plan'],
      ['review', '60 days: medium risk'],
    ]);
    // A phone call three days in meets the follow-up; the next one is due 7 days after the call.
    const started = new Date(open[0]!.started_at);
    const call = new Date(started.getTime() + 3 * 24 * 3_600_000);
    await fixture(sql`insert into "case".case_notes (agency_id, case_id, note_type, body, occurred_at, author_id)
      values (${agency.agencyId}::uuid, ${id}::uuid, 'phone_call', 'Fictional call', ${call.toISOString()}::timestamptz, ${agency.users.caseworker}::uuid)`);
    const result = await sweepDeadlines(t.db, {
      now: new Date(call.getTime() + 3_600_000),
      emailConfigured: false,
      agencyId: agency.agencyId,
    });
    expect(result.rolledOver).toBe(1);
    const followUps = await t.db.rows<{
      started_at: string | Date;
      due_at: string | Date;
      met_at: string | Date | null;
    }>(
      sql`select started_at, due_at, met_at from workflow.deadlines where case_id = ${id}::uuid and kind = 'follow_up' order by started_at`,
    );
    expect(followUps).toHaveLength(2);
    expect(followUps[0]!.met_at).not.toBeNull();
    expect(new Date(followUps[1]!.started_at).toISOString()).toBe(call.toISOString());
    expect(new Date(followUps[1]!.due_at).getTime() - call.getTime()).toBe(7 * 24 * 3_600_000);
    expect(followUps[1]!.met_at).toBeNull();
  });

  it('sends email through SMTP when configured, once', async () => {
    const received: { to: string[]; data: string }[] = [];
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let data = '';
        stream.on('data', (chunk: Buffer) => (data += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), data });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.server.address() as AddressInfo).port;
    try {
      const { id, dueAt } = await newCase();
      clock = new Date(dueAt.getTime() + 2 * 3_600_000);
      const q = await start(t.db, { smtpUrl: `smtp://127.0.0.1:${port}` });
      await q.sweepNow();
      await q.sweepNow();
      await q.stop();
      const [row] = await t.db.rows<{ email: string }>(
        sql`select email from identity.users where id = ${agency.users.caseworker}::uuid`,
      );
      const mails = received.filter((m) => m.data.includes('Overdue'));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.to).toEqual([row!.email]);
      expect(mails[0]!.data).toContain('Subject: [Haven] Overdue');
      expect((await notificationsOf(id)).map((n) => [n.kind, n.email_status])).toEqual([['overdue', 'sent']]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

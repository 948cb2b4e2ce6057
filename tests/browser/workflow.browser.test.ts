/**
 * The workflow in Debian's Chromium, against Haven running in this process on a fresh demo database:
 * a caseworker moves a GBV case one stage on from the stage bar and sees why the other moves are
 * blocked (the guards' messages), then requests its closure (the closure category and the "other"
 * note checked in the page, the API's refusal of a category this workflow does not allow shown); her
 * supervisor finds the request in the approvals inbox, cannot reject it without a comment, and
 * approves it, and approves the case's care plan from the rest of her queue; after a deadline sweep at an injected time, the caseworker's alerts list shows her
 * alerts with an unread count in the navigation, marks one read and opens a case from one; the
 * programme manager's workflow editor refuses a definition (the editor's own check and the API's
 * problem at its path), then saves and publishes a valid version; the alerts page in Arabic is right
 * to left. The tests share one page and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { sweepDeadlines } from '../../subgraphs/workflow/src/jobs/sweep';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('workflow in Chromium');

const CASEWORKER = 'caseworker@demo.haven.invalid'; // Amira
const SUPERVISOR = 'supervisor@demo.haven.invalid'; // Layla, supervises Amira's team
const MANAGER = 'programme.manager@demo.haven.invalid'; // Jonas, workflow:manage

describe.skipIf(!hasChromium)('workflow in Chromium', { timeout: 120_000 }, () => {
  let h: BrowserHaven;
  let page: Page;
  let caseId = '';
  let caseNumber = '';

  const stageBar = () => page.getByRole('region', { name: 'Workflow' });

  async function openCase() {
    await page.goto(`${h.origin}/cases/${caseId}`, { waitUntil: 'domcontentloaded' });
    await stageBar().getByRole('list', { name: 'Stages of the case’s workflow' }).waitFor();
  }

  beforeAll(async () => {
    h = await startBrowserHaven({ explorer: false });
    ({ page } = h);
  }, 240_000);

  afterAll(() => h?.close());

  it('a caseworker moves a case one stage on and sees why other moves are blocked', async () => {
    await h.signIn(CASEWORKER);
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    const created = await h.api<{ createCase: { id: string } }>(
      'mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }',
      {
        input: {
          caseType: 'GBV',
          person: { givenName: 'Fictiva', familyName: 'Stagebar', sex: 'FEMALE', dateOfBirth: '1990-03-04' },
        },
      },
    );
    caseId = created.createCase.id;
    await h.api(
      'mutation ($caseId: ID!) { recordConsent(caseId: $caseId, input: { givenBy: CLIENT, scope: SERVICES }) { id } }',
      { caseId },
    );
    // A care plan submitted for approval, for the supervisor's queue.
    const plan = await h.api<{ createCarePlan: { id: string } }>(
      'mutation ($caseId: ID!, $input: CarePlanInput!) { createCarePlan(caseId: $caseId, input: $input) { id } }',
      {
        caseId,
        input: {
          summary: 'Fictional plan for the queue',
          objectives: [
            {
              description: 'Fictional: a safety plan agreed',
              responsibleParty: 'CLIENT',
              responsibleName: 'Fictiva (the client)',
            },
          ],
        },
      },
    );
    await h.api('mutation ($id: ID!) { submitCarePlan(carePlanId: $id) { id } }', { id: plan.createCarePlan.id });
    await openCase();
    caseNumber = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '')
      .replace(/^Case /, '')
      .replace(/[\u2068\u2069]/g, '');

    const bar = stageBar();
    const current = bar.locator('li[aria-current="step"]');
    // The bar shows the stage's key until the workflow definition (its labels) has loaded.
    await expect.poll(() => current.textContent()).toBe('Identification');
    expect(await bar.locator('li.stage-step').count()).toBeGreaterThanOrEqual(8);
    // Closing is a move of this workflow from any stage, blocked until the closure form is submitted.
    const blocked = bar.locator('.stage-blocked');
    await blocked.getByText('closure documentation missing: case_closure').waitFor();

    // A cancelled move gives the focus back to its button.
    const move = bar.getByRole('button', { name: 'Move to Assessment' });
    await move.click();
    await bar.getByRole('form', { name: 'Move to Assessment' }).getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => move.evaluate((el) => el === document.activeElement)).toBe(true);
    await move.click();
    await bar.getByRole('form', { name: 'Move to Assessment' }).getByRole('button', { name: 'Move the case' }).click();
    await bar.getByRole('status').getByText('The case moved to Assessment.').waitFor();
    await expect.poll(() => current.textContent()).toBe('Assessment');
    // The summary reloads on its own request after the bar's: it may answer a moment later.
    await expect.poll(() => h.valueOf('Stage').textContent()).toBe('Assessment');
    // The next stage needs the risk assessment first: the guard's message says so.
    const carePlan = blocked.getByRole('listitem').filter({ hasText: 'Care plan' });
    expect(await carePlan.textContent()).toContain('forms not submitted: protection_risk_assessment');

    // The history: who moved it, when, from where to where.
    await bar.getByText(/^Stage history/).click();
    const history = bar.locator('.stage-history table');
    await history.getByRole('row').filter({ hasText: 'Identification → Assessment' }).waitFor();
    expect(await history.getByRole('row').filter({ hasText: 'Identification → Assessment' }).textContent()).toContain(
      'Amira',
    );
  });

  it('the caseworker requests closure: category and note checked, the API’s refusal shown, then it waits for approval', async () => {
    // The closure form, submitted (the forms API is tested elsewhere), as the system role.
    await h.db.transaction({ system: 'browser-test-fixture' }, async (tx) => {
      await tx.execute(sql`insert into "case".form_submissions
        (agency_id, case_id, form_definition_id, form_key, form_version, values, status, submitted_by)
        select d.agency_id, c.id, d.id, d.key, d.version, '{}'::jsonb, 'submitted', c.assigned_worker_id
        from "case".cases c join "case".form_definitions d on d.agency_id = c.agency_id and d.key = 'case_closure'
        where c.id = ${caseId}::uuid order by d.version desc limit 1`);
    });
    await openCase();
    const bar = stageBar();
    const close = bar.getByRole('button', { name: 'Move to Closed' });
    await close.waitFor();
    expect(await bar.locator('.stage-actions li').filter({ hasText: 'Move to Closed' }).textContent()).toContain(
      'needs a supervisor’s approval',
    );
    await close.click();
    const form = bar.getByRole('form', { name: 'Move to Closed' });
    await form.getByText('A supervisor of the case’s team approves this move').waitFor();
    await form.getByRole('button', { name: 'Request approval' }).click();
    await form.getByText('Choose why the case is closed.').waitFor();
    await form.getByLabel('Closure category').selectOption('OTHER');
    await form.getByRole('button', { name: 'Request approval' }).click();
    await form.getByText('Describe the other reason.').waitFor();
    await form.getByLabel('Describe the reason').fill('Fictional: moved out of the programme area.');
    await form.getByRole('button', { name: 'Request approval' }).click();
    // This workflow allows closing at the survivor's request only: the API's problem is shown.
    await form.getByRole('alert').getByText('must be one of survivor_request').waitFor();
    await form.getByLabel('Closure category').selectOption('SURVIVOR_REQUEST');
    await form.getByLabel('Reason (optional)').fill('Fictional: the survivor asked to close her case.');
    await form.getByRole('button', { name: 'Request approval' }).click();
    await bar.getByRole('status').getByText('The move to Closed waits for a supervisor’s approval.').waitFor();
    await bar
      .locator('.stage-pending')
      .getByText(/Waiting for approval: move to Closed, requested by Amira/)
      .waitFor();
    await expect.poll(() => bar.locator('li[aria-current="step"]').textContent()).toBe('Assessment');
    // The move waiting for approval is not offered again.
    await expect.poll(() => bar.getByRole('button', { name: 'Move to Closed' }).count()).toBe(0);
    await h.signOut();
  });

  it('the supervisor approves it in the inbox: a rejection needs a comment', async () => {
    await h.signIn(SUPERVISOR);
    await page.getByRole('button', { name: 'Approvals', exact: true }).click();
    await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/approvals');
    const item = page.locator('.approval-item').filter({ hasText: 'Fictional: the survivor asked to close her case.' });
    await item.waitFor();
    expect(await item.textContent()).toContain('At the survivor’s request');
    await item.getByRole('button', { name: 'Reject' }).click();
    await item.getByText('Say why you reject it.').waitFor();
    await item.getByLabel('Comment (required to reject)').fill('Fictional: agreed with the survivor.');
    await item.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('status').getByText('Approved: Assessment → Closed.').waitFor();
    await expect.poll(() => item.count()).toBe(0);

    // The rest of the supervisor's queue: the submitted care plan (a rejection needs a comment), caseloads.
    const planItem = page.locator('.approval-item').filter({ hasText: `Care plan of case ${caseNumber}` });
    await planItem.waitFor();
    await planItem.getByRole('button', { name: 'Reject' }).click();
    await planItem.getByText('Say why you reject it.').waitFor();
    await planItem.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('status').getByText(`The care plan of case ${caseNumber} is approved.`).waitFor();
    await expect.poll(() => planItem.count()).toBe(0);
    await page.getByRole('heading', { name: /^Overdue clocks/ }).waitFor();
    await page.locator('.caseload-targets').getByRole('row').filter({ hasText: 'Amira' }).waitFor();

    // The case is closed now, and its history says who asked and why.
    await openCase();
    await expect.poll(() => stageBar().locator('li[aria-current="step"]').textContent()).toBe('Closed');
    expect(await h.valueOf('Status').textContent()).toBe('Closed');
    await h.signOut();
  });

  it('deadline alerts (swept at an injected time) show in the alerts list with an unread count; one is marked read', async () => {
    // Forty days on, the demo cases' stage limits have passed: the sweep alerts their caseworkers.
    const swept = await sweepDeadlines(h.db, { now: new Date(Date.now() + 40 * 86_400_000), emailConfigured: false });
    expect(swept.created.length).toBeGreaterThan(0);

    await h.signIn(CASEWORKER);
    const alertsNav = page.getByRole('button', { name: /^Alerts/ });
    await expect.poll(async () => (await alertsNav.textContent()) ?? '').toMatch(/\(\d+ unread\)/);
    const unread = Number(/\((\d+) unread\)/.exec((await alertsNav.textContent()) ?? '')![1]);
    await alertsNav.click();
    await page.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/alerts');
    const items = page.locator('.alert-item');
    await items.first().waitFor();
    expect(await page.locator('.alert-item').filter({ hasText: 'Overdue' }).count()).toBeGreaterThan(0);
    // The supervisor's decision on her closure request is one of them.
    await page.locator('.alert-item').filter({ hasText: 'Approval decided' }).first().waitFor();

    const first = page.locator('.alert-unread').first();
    const title = (await first.getByRole('heading').textContent()) ?? '';
    await first.getByRole('button', { name: 'Mark as read' }).click();
    await expect.poll(async () => alertsNav.textContent()).toContain(`(${unread - 1} unread)`);
    const read = page
      .locator('.alert-item')
      .filter({ hasText: title.replace(' (unread)', '') })
      .first();
    expect(await read.getByRole('button', { name: 'Mark as read' }).count()).toBe(0);

    // Unread only leaves it out; a link opens the alert's case.
    await page.getByLabel('Unread only').check();
    await expect.poll(() => page.locator('.alert-item').count()).toBe(unread - 1);
    await page.locator('.alert-item').first().getByRole('link', { name: 'Open the case' }).click();
    await page.getByRole('heading', { name: /^Case /, level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/cases\//);
  });

  it('the alerts page in Arabic is right to left', async () => {
    await page.getByRole('button', { name: /^Alerts/ }).click();
    await page.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: 'التنبيهات', level: 1 }).waitFor();
    await page.getByLabel('غير المقروءة فقط').waitFor();
    await page.getByRole('button', { name: /^التنبيهات/ }).waitFor();
    const direction = await page.locator('.alerts-page').evaluate((el) => getComputedStyle(el).direction);
    expect(direction).toBe('rtl');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"][dir="ltr"]').waitFor({ state: 'attached' });
    await h.signOut();
  });

  it('the workflow editor refuses an invalid definition at its path, then saves and publishes a valid one', async () => {
    await h.signIn(MANAGER);
    await page.getByRole('button', { name: 'Workflows', exact: true }).click();
    await page.getByRole('heading', { name: 'Workflows', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/workflows');
    await page.getByRole('button', { name: 'General protection' }).click();
    await page.getByRole('heading', { name: 'Versions of gp-default' }).waitFor();
    await page.getByRole('button', { name: 'Edit version 1' }).click();
    const editor = page.getByRole('region', { name: 'Editing gp-default, from version 1' });
    await editor.waitFor();

    // The editor's own check: a new stage without a key is not sent.
    await editor.getByRole('button', { name: 'Add a stage' }).click();
    await editor.getByRole('button', { name: 'Save as new draft version' }).click();
    const problems = editor.getByRole('alert').filter({ hasText: 'The workflow cannot be saved yet' });
    await problems.getByText('must be a lower-case key (letters, digits, _)').waitFor();
    await editor.getByRole('button', { name: /^Remove stage\s*$/ }).click();

    // A condition naming a form the agency does not have: only the API knows; its problem is shown at its path.
    const first = editor.getByRole('group', { name: /^Transition 1: identification → assessment/ });
    await first.getByRole('button', { name: 'Add a condition' }).click();
    await first.getByLabel('Form keys (comma-separated)').fill('no_such_form');
    await editor.getByLabel('Time limit (empty: none)').first().fill('12');
    await editor.getByRole('button', { name: 'Save as new draft version' }).click();
    await problems.getByText('transitions.0.guards.1.forms.0').waitFor();
    expect(await problems.textContent()).toContain('unknown form "no_such_form"');
    await first.locator('.field-error', { hasText: 'unknown form "no_such_form"' }).waitFor();
    expect(await page.getByRole('row').filter({ hasText: /^2/ }).count()).toBe(0); // nothing stored

    await first.getByLabel('Form keys (comma-separated)').fill('registration');
    await editor.getByRole('button', { name: 'Save as new draft version' }).click();
    await page.getByRole('status').getByText('Saved as draft version 2.').waitFor();
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByRole('status').getByText('Version 2 is published.').waitFor();
    const row = page.locator('.versions-table').getByRole('row').filter({ hasText: /^2/ });
    await expect.poll(() => row.textContent()).toContain('Published');

    // What was saved is what the form said: the guard and the time limit.
    const { workflowDefinitions } = await h.api<{
      workflowDefinitions: {
        version: number;
        definition: { stages: { onEnter?: unknown[] }[]; transitions: { guards?: unknown[] }[] };
      }[];
    }>('{ workflowDefinitions(key: "gp-default") { version definition } }');
    const v2 = workflowDefinitions.find((d) => d.version === 2)!;
    expect(v2.definition.transitions[0]!.guards).toEqual([
      { type: 'consent', scope: 'services' },
      { type: 'forms_submitted', forms: ['registration'] },
    ]);
    // The first stage's limit: the amount changed, its unit and its limits by risk level kept.
    expect(v2.definition.stages[0]!.onEnter).toContainEqual(
      expect.objectContaining({
        type: 'deadline',
        kind: 'stage_limit',
        due: { workingDays: 12 },
        byRisk: { critical: { hours: 48 }, high: { hours: 48 } },
      }),
    );
    expect(h.pageErrors).toEqual([]);
  });
});

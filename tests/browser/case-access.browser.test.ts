/**
 * The case page and the field layer in Debian's Chromium, against Haven running in this process on a
 * fresh demo database: the assigned caseworker sees the restricted and confidential values and edits
 * the confidential details; a supervisor of her team sees the same case with "[Restricted]" in place
 * of every restricted and confidential value; the caseworker shares the case with restricted fields
 * with a colleague through the shares panel, and the colleague then sees the phone and address but
 * not the confidential details; after she revokes the share the colleague no longer reaches the case;
 * a supervisor opens another team's case through emergency access (restricted fields, no confidential ones).
 * The tests share one page and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('case access in Chromium');

const CASEWORKER = 'caseworker@demo.haven.invalid'; // Amira, team north
const SUPERVISOR = 'supervisor@demo.haven.invalid'; // Layla, supervises team north
const COLLEAGUE = 'caseworker2@demo.haven.invalid'; // Tomás, team south: no access of his own
const COLLEAGUE_NAME = 'Tomás Demo (Caseworker)';

const PHONE = '+256 700 123 456';
const ADDRESS = 'Plot 12, Gulu Road, Fictional Town';
const NARRATIVE = 'Fictional narrative recorded for the browser test.';

describe.skipIf(!hasChromium)('case access in Chromium', { timeout: 60_000 }, () => {
  let h: BrowserHaven;
  let page: Page;
  let caseId = '';
  let caseNumber = '';
  let personName = '';
  const signIn = (email: string, at?: string) => h.signIn(email, at);
  const signOut = () => h.signOut();
  const valueOf = (label: string) => h.valueOf(label);

  const caseHeading = () => h.caseHeading(caseNumber);

  beforeAll(async () => {
    h = await startBrowserHaven({ explorer: false });
    ({ page } = h);
  }, 240_000);

  afterAll(() => h?.close());

  it('opens a case from the caseload; the assigned caseworker sees its restricted values', async () => {
    await signIn(CASEWORKER);
    const table = page.getByRole('table', { name: 'My cases' });
    const firstRow = table.getByRole('row').nth(1);
    await firstRow.waitFor();
    caseNumber = ((await firstRow.getByRole('link').textContent()) ?? '').trim();
    expect(caseNumber).toMatch(/^HVN-\d{4}-\d{6}$/);
    await firstRow.getByRole('link', { name: caseNumber }).click();
    await caseHeading();
    caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
    personName = ((await valueOf('Name').textContent()) ?? '').trim();
    expect(personName.length).toBeGreaterThan(0);
    await page.getByText('Your access: assigned worker.').waitFor();

    // Values for the restricted fields, through the API; the page shows them after a reload.
    await h.api(
      'mutation ($caseId: ID!, $input: UpdatePersonInput!) { updatePerson(caseId: $caseId, input: $input) { id } }',
      { caseId, input: { contactPhone: PHONE, currentAddress: ADDRESS } },
    );
    await page.reload();
    await caseHeading();
    expect(await valueOf('Phone').textContent()).toBe(PHONE);
    expect(await valueOf('Current address').textContent()).toBe(ADDRESS);
    expect(await valueOf('Incident narrative').textContent()).toBe('Not recorded');
    expect(await page.getByText('[Restricted]').count()).toBe(0);
  });

  it('lets the assigned caseworker record the confidential details, with the API’s problem beside a field', async () => {
    await page.getByRole('button', { name: 'Edit confidential details' }).click();
    const narrative = page.getByLabel('Incident narrative', { exact: true });
    await narrative.fill('x'.repeat(20_001));
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByText('The details were not saved. Check the fields marked below.').waitFor();
    expect(await narrative.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await narrative.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(
      'This must be at most 20,000 characters long.',
    );

    await narrative.fill(NARRATIVE);
    await page.getByLabel('Safety plan', { exact: true }).fill('Stays with an aunt; daily check-in call.');
    await page.getByRole('button', { name: 'Save details' }).click();
    await page.getByRole('status').filter({ hasText: 'The confidential details were saved.' }).waitFor();
    expect(await valueOf('Incident narrative').textContent()).toBe(NARRATIVE);

    // Stored, not just shown: a fresh load has it too.
    await page.reload();
    await caseHeading();
    expect(await valueOf('Incident narrative').textContent()).toBe(NARRATIVE);
    expect(await valueOf('Perpetrator details').textContent()).toBe('Not recorded');
  });

  it('shows a supervisor of the team "[Restricted]" for restricted and confidential fields, the rest in clear', async () => {
    await signOut();
    await signIn(SUPERVISOR, `/cases/${caseId}`);
    await caseHeading();
    await page.getByText('Your access: supervisor of the case’s team.').waitFor();
    expect(await valueOf('Name').textContent()).toBe(personName);
    expect(await valueOf('Case number').textContent()).toBe(caseNumber);
    expect(await valueOf('Assigned worker').textContent()).toBe('Amira Demo (Caseworker)');
    for (const label of ['Phone', 'Current address', 'Incident narrative', 'Perpetrator details', 'Safety plan']) {
      expect(await valueOf(label).textContent(), label).toBe('[Restricted]');
    }
    // The photo is restricted too (read on its own, so it may come a moment later).
    await page.locator('.person-photo').getByText('[Restricted]').waitFor();
    expect(await page.getByText(PHONE).count()).toBe(0);
    expect(await page.getByText(NARRATIVE).count()).toBe(0);
    // She manages the case (shares panel) but may not edit the confidential details or pass on restricted fields.
    expect(await page.getByRole('button', { name: 'Edit confidential details' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Sharing' }).click();
    await page.getByRole('heading', { name: 'Share with a colleague' }).waitFor();
    expect(await page.getByLabel(/Include restricted fields/).count()).toBe(0);
    await page.getByRole('tab', { name: 'Details' }).click();

    // The marker is translated, and the page mirrors, in Arabic.
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    // The five fields and the person's photo.
    expect(await page.getByText('[مقيّد]').count()).toBe(6);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"][dir="ltr"]').waitFor({ state: 'attached' });
    await signOut();
  });

  it('a colleague without a share does not reach the case', async () => {
    await signIn(COLLEAGUE, `/cases/${caseId}`);
    await page.getByRole('heading', { name: 'Case not found', level: 1 }).waitFor();
    await signOut();
  });

  it('the caseworker shares the case with restricted fields with a colleague', async () => {
    await signIn(CASEWORKER, `/cases/${caseId}`);
    await caseHeading();
    await page.getByRole('tab', { name: 'Sharing' }).click();
    await page.getByText('This case is not shared with anyone.').waitFor();
    const form = page.getByRole('region', { name: 'Share with a colleague' });
    await form.getByLabel('Colleague').selectOption({ label: COLLEAGUE_NAME });
    // Too short a reason: refused beside the field.
    await form.getByLabel('Reason').fill('x');
    await form.getByRole('button', { name: 'Share case' }).click();
    await form.getByText('State why, in at least 5 characters.').waitFor();
    expect(await form.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Reason').fill('Joint follow-up visit next week');
    await form.getByLabel(/Include restricted fields/).check();
    await form.getByRole('button', { name: 'Share case' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The case was shared with \u2068${COLLEAGUE_NAME}\u2069.` })
      .waitFor();
    const row = page
      .getByRole('table', { name: 'Shares of this case' })
      .getByRole('row')
      .filter({ hasText: COLLEAGUE_NAME });
    await row.waitFor();
    expect(await row.textContent()).toContain('Standard and restricted');
    expect(await row.textContent()).toContain('Active');
    await signOut();
  });

  it('the colleague then sees the phone and address but "[Restricted]" for the confidential details', async () => {
    await signIn(COLLEAGUE, `/cases/${caseId}`);
    await caseHeading();
    await page.getByText('Your access: shared with you, with restricted fields.').waitFor();
    expect(await valueOf('Name').textContent()).toBe(personName);
    expect(await valueOf('Phone').textContent()).toBe(PHONE);
    expect(await valueOf('Current address').textContent()).toBe(ADDRESS);
    for (const label of ['Incident narrative', 'Perpetrator details', 'Safety plan']) {
      expect(await valueOf(label).textContent(), label).toBe('[Restricted]');
    }
    expect(await page.getByText(NARRATIVE).count()).toBe(0);
    // A grantee reads; she does not manage shares.
    expect(await page.getByRole('tab', { name: 'Sharing' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Shares', exact: true }).count()).toBe(0);
    await signOut();
  });

  it('after the caseworker revokes the share, the colleague no longer reaches the case', async () => {
    await signIn(CASEWORKER, `/cases/${caseId}`);
    await caseHeading();
    await page.getByRole('tab', { name: 'Sharing' }).click();
    await page.getByRole('button', { name: `Revoke the share with \u2068${COLLEAGUE_NAME}\u2069` }).click();
    await page.getByRole('status').filter({ hasText: 'was revoked' }).waitFor();
    await page
      .getByRole('table', { name: 'Shares of this case' })
      .getByRole('row')
      .filter({ hasText: COLLEAGUE_NAME })
      .filter({ hasText: 'Revoked' })
      .waitFor();
    // Back to the caseload through the link.
    await page.getByRole('link', { name: /Back to my caseload/ }).click();
    await page.getByRole('heading', { name: 'My caseload', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await signOut();

    await signIn(COLLEAGUE, `/cases/${caseId}`);
    await page.getByRole('heading', { name: 'Case not found', level: 1 }).waitFor();
    await signOut();
  });

  it('a supervisor opens a case outside her reach in an emergency: restricted fields yes, confidential no', async () => {
    // One of Tomás's cases (team south, which Layla does not supervise), with a phone recorded.
    await signIn(COLLEAGUE);
    await page.getByRole('heading', { name: 'My caseload', level: 1 }).waitFor();
    const data = (await h.api('{ myCaseload(first: 1) { nodes { id caseNumber } } }', {})) as {
      myCaseload: { nodes: { id: string; caseNumber: string }[] };
    };
    const southCase = data.myCaseload.nodes[0]!;
    await h.api(
      'mutation ($caseId: ID!, $input: UpdatePersonInput!) { updatePerson(caseId: $caseId, input: $input) { id } }',
      { caseId: southCase.id, input: { contactPhone: '+256 711 000 111' } },
    );
    await signOut();

    await signIn(SUPERVISOR, `/cases/${southCase.id}`);
    await page.getByRole('heading', { name: 'Case not found', level: 1 }).waitFor();
    const form = page.getByRole('region', { name: 'Emergency access' });
    await form.getByLabel('Reason').fill('no');
    await form.getByRole('button', { name: 'Open in an emergency' }).click();
    await form.getByText('State why, in at least 5 characters.').waitFor();
    await form.getByLabel('Reason').fill('Child reported missing tonight; worker unreachable');
    await form.getByLabel('For').selectOption('2');
    await form.getByRole('button', { name: 'Open in an emergency' }).click();
    await h.caseHeading(southCase.caseNumber);
    await page.getByText('Your access: emergency access.').waitFor();
    expect(await valueOf('Phone').textContent()).toBe('+256 711 000 111');
    for (const label of ['Incident narrative', 'Perpetrator details', 'Safety plan']) {
      expect(await valueOf(label).textContent(), label).toBe('[Restricted]');
    }
    await signOut();
  });

  it('loaded nothing from outside the test server and raised no script errors', () => {
    expect(h.requested.length).toBeGreaterThan(0);
    expect(h.requested.filter((url) => !h.isLocal(url))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

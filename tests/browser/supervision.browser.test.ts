/**
 * Supervision in Debian's Chromium, against Haven running in this process on a fresh demo database:
 * the supervisor sees a case of her team under "Team cases" with "[Restricted]" for its phone, opens
 * it, exports it (the phone is withheld from her export) and reassigns it to the second caseworker of
 * her team; that caseworker then finds it in her own caseload and, as its assigned worker, edits and
 * clears its contact details. The demo seed has one caseworker per team, so the set-up adds Tomás to
 * the North Team (through the administrators' API). The tests share one page and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('supervision in Chromium');

const CASEWORKER = 'caseworker@demo.haven.invalid'; // Amira, team north
const SUPERVISOR = 'supervisor@demo.haven.invalid'; // Layla, supervises team north
const SECOND = 'caseworker2@demo.haven.invalid'; // Tomás, team south; added to team north below
const SECOND_NAME = 'Tomás Demo (Caseworker)';
const ADMIN = 'admin@demo.haven.invalid';

const PHONE = '+256 700 987 654';
const NEW_PHONE = '+256 772 000 321';

describe.skipIf(!hasChromium)('supervision in Chromium', { timeout: 60_000 }, () => {
  let h: BrowserHaven;
  let page: Page;
  let caseId = '';
  let caseNumber = '';
  const signIn = (email: string, at?: string) => h.signIn(email, at);
  const signOut = () => h.signOut();
  const valueOf = (label: string) => h.valueOf(label);

  const caseHeading = () => h.caseHeading(caseNumber);

  beforeAll(async () => {
    h = await startBrowserHaven({ explorer: false });
    ({ page } = h);
  }, 240_000);

  afterAll(() => h?.close());

  it('set-up: Tomás joins the North Team; Amira records a phone on one of her cases', async () => {
    await signIn(ADMIN);
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    const { teams, staff } = await h.api<{
      teams: { id: string; name: string; members: { userId: string; isSupervisor: boolean }[] }[];
      staff: { id: string; email: string }[];
    }>('{ teams { id name members { userId isSupervisor } } staff { id email } }');
    const north = teams.find((t) => t.name === 'North Team')!;
    const tomas = staff.find((s) => s.email === SECOND)!;
    await h.api(
      'mutation ($teamId: ID!, $members: [TeamMemberInput!]!) { setTeamMembers(teamId: $teamId, members: $members) { id } }',
      {
        teamId: north.id,
        members: [
          ...north.members.map((m) => ({ userId: m.userId, supervisor: m.isSupervisor })),
          { userId: tomas.id, supervisor: false },
        ],
      },
    );
    await signOut();

    await signIn(CASEWORKER);
    await page.getByRole('table', { name: 'My cases' }).waitFor();
    const { myCaseload } = await h.api<{ myCaseload: { nodes: { id: string; caseNumber: string }[] } }>(
      '{ myCaseload(first: 1) { nodes { id caseNumber } } }',
    );
    caseId = myCaseload.nodes[0]!.id;
    caseNumber = myCaseload.nodes[0]!.caseNumber;
    await h.api(
      'mutation ($caseId: ID!, $input: UpdatePersonInput!) { updatePerson(caseId: $caseId, input: $input) { id } }',
      { caseId, input: { contactPhone: PHONE } },
    );
    // Amira supervises no team: no "Team cases" for her.
    expect(await page.getByRole('heading', { name: 'Team cases' }).count()).toBe(0);
    await signOut();
  });

  it('the supervisor sees the case under "Team cases" with "[Restricted]" for the phone, and opens it', async () => {
    await signIn(SUPERVISOR);
    await page.getByRole('heading', { name: 'Team cases', level: 2 }).waitFor();
    const table = page.getByRole('table', { name: 'Team cases' });
    let row = table.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
    // Most recently updated first, but page on if need be.
    while ((await row.count()) === 0) {
      await page.getByRole('button', { name: 'Load more team cases' }).click();
      row = table.getByRole('row').filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
      await page.waitForTimeout(200);
    }
    const phoneColumn = (await table.getByRole('columnheader').allTextContents()).indexOf('Phone');
    expect(phoneColumn).toBeGreaterThan(0);
    expect(await row.locator('th, td').nth(phoneColumn).textContent()).toBe('[Restricted]');
    expect(await row.textContent()).toContain('Amira Demo (Caseworker)');
    // Never blank: every row's phone cell says something.
    for (const text of await table
      .locator('tbody tr')
      .locator(`:nth-child(${phoneColumn + 1})`)
      .allTextContents()) {
      expect(text).toBe('[Restricted]');
    }
    expect(await page.getByText(PHONE).count()).toBe(0);

    // The list mirrors in Arabic, the marker translated.
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: 'حالات الفريق', level: 2 }).waitFor();
    const arabicRow = page
      .getByRole('table', { name: 'حالات الفريق' })
      .getByRole('row')
      .filter({ has: page.getByRole('link', { name: caseNumber, exact: true }) });
    expect(await arabicRow.locator('th, td').nth(phoneColumn).textContent()).toBe('[مقيّد]');
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"][dir="ltr"]').waitFor({ state: 'attached' });

    await row.getByRole('link', { name: caseNumber, exact: true }).click();
    await caseHeading();
    expect(new URL(page.url()).pathname).toBe(`/cases/${caseId}`);
    await page.getByText('Your access: supervisor of the case’s team.').waitFor();
    expect(await valueOf('Phone').textContent()).toBe('[Restricted]');
    // Contact details are the assigned worker's to edit.
    expect(await page.getByRole('button', { name: 'Edit contact details' }).count()).toBe(0);
  });

  it('her export withholds the phone, with the reason checked beside the field', async () => {
    await page.getByRole('tab', { name: 'Sharing' }).click();
    const form = page.getByRole('region', { name: 'Export', exact: true });
    await form.getByLabel('Reason').fill('no');
    await form.getByRole('button', { name: 'Export case' }).click();
    await form.getByText('State why, in at least 5 characters.').waitFor();
    expect(await form.getByLabel('Reason').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Reason').fill('Monthly supervision file review');
    await form.getByRole('button', { name: 'Export case' }).click();
    const link = form.getByRole('link', { name: `Download ${caseNumber}.json` });
    await link.waitFor();
    expect(await link.getAttribute('href')).toMatch(/^blob:/);
    const withheld = await form
      .getByRole('list', { name: /Withheld from the export/ })
      .getByRole('listitem')
      .allTextContents();
    expect(withheld).toContain('Phone');
    expect(withheld).toContain('Incident narrative');

    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${caseNumber}.json`);
    const file = JSON.parse(fs.readFileSync((await download.path())!, 'utf8')) as {
      caseNumber: string;
      fields: { name: string; value: string | null }[];
      withheldFields: string[];
    };
    expect(file.caseNumber).toBe(caseNumber);
    expect(file.withheldFields).toContain('person.contactPhone');
    expect(file.fields.map((f) => f.name)).not.toContain('person.contactPhone');
    expect(JSON.stringify(file)).not.toContain(PHONE);
  });

  it('she reassigns the case to the second caseworker of her team', async () => {
    const form = page.getByRole('region', { name: 'Reassign' });
    // Nothing chosen: said beside the field.
    await form.getByRole('button', { name: 'Reassign case' }).click();
    await form.getByText('Choose a colleague.').waitFor();
    expect(await form.getByLabel('New assigned worker').getAttribute('aria-invalid')).toBe('true');
    // The current worker is not offered.
    const offered = await form.getByLabel('New assigned worker').locator('option').allTextContents();
    expect(offered).toContain(SECOND_NAME);
    expect(offered).not.toContain('Amira Demo (Caseworker)');

    await form.getByLabel('New assigned worker').selectOption({ label: SECOND_NAME });
    await form.getByRole('button', { name: 'Reassign case' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `The case was reassigned to \u2068${SECOND_NAME}\u2069.` })
      .waitFor();
    await expect.poll(async () => valueOf('Assigned worker').textContent()).toBe(SECOND_NAME);
    await signOut();
  });

  it('the new worker finds it in her own caseload and edits its contact details', async () => {
    await signIn(SECOND);
    const mine = page.getByRole('table', { name: 'My cases' });
    await mine.waitFor();
    await mine.getByRole('link', { name: caseNumber, exact: true }).click();
    await caseHeading();
    await page.getByText('Your access: assigned worker.').waitFor();
    expect(await valueOf('Phone').textContent()).toBe(PHONE);

    // Cancelling the edit gives the focus back to the button that opened it.
    const edit = page.getByRole('button', { name: 'Edit contact details' });
    await edit.click();
    await page.locator('form.case-details-form').getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => edit.evaluate((el) => el === document.activeElement)).toBe(true);

    await edit.click();
    const phone = page.getByLabel('Phone', { exact: true });
    await phone.fill('call me maybe');
    await page.getByRole('button', { name: 'Save contact details' }).click();
    await page.getByText('The contact details were not saved. Check the fields marked below.').waitFor();
    expect(await phone.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await phone.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe(
      'Enter a phone number: digits, spaces, ( ) - and an optional leading +.',
    );

    await phone.fill(NEW_PHONE);
    await page.getByLabel('Current address', { exact: true }).fill('Block 4, Fictional Market Street');
    await page.getByRole('button', { name: 'Save contact details' }).click();
    await page.getByRole('status').filter({ hasText: 'The contact details were saved.' }).waitFor();
    expect(await valueOf('Phone').textContent()).toBe(NEW_PHONE);

    // Emptying a field clears it.
    await page.getByRole('button', { name: 'Edit contact details' }).click();
    await page.getByLabel('Current address', { exact: true }).fill('');
    await page.getByRole('button', { name: 'Save contact details' }).click();
    await page.getByRole('status').filter({ hasText: 'The contact details were saved.' }).waitFor();
    expect(await valueOf('Current address').textContent()).toBe('Not recorded');

    // Stored, not just shown.
    await page.reload();
    await caseHeading();
    expect(await valueOf('Phone').textContent()).toBe(NEW_PHONE);
    expect(await valueOf('Current address').textContent()).toBe('Not recorded');
    await signOut();
  });

  it('loaded nothing from outside the test server and raised no script errors', () => {
    expect(h.requested.length).toBeGreaterThan(0);
    expect(h.requested.filter((url) => !h.isLocal(url))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

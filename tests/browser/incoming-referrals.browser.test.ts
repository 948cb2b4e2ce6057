/**
 * Referrals to my teams, in Debian's Chromium against Haven on a fresh demo database: a caseworker of
 * the north team refers a case to the south team's psychosocial support; a caseworker of the south team
 * finds it on her page with the case number (not the case), is refused a decline without a reason,
 * accepts it, then records its outcome; the page's filter follows it from waiting to done.
 * The tests share one page and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('referrals to my teams in Chromium');

const CASEWORKER = 'caseworker@demo.haven.invalid'; // Amira, north team
const SOUTH = 'caseworker2@demo.haven.invalid'; // Tomás, south team, which delivers psychosocial support

describe.skipIf(!hasChromium)('referrals to my teams in Chromium', { timeout: 90_000 }, () => {
  let h: BrowserHaven;
  let page: Page;
  let caseNumber = '';

  const list = () => page.getByRole('list', { name: 'Referrals to my teams' });
  const referral = () => list().getByRole('article', { name: 'Referral for Psychosocial support' });
  const filter = (name: string) => page.getByRole('group', { name: 'Show' }).getByLabel(name);

  beforeAll(async () => {
    h = await startBrowserHaven();
    ({ page } = h);
    await h.signIn(CASEWORKER);
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    const created = await h.createCase('GENERAL_PROTECTION', {
      givenName: 'Hana',
      familyName: 'Fictoria',
      sex: 'FEMALE',
      dateOfBirth: '1995-02-03',
    });
    caseNumber = created.caseNumber;
    await h.api(
      'mutation ($caseId: ID!, $input: RecordConsentInput!) { recordConsent(caseId: $caseId, input: $input) { id } }',
      { caseId: created.id, input: { givenBy: 'CLIENT', scope: 'REFERRAL' } },
    );
    await h.api(
      'mutation ($caseId: ID!, $input: CreateReferralInput!) { createReferral(caseId: $caseId, input: $input) { id } }',
      {
        caseId: created.id,
        input: { kind: 'INTERNAL', serviceKey: 'psychosocial_support', reason: 'Fictional: low mood since the move.' },
      },
    );
    await h.signOut();
    await h.signIn(SOUTH);
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
  }, 240_000);

  afterAll(() => h?.close());

  it('lists the referral waiting for an answer, with its case number and no way to its case', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Referrals to my teams' }).click();
    await page.getByRole('heading', { name: 'Referrals to my teams', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/referrals');
    expect(await filter('Waiting for an answer').isChecked()).toBe(true);
    await referral().waitFor();
    const text = await referral().innerText();
    expect(text).toContain(caseNumber);
    expect(text).toContain('Fictional: low mood since the move.');
    expect(text).toContain('Amira Demo');
    expect(await referral().getByRole('link').count()).toBe(0);
    expect(await referral().getByRole('button', { name: 'Cancel the referral' }).count()).toBe(0);
  });

  it('a decline needs a reason; cancelling the form gives the focus back to its button', async () => {
    const decline = referral().getByRole('button', { name: 'Decline' });
    await decline.click();
    const form = referral().getByRole('form', { name: 'Decline' });
    await form.getByRole('button', { name: 'Decline' }).click();
    await expect.poll(() => form.getByLabel('Why it is declined').getAttribute('aria-invalid')).toBe('true');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => decline.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('accepted, it leaves the waiting list; its outcome is recorded among the accepted ones', async () => {
    await referral().getByRole('button', { name: 'Accept' }).click();
    await page.getByRole('status').filter({ hasText: 'The referral was accepted.' }).waitFor();
    await page.getByText('No referral to your teams is waiting for an answer.').waitFor();

    await filter('Accepted, outcome to record').check();
    await referral().getByRole('button', { name: 'Record the outcome' }).click();
    const form = referral().getByRole('form', { name: 'Record the outcome' });
    await form.getByLabel('Outcome').fill('Six sessions attended (fictional).');
    await form.getByRole('button', { name: 'Record the outcome' }).click();
    await page.getByRole('status').filter({ hasText: 'The referral was completed.' }).waitFor();
    await page.getByText('No accepted referral is waiting for its outcome.').waitFor();

    await filter('All').check();
    await referral().locator('.record-head').getByText('Completed').waitFor();
    expect(await referral().innerText()).toContain('Six sessions attended (fictional).');
  });

  it('loaded nothing from outside the test server and raised no script errors', () => {
    expect(h.requested.filter((url) => !h.isLocal(url))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

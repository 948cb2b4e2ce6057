/**
 * Ending a referral and a care plan on the case page, in Debian's Chromium against Haven on a fresh
 * demo database: the caseworker cancels an internal referral with a reason (the receiving team answers
 * it, so she is offered no answer; without a reason the API's problem is shown beside the field), and
 * completes the approved care plan once its objective is closed, with a closing note.
 * The tests share one page and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('referral and care plan endings in Chromium');

const CASEWORKER = 'caseworker@demo.haven.invalid'; // Amira
const SUPERVISOR = 'supervisor@demo.haven.invalid'; // Layla, supervises Amira's team
const REASON = 'The family moved out of the area (fictional).';
const NOTE = 'Back in school; the family copes (fictional).';

describe.skipIf(!hasChromium)('referral and care plan endings in Chromium', { timeout: 90_000 }, () => {
  let h: BrowserHaven;
  let page: Page;
  let caseId = '';
  let caseNumber = '';
  let service = '';

  const tab = (name: string) => page.getByRole('tablist', { name: 'Case record' }).getByRole('tab', { name });

  beforeAll(async () => {
    h = await startBrowserHaven();
    ({ page } = h);
    await h.signIn(CASEWORKER);
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    ({ id: caseId, caseNumber } = await h.createCase('CHILD_PROTECTION', {
      givenName: 'Omar',
      familyName: 'Fictander',
      sex: 'MALE',
      dateOfBirth: '2011-09-09',
    }));
    await h.api(
      'mutation ($caseId: ID!, $input: RecordConsentInput!) { recordConsent(caseId: $caseId, input: $input) { id } }',
      { caseId, input: { givenBy: 'CLIENT', scope: 'REFERRAL' } },
    );
    // An internal referral, to the team that delivers a service of the catalogue.
    const { serviceCatalogue } = await h.api<{
      serviceCatalogue: {
        key: string;
        name: { en: string };
        internalTeamId: string | null;
        eligibleForCase: { eligible: boolean };
      }[];
    }>('query ($id: ID!) { serviceCatalogue(caseId: $id) { key name internalTeamId eligibleForCase { eligible } } }', {
      id: caseId,
    });
    const chosen = serviceCatalogue.find((s) => s.internalTeamId && s.eligibleForCase.eligible)!;
    service = chosen.name.en;
    await h.api(
      'mutation ($caseId: ID!, $input: CreateReferralInput!) { createReferral(caseId: $caseId, input: $input) { id } }',
      { caseId, input: { kind: 'INTERNAL', serviceKey: chosen.key } },
    );
    // A care plan with one objective, submitted, then approved by the team's supervisor.
    const { createCarePlan } = await h.api<{ createCarePlan: { id: string } }>(
      'mutation ($caseId: ID!, $input: CarePlanInput!) { createCarePlan(caseId: $caseId, input: $input) { id } }',
      {
        caseId,
        input: {
          summary: 'Fictional plan',
          objectives: [{ description: 'Return to school', responsibleParty: 'FAMILY', responsibleName: 'The aunt' }],
        },
      },
    );
    await h.api('mutation ($id: ID!) { submitCarePlan(carePlanId: $id) { id } }', { id: createCarePlan.id });
    await h.signOut();
    await h.signIn(SUPERVISOR);
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    await h.api('mutation ($id: ID!) { decideCarePlan(carePlanId: $id, decision: APPROVE) { id } }', {
      id: createCarePlan.id,
    });
    await h.signOut();
    await h.signIn(CASEWORKER, `/cases/${caseId}#referrals`);
  }, 240_000);

  afterAll(() => h?.close());

  it('an internal referral to a team offers no answer here, only its cancellation, which needs a reason', async () => {
    await h.caseHeading(caseNumber);
    const referral = page.getByRole('article', { name: `Referral for ${service}` });
    await referral.locator('.record-head').getByText('Pending').waitFor();
    expect(await referral.getByRole('button', { name: 'Accept' }).count()).toBe(0);
    expect(await referral.getByRole('button', { name: 'Decline' }).count()).toBe(0);

    const cancel = referral.getByRole('button', { name: 'Cancel the referral' });
    await cancel.click();
    const form = referral.getByRole('form', { name: 'Cancel the referral' });
    // Kept after all: the focus goes back to the button.
    await form.getByRole('button', { name: 'Keep the referral' }).click();
    await expect.poll(() => cancel.evaluate((el) => el === document.activeElement)).toBe(true);

    await cancel.click();
    await form.getByRole('button', { name: 'Cancel the referral' }).click();
    const reason = form.getByLabel('Why it is cancelled');
    await expect.poll(() => reason.getAttribute('aria-invalid')).toBe('true');
    expect(await referral.locator('.record-head').getByText('Pending').count()).toBe(1);

    await reason.fill(REASON);
    await form.getByRole('button', { name: 'Cancel the referral' }).click();
    await page.getByRole('status').filter({ hasText: 'The referral was cancelled.' }).waitFor();
    await referral.locator('.record-head').getByText('Cancelled').waitFor();
    expect(await referral.innerText()).toMatch(
      new RegExp(`Cancelled by Amira Demo \\(Caseworker\\), .+: ${REASON.replace(/[().]/g, '\\$&')}`),
    );
    // Nothing more to do with it.
    expect(
      await referral.getByRole('button', { name: /^(Accept|Decline|Record the outcome|Cancel the referral)$/ }).count(),
    ).toBe(0);
  });

  it('the approved plan is completed once its objective is closed, with a closing note', async () => {
    await tab('Care plan').click();
    const plan = page.getByRole('article', { name: 'Care plan version 1' });
    await plan.getByText('Approved', { exact: true }).waitFor();
    await plan.getByText('The plan can be completed once every objective is closed: 1 is still open.').waitFor();
    expect(await page.getByRole('button', { name: 'Mark the plan completed' }).count()).toBe(0);

    const progress = plan.getByRole('form', { name: 'Progress of Return to school' });
    await progress.getByLabel('Status').selectOption('ACHIEVED');
    await progress.getByLabel(/^Outcome/).fill('Enrolled and attending (fictional).');
    await progress.getByRole('button', { name: 'Save progress' }).click();
    await page.getByRole('status').filter({ hasText: 'The progress was saved.' }).waitFor();

    await page.getByRole('button', { name: 'Mark the plan completed' }).click();
    const form = page.getByRole('form', { name: 'Mark the plan completed' });
    await form.getByLabel(/^Closing note/).fill(NOTE);
    await form.getByRole('button', { name: 'Complete the plan' }).click();
    await page.getByRole('status').filter({ hasText: 'The care plan was completed.' }).waitFor();
    await plan.getByText('Completed', { exact: true }).waitFor();
    expect(await plan.innerText()).toContain(NOTE);
    expect(await plan.innerText()).toMatch(/Completed by Amira Demo \(Caseworker\), /);
    // No more progress on a completed plan.
    expect(await plan.getByRole('button', { name: 'Save progress' }).count()).toBe(0);
  });

  it('loaded nothing from outside the test server and raised no script errors', () => {
    expect(h.requested.filter((url) => !h.isLocal(url))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

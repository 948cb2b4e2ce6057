/**
 * What the case page's record tabs (notes, documents, referrals, care plan) share, in Debian's
 * Chromium against Haven on a fresh demo database: each says when it has no records, its add form
 * opens and cancels back to the button, a form's own check is shown before anything is sent, a
 * failed read says so, and the last change's announcement follows a change of language.
 * The tests share one page and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ar from '../../web/src/i18n/ar.json';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('record tabs in Chromium');

const CASEWORKER = 'caseworker@demo.haven.invalid'; // Amira

describe.skipIf(!hasChromium)('record tabs in Chromium', { timeout: 90_000 }, () => {
  let h: BrowserHaven;
  let page: Page;
  let caseId = '';
  let caseNumber = '';

  const tab = (name: string) => page.getByRole('tablist', { name: 'Case record' }).getByRole('tab', { name });
  const caseHeading = () => h.caseHeading(caseNumber);

  beforeAll(async () => {
    h = await startBrowserHaven();
    ({ page } = h);
    await h.signIn(CASEWORKER);
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    ({ id: caseId, caseNumber } = await h.createCase('GENERAL_PROTECTION', {
      givenName: 'Samir',
      familyName: 'Haddad',
      sex: 'MALE',
      dateOfBirth: '2012-05-01',
    }));
  }, 240_000);

  afterAll(() => h?.close());

  it('a new case: each record tab says it has none, and its add form cancels back to the button', async () => {
    await page.goto(`${h.origin}/cases/${caseId}#notes`);
    await caseHeading();
    const tabs: { tab: string; none: string; add: string; form: string }[] = [
      { tab: 'Notes', none: 'No notes you may read yet.', add: 'Add a note', form: 'Add a note' },
      { tab: 'Documents', none: 'No documents you may see yet.', add: 'Upload a document', form: 'Upload a document' },
      { tab: 'Referrals', none: 'No referrals yet.', add: 'Refer', form: 'Refer' },
      { tab: 'Care plan', none: 'There is no care plan yet.', add: 'Write a care plan', form: 'New care plan version' },
    ];
    for (const t of tabs) {
      await tab(t.tab).click();
      await page.getByRole('tabpanel').getByText(t.none, { exact: true }).waitFor();
      await page.getByRole('button', { name: t.add, exact: true }).click();
      const form = page.getByRole('form', { name: t.form });
      await form.getByRole('button', { name: 'Cancel' }).click();
      await form.waitFor({ state: 'detached' });
      // The focus is back on the button that opened the form, not lost to the page.
      const add = page.getByRole('button', { name: t.add, exact: true });
      await expect.poll(() => add.evaluate((el) => el === document.activeElement), { message: t.tab }).toBe(true);
    }
    // The care plan's button comes after its records, the others' before theirs.
    const panel = page.getByRole('tabpanel');
    const order = () => panel.evaluate((el) => [...el.querySelectorAll('p.muted, button')].map((n) => n.tagName));
    expect(await order()).toEqual(['P', 'BUTTON']);
    await tab('Notes').click();
    await panel.getByText('No notes you may read yet.').waitFor();
    expect(await order()).toEqual(['BUTTON', 'P']);
  });

  it('an upload without a file is refused beside the file input, and nothing is sent', async () => {
    const uploads: string[] = [];
    page.on('request', (request) => {
      if (request.postData()?.includes('mutation UploadDocument')) uploads.push(request.url());
    });
    await tab('Documents').click();
    await page.getByRole('button', { name: 'Upload a document' }).click();
    const upload = page.getByRole('form', { name: 'Upload a document' });
    await upload.getByRole('button', { name: 'Upload', exact: true }).click();
    await upload.getByRole('alert').getByText('Not saved. Check the fields marked below.').waitFor();
    await upload.getByText('Choose a file.').waitFor();
    expect(await upload.getByLabel('File', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(uploads).toEqual([]);
  });

  it('a tab whose records cannot be read says so', async () => {
    await page.route(`${h.origin}/graphql`, (route) =>
      route.request().postData()?.includes('query CaseReferrals') ? route.abort() : route.fallback(),
    );
    try {
      await tab('Referrals').click();
      await page.getByRole('tabpanel').getByText('This part of the case could not be loaded.').waitFor();
    } finally {
      await page.unroute(`${h.origin}/graphql`);
    }
    await tab('Notes').click();
    await page.getByRole('tabpanel').getByText('No notes you may read yet.').waitFor();
  });

  it('a saved note is announced and listed; the announcement follows a change of language', async () => {
    await page.getByRole('button', { name: 'Add a note' }).click();
    const form = page.getByRole('form', { name: 'Add a note' });
    await form.getByLabel('Note', { exact: true }).fill('Called the family (fictional).');
    await form.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('status').filter({ hasText: 'The note was saved.' }).waitFor();
    await page.getByRole('list', { name: 'Case notes' }).getByText('Called the family (fictional).').waitFor();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    await page.getByRole('status').filter({ hasText: ar.notes.saved }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"][dir="ltr"]').waitFor({ state: 'attached' });
  });

  it('loaded nothing from outside the test server and raised no script errors', () => {
    expect(h.requested.filter((url) => !h.isLocal(url))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

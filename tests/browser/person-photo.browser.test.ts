/**
 * The person's photo on the case page's Details tab, in Debian's Chromium against Haven on a fresh
 * demo database: the assigned caseworker adds one (a file that is no image is refused before anything
 * is sent; one that only claims to be an image is refused by the API beside the file input), sees it
 * and can replace it; a supervisor of the team, who may not read restricted fields, sees "[Restricted]";
 * and the page's Content-Security-Policy keeps an injected script from running.
 * The tests share one page and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('person photo in Chromium');

const CASEWORKER = 'caseworker@demo.haven.invalid'; // Amira
const SUPERVISOR = 'supervisor@demo.haven.invalid'; // Layla, supervises Amira's team
// A 1×1 PNG, and PDF bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

describe.skipIf(!hasChromium)('person photo in Chromium', { timeout: 90_000 }, () => {
  let h: BrowserHaven;
  let page: Page;
  let caseId = '';
  let caseNumber = '';
  const photoSends: string[] = [];

  const caseHeading = () => h.caseHeading(caseNumber);
  const photo = () => page.locator('.person-photo');

  beforeAll(async () => {
    h = await startBrowserHaven();
    ({ page } = h);
    page.on('request', (request) => {
      if (request.postData()?.includes('mutation SetPersonPhoto')) photoSends.push(request.url());
    });
    await h.signIn(CASEWORKER);
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    ({ id: caseId, caseNumber } = await h.createCase('GENERAL_PROTECTION', {
      givenName: 'Rania',
      familyName: 'Fictus',
      sex: 'FEMALE',
      dateOfBirth: '2013-04-02',
    }));
  }, 240_000);

  afterAll(() => h?.close());

  it('the caseworker sees there is no photo yet; a file that is no image is refused before sending', async () => {
    await page.goto(`${h.origin}/cases/${caseId}`);
    await caseHeading();
    await photo().getByText('No photo yet.').waitFor();
    await photo().getByRole('button', { name: 'Add a photo' }).click();
    const form = page.getByRole('form', { name: 'Photo of the person' });
    const input = form.getByLabel('Image (JPEG, PNG or WebP)');
    await input.setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByRole('button', { name: 'Save photo' }).click();
    await form.getByText('Choose a JPEG, PNG or WebP image.').waitFor();
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(photoSends).toEqual([]);
  });

  it('a file that only claims to be an image is refused by the API, beside the file input', async () => {
    const form = page.getByRole('form', { name: 'Photo of the person' });
    const input = form.getByLabel('Image (JPEG, PNG or WebP)');
    await input.setInputFiles({ name: 'face.png', mimeType: 'image/png', buffer: PDF });
    await form.getByRole('button', { name: 'Save photo' }).click();
    await form.getByRole('alert').getByText('Not saved. Check the fields marked below.').waitFor();
    expect(photoSends).toHaveLength(1);
    await expect.poll(() => input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await input.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).not.toBe('');
    expect(await photo().getByRole('img').count()).toBe(0);
  });

  it('an image is saved and shown, and can be replaced by a new version', async () => {
    const form = page.getByRole('form', { name: 'Photo of the person' });
    await form.getByLabel('Image (JPEG, PNG or WebP)').setInputFiles({
      name: 'face.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await form.getByRole('button', { name: 'Save photo' }).click();
    await photo().getByRole('status').getByText('The photo was saved.').waitFor();
    const img = photo().getByRole('img', { name: 'Photo of Rania Fictus' });
    await img.waitFor();
    // Decoded by the browser: the bytes that were stored, not a broken image.
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
    expect(await photo().locator('figcaption').textContent()).toMatch(/^Version 1, added /);

    await photo().getByRole('button', { name: 'Replace the photo' }).click();
    await page
      .getByRole('form', { name: 'Photo of the person' })
      .getByLabel('Image (JPEG, PNG or WebP)')
      .setInputFiles({ name: 'face2.png', mimeType: 'image/png', buffer: PNG });
    await page.getByRole('form', { name: 'Photo of the person' }).getByRole('button', { name: 'Save photo' }).click();
    await expect.poll(() => photo().locator('figcaption').textContent()).toMatch(/^Version 2, added /);
  });

  it('a supervisor of the team, who may not read restricted fields, sees "[Restricted]" and no image', async () => {
    await h.signOut();
    await h.signIn(SUPERVISOR, `/cases/${caseId}`);
    await caseHeading();
    await photo().getByText('[Restricted]').waitFor();
    expect(await photo().getByRole('img').count()).toBe(0);
    expect(await photo().getByRole('button').count()).toBe(0);
  });

  it('the page runs under a Content-Security-Policy: a script injected into it does not run', async () => {
    const response = await page.goto(`${h.origin}/cases/${caseId}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await caseHeading();
    const before = h.pageErrors.length;
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.body.dataset.injected = "ran"';
      document.body.append(script);
      return document.body.dataset.injected ?? 'blocked';
    });
    expect(ran).toBe('blocked');
    // The harness heard the refusal; it is this test's own, not a fault of the page.
    await expect.poll(() => h.pageErrors.length).toBe(before + 1);
    expect(h.pageErrors.pop()).toMatch(/Content Security Policy/);
  });

  it('loaded nothing from outside the test server and raised no script errors', () => {
    expect(h.requested.filter((url) => !h.isLocal(url))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

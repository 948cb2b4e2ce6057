/**
 * Find a person, in Debian's Chromium against Haven on a fresh demo database: a caseworker opens the
 * page from the navigation, a too-short query is refused before anything is sent, a name finds the
 * person with the cases of theirs she reaches, a case opens from there and the browser's back button
 * returns to the page; a name nobody has says so. The tests share one page and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('find a person in Chromium');

const CASEWORKER = 'caseworker@demo.haven.invalid'; // Amira

describe.skipIf(!hasChromium)('find a person in Chromium', { timeout: 90_000 }, () => {
  let h: BrowserHaven;
  let page: Page;
  let caseId = '';
  let caseNumber = '';
  const searches: string[] = [];

  const heading = () => page.getByRole('heading', { name: 'Find a person', level: 1 });
  const queryInput = () => page.getByRole('search').getByLabel('Name or identifier');
  const searchFor = async (text: string) => {
    await queryInput().fill(text);
    await page.getByRole('search').getByRole('button', { name: 'Search' }).click();
  };

  beforeAll(async () => {
    h = await startBrowserHaven();
    ({ page } = h);
    page.on('request', (request) => {
      if (request.postData()?.includes('query FindPersons')) searches.push(request.url());
    });
    await h.signIn(CASEWORKER);
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    ({ id: caseId, caseNumber } = await h.createCase('CHILD_PROTECTION', {
      givenName: 'Zainab',
      familyName: 'Fictara',
      sex: 'FEMALE',
      dateOfBirth: '2014-06-01',
    }));
  }, 240_000);

  afterAll(() => h?.close());

  it('opens from the navigation at /persons, its heading focused', async () => {
    await page.getByRole('navigation').getByRole('button', { name: 'Find a person' }).click();
    await heading().waitFor();
    expect(new URL(page.url()).pathname).toBe('/persons');
    await expect.poll(() => heading().evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('a query of one character is refused beside the field, and nothing is sent', async () => {
    await searchFor('Z');
    await page.getByText('Enter at least 2 characters.').waitFor();
    expect(await queryInput().getAttribute('aria-invalid')).toBe('true');
    expect(searches).toEqual([]);
  });

  it('a name finds the person, with her case; the case opens, and back returns to the search', async () => {
    await searchFor('Zainab Fictara');
    await page
      .getByRole('status')
      .getByText(/^1 person matches .Zainab Fictara., best match first\.$/)
      .waitFor();
    expect(await queryInput().getAttribute('aria-invalid')).toBe('false');
    const person = page.getByRole('list', { name: 'Persons found' }).getByRole('article', { name: 'Zainab Fictara' });
    expect(await person.innerText()).toContain('Female');
    const link = person.getByRole('link', { name: caseNumber, exact: true });
    expect(await link.getAttribute('href')).toBe(`/cases/${caseId}`);
    expect(await person.getByRole('listitem').first().innerText()).toContain('Child protection');

    await link.click();
    await h.caseHeading(caseNumber);
    await page.goBack();
    await heading().waitFor();
    expect(new URL(page.url()).pathname).toBe('/persons');
  });

  it('a name nobody has says so', async () => {
    await searchFor('Qwertzuiop Nobodyhere');
    await page
      .getByRole('status')
      .getByText(/^No person you reach matches .Qwertzuiop Nobodyhere.\.$/)
      .waitFor();
    expect(await page.getByRole('list', { name: 'Persons found' }).count()).toBe(0);
  });

  it('loaded nothing from outside the test server and raised no script errors', () => {
    expect(h.requested.filter((url) => !h.isLocal(url))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

/**
 * The case page's Household tab, in Debian's Chromium against Haven on a fresh demo database: the
 * assigned worker creates a household around the case's person, adds a registered person found by
 * search-as-you-type (chosen with the keyboard) and a new person (the API's problems beside the
 * fields), makes a member the head, ends a membership (after a confirmation) and finds it under past
 * members; a colleague the case is shared with sees the household without any action, and a member
 * whose own case she does not reach as withheld. The tests share one page and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import ar from '../../web/src/i18n/ar.json';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('household tab in Chromium');

const CASEWORKER = 'caseworker@demo.haven.invalid'; // Amira, assigned to the cases made here
const COLLEAGUE = 'caseworker2@demo.haven.invalid'; // Tomás, another team: reaches only what is shared

describe.skipIf(!hasChromium)('household tab in Chromium', { timeout: 90_000 }, () => {
  let h: BrowserHaven;
  let page: Page;
  let caseId = '';
  let caseNumber = '';
  const searches: string[] = [];

  const panel = () => page.getByRole('tabpanel');
  const members = () => panel().getByRole('list', { name: /^Members of / });
  const member = (name: string) => members().getByRole('listitem').filter({ hasText: name });
  const status = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
  const openHousehold = async () => {
    await page.goto(`${h.origin}/cases/${caseId}#household`);
    await h.caseHeading(caseNumber);
    await page.getByRole('tab', { name: 'Household', selected: true }).waitFor();
  };

  const createCase = (givenName: string, sex: 'FEMALE' | 'MALE', dateOfBirth: string) =>
    h.createCase('GENERAL_PROTECTION', { givenName, familyName: 'Qasem', sex, dateOfBirth });

  beforeAll(async () => {
    h = await startBrowserHaven();
    ({ page } = h);
    page.on('request', (request) => {
      if (request.postData()?.includes('query SearchPersons')) searches.push(request.postData() ?? '');
    });
    await h.signIn(CASEWORKER);
    await page.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    ({ id: caseId, caseNumber } = await createCase('Nadia', 'FEMALE', '1990-04-01'));
    // A second case of Amira's: its person is found by search, and is withheld from whoever does not reach it.
    await createCase('Karim', 'MALE', '2010-06-15');
  }, 240_000);

  afterAll(() => h?.close());

  it('a person with no household: the tab says so and creates one around her', async () => {
    await openHousehold();
    await panel()
      .getByText(/Nadia Qasem. belongs to no household yet\.$/)
      .waitFor();
    await panel().getByRole('button', { name: 'Create a household' }).click();
    const form = page.getByRole('form', { name: 'Create a household' });
    await expect
      .poll(() => form.getByLabel(/^Name of the household/).evaluate((el) => el === document.activeElement))
      .toBe(true);
    await form.getByLabel(/^Name of the household/).fill('Qasem family');
    expect(await form.getByLabel('Relationship of this case’s person to the head').inputValue()).toBe('HEAD');
    await form.getByRole('button', { name: 'Create household' }).click();
    await status('The household was created.').waitFor();
    await panel().getByRole('heading', { name: 'Qasem family', level: 3 }).waitFor();
    await expect.poll(() => member('Nadia Qasem').innerText()).toContain('Head');
    expect(
      await panel()
        .getByText(/^Head: /)
        .innerText(),
    ).toContain('Nadia Qasem');
    // One household now: no second "Create".
    expect(await panel().getByRole('button', { name: 'Create a household' }).count()).toBe(0);
  });

  it('adds a registered person found by search-as-you-type, chosen with the keyboard', async () => {
    await panel().getByRole('button', { name: 'Add a member' }).click();
    const form = page.getByRole('form', { name: 'Add a member' });
    // Nothing chosen: the form's own check, nothing sent.
    await form.getByRole('button', { name: 'Add member' }).click();
    await form.getByText('Find and choose a person.').waitFor();
    const search = form.getByLabel('Find by name or identifier');
    expect(await search.getAttribute('aria-invalid')).toBe('true');

    await search.pressSequentially('Qasem', { delay: 60 });
    const results = form.getByRole('list', { name: 'Persons found' });
    await results.getByRole('button', { name: /Karim Qasem/ }).waitFor();
    // Debounced: one request for the whole word, not one per keystroke.
    expect(searches).toHaveLength(1);
    // Nadia is a member already, so she is not offered.
    expect(await results.getByRole('button', { name: /Nadia Qasem/ }).count()).toBe(0);
    await search.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => results.getByRole('button', { name: /Karim Qasem/ }).getAttribute('aria-pressed'))
      .toBe('true');
    await form.getByText(/^Chosen: .Karim Qasem.$/).waitFor();
    await form.getByLabel('Relationship to the head').selectOption('CHILD');
    await form.getByRole('button', { name: 'Add member' }).click();
    await status(/Karim Qasem. was added to the household\./).waitFor();
    await expect.poll(() => member('Karim Qasem').innerText()).toContain('Child');
  });

  it('adds a new person; the API’s problems are shown beside the fields', async () => {
    // A cancelled add form gives the focus back to its button.
    const add = panel().getByRole('button', { name: 'Add a member' });
    await add.click();
    const form = page.getByRole('form', { name: 'Add a member' });
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => add.evaluate((el) => el === document.activeElement)).toBe(true);

    await add.click();
    await form.getByLabel('A new person').check();
    await form.getByLabel('Family name').fill('Qasem');
    await form.getByRole('button', { name: 'Add member' }).click();
    await form.getByRole('alert').getByText('Not saved. Check the fields marked below.').waitFor();
    await form.getByText('This must not be empty.').waitFor();
    expect(await form.getByLabel('Given name').getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Family name').getAttribute('aria-invalid')).toBe('false');

    await form.getByLabel('Given name').fill('Lina');
    await form.getByLabel('Sex').selectOption('FEMALE');
    await form.getByLabel(/^Date of birth/).fill('2015-03-02');
    await form.getByLabel('Relationship to the head').selectOption('GRANDCHILD');
    await form.getByRole('button', { name: 'Add member' }).click();
    await status(/Lina Qasem. was added to the household\./).waitFor();
    await expect.poll(() => member('Lina Qasem').innerText()).toContain('Grandchild');
    expect(await members().getByRole('listitem').count()).toBe(3);
  });

  it('makes a member the head, giving the former head a new relationship', async () => {
    await member('Karim Qasem')
      .getByRole('button', { name: /^Make .Karim Qasem. the head$/ })
      .click();
    const form = page.getByRole('form', { name: /^Make .Karim Qasem. the head$/ });
    await form.getByLabel(/^Relationship of .Nadia Qasem., the present head, to the new head$/).selectOption('PARENT');
    await form.getByRole('button', { name: 'Make head' }).click();
    await status(/Karim Qasem. is now the head of the household\./).waitFor();
    await expect
      .poll(() =>
        panel()
          .getByText(/^Head: /)
          .innerText(),
      )
      .toContain('Karim Qasem');
    await expect.poll(() => member('Nadia Qasem').innerText()).toContain('Parent');
    expect(
      await member('Karim Qasem')
        .getByRole('button', { name: /the head$/ })
        .count(),
    ).toBe(0);
  });

  it('ends a membership after a confirmation; the member is then among past members', async () => {
    const end = member('Lina Qasem').getByRole('button', { name: /^End the membership of .Lina Qasem.$/ });
    await end.click();
    let form = page.getByRole('form', { name: /^End the membership of .Lina Qasem.$/ });
    await form.getByText(/They stay listed as a past member\.$/).waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();
    await form.waitFor({ state: 'detached' });
    // Cancelled: nothing ended, and the focus is back on the button that opened it.
    await expect.poll(() => end.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await members().getByRole('listitem').count()).toBe(3);

    await end.click();
    form = page.getByRole('form', { name: /^End the membership of .Lina Qasem.$/ });
    await form.getByRole('button', { name: 'End membership' }).click();
    await status(/The membership of .Lina Qasem. was ended\./).waitFor();
    await expect.poll(() => members().getByRole('listitem').count()).toBe(2);
    expect(await member('Lina Qasem').count()).toBe(0);
    await panel().getByLabel('Show 1 past member').check();
    await expect.poll(() => member('Lina Qasem').innerText()).toMatch(/Member from .+ to .+/);
    expect(await member('Lina Qasem').getByRole('button').count()).toBe(0);
  });

  it('in Arabic: the tab, the relationships and the announcement are translated, right to left', async () => {
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    await page.getByRole('tab', { name: ar.household.title, selected: true }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: ar.household.ended.slice(0, ar.household.ended.indexOf('{{')).trim() })
      .waitFor();
    const nadia = panel().getByRole('listitem').filter({ hasText: 'Nadia Qasem' });
    await expect.poll(() => nadia.innerText()).toContain(ar.household.relationships.PARENT);
    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"][dir="ltr"]').waitFor({ state: 'attached' });
  });

  it('a colleague who only reads the case: no actions, and a member she does not reach is withheld', async () => {
    const { users } = await h.api<{ users: { id: string; email: string }[] }>('{ users { id email } }');
    const tomas = users.find((u) => u.email === COLLEAGUE);
    expect(tomas).toBeDefined();
    await h.api(
      'mutation ($caseId: ID!, $granteeId: ID!, $expiresAt: DateTime!) { shareCase(caseId: $caseId, granteeId: $granteeId, reason: "Household visit cover", expiresAt: $expiresAt) { id } }',
      { caseId, granteeId: tomas?.id, expiresAt: new Date(Date.now() + 7 * 86_400_000).toISOString() },
    );
    await h.signOut();
    await h.signIn(COLLEAGUE, `/cases/${caseId}#household`);
    await page.getByRole('tab', { name: 'Household', selected: true }).waitFor();
    await member('Nadia Qasem').waitFor();
    // Karim has a case of his own, which Tomás does not reach: his relationship only, and why.
    const withheld = members()
      .getByRole('listitem')
      .filter({ hasText: 'This member has a case of their own that you do not reach' });
    await withheld.waitFor();
    expect(await withheld.innerText()).toContain('[Restricted]');
    expect(await withheld.innerText()).toContain('Head');
    expect(await panel().innerText()).not.toContain('Karim');
    expect(
      await panel()
        .getByText(/^Head: /)
        .innerText(),
    ).toContain('[Restricted]');
    expect(await panel().getByRole('button').count()).toBe(0);
  });

  it('loaded nothing from outside the test server and raised no script errors', () => {
    expect(h.requested.filter((url) => !h.isLocal(url))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

/**
 * The built web client in Debian's Chromium against Haven running in this process on a fresh,
 * seeded database (in-memory PGlite, or PostgreSQL with TEST_DATABASE_URL): sign in, caseload, new case (with an inline API error first), Arabic
 * right-to-left, an expired session, sign-out, the user's own sessions and MFA enrolment, administration
 * (roles, permissions, teams, CSV bulk creation), and the GraphQL explorer working with no request
 * leaving 127.0.0.1. The tests share one page and run in order, like one person's session.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '@haven/identity';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('web client in Chromium');

describe.skipIf(!hasChromium)('web client in Chromium', { timeout: 60_000 }, () => {
  let h: BrowserHaven;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let origin: string;

  /** The caseload size as the API reports it to the signed-in user. */
  async function caseloadTotal(): Promise<number> {
    const data = await h.api<{ myCaseload: { totalCount: number } }>('{ myCaseload(first: 1) { totalCount } }');
    return data.myCaseload.totalCount;
  }

  beforeAll(async () => {
    h = await startBrowserHaven({ explorer: true });
    ({ browser, context, page, origin } = h);
  }, 240_000);

  afterAll(() => h?.close());

  it('signs in as the demo caseworker and shows her caseload', async () => {
    await page.goto(`${origin}/`);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    // A wrong password first: refused with a clear message, still on the sign-in page.
    await page.getByLabel('E-mail address').fill('caseworker@demo.haven.invalid');
    await page.getByLabel('Password').fill('not-the-demo-password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('The e-mail address or password is not correct.').waitFor();
    // The demo list (embedded demo mode only) fills in the form with the printed demo password.
    await page.getByText('Every demo account uses the password demo-password-2026').waitFor();
    await page.getByRole('button', { name: /Amira Demo \(Caseworker\)/ }).click();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await page.getByRole('heading', { name: 'My caseload', level: 1 }).waitFor();
    await page.getByRole('banner').getByText('Haven Demo Agency (fictional)').waitFor();
    await page.getByRole('banner').getByText('Amira Demo (Caseworker)').waitFor();
    await page.getByText('Showing 20 of 40 cases').waitFor();
    const table = page.getByRole('table', { name: 'My cases' });
    expect(await table.getByRole('row').count()).toBe(21); // header + first page

    await page.getByRole('button', { name: 'Load more' }).click();
    await page.getByText('Showing 40 of 40 cases').waitFor();
    expect(await table.getByRole('row').count()).toBe(41);
    expect(await page.getByRole('button', { name: 'Load more' }).count()).toBe(0);
  });

  it('shows the API’s problem beside an empty given name and creates nothing', async () => {
    await page.getByRole('button', { name: 'New case' }).click();
    await page.getByLabel('Case type', { exact: true }).selectOption('GBV');
    await page.getByLabel('Family name', { exact: true }).fill('Fictionale');
    await page.getByLabel('Sex', { exact: true }).selectOption('FEMALE');
    await page.getByRole('button', { name: 'Create case' }).click();

    await page.getByText('The case was not created. Check the fields marked below.').waitFor();
    const givenName = page.getByLabel('Given name', { exact: true });
    expect(await givenName.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await givenName.getAttribute('aria-describedby');
    expect(describedBy).toBeTruthy();
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toBe('This must not be empty.');
    expect(await page.getByLabel('Family name', { exact: true }).getAttribute('aria-invalid')).toBe('false');
    expect(await caseloadTotal()).toBe(40);
  });

  it('creates a case and shows it at the top of the caseload with its number announced', async () => {
    await page.getByLabel('Given name', { exact: true }).fill('Testa');
    await page.getByRole('button', { name: 'Create case' }).click();

    const caseNumber = /HVN-\d{4}-000051/;
    await page.getByRole('status').filter({ hasText: caseNumber }).waitFor();
    const firstRow = page.getByRole('table', { name: 'My cases' }).getByRole('row').nth(1);
    await firstRow.filter({ hasText: caseNumber }).waitFor();
    const text = (await firstRow.textContent()) ?? '';
    expect(text).toContain('Testa Fictionale');
    expect(text).toContain('Gender-based violence');
    expect(text).toContain('Identification');
    await page.getByText('Showing 41 of 41 cases').waitFor();
    expect(await page.getByRole('region', { name: 'New case' }).count()).toBe(0); // the form closed
    expect(await caseloadTotal()).toBe(41);
  });

  it('switches to Arabic: right to left, mirrored, remembered after a reload', async () => {
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: 'حالاتي', level: 1 }).waitFor();
    // Mirrored: the brand now sits on the right-hand half of the header.
    const brand = await page.getByRole('banner').getByText('Haven', { exact: true }).boundingBox();
    expect(brand?.x).toBeGreaterThan(640);

    await page.reload();
    await page.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: 'حالاتي', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'English' }).click();
    await page.locator('html[lang="en"][dir="ltr"]').waitFor({ state: 'attached' });
    await page.getByRole('heading', { name: 'My caseload', level: 1 }).waitFor();
  });

  it('goes back to sign-in when the session is gone', async () => {
    await page.getByRole('button', { name: 'New case' }).click();
    await page.getByLabel('Case type', { exact: true }).selectOption('CHILD_PROTECTION');
    await page.getByLabel('Given name', { exact: true }).fill('Nobody');
    await page.getByLabel('Family name', { exact: true }).fill('Signedin');
    await page.getByLabel('Sex', { exact: true }).selectOption('UNKNOWN');
    await context.clearCookies(); // as if the session had expired
    await page.getByRole('button', { name: 'Create case' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  });

  it('signs in again, then signs out for good', async () => {
    await page.getByLabel('E-mail address').fill('caseworker@demo.haven.invalid');
    await page.getByLabel('Password').fill('demo-password-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByText('Showing 20 of 41 cases').waitFor(); // the attempt without a session created nothing
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  });

  it('lists my sessions and ends one on another device', async () => {
    // Another device: a second browser context signed in as the same user.
    const other = await browser.newContext({ userAgent: 'HavenTest/1.0 (other device)' });
    try {
      const signIn = await other.request.post(`${origin}/auth/sign-in`, {
        data: { email: 'caseworker2@demo.haven.invalid', password: 'demo-password-2026' },
      });
      expect(signIn.ok()).toBe(true);

      await page.getByLabel('E-mail address').fill('caseworker2@demo.haven.invalid');
      await page.getByLabel('Password').fill('demo-password-2026');
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('heading', { name: 'My caseload', level: 1 }).waitFor();

      await page.getByRole('navigation', { name: 'Your pages' }).getByRole('button', { name: 'My sessions' }).click();
      await page.getByRole('heading', { name: 'My sessions', level: 1 }).waitFor();
      const table = page.getByRole('table', { name: 'Your active sessions' });
      await table.getByText('HavenTest/1.0 (other device)').waitFor();
      expect(await table.getByRole('row').count()).toBe(3); // header + two sessions
      const current = table.getByRole('row').filter({ hasText: 'This session' });
      expect(await current.count()).toBe(1);
      expect(await current.textContent()).toContain('127.0.0.1');

      const otherRow = table.getByRole('row').filter({ hasText: 'HavenTest/1.0 (other device)' });
      await otherRow.getByRole('button', { name: 'End session' }).click();
      await page.getByRole('status').filter({ hasText: 'The session has ended.' }).waitFor();
      await table.getByText('HavenTest/1.0 (other device)').waitFor({ state: 'detached' });
      expect(await table.getByRole('row').count()).toBe(2);
      expect((await other.request.get(`${origin}/auth/session`)).ok()).toBe(false);
    } finally {
      await other.close();
    }
  });

  it('enrols in MFA with the QR code’s secret and shows the recovery codes once', async () => {
    await page
      .getByRole('navigation', { name: 'Your pages' })
      .getByRole('button', { name: 'Two-step verification' })
      .click();
    await page.getByRole('heading', { name: 'Two-step verification', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();

    const qr = page.getByRole('img', { name: 'QR code for your authenticator app' });
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/svg\+xml/);
    await page.getByText(/^otpauth:\/\/totp\/Haven:/).waitFor();
    const secret = ((await page.locator('.mfa-secret dd code').first().textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);

    // A code from ten minutes ago: refused beside the field, nothing enabled.
    const code = page.getByLabel('6-digit code from the app');
    await code.fill(await totpCodeAt(secret, new Date(Date.now() - 10 * 60_000)));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByText('The code is not correct.').waitFor();
    expect(await code.getAttribute('aria-invalid')).toBe('true');

    await code.fill(await totpCodeAt(secret, new Date()));
    await page.getByRole('button', { name: 'Turn on two-step verification' }).click();
    await page.getByRole('heading', { name: 'Two-step verification is on' }).waitFor();
    await page.getByText('Save these recovery codes now').waitFor();
    const codes = page.getByRole('list', { name: 'Recovery codes' }).getByRole('listitem');
    expect(await codes.count()).toBeGreaterThanOrEqual(8);

    // Coming back later: already on, and the codes are not shown again.
    await page.getByRole('navigation', { name: 'Your pages' }).getByRole('button', { name: 'My caseload' }).click();
    await page.getByRole('heading', { name: 'My caseload', level: 1 }).waitFor();
    await page
      .getByRole('navigation', { name: 'Your pages' })
      .getByRole('button', { name: 'Two-step verification' })
      .click();
    await page.getByText('Two-step verification is already on for your account.', { exact: false }).waitFor();
    expect(await page.getByRole('list', { name: 'Recovery codes' }).count()).toBe(0);
  });

  it('ending this session from My sessions signs me out', async () => {
    await page.getByRole('navigation', { name: 'Your pages' }).getByRole('button', { name: 'My sessions' }).click();
    await page.getByRole('button', { name: 'End this session and sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  });

  it('administers roles, role permissions, user roles, teams and a CSV bulk creation', async () => {
    await page.getByLabel('E-mail address').fill('admin@demo.haven.invalid');
    await page.getByLabel('Password').fill('demo-password-2026');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    const status = page.getByRole('status').filter({ hasText: /\S/ });

    // A new role: a bad key is refused beside the field, then the role is created from the catalogue.
    const newRole = page.getByRole('region', { name: 'New role' });
    const key = newRole.getByLabel('Key', { exact: true });
    await key.fill('Field Reader');
    await newRole.getByLabel('Role name').fill('Field reader');
    await newRole.getByRole('checkbox', { name: 'user:read' }).check();
    await newRole.getByRole('button', { name: 'Create role' }).click();
    await newRole.getByText('Use lowercase letters, digits and underscores only.').waitFor();
    expect(await key.getAttribute('aria-invalid')).toBe('true');
    await key.fill('field_reader');
    await newRole.getByRole('button', { name: 'Create role' }).click();
    await status.filter({ hasText: 'was created' }).waitFor();
    const rolesTable = page.getByRole('table', { name: 'Roles' });
    await rolesTable.getByRole('row').filter({ hasText: 'Field reader' }).waitFor();

    // Its permissions, edited from the checkbox list.
    const editRole = page.getByRole('region', { name: 'Role permissions' });
    await editRole.getByLabel('Role', { exact: true }).selectOption({ label: 'Field reader' });
    expect(await editRole.getByRole('checkbox', { name: 'user:read' }).isChecked()).toBe(true);
    await editRole.getByRole('checkbox', { name: 'transfer:read' }).check();
    await editRole.getByRole('button', { name: 'Save permissions' }).click();
    await status.filter({ hasText: "The role's permissions were saved." }).waitFor();
    await rolesTable
      .getByRole('row')
      .filter({ hasText: 'Field reader' })
      .filter({ hasText: 'transfer:read' })
      .waitFor();

    // Roles of another user.
    const assign = page.getByRole('region', { name: 'Assign roles' });
    await assign.getByLabel('User', { exact: true }).selectOption({ label: 'Samuel Demo (HQ Manager)' });
    expect(await assign.getByRole('checkbox', { name: 'HQ Manager' }).isChecked()).toBe(true);
    await assign.getByRole('checkbox', { name: 'HQ Manager' }).uncheck();
    await assign.getByRole('checkbox', { name: 'Field reader' }).check();
    await assign.getByRole('button', { name: 'Save roles' }).click();
    const usersTable = page.getByRole('table', { name: 'Staff of your agency' });
    await usersTable.getByRole('row').filter({ hasText: 'Samuel Demo' }).filter({ hasText: 'Field reader' }).waitFor();

    // A team with a member and a supervisor.
    const newTeam = page.getByRole('region', { name: 'New team' });
    await newTeam.getByLabel('Team name').fill('Outreach');
    await newTeam.getByRole('button', { name: 'Create team' }).click();
    const members = page.getByRole('region', { name: 'Team members' });
    await members.getByRole('table', { name: /^Members of \u2068Outreach\u2069$/ }).waitFor();
    await members.getByRole('checkbox', { name: /Amira Demo \(Caseworker\)\u2069 is a member/ }).check();
    await members.getByRole('checkbox', { name: /Layla Demo \(Supervisor\)\u2069 is a supervisor/ }).check();
    await members.getByRole('button', { name: 'Save members' }).click();
    await page
      .getByRole('table', { name: 'Teams' })
      .getByRole('row')
      .filter({ hasText: 'Outreach' })
      .filter({ hasText: 'Layla Demo (Supervisor)' })
      .waitFor();

    // Bulk creation: a bad row is reported by line and column, and nobody is created.
    const bulk = page.getByRole('region', { name: 'Create users from CSV' });
    const csv = bulk.getByLabel('CSV', { exact: true });
    const header = 'email,display_name,roles,teams';
    await csv.fill(
      `${header}\nnot-an-email,Nobody Demo,field_reader,\nnew.one@demo.haven.invalid,New One,cook,Outreach\n`,
    );
    await bulk.getByRole('button', { name: 'Create users' }).click();
    await bulk.getByText('Line 2, email: This is not a valid e-mail address.').waitFor();
    await bulk.getByText('Line 3, roles: Unknown role: cook.').waitFor();
    expect(await csv.getAttribute('aria-invalid')).toBe('true');
    expect(await usersTable.getByText('New One').count()).toBe(0);

    await csv.fill(
      `${header}\nnew.one@demo.haven.invalid,New One,field_reader,Outreach\nnew.two@demo.haven.invalid,New Two,field_reader,\n`,
    );
    await bulk.getByRole('button', { name: 'Create users' }).click();
    const created = bulk.getByRole('table', { name: /Users created/ });
    await created.waitFor();
    expect(await created.getByRole('row').count()).toBe(3);
    await status.filter({ hasText: '2 users were created.' }).waitFor();
    await usersTable.getByRole('row').filter({ hasText: 'New One' }).filter({ hasText: 'Outreach' }).waitFor();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
  });

  it('loaded nothing from outside the test server and raised no script errors', () => {
    expect(h.requested.length).toBeGreaterThan(0);
    expect(h.requested.filter((url) => !h.isLocal(url))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });

  it('serves the GraphQL explorer with no request leaving 127.0.0.1', async () => {
    const explorerContext = await browser.newContext({ locale: 'en-US' });
    try {
      const explorer = await explorerContext.newPage();
      const urls: string[] = [];
      const errors: string[] = [];
      explorer.on('request', (request) => urls.push(request.url()));
      explorer.on('pageerror', (error) => errors.push(error.message));
      // A browser navigation asks for text/html, which is what makes /graphql answer with the explorer.
      const response = await explorer.goto(`${origin}/graphql`);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toContain('text/html');
      await explorer.locator('.graphiql-container').first().waitFor();
      // The editor shows the default query, so GraphiQL's scripts and editor came from this server.
      await explorer.getByText('displayName').first().waitFor();
      // Let the explorer's own requests (introspection, assets) finish. Under load the network may not go
      // idle within the limit (an open request of the explorer's); every request made by then is checked.
      await explorer.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
      expect(urls.length).toBeGreaterThan(0);
      expect(urls.filter((url) => !h.isLocal(url))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await explorerContext.close();
    }
  });
});

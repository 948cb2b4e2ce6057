/**
 * Sign-in with an identity provider, set up in the web client and used end to end, in Debian's
 * Chromium against Haven on a fresh demo database and a real OpenID Connect provider (oidc-provider on
 * a loopback port): the administrator adds the provider (an issuer that does not answer discovery is
 * refused beside its field), registers the redirect URI it shows, and a caseworker then signs in
 * through it from the sign-in page; once disabled, the provider is no longer offered.
 * The tests share one page and run in order.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { DEMO_AGENCY_CODE } from '@haven/gateway/demo/seed';
import { CLIENT_ID, CLIENT_SECRET, startTestIdp, type TestIdp } from '../auth/idp';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('SSO set-up in Chromium');

const ADMIN = 'admin@demo.haven.invalid';
const CASEWORKER = 'caseworker@demo.haven.invalid'; // Amira
const NAME = 'Fictional Agency Login';

describe.skipIf(!hasChromium)('SSO set-up in Chromium', { timeout: 90_000 }, () => {
  let h: BrowserHaven;
  let page: Page;
  let idp: TestIdp;

  const section = () => page.getByRole('region', { name: 'Sign-in with an identity provider (SSO)' });
  const form = () => page.getByRole('form', { name: 'Add an identity provider' });

  beforeAll(async () => {
    idp = await startTestIdp();
    idp.accounts.amira = { email: CASEWORKER, name: 'Amira Demo' };
    idp.nextSubject = 'amira';
    h = await startBrowserHaven();
    ({ page } = h);
    await h.signIn(ADMIN);
    await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
  }, 240_000);

  afterAll(async () => {
    await h?.close();
    await idp?.close();
  });

  it('an issuer that does not answer OpenID discovery is refused beside its field, and nothing is saved', async () => {
    await section().getByText('No identity provider yet: staff sign in with a password.').waitFor();
    await section().getByRole('button', { name: 'Add an identity provider' }).click();
    await form().getByLabel('Name on the sign-in button').fill(NAME);
    // A loopback port nothing listens on.
    await form().getByLabel('Issuer URL').fill('http://127.0.0.1:9');
    await form().getByLabel('Client ID').fill(CLIENT_ID);
    await form().getByLabel('Client secret').fill(CLIENT_SECRET);
    await form().getByRole('button', { name: 'Check and save' }).click();
    const issuer = form().getByLabel('Issuer URL');
    await expect.poll(() => issuer.getAttribute('aria-invalid'), { timeout: 20_000 }).toBe('true');
    const describedBy = (await issuer.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(
      /^The provider did not answer OpenID discovery at this address: /,
    );
    expect(await section().getByRole('table').count()).toBe(0);
  });

  it('a provider that answers is saved, with the redirect URI to register and never its secret', async () => {
    await form().getByLabel('Issuer URL').fill(idp.issuer);
    await form().getByRole('button', { name: 'Check and save' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `${NAME}` })
      .filter({ hasText: 'was added' })
      .waitFor();
    const row = section().getByRole('row').filter({ hasText: NAME });
    await row.waitFor();
    const redirect = (await row.locator('code').nth(1).textContent()) ?? '';
    expect(redirect).toMatch(new RegExp(`^${h.origin}/auth/sso/[0-9a-f-]{36}/callback$`));
    expect(await row.innerText()).toContain('Enabled');
    expect(await page.content()).not.toContain(CLIENT_SECRET);
    idp.allowRedirects([redirect]);
  });

  it('a caseworker signs in through it from the sign-in page', async () => {
    await h.signOut();
    await page.goto(`${h.origin}/?agency=${DEMO_AGENCY_CODE}`);
    await page.getByRole('link', { name: `Sign in with ${NAME}` }).click();
    // Through the identity provider and back, signed in.
    await page.getByRole('heading', { name: 'My caseload', level: 1 }).waitFor();
    expect(await page.getByText('Amira Demo (Caseworker)').count()).toBeGreaterThan(0);
  });

  it('once disabled, the provider is no longer offered at sign-in', async () => {
    await h.signOut();
    await h.signIn(ADMIN);
    await page.getByRole('heading', { name: 'Administration', level: 1 }).waitFor();
    await section()
      .getByRole('button', { name: `Disable ${NAME}` })
      .click();
    await page.getByRole('status').filter({ hasText: 'no longer signs anyone in' }).waitFor();
    expect(await section().getByRole('row').filter({ hasText: NAME }).innerText()).toContain('Disabled');
    await h.signOut();
    await page.goto(`${h.origin}/?agency=${DEMO_AGENCY_CODE}`);
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: `Sign in with ${NAME}` }).count()).toBe(0);
  });

  it('loaded nothing from outside the test server and the identity provider, and raised no script errors', () => {
    const idpOrigin = new URL(idp.issuer).origin;
    expect(h.requested.filter((url) => !h.isLocal(url) && !url.startsWith(idpOrigin))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

/**
 * What every browser test needs: Debian's Chromium, Haven in this process on a fresh demo database
 * of its own (every browser test seeds and changes the same demo agency), a page that records the
 * requests it makes and its script errors, and sign-in, sign-out and API helpers for that page.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { describe, it } from 'vitest';
import type { Database } from '@haven/core/db/database';
import { createLogger } from '@haven/core/logging';
import { DEMO_PASSWORD, seedDemo } from '@haven/gateway/demo/seed';
import { startHaven, type RunningHaven } from '@haven/gateway/haven';
import { openIsolatedDatabase } from '../support/database';
import { testFieldKeys } from '../support/haven';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = fs.existsSync(chromiumPath);

/** Without Chromium the suite is skipped locally (with a warning) and fails under CI. */
export function requireChromium(suite: string): void {
  if (hasChromium) return;
  const reason = `no Chromium at ${chromiumPath} (install Debian's chromium or set CHROMIUM_PATH)`;
  if (process.env.CI) {
    describe(suite, () => {
      it('has a Chromium to run in', () => {
        throw new Error(`Browser tests cannot run: ${reason}`);
      });
    });
  } else {
    console.warn(`Skipping the browser tests: ${reason}.`);
  }
}

export interface BrowserHaven {
  db: Database;
  haven: RunningHaven;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  origin: string;
  /** Every URL the page requested. */
  requested: string[];
  /** Every uncaught script error of the page, and every load or script its Content-Security-Policy blocked. */
  pageErrors: string[];
  isLocal(url: string): boolean;
  /** Signs in on the sign-in page at `at` (an address is kept, so it opens after sign-in). */
  signIn(email: string, at?: string): Promise<void>;
  signOut(): Promise<void>;
  /** An operation as the signed-in user of the page (its cookie and CSRF token), for setting up data. */
  api<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Registers a case of `caseType` for a new person, as the signed-in user, through the API. */
  createCase(caseType: string, person: NewPerson): Promise<{ id: string; caseNumber: string }>;
  /** Waits for the case page of the case with this number. */
  caseHeading(caseNumber: string): Promise<void>;
  /** The value shown for a labelled field of the case page. */
  valueOf(label: string): Locator;
  close(): Promise<void>;
}

export interface NewPerson {
  givenName: string;
  familyName: string;
  sex: 'FEMALE' | 'MALE' | 'OTHER' | 'UNKNOWN';
  dateOfBirth: string;
}

export async function startBrowserHaven(options: { explorer?: boolean } = {}): Promise<BrowserHaven> {
  // Always build, so the test never runs against a stale bundle, and into a directory of this
  // file's own: test files run in parallel, and a build empties its output directory first, so a
  // shared web/dist was missing for a moment while another file's page was loading it.
  const webDir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'haven-web-'));
  await promisify(execFile)(
    'npx',
    ['vite', 'build', 'web', '--outDir', webDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: repoRoot },
  );
  const db = await openIsolatedDatabase();
  await seedDemo(db, createLogger({ level: 'silent' }));
  const haven = await startHaven({
    db,
    fieldKeys: testFieldKeys,
    log: createLogger({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    demoSignIn: true,
    webDir,
    explorer: options.explorer ?? false,
    introspection: options.explorer ?? false,
    production: false,
  });
  const origin = new URL(haven.url).origin;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const requested: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A load or script the Content-Security-Policy blocked is reported on the console, not thrown.
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) pageErrors.push(message.text());
  });

  const harness: BrowserHaven = {
    db,
    haven,
    browser,
    context,
    page,
    origin,
    requested,
    pageErrors,
    isLocal: (url) => url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin,
    async signIn(email, at = '/') {
      // The sign-in heading is what the test waits for; the page's load event (every subresource)
      // is not needed and timed out once under CI load.
      await page.goto(`${origin}${at}`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
      await page.getByLabel('E-mail address').fill(email);
      await page.getByLabel('Password').fill(DEMO_PASSWORD);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    },
    async signOut() {
      await page.getByRole('button', { name: 'Sign out', exact: true }).click();
      await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    },
    async api<T>(query: string, variables: Record<string, unknown> = {}) {
      const session = await page.request.get(`${origin}/auth/session`);
      const { csrfToken } = (await session.json()) as { csrfToken: string };
      const response = await page.request.post(`${origin}/graphql`, {
        data: { query, variables },
        headers: { 'x-csrf-token': csrfToken },
      });
      const body = (await response.json()) as { data?: T; errors?: unknown[] };
      if (body.errors?.length) throw new Error(`API error: ${JSON.stringify(body.errors)}`);
      return body.data as T;
    },
    async createCase(caseType, person) {
      const { createCase } = await harness.api<{ createCase: { id: string; caseNumber: string } }>(
        'mutation ($input: CreateCaseInput!) { createCase(input: $input) { id caseNumber } }',
        { input: { caseType, person } },
      );
      return createCase;
    },
    async caseHeading(caseNumber) {
      await page.getByRole('heading', { name: new RegExp(`^Case \u2068${caseNumber}\u2069$`), level: 1 }).waitFor();
    },
    valueOf: (label) =>
      page
        .locator('.case-item')
        .filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
        .locator('dd'),
    async close() {
      await browser.close();
      await haven.close();
      await db.close();
      await fs.promises.rm(webDir, { recursive: true, force: true });
    },
  };
  return harness;
}

/**
 * The case record in Debian's Chromium, against Haven running in this process on a fresh demo
 * database: a programme manager adds a field to the protection risk assessment in the form editor
 * (the validator's problem shown inline), saves a draft version and publishes it; the caseworker's
 * case page shows the summary first and the tabs (keyboard navigation); she fills in the
 * assessment with the new field, skip logic showing a required question, an inline error, the
 * live calculated risk level, then the API's own problem at its field (the form changed under her);
 * the summary then shows the risk level. Search before create finds a registered person typed in
 * Arabic and in another Latin spelling; the case page in Arabic is right to left.
 * The tests share one page and run in order.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@haven/gateway/demo/seed';
import { hasChromium, requireChromium, startBrowserHaven, type BrowserHaven } from './harness';

requireChromium('case record in Chromium');

const CASEWORKER = 'caseworker@demo.haven.invalid'; // Amira
const MANAGER = 'programme.manager@demo.haven.invalid'; // Jonas, form:manage
const SUPERVISOR = 'supervisor@demo.haven.invalid'; // Layla, supervises Amira's team
const RISK_TITLE = 'Protection risk assessment';

describe.skipIf(!hasChromium)('case record in Chromium', { timeout: 90_000 }, () => {
  let h: BrowserHaven;
  let page: Page;
  let caseId = '';
  let caseNumber = '';
  const fillIn = {
    getByRole: (role: 'button', options: { name: string }) =>
      page.getByRole('region', { name: 'Fill in a form' }).getByRole(role, options),
  };

  const caseHeading = () => h.caseHeading(caseNumber);

  /** A second signed-in browser context (the manager changes the form while the caseworker fills it in). */
  async function signedInContext(email: string): Promise<{ context: BrowserContext; page: Page }> {
    const context = await h.browser.newContext({ locale: 'en-US' });
    const other = await context.newPage();
    await other.goto(`${h.origin}/`, { waitUntil: 'domcontentloaded' });
    await other.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor();
    await other.getByLabel('E-mail address').fill(email);
    await other.getByLabel('Password').fill(DEMO_PASSWORD);
    await other.getByRole('button', { name: 'Sign in', exact: true }).click();
    await other.getByRole('button', { name: 'Sign out', exact: true }).waitFor();
    return { context, page: other };
  }

  beforeAll(async () => {
    h = await startBrowserHaven({ explorer: false });
    ({ page } = h);
  }, 240_000);

  afterAll(() => h?.close());

  it('the form editor: a programme manager adds a field, sees the validator’s problem inline, saves and publishes', async () => {
    await h.signIn(MANAGER);
    await page.getByRole('button', { name: 'Forms', exact: true }).click();
    await page.getByRole('heading', { name: 'Forms', level: 1 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/forms');
    await page.getByRole('button', { name: RISK_TITLE }).click();
    await page.getByRole('heading', { name: 'Versions of protection_risk_assessment' }).waitFor();

    const section = page.getByRole('region', { name: 'Section Risks' });
    await section.getByRole('button', { name: 'Add a field' }).click();
    const added = section.locator('details.field-editor').last();
    await added.locator('summary').click();
    await added.getByLabel('Field key').fill('householdSize');
    await added.getByLabel('Type').selectOption('number');
    await added.getByRole('group', { name: 'Question' }).getByLabel('English').fill('People in the household');
    await added.getByRole('group', { name: 'Question' }).getByLabel('Arabic').fill('عدد أفراد الأسرة');
    await added.getByLabel('Largest').fill('20');
    // Skip logic naming a field that does not exist: the same validator as the API says so inline.
    const showIf = added.getByLabel('Show only if');
    await showIf.fill('nosuchfield = 1');
    await added.getByText('names an unknown field "nosuchfield"').waitFor();
    expect(await showIf.getAttribute('aria-invalid')).toBe('true');
    await showIf.fill('not isBlank(immediateDanger)');
    await expect.poll(async () => showIf.getAttribute('aria-invalid')).toBe('false');

    // The preview renders the edited form with the renderer.
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const preview = page.getByRole('region', { name: `Preview: ${RISK_TITLE}` });
    expect(await preview.getByLabel(/People in the household/).count()).toBe(0); // hidden until answered
    await preview
      .getByRole('group', { name: /Is the person in immediate danger/ })
      .getByLabel('Yes')
      .check();
    await preview.getByLabel(/People in the household/).waitFor();

    await page.getByRole('button', { name: 'Save as new draft version' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved as draft version 2.' }).waitFor();
    await page.getByRole('button', { name: 'Publish version 2' }).click();
    await page.getByRole('status').filter({ hasText: 'Version 2 is published' }).waitFor();
    const row = page.locator('.versions-table').getByRole('row').filter({ hasText: /^2/ });
    expect(await row.textContent()).toContain('Published');
    await h.signOut();
  });

  it('the case page: summary first, then tabs with ARIA roles and keyboard navigation', async () => {
    await h.signIn(CASEWORKER);
    const firstRow = page.getByRole('table', { name: 'My cases' }).getByRole('row').nth(1);
    await firstRow.waitFor();
    caseNumber = ((await firstRow.getByRole('link').textContent()) ?? '').trim();
    await firstRow.getByRole('link', { name: caseNumber }).click();
    await caseHeading();
    caseId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');

    const summary = page.getByRole('region', { name: 'Summary' });
    for (const label of ['Name', 'Case number', 'Case type', 'Status', 'Stage', 'Risk level', 'Assigned worker']) {
      await summary.locator('dt', { hasText: new RegExp(`^${label}$`) }).waitFor();
    }
    await expect.poll(async () => h.valueOf('Risk level').textContent()).toBe('Not assessed yet');
    await summary.getByRole('heading', { name: 'Next steps' }).waitFor();

    const tablist = page.getByRole('tablist', { name: 'Case record' });
    const tabs = await tablist.getByRole('tab').allTextContents();
    expect(tabs.map((t) => t.replace(/\s*\d+$/, ''))).toEqual(expect.arrayContaining(['Details', 'Forms', 'Sharing']));
    const details = tablist.getByRole('tab', { name: 'Details' });
    expect(await details.getAttribute('aria-selected')).toBe('true');
    expect(await details.getAttribute('tabindex')).toBe('0');
    const panel = page.getByRole('tabpanel');
    expect(await panel.getAttribute('aria-labelledby')).toBe(await details.getAttribute('id'));
    // Arrow keys move and select; End goes to the last tab, Home back to the first.
    await details.focus();
    await page.keyboard.press('ArrowRight');
    const forms = tablist.getByRole('tab', { name: /^Forms/ });
    expect(await forms.getAttribute('aria-selected')).toBe('true');
    expect(await forms.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await details.getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('End');
    expect(await tablist.getByRole('tab').last().getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('Home');
    expect(await details.getAttribute('aria-selected')).toBe('true');
    // The open tab is in the address, so a reload keeps it.
    await forms.click();
    expect(new URL(page.url()).hash).toBe('#forms');
    await page.reload();
    await caseHeading();
    expect(await tablist.getByRole('tab', { name: /^Forms/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('fills in the assessment: skip logic, an inline error, the live calculation, the new field', async () => {
    await fillIn.getByRole('button', { name: RISK_TITLE }).click();
    await page.getByRole('heading', { name: new RegExp(`^${RISK_TITLE}`), level: 2 }).waitFor();
    const form = page.locator('form.form-renderer');
    const choose = (question: RegExp, answer: string) =>
      form.getByRole('group', { name: question }).getByLabel(answer, { exact: true }).check();

    // Hidden until the answers call for them.
    expect(await form.getByLabel(/Immediate actions taken/).count()).toBe(0);
    expect(await form.getByLabel(/People in the household/).count()).toBe(0);
    await choose(/Is the person in immediate danger/, 'Yes');
    const actions = form.getByLabel(/Immediate actions taken/);
    await actions.waitFor();
    await form.getByLabel(/People in the household/).waitFor();
    // Calculated as one answers, by the same code as the server.
    await expect.poll(async () => form.locator('output').last().textContent()).toBe('critical');

    await choose(/still have access/, 'No');
    await choose(/self-harm/, 'No');
    await choose(/trusted adult/, 'Yes');
    await choose(/food, shelter/, 'Yes');
    await form.getByLabel(/People in the household/).fill('25');
    await form.getByLabel(/People in the household/).blur();
    // Inline: the field's own limit, before anything is sent.
    await form.getByText('This must be at most 20.').waitFor();
    await form.getByLabel(/People in the household/).fill('4');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('The form was not submitted. Check the answers marked below.').waitFor();
    expect(await actions.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await actions.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toBe('This is required.');
    expect(await actions.evaluate((el) => el === document.activeElement)).toBe(true);

    // Back to no danger: the required question disappears again, and the level follows.
    await choose(/Is the person in immediate danger/, 'No');
    await expect.poll(async () => form.getByLabel(/Immediate actions taken/).count()).toBe(0);
    await expect.poll(async () => form.locator('output').last().textContent()).toBe('low');
    await choose(/Is the person in immediate danger/, 'Yes');
    await form.getByLabel(/Immediate actions taken/).fill('Moved to a safe shelter tonight (fictional).');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `“${RISK_TITLE}” was submitted.` })
      .waitFor();
    await fillIn.getByRole('button', { name: RISK_TITLE }).waitFor();
    await expect.poll(async () => h.valueOf('Risk level').textContent()).toMatch(/^Critical/);

    // Stored with the version it used, the new field included.
    const stored = await h.api<{
      case: { formSubmissions: { formVersion: number; values: Record<string, unknown> }[] };
    }>(
      'query ($id: ID!) { case(id: $id) { formSubmissions(formKey: "protection_risk_assessment") { formVersion values } } }',
      { id: caseId },
    );
    expect(stored.case.formSubmissions[0]!.formVersion).toBe(2);
    expect(stored.case.formSubmissions[0]!.values).toMatchObject({ householdSize: 4, riskLevel: 'critical' });
  });

  it('shows the API’s problem at its field when the form changed while it was being filled in', async () => {
    await fillIn.getByRole('button', { name: RISK_TITLE }).click();
    const form = page.locator('form.form-renderer');
    await form
      .getByRole('group', { name: /Is the person in immediate danger/ })
      .getByLabel('No', { exact: true })
      .check();
    for (const question of [/still have access/, /self-harm/]) {
      await form.getByRole('group', { name: question }).getByLabel('No', { exact: true }).check();
    }
    for (const question of [/trusted adult/, /food, shelter/]) {
      await form.getByRole('group', { name: question }).getByLabel('Yes', { exact: true }).check();
    }

    // Meanwhile the manager publishes version 3, in which the household may be at most 10.
    const manager = await signedInContext(MANAGER);
    const v2 = await manager.page.evaluate(async () => {
      const session = (await (await fetch('/auth/session')).json()) as { csrfToken: string };
      const post = (query: string, variables: unknown) =>
        fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
          body: JSON.stringify({ query, variables }),
        }).then((r) => r.json());
      const current = (await post(
        '{ formDefinition(key: "protection_risk_assessment") { caseTypes definition } }',
        {},
      )) as { data: { formDefinition: { caseTypes: string[]; definition: any } } };
      const { caseTypes, definition } = current.data.formDefinition;
      for (const s of definition.sections) for (const f of s.fields) if (f.key === 'householdSize') f.max = 10;
      const saved = (await post(
        'mutation ($d: JSON!, $c: [CaseType!]!) { saveFormDefinition(key: "protection_risk_assessment", caseTypes: $c, definition: $d) { version } }',
        { d: definition, c: caseTypes },
      )) as { data: { saveFormDefinition: { version: number } } };
      const version = saved.data.saveFormDefinition.version;
      await post(
        'mutation ($v: Int!) { publishFormDefinition(key: "protection_risk_assessment", version: $v) { status } }',
        {
          v: version,
        },
      );
      return version;
    });
    expect(v2).toBe(3);
    await manager.context.close();

    // Her screen still has version 2 (at most 20): 15 passes in the browser, the API refuses it at the field.
    const household = form.getByLabel(/People in the household/);
    await household.fill('15');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('The form was not accepted. Check the answers marked below.').waitFor();
    expect(await household.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await household.getAttribute('aria-describedby')) ?? '';
    expect(await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).toBe('This must be at most 10.');
    // Corrected, it goes through (against version 3).
    await household.fill('8');
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('status').filter({ hasText: 'was submitted' }).waitFor();
  });

  it('search before create finds a registered person typed in Arabic and in another Latin spelling', async () => {
    // A registered person whose name has Arabic and Latin spellings (fictional).
    await h.api('mutation ($input: CreateCaseInput!) { createCase(input: $input) { id } }', {
      input: {
        caseType: 'GENERAL_PROTECTION',
        person: { givenName: 'Youssef', familyName: 'Abdullah', sex: 'MALE', dateOfBirth: '2009-01-01' },
      },
    });
    await page.getByRole('link', { name: /Back to my caseload/ }).click();
    await page.getByRole('heading', { name: 'My caseload', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'New case' }).click();
    const form = page.getByRole('region', { name: 'New case' });
    await form.getByLabel('Sex', { exact: true }).selectOption('MALE');
    await form.getByLabel(/Date of birth/).fill('2009-01-01');
    await form.getByLabel('Given name', { exact: true }).fill('يوسف');
    await form.getByLabel('Family name', { exact: true }).fill('عبد الله');
    const candidates = form.getByRole('list', { name: 'Possible duplicates' });
    const candidate = candidates.getByRole('listitem').filter({ hasText: 'Youssef Abdullah' }).first();
    await candidate.waitFor();
    await candidate.getByText('Likely the same').waitFor();

    // Another Latin spelling finds the same person.
    await form.getByLabel('Given name', { exact: true }).fill('Yusuf');
    await form.getByLabel('Family name', { exact: true }).fill('Abdallah');
    await form.getByText('Looking for people already registered…').waitFor({ state: 'detached' });
    await candidate.getByText('Likely the same').waitFor();

    // A likely match must be looked at before creating.
    await form.getByLabel('Case type', { exact: true }).selectOption({ index: 1 });
    await form.getByRole('button', { name: 'Create case' }).click();
    await form.getByText(/Look at the likely matches first/).waitFor();
    const confirm = form.getByLabel('None of these is the person I am registering');
    expect(await confirm.evaluate((el) => el === document.activeElement)).toBe(true);

    // Opening the existing case instead.
    await candidate.getByRole('link', { name: /^Open case HVN-/ }).click();
    await page.getByRole('heading', { name: /^Case /, level: 1 }).waitFor();
    expect(await h.valueOf('Name').textContent()).toBe('Youssef Abdullah');
  });

  it('the case page in Arabic is right to left, tabs and form labels translated', async () => {
    await page.goto(`${h.origin}/cases/${caseId}#forms`);
    await caseHeading();
    await page.getByRole('button', { name: 'العربية' }).click();
    await page.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    // Back to English whatever happens here, so that a failure does not carry over into the next tests.
    onTestFinished(async () => {
      if ((await page.locator('html[lang="ar"]').count()) === 0) return;
      await page.getByRole('button', { name: 'English' }).click();
      await page.locator('html[lang="en"][dir="ltr"]').waitFor({ state: 'attached' });
    });
    const tablist = page.getByRole('tablist', { name: 'سجل الحالة' });
    await tablist.getByRole('tab', { name: /^الاستمارات/ }).waitFor();
    await expect.poll(async () => h.valueOf('مستوى الخطورة').textContent()).toMatch(/^منخفض|^حرج/);
    await page
      .getByRole('region', { name: 'املأ استمارة' })
      .getByRole('button', { name: 'تقييم مخاطر الحماية' })
      .click();
    await page.getByRole('group', { name: /هل الشخص في خطر مباشر/ }).waitFor();
    // Mirrored: the tabs start at the right-hand side.
    const first = await tablist.getByRole('tab').first().boundingBox();
    const last = await tablist.getByRole('tab').last().boundingBox();
    expect(first!.x).toBeGreaterThan(last!.x);
    // In right to left, the left arrow moves forward.
    await tablist.getByRole('tab', { name: /^التفاصيل/ }).focus();
    await page.keyboard.press('ArrowLeft');
    expect(await tablist.getByRole('tab', { name: /^الاستمارات/ }).getAttribute('aria-selected')).toBe('true');
  });

  it('registration: a long choice list, location over the agency’s areas, a repeating group with live calculations, a draft then submitted', async () => {
    await page.goto(`${h.origin}/cases/${caseId}#forms`);
    await page.reload(); // the address was already this one: a fresh page, on the list of forms
    await caseHeading();
    await fillIn.getByRole('button', { name: 'Registration and intake' }).click();
    const form = page.locator('form.form-renderer');
    // Seven options: a select; "Other" shows the question that asks which.
    await form.getByLabel('Referred by', { exact: true }).selectOption('other');
    await form.getByLabel('Referred by (other)', { exact: true }).fill('A neighbour (fictional)');
    await form.getByLabel('Date of first contact', { exact: true }).fill('2026-01-10');
    // Cascading selects: the districts of the governorate chosen.
    const where = form.getByRole('group', { name: /Where the person lives now/ });
    expect(await where.getByLabel('District', { exact: true }).isDisabled()).toBe(true);
    await where.getByLabel('Governorate', { exact: true }).selectOption('NV');
    await where
      .getByLabel('District', { exact: true })
      .locator('option', { hasText: 'Ashford' })
      .waitFor({ state: 'attached' });
    await where.getByLabel('District', { exact: true }).selectOption('NV01');
    await form
      .getByRole('group', { name: /Languages spoken/ })
      .getByLabel('Arabic', { exact: true })
      .check();
    await form
      .getByRole('group', { name: /Displacement status/ })
      .getByLabel('Refugee', { exact: true })
      .check();
    await form
      .getByRole('group', { name: /Has a disability/ })
      .getByLabel('Yes', { exact: true })
      .check();
    await form.getByLabel(/Support the person needs because of the disability/).fill('A wheelchair (fictional).');
    await form
      .getByRole('group', { name: /Safe to contact by phone/ })
      .getByLabel('No', { exact: true })
      .check();

    // A repeating group: one entry, its age and the household's counts calculated as one types.
    await form.getByRole('button', { name: 'Add to People living with the person' }).click();
    const entry = form.getByRole('group', { name: 'People living with the person: entry 1' });
    await entry.getByLabel('Name', { exact: true }).fill('Sami (fictional)');
    await entry.getByLabel('Relationship').selectOption('sibling');
    await entry.getByLabel(/^Date of birth/).fill('2015-03-01');
    await expect.poll(async () => entry.getByRole('status', { name: 'Age' }).textContent()).toMatch(/^1[01]$/);
    expect(await form.getByRole('status', { name: 'Household size' }).textContent()).toBe('2');
    expect(await form.getByRole('status', { name: 'Children under 18 in the household' }).textContent()).toBe('1');

    // Saved as a draft, then submitted in full.
    await page.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByRole('status').filter({ hasText: 'The draft was saved.' }).waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('status').filter({ hasText: '“Registration and intake” was submitted.' }).waitFor();
    const stored = await h.api<{
      case: { formSubmissions: { status: string; values: Record<string, unknown> }[] };
    }>('query ($id: ID!) { case(id: $id) { formSubmissions(formKey: "registration") { status values } } }', {
      id: caseId,
    });
    expect(stored.case.formSubmissions).toHaveLength(1);
    expect(stored.case.formSubmissions[0]!.status).toBe('SUBMITTED');
    expect(stored.case.formSubmissions[0]!.values).toMatchObject({
      registrationArea: ['NV', 'NV01'],
      householdSize: 2,
      childrenInHousehold: 1,
      referralSourceOther: 'A neighbour (fictional)',
    });
  });

  it('consent: a signature drawn on the pad with the signer’s name and time', async () => {
    await page.reload();
    await caseHeading();
    await fillIn.getByRole('button', { name: 'Informed consent' }).click();
    const form = page.locator('form.form-renderer');
    const answer = (question: RegExp, option: string) =>
      form.getByRole('group', { name: question }).getByLabel(option, { exact: true }).check();
    await answer(/Consent given by/, 'The person themself');
    await answer(/Explained in/, 'Arabic');
    await answer(/An interpreter was used/, 'No');
    await answer(/Agrees to receive case management services/, 'Yes');
    await answer(/Agrees to referral to other services/, 'Yes');
    await answer(/Agrees to share information/, 'No');
    await answer(/Agrees to be counted/, 'Yes');
    const signature = form.getByRole('group', { name: /Signature or mark/ });
    await signature.getByLabel('Name of who signs').fill('Zahra (fictional)');
    await signature.getByLabel('Name of who signs').blur();
    // Not signed yet: refused in the browser, at the signature.
    await signature.getByText('Not signed yet: press “Sign now” or draw the signature.').waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByText('The form was not submitted. Check the answers marked below.').waitFor();
    // Drawn with the mouse: the mark and the time of signing are kept.
    const pad = await signature.getByRole('img', { name: /Signature pad/ }).boundingBox();
    await page.mouse.move(pad!.x + 20, pad!.y + 60);
    await page.mouse.down();
    await page.mouse.move(pad!.x + 120, pad!.y + 30, { steps: 5 });
    await page.mouse.move(pad!.x + 220, pad!.y + 90, { steps: 5 });
    await page.mouse.up();
    await signature.getByText(/^Signed /).waitFor();
    await page.getByRole('button', { name: 'Submit' }).click();
    await page.getByRole('status').filter({ hasText: '“Informed consent” was submitted.' }).waitFor();
    const stored = await h.api<{ case: { formSubmissions: { values: { signature: Record<string, string> } }[] } }>(
      'query ($id: ID!) { case(id: $id) { formSubmissions(formKey: "consent") { values } } }',
      { id: caseId },
    );
    const signed = stored.case.formSubmissions[0]!.values.signature;
    expect(signed.name).toBe('Zahra (fictional)');
    expect(Date.parse(signed.signedAt!)).toBeGreaterThan(Date.now() - 600_000);
    expect(signed.image).toMatch(/^data:image\/png;base64,/);
  });

  it('the record tabs: a note, a document, a referral and a care plan, each on its tab', async () => {
    await page.goto(`${h.origin}/cases/${caseId}#notes`);
    await caseHeading();
    const tabs = page.getByRole('tablist', { name: 'Case record' });
    expect(await tabs.getByRole('tab', { name: 'Notes' }).getAttribute('aria-selected')).toBe('true');

    // Notes: the API's problem beside the field, then a saved note listed.
    await page.getByRole('button', { name: 'Add a note' }).click();
    const noteForm = page.getByRole('form', { name: 'Add a note' });
    await noteForm.getByLabel('Type').selectOption('HOME_VISIT');
    await noteForm.getByRole('button', { name: 'Save note' }).click();
    await noteForm.getByText('Not saved. Check the fields marked below.').waitFor();
    expect(await noteForm.getByLabel('Note', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await noteForm.getByLabel('Note', { exact: true }).fill('Visited the family at home (fictional).');
    await noteForm.getByLabel(/Duration/).fill('45');
    await noteForm.getByRole('button', { name: 'Save note' }).click();
    await page.getByRole('status').filter({ hasText: 'The note was saved.' }).waitFor();
    const note = page.getByRole('list', { name: 'Case notes' }).getByRole('listitem').first();
    expect(await note.textContent()).toContain('Home visit');
    expect(await note.textContent()).toContain('45 minutes');

    // Documents: upload a small PNG, then it is listed and can be fetched back.
    await tabs.getByRole('tab', { name: 'Documents' }).click();
    await page.getByRole('button', { name: 'Upload a document' }).click();
    const upload = page.getByRole('form', { name: 'Upload a document' });
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    );
    await upload
      .getByLabel('File', { exact: true })
      .setInputFiles({ name: 'birth-certificate.png', mimeType: 'image/png', buffer: png });
    await upload.getByLabel(/Title/).fill('Birth certificate (fictional)');
    await upload.getByLabel('Kind of document').selectOption('IDENTITY_DOCUMENT');
    await upload.getByRole('button', { name: 'Upload', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'was uploaded' }).waitFor();
    const doc = page.getByRole('list', { name: 'Documents' }).getByRole('listitem').first();
    expect(await doc.textContent()).toContain('Birth certificate (fictional)');
    await doc.getByRole('button', { name: /^Get / }).click();
    const download = doc.getByRole('link', { name: 'Download birth-certificate.png' });
    await download.waitFor();
    expect(await download.getAttribute('href')).toMatch(/^blob:/);

    // Referrals: with the person's referral consent recorded, an internal referral is made and listed as pending.
    await h.api(
      'mutation ($caseId: ID!, $input: RecordConsentInput!) { recordConsent(caseId: $caseId, input: $input) { id } }',
      { caseId, input: { givenBy: 'CLIENT', scope: 'REFERRAL' } },
    );
    await tabs.getByRole('tab', { name: 'Referrals' }).click();
    await page.getByRole('button', { name: 'Refer', exact: true }).click();
    const referral = page.getByRole('form', { name: 'Refer' });
    // The first service of the catalogue the person is eligible for, delivered by a team of the agency.
    const services = await h.api<{
      serviceCatalogue: {
        key: string;
        name: { en: string };
        internalTeamId: string | null;
        eligibleForCase: { eligible: boolean };
      }[];
    }>('query ($id: ID!) { serviceCatalogue(caseId: $id) { key name internalTeamId eligibleForCase { eligible } } }', {
      id: caseId,
    });
    const chosen = services.serviceCatalogue.find((x) => x.internalTeamId && x.eligibleForCase.eligible)!;
    expect(chosen).toBeTruthy();
    await referral.getByLabel('Service').selectOption(chosen.key);
    const service = chosen.name.en;
    await referral.getByLabel(/Why the person is referred/).fill('Needs support (fictional).');
    await referral.getByRole('button', { name: 'Make the referral' }).click();
    await page.getByRole('status').filter({ hasText: 'The referral was made.' }).waitFor();
    const made = page.getByRole('list', { name: 'Referrals' }).getByRole('listitem').first();
    expect(await made.textContent()).toContain('Pending');
    expect(await made.textContent()).toContain(service);

    // Care plan: written as a draft with one objective, then submitted for approval.
    await tabs.getByRole('tab', { name: 'Care plan' }).click();
    await page.getByRole('button', { name: 'Write a care plan' }).click();
    const plan = page.getByRole('form', { name: 'New care plan version' });
    await plan.getByLabel('Objective', { exact: true }).fill('Return to school this term');
    await plan.getByLabel('Who', { exact: true }).fill('The mother (fictional)');
    await plan.getByRole('button', { name: 'Save as draft' }).click();
    await page.getByRole('status').filter({ hasText: 'The care plan was saved as a draft.' }).waitFor();
    await page.getByText('Return to school this term').waitFor();
    await page.getByRole('button', { name: 'Submit for approval' }).click();
    await page.getByRole('status').filter({ hasText: 'submitted for approval' }).waitFor();
    await page.getByText('Awaiting approval').waitFor();
  });

  it('a supervisor of the team sees restricted answers as "[Restricted]" and approves the care plan', async () => {
    await h.signOut();
    await h.signIn(SUPERVISOR, `/cases/${caseId}#forms`);
    await caseHeading();
    const filled = page.getByRole('region', { name: 'Filled-in forms' });
    await filled.getByText('Some answers are restricted').first().waitFor();
    await filled.getByRole('button', { name: RISK_TITLE }).first().click();
    await page.getByRole('heading', { name: new RegExp(`^${RISK_TITLE}`), level: 2 }).waitFor();
    expect(await h.valueOf('Is the person in immediate danger\\?').textContent()).toBe('No');
    expect(await h.valueOf('Thoughts of self-harm or suicide\\?').textContent()).toBe('[Restricted]');
    expect(await h.valueOf('Does the person causing harm still have access to them\\?').textContent()).toBe(
      '[Restricted]',
    );

    await page.getByRole('tablist', { name: 'Case record' }).getByRole('tab', { name: 'Care plan' }).click();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'The care plan was approved.' }).waitFor();
    await page.getByText('Approved', { exact: true }).waitFor();
  });

  it('loaded nothing from outside the test server and raised no script errors', () => {
    expect(h.requested.filter((url) => !h.isLocal(url))).toEqual([]);
    expect(h.pageErrors).toEqual([]);
  });
});

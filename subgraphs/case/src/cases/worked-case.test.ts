/**
 * The case layer of changes (workedCase, caseTransaction): a viewer who only reads a case (here
 * through a share) is refused with FORBIDDEN and the action's own message, one who does not reach it
 * with NOT_FOUND; each refusal is in the audit trail as a denial of the action against the case, with
 * the reason the caller gave, and nothing is written.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Caller } from '@haven/core/access';
import type { Database } from '@haven/core/db/database';
import { newFieldKey, parseFieldKeys } from '@haven/core/crypto/field-cipher';
import { HavenError } from '@haven/core/errors';
import { openTestDatabase } from '../../../../tests/support/database';
import { callerOf, createTestAgency, type TestAgency } from '../../../../tests/support/factories';
import { createCarePlan } from '../care-plans/care-plans.service';
import { overrideConsent, recordConsent, withdrawConsent } from '../consents/consents.service';
import { uploadDocument } from '../documents/documents.service';
import { submitForm } from '../forms/forms.service';
import { createHousehold } from '../households/households.service';
import { addCaseNote } from '../notes/notes.service';
import { createReferral } from '../referrals/referrals.service';
import { shareCase } from '../shares/shares.service';
import { createCase, exportCase } from './cases.service';

const keys = parseFieldKeys(newFieldKey());
let db: Database;
let agency: TestAgency;
let caseId: string;
let consentId: string;
let outsider: string;
const callers: Record<'worker' | 'sharer' | 'outsider', Caller> = {} as never;

beforeAll(async () => {
  db = await openTestDatabase();
  agency = await createTestAgency(db);
  callers.worker = await callerOf(db, agency.users.caseworker);
  // A supervisor of another team: she reaches the case only through the share below.
  callers.sharer = await callerOf(db, agency.users.supervisorB);
  // A supervisor (every permission these changes need) of another agency: she reaches nothing here.
  outsider = (await createTestAgency(db)).users.supervisor;
  callers.outsider = await callerOf(db, outsider);
  const created = await createCase(db, callers.worker, {
    caseType: 'gbv',
    person: { givenName: 'Fictiva', familyName: 'Testperson', sex: 'female' },
  });
  caseId = created.id;
  await shareCase(db, callers.worker, {
    caseId,
    granteeId: agency.users.supervisorB,
    reason: 'second opinion',
    expiresAt: new Date(Date.now() + 86_400_000),
    includesRestricted: false,
  });
  consentId = (await recordConsent(db, callers.worker, caseId, { givenBy: 'client', scope: 'referral' })).id;
});
afterAll(() => db?.close());

interface Change {
  action: string;
  /** What the FORBIDDEN message says she may not do. */
  what: string;
  /** What the NOT_FOUND message says is missing, and the target of that refusal (by default the case). */
  missing?: string;
  missingTarget?: () => string;
  /** The reason the change gives, kept with its refusal. */
  reason?: string;
  run: (c: Caller) => Promise<unknown>;
}

const changes: Change[] = [
  {
    action: 'note.add',
    what: 'write its notes',
    run: (c) =>
      addCaseNote(db, c, keys, caseId, { noteType: 'contact', occurredAt: new Date(), body: 'A fictional note.' }),
  },
  {
    action: 'document.upload',
    what: 'add documents to it',
    run: (c) =>
      uploadDocument(db, c, keys, undefined, caseId, {
        title: 'Letter',
        documentType: 'other',
        fileName: 'letter.txt',
        contentType: 'text/plain',
        contentBase64: Buffer.from('A fictional letter.').toString('base64'),
      }),
  },
  {
    action: 'referral.create',
    what: 'refer it',
    run: (c) => createReferral(db, c, caseId, { kind: 'internal', toTeamId: agency.teams.b, service: 'Counselling' }),
  },
  {
    action: 'consent.record',
    what: 'record its consent',
    run: (c) => recordConsent(db, c, caseId, { givenBy: 'client', scope: 'services' }),
  },
  {
    action: 'consent.withdraw',
    what: 'record a withdrawal of its consent',
    missing: 'consent',
    // Row-level security hides the consent of a case she does not reach: the refusal names the consent.
    missingTarget: () => consentId,
    run: (c) => withdrawConsent(db, c, consentId),
  },
  {
    action: 'consent.override',
    what: 'override its consent',
    reason: 'survivor unreachable',
    run: (c) => overrideConsent(db, c, { caseId, scope: 'services', reason: 'survivor unreachable' }),
  },
  {
    action: 'household.create',
    what: 'create a household for it',
    run: (c) => createHousehold(db, c, { caseId }),
  },
  {
    action: 'form.submit',
    what: 'fill in its forms',
    run: (c) => submitForm(db, c, keys, { caseId, formKey: 'consent', values: {} }),
  },
  {
    action: 'case.export',
    what: 'export it',
    reason: 'court request',
    run: (c) => exportCase(db, c, keys, caseId, 'court request'),
  },
  {
    action: 'care_plan.create',
    what: 'change its care plan',
    run: (c) => createCarePlan(db, c, caseId, { objectives: [] }),
  },
  {
    action: 'case.share',
    what: 'share it',
    reason: 'a colleague covers',
    run: (c) =>
      shareCase(db, c, {
        caseId,
        granteeId: agency.users.caseworker,
        reason: 'a colleague covers',
        expiresAt: new Date(Date.now() + 86_400_000),
        includesRestricted: false,
      }),
  },
];

async function refusals(actor: string, action: string) {
  return db.rows<{ target_id: string; reason: string | null }>(
    sql`select target_id, reason from audit.events where actor_id = ${actor}::uuid and action = ${action} and outcome = 'denied' order by seq`,
  );
}

async function errorOf(run: () => Promise<unknown>): Promise<HavenError> {
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HavenError);
  return error as HavenError;
}

describe.each(changes)('$action', ({ action, what, missing = 'case', missingTarget, reason = null, run }) => {
  it('refuses a viewer who only reads the case, and records it against the case', async () => {
    const error = await errorOf(() => run(callers.sharer));
    expect({ code: error.code, message: error.message }).toEqual({
      code: 'FORBIDDEN',
      message: `Only those who work a case may ${what}`,
    });
    expect((await refusals(agency.users.supervisorB, action)).at(-1)).toEqual({ target_id: caseId, reason });
  });

  it('answers NOT_FOUND to a viewer who does not reach the case, and records it', async () => {
    const error = await errorOf(() => run(callers.outsider));
    expect({ code: error.code, message: error.message }).toEqual({ code: 'NOT_FOUND', message: `No such ${missing}` });
    expect((await refusals(outsider, action)).at(-1)).toEqual({
      target_id: missingTarget?.() ?? caseId,
      reason,
    });
  });
});

it('writes nothing for the refused changes', async () => {
  const [row] = await db.rows<{ n: number }>(
    sql`select (select count(*) from "case".case_notes where case_id = ${caseId}::uuid)
      + (select count(*) from "case".documents where case_id = ${caseId}::uuid)
      + (select count(*) from "case".referrals where case_id = ${caseId}::uuid)
      + (select count(*) from "case".care_plans where case_id = ${caseId}::uuid)
      + (select count(*) from "case".consents where case_id = ${caseId}::uuid and (scope <> 'referral' or withdrawn_at is not null))
      + (select count(*) from "case".form_submissions where case_id = ${caseId}::uuid) as n`,
  );
  expect(Number(row!.n)).toBe(0);
});

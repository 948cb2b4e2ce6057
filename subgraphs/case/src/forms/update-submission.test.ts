/**
 * updateSubmission and sealed (confidential) values: the values given replace the stored ones, so a
 * value the viewer saw and left out is cleared, sealed ones too; a value withheld from her stays, as
 * she could not have sent it.
 */
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Caller } from '@haven/core/access';
import type { Database } from '@haven/core/db/database';
import { newFieldKey, parseFieldKeys } from '@haven/core/crypto/field-cipher';
import { openTestDatabase } from '../../../../tests/support/database';
import { callerOf, createTestAgency, type TestAgency } from '../../../../tests/support/factories';
import { saveCaseType } from '../case-types/case-types.service';
import { createCase, withAccess } from '../cases/cases.service';
import { findCaseById } from '../cases/cases.store';
import { publishDefinition, saveDefinition, submissionsOf, submitForm, updateSubmission } from './forms.service';

const keys = parseFieldKeys(newFieldKey());
let db: Database;
let agency: TestAgency;
let worker: Caller;
let supervisor: Caller;
let manager: Caller;

/** A statement that takes the case type's default classification; a contact, always restricted; a place, always standard. */
const definition = {
  title: { en: 'Statement' },
  sections: [
    {
      key: 's',
      title: { en: 'Statement' },
      fields: [
        { key: 'statement', type: 'longText', label: { en: 'Statement' } },
        { key: 'contact', type: 'text', label: { en: 'Contact' }, classification: 'restricted' },
        { key: 'place', type: 'text', label: { en: 'Place' }, classification: 'standard' },
      ],
    },
  ],
};

beforeAll(async () => {
  db = await openTestDatabase();
  agency = await createTestAgency(db);
  worker = await callerOf(db, agency.users.caseworker);
  supervisor = await callerOf(db, agency.users.supervisor);
  manager = await callerOf(db, agency.users.programme_manager);
  const saved = await saveDefinition(db, manager, { key: 'statement', caseTypes: ['general_protection'], definition });
  await publishDefinition(db, manager, 'statement', saved.version);
});
afterAll(() => db?.close());

const setDefault = (level: string) =>
  saveCaseType(db, manager, { key: 'general_protection', defaultFormClassification: level });

/** A case of the worker's with the form filled in while statements were confidential. */
async function sealedStatement(): Promise<{ caseId: string; submissionId: string }> {
  await setDefault('confidential');
  const created = await createCase(db, worker, {
    caseType: 'general_protection',
    person: { givenName: 'Fictiva', familyName: 'Testperson', sex: 'female' },
  });
  const submission = await submitForm(db, worker, keys, {
    caseId: created.id,
    formKey: 'statement',
    values: { statement: 'A fictional account.', contact: 'Fictional aunt', place: 'Northvale' },
  });
  expect(await sealedFields(created.id)).toEqual([`forms.${submission.id}.statement`]);
  return { caseId: created.id, submissionId: submission.id };
}

async function sealedFields(caseId: string): Promise<string[]> {
  const rows = await db.rows<{ field: string }>(
    sql`select field from "case".confidential_values where case_id = ${caseId}::uuid order by field`,
  );
  return rows.map((r) => r.field);
}

/** The submission's values as one viewer reads them. */
async function valuesSeenBy(caller: Caller, caseId: string) {
  const cases = await db.transaction({ viewer: caller.viewer }, async (tx) =>
    withAccess(tx, caller.viewer, [(await findCaseById(tx, agency.agencyId, caseId))!]),
  );
  const [submission] = (await submissionsOf(db, caller, keys, new Map(cases.map((c) => [c.id, c])), 'statement')).get(
    caseId,
  )!;
  return { values: submission!.values, withheldFields: submission!.withheldFields };
}

describe('updateSubmission and confidential values left out', () => {
  it('clears a confidential value the viewer saw and left out, like any other value', async () => {
    const { caseId, submissionId } = await sealedStatement();
    await updateSubmission(db, worker, keys, { submissionId, values: { place: 'Southvale' } });
    expect(await sealedFields(caseId)).toEqual([]);
    expect(await valuesSeenBy(worker, caseId)).toEqual({ values: { place: 'Southvale' }, withheldFields: [] });
  });

  it('keeps values withheld from the viewer, sealed or not: she could not have sent them', async () => {
    const { caseId, submissionId } = await sealedStatement();
    // Statements are restricted from now on: the supervisor may change the form; the statement
    // (sealed) and the contact (in the row) are withheld from her.
    await setDefault('restricted');
    expect(await valuesSeenBy(supervisor, caseId)).toEqual({
      values: { place: 'Northvale' },
      withheldFields: ['statement', 'contact'],
    });
    await updateSubmission(db, supervisor, keys, { submissionId, values: { place: 'Southvale' } });
    expect(await sealedFields(caseId)).toEqual([`forms.${submissionId}.statement`]);
    expect(await valuesSeenBy(worker, caseId)).toEqual({
      values: { statement: 'A fictional account.', contact: 'Fictional aunt', place: 'Southvale' },
      withheldFields: [],
    });
  });
});

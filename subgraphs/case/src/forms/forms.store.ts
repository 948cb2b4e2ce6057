import { and, arrayContains, desc, eq, inArray, like, notInArray, sql } from 'drizzle-orm';
import { confidentialValues, formDefinitions, formSubmissions } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { StoredConfidentialValue } from '@haven/core/crypto/field-cipher';
import type { FormDefinition, FormValues } from '@haven/core/forms/index';
import { confidentialFieldName, type FormDefinitionRecord, type FormSubmission } from './form';

/** jsonb arrives parsed from both drivers; a string is tolerated in case a driver hands text back. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

const toDefinition = (row: typeof formDefinitions.$inferSelect): FormDefinitionRecord => ({
  id: row.id,
  key: row.key,
  version: row.version,
  caseTypes: row.caseTypes,
  definition: json<FormDefinition>(row.definition),
  status: row.status,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  publishedAt: row.publishedAt,
});

const toSubmission = (row: typeof formSubmissions.$inferSelect): FormSubmission => ({
  id: row.id,
  caseId: row.caseId,
  formDefinitionId: row.formDefinitionId,
  formKey: row.formKey,
  formVersion: row.formVersion,
  values: json<FormValues>(row.values),
  status: row.status,
  submittedBy: row.submittedBy,
  submittedAt: row.submittedAt,
  updatedAt: row.updatedAt,
});

export async function insertDefinition(
  tx: Executor,
  values: {
    agencyId: string;
    key: string;
    version: number;
    caseTypes: string[];
    definition: FormDefinition;
    status: 'draft' | 'published';
    createdBy: string;
  },
): Promise<FormDefinitionRecord | null> {
  const [row] = await tx
    .insert(formDefinitions)
    .values({ ...values, publishedAt: values.status === 'published' ? sql`now()` : null })
    .onConflictDoNothing()
    .returning();
  return row ? toDefinition(row) : null;
}

export async function nextVersion(tx: Executor, agencyId: string, key: string): Promise<number> {
  const [row] = await tx
    .select({ max: sql<number>`coalesce(max(${formDefinitions.version}), 0)::int` })
    .from(formDefinitions)
    .where(and(eq(formDefinitions.agencyId, agencyId), eq(formDefinitions.key, key)));
  return Number(row?.max ?? 0) + 1;
}

export async function findDefinition(
  tx: Executor,
  agencyId: string,
  key: string,
  version: number,
): Promise<FormDefinitionRecord | null> {
  const [row] = await tx
    .select()
    .from(formDefinitions)
    .where(
      and(eq(formDefinitions.agencyId, agencyId), eq(formDefinitions.key, key), eq(formDefinitions.version, version)),
    );
  return row ? toDefinition(row) : null;
}

export async function findDefinitionsByIds(
  tx: Executor,
  agencyId: string,
  ids: readonly string[],
): Promise<Map<string, FormDefinitionRecord>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(formDefinitions)
    .where(and(eq(formDefinitions.agencyId, agencyId), inArray(formDefinitions.id, [...ids])));
  return new Map(rows.map((r) => [r.id, toDefinition(r)]));
}

/** The newest published version of one form. */
export async function findLatestPublished(
  tx: Executor,
  agencyId: string,
  key: string,
): Promise<FormDefinitionRecord | null> {
  const [row] = await tx
    .select()
    .from(formDefinitions)
    .where(
      and(
        eq(formDefinitions.agencyId, agencyId),
        eq(formDefinitions.key, key),
        eq(formDefinitions.status, 'published'),
      ),
    )
    .orderBy(desc(formDefinitions.version))
    .limit(1);
  return row ? toDefinition(row) : null;
}

/** The newest published version of each form of the agency (for a case type, when given). */
export async function findAllLatestPublished(
  tx: Executor,
  agencyId: string,
  caseType: string | null,
): Promise<FormDefinitionRecord[]> {
  const rows = await tx
    .selectDistinctOn([formDefinitions.key])
    .from(formDefinitions)
    .where(
      and(
        eq(formDefinitions.agencyId, agencyId),
        eq(formDefinitions.status, 'published'),
        caseType ? arrayContains(formDefinitions.caseTypes, [caseType]) : undefined,
      ),
    )
    .orderBy(formDefinitions.key, desc(formDefinitions.version));
  return rows.map(toDefinition);
}

/** Publishes a draft; a published version is never changed again. */
export async function markPublished(tx: Executor, id: string): Promise<FormDefinitionRecord | null> {
  const [row] = await tx
    .update(formDefinitions)
    .set({ status: 'published', publishedAt: sql`now()` })
    .where(and(eq(formDefinitions.id, id), eq(formDefinitions.status, 'draft')))
    .returning();
  return row ? toDefinition(row) : null;
}

export async function insertSubmission(
  tx: Executor,
  values: {
    agencyId: string;
    caseId: string;
    formDefinitionId: string;
    formKey: string;
    formVersion: number;
    values: FormValues;
    status: 'draft' | 'submitted';
    submittedBy: string;
  },
): Promise<FormSubmission> {
  const [row] = await tx.insert(formSubmissions).values(values).returning();
  return toSubmission(row!);
}

export async function updateSubmissionValues(tx: Executor, id: string, values: FormValues): Promise<FormSubmission> {
  const [row] = await tx
    .update(formSubmissions)
    .set({ values, updatedAt: sql`now()` })
    .where(eq(formSubmissions.id, id))
    .returning();
  if (!row) throw new Error(`submission ${id} could not be updated`);
  return toSubmission(row);
}

/** Turns a draft into a submitted submission with its final values; null when it is no longer a draft. */
export async function submitDraft(tx: Executor, id: string, values: FormValues): Promise<FormSubmission | null> {
  const [row] = await tx
    .update(formSubmissions)
    .set({ values, status: 'submitted', submittedAt: sql`now()`, updatedAt: sql`now()` })
    .where(and(eq(formSubmissions.id, id), eq(formSubmissions.status, 'draft')))
    .returning();
  return row ? toSubmission(row) : null;
}

export async function findSubmission(tx: Executor, agencyId: string, id: string): Promise<FormSubmission | null> {
  const [row] = await tx
    .select()
    .from(formSubmissions)
    .where(and(eq(formSubmissions.agencyId, agencyId), eq(formSubmissions.id, id)));
  return row ? toSubmission(row) : null;
}

/** Submissions of some cases, newest first; row-level security keeps out cases not reached. */
export async function findSubmissionsOfCases(
  tx: Executor,
  caseIds: readonly string[],
  formKey: string | null,
): Promise<FormSubmission[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(formSubmissions)
    .where(
      and(inArray(formSubmissions.caseId, [...caseIds]), formKey ? eq(formSubmissions.formKey, formKey) : undefined),
    )
    .orderBy(desc(formSubmissions.submittedAt));
  return rows.map(toSubmission);
}

/** Encrypted values of form submissions of some cases (the assigned worker only, by row-level security). */
export async function findSealedFormValues(
  tx: Executor,
  caseIds: readonly string[],
): Promise<StoredConfidentialValue[]> {
  if (caseIds.length === 0) return [];
  return tx
    .select({
      caseId: confidentialValues.caseId,
      field: confidentialValues.field,
      keyId: confidentialValues.keyId,
      ciphertext: confidentialValues.ciphertext,
    })
    .from(confidentialValues)
    .where(and(inArray(confidentialValues.caseId, [...caseIds]), like(confidentialValues.field, 'forms.%')));
}

export async function upsertSealedValue(
  tx: Executor,
  values: { agencyId: string; caseId: string; field: string; keyId: string; ciphertext: Buffer; updatedBy: string },
): Promise<void> {
  await tx
    .insert(confidentialValues)
    .values(values)
    .onConflictDoUpdate({
      target: [confidentialValues.caseId, confidentialValues.field],
      set: { keyId: values.keyId, ciphertext: values.ciphertext, updatedBy: values.updatedBy, updatedAt: sql`now()` },
    });
}

export async function deleteSealedValue(tx: Executor, caseId: string, field: string): Promise<void> {
  await tx
    .delete(confidentialValues)
    .where(and(eq(confidentialValues.caseId, caseId), eq(confidentialValues.field, field)));
}

/** Deletes the sealed values of a submission, but those of the field keys given. */
export async function deleteSealedValuesExcept(
  tx: Executor,
  caseId: string,
  submissionId: string,
  kept: readonly string[],
): Promise<void> {
  await tx.delete(confidentialValues).where(
    and(
      eq(confidentialValues.caseId, caseId),
      like(confidentialValues.field, `${confidentialFieldName(submissionId, '')}%`),
      kept.length > 0
        ? notInArray(
            confidentialValues.field,
            kept.map((k) => confidentialFieldName(submissionId, k)),
          )
        : undefined,
    ),
  );
}

import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { caseTypes, formDefinitions } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { Label } from '@haven/core/forms/index';
import type { Classification } from '../access';
import type { CaseTypeRecord } from './case-type';

/** jsonb arrives parsed from both drivers; a string is tolerated in case a driver hands text back. */
const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));

const toCaseType = (row: typeof caseTypes.$inferSelect): CaseTypeRecord => ({
  key: row.key,
  label: json<Label>(row.label),
  description: row.description === null ? null : json<Label>(row.description),
  formKeys: row.formKeys,
  mandatoryFields: row.mandatoryFields,
  fieldClassifications: json<Record<string, Classification>>(row.fieldClassifications) ?? {},
  defaultFormClassification: row.defaultFormClassification as Classification,
  workflowKey: row.workflowKey,
  active: row.active,
  builtIn: row.builtIn,
  updatedBy: row.updatedBy,
  updatedAt: row.updatedAt,
});

/** The case types of an agency, built-in ones first, then by key. */
export async function findCaseTypes(tx: Executor, agencyId: string): Promise<CaseTypeRecord[]> {
  const rows = await tx
    .select()
    .from(caseTypes)
    .where(eq(caseTypes.agencyId, agencyId))
    .orderBy(sql`${caseTypes.builtIn} desc`, asc(caseTypes.key));
  return rows.map(toCaseType);
}

export async function findCaseType(tx: Executor, agencyId: string, key: string): Promise<CaseTypeRecord | null> {
  const [row] = await tx
    .select()
    .from(caseTypes)
    .where(and(eq(caseTypes.agencyId, agencyId), eq(caseTypes.key, key)));
  return row ? toCaseType(row) : null;
}

/** The field classifications of some case types of an agency (one indexed query). */
export async function findClassifications(
  tx: Executor,
  agencyId: string,
  keys: readonly string[],
): Promise<Map<string, Record<string, Classification>>> {
  if (keys.length === 0) return new Map();
  const rows = await tx
    .select({ key: caseTypes.key, fieldClassifications: caseTypes.fieldClassifications })
    .from(caseTypes)
    .where(and(eq(caseTypes.agencyId, agencyId), inArray(caseTypes.key, [...keys])));
  return new Map(rows.map((r) => [r.key, json<Record<string, Classification>>(r.fieldClassifications) ?? {}]));
}

export type CaseTypeValues = Omit<CaseTypeRecord, 'builtIn' | 'updatedAt' | 'updatedBy'>;

export async function upsertCaseType(
  tx: Executor,
  agencyId: string,
  updatedBy: string,
  values: CaseTypeValues,
): Promise<CaseTypeRecord> {
  const set = {
    label: values.label,
    description: values.description,
    formKeys: values.formKeys,
    mandatoryFields: values.mandatoryFields,
    fieldClassifications: values.fieldClassifications,
    defaultFormClassification: values.defaultFormClassification,
    workflowKey: values.workflowKey,
    active: values.active,
    updatedBy,
    updatedAt: sql`now()`,
  };
  const [row] = await tx
    .insert(caseTypes)
    .values({ agencyId, key: values.key, ...set, builtIn: false })
    .onConflictDoUpdate({ target: [caseTypes.agencyId, caseTypes.key], set })
    .returning();
  return toCaseType(row!);
}

/** Keys of the forms of the agency that have a published version. */
export async function publishedFormKeys(tx: Executor, agencyId: string): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ key: formDefinitions.key })
    .from(formDefinitions)
    .where(and(eq(formDefinitions.agencyId, agencyId), eq(formDefinitions.status, 'published')));
  return new Set(rows.map((r) => r.key));
}

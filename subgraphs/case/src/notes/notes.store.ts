import { and, count, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { caseNotes, confidentialValues } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { StoredConfidentialValue } from '@haven/core/crypto/field-cipher';
import type { Classification } from '../access';
import type { CaseNote, NoteType } from './note';

const toNote = (row: typeof caseNotes.$inferSelect): CaseNote => ({
  id: row.id,
  agencyId: row.agencyId,
  caseId: row.caseId,
  noteType: row.noteType,
  classification: row.classification as Classification,
  subject: row.subject,
  body: row.body,
  occurredAt: row.occurredAt,
  durationMinutes: row.durationMinutes,
  supersedesId: row.supersedesId,
  authorId: row.authorId,
  createdAt: row.createdAt,
});

export async function insertNote(tx: Executor, note: Omit<CaseNote, 'createdAt'>): Promise<CaseNote> {
  const [row] = await tx.insert(caseNotes).values(note).returning();
  return toNote(row!);
}

export async function findNote(tx: Executor, agencyId: string, id: string): Promise<CaseNote | null> {
  const [row] = await tx
    .select()
    .from(caseNotes)
    .where(and(eq(caseNotes.agencyId, agencyId), eq(caseNotes.id, id)));
  return row ? toNote(row) : null;
}

/** The note that corrects this one, if any (only one may). */
export async function findSuperseding(tx: Executor, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: caseNotes.id, supersedesId: caseNotes.supersedesId })
    .from(caseNotes)
    .where(inArray(caseNotes.supersedesId, [...ids]));
  return new Map(rows.map((r) => [r.supersedesId!, r.id]));
}

export interface NoteCursor {
  occurredAt: string;
  id: string;
}

/** A page of a case's notes of the given classifications, newest first (occurred, then id). */
export async function findNotesPage(
  tx: Executor,
  caseId: string,
  options: { classifications: Classification[]; type: NoteType | null; after: NoteCursor | null; limit: number },
): Promise<CaseNote[]> {
  const { after } = options;
  const rows = await tx
    .select()
    .from(caseNotes)
    .where(
      and(
        eq(caseNotes.caseId, caseId),
        inArray(caseNotes.classification, options.classifications),
        options.type ? eq(caseNotes.noteType, options.type) : undefined,
        after
          ? or(
              lt(caseNotes.occurredAt, sql`${after.occurredAt}::timestamptz`),
              and(eq(caseNotes.occurredAt, sql`${after.occurredAt}::timestamptz`), lt(caseNotes.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(caseNotes.occurredAt), desc(caseNotes.id))
    .limit(options.limit);
  return rows.map(toNote);
}

/** Notes of a case by classification (the system role counts those withheld from a viewer). */
export async function countByClassification(
  tx: Executor,
  caseId: string,
  type: NoteType | null,
): Promise<Record<Classification, number>> {
  const rows = await tx
    .select({ classification: caseNotes.classification, n: count() })
    .from(caseNotes)
    .where(and(eq(caseNotes.caseId, caseId), type ? eq(caseNotes.noteType, type) : undefined))
    .groupBy(caseNotes.classification);
  const out: Record<Classification, number> = { standard: 0, restricted: 0, confidential: 0 };
  for (const r of rows) out[r.classification as Classification] = Number(r.n);
  return out;
}

export async function insertSealedBody(
  tx: Executor,
  values: { agencyId: string; caseId: string; field: string; keyId: string; ciphertext: Buffer; updatedBy: string },
): Promise<void> {
  await tx.insert(confidentialValues).values(values);
}

/** Sealed bodies (row-level security: the assigned worker only). */
export async function findSealedBodies(
  tx: Executor,
  caseId: string,
  fields: readonly string[],
): Promise<StoredConfidentialValue[]> {
  if (fields.length === 0) return [];
  return tx
    .select({
      caseId: confidentialValues.caseId,
      field: confidentialValues.field,
      keyId: confidentialValues.keyId,
      ciphertext: confidentialValues.ciphertext,
    })
    .from(confidentialValues)
    .where(and(eq(confidentialValues.caseId, caseId), inArray(confidentialValues.field, [...fields])));
}

import { and, asc, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import { documents, documentVersions } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { Classification } from '../access';
import type { CaseDocument, VersionMeta } from './document';

const toDocument = (row: typeof documents.$inferSelect): CaseDocument => ({
  id: row.id,
  agencyId: row.agencyId,
  caseId: row.caseId,
  personId: row.personId,
  documentType: row.documentType,
  classification: row.classification as Classification,
  title: row.title,
  currentVersion: row.currentVersion,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
  withdrawnAt: row.withdrawnAt,
  withdrawnBy: row.withdrawnBy,
});

const meta = {
  documentId: documentVersions.documentId,
  version: documentVersions.version,
  caseId: documentVersions.caseId,
  fileName: documentVersions.fileName,
  contentType: documentVersions.contentType,
  sizeBytes: documentVersions.sizeBytes,
  sha256: documentVersions.sha256,
  keyId: documentVersions.keyId,
  uploadedBy: documentVersions.uploadedBy,
  uploadedAt: documentVersions.uploadedAt,
};

export async function insertDocument(
  tx: Executor,
  values: Omit<CaseDocument, 'createdAt' | 'updatedAt' | 'withdrawnAt' | 'withdrawnBy'>,
): Promise<CaseDocument> {
  const [row] = await tx.insert(documents).values(values).returning();
  return toDocument(row!);
}

export async function insertVersion(
  tx: Executor,
  values: Omit<VersionMeta, 'uploadedAt'> & { agencyId: string; ciphertext: Buffer },
): Promise<void> {
  await tx.insert(documentVersions).values(values);
}

/** A document as row-level security lets the viewer see it (confidential: the assigned worker only). */
export async function findDocument(tx: Executor, agencyId: string, id: string): Promise<CaseDocument | null> {
  const [row] = await tx
    .select()
    .from(documents)
    .where(and(eq(documents.agencyId, agencyId), eq(documents.id, id)));
  return row ? toDocument(row) : null;
}

/** Documents of a case, not withdrawn, of the given classifications, newest first. */
export async function findDocumentsOfCase(
  tx: Executor,
  caseId: string,
  classifications: Classification[],
): Promise<CaseDocument[]> {
  const rows = await tx
    .select()
    .from(documents)
    .where(
      and(
        eq(documents.caseId, caseId),
        isNull(documents.withdrawnAt),
        inArray(documents.classification, classifications),
      ),
    )
    .orderBy(desc(documents.createdAt), desc(documents.id));
  return rows.map(toDocument);
}

/** Live documents of a case by classification (the system role counts those withheld from a viewer). */
export async function countLiveByClassification(tx: Executor, caseId: string): Promise<Record<Classification, number>> {
  const rows = await tx
    .select({ classification: documents.classification, n: count() })
    .from(documents)
    .where(and(eq(documents.caseId, caseId), isNull(documents.withdrawnAt)))
    .groupBy(documents.classification);
  const out: Record<Classification, number> = { standard: 0, restricted: 0, confidential: 0 };
  for (const r of rows) out[r.classification as Classification] = Number(r.n);
  return out;
}

export async function findVersionsMeta(tx: Executor, documentIds: readonly string[]): Promise<VersionMeta[]> {
  if (documentIds.length === 0) return [];
  return tx
    .select(meta)
    .from(documentVersions)
    .where(inArray(documentVersions.documentId, [...documentIds]))
    .orderBy(asc(documentVersions.documentId), asc(documentVersions.version));
}

export async function findVersion(
  tx: Executor,
  documentId: string,
  version: number,
): Promise<(VersionMeta & { ciphertext: Buffer }) | null> {
  const [row] = await tx
    .select({ ...meta, ciphertext: documentVersions.ciphertext })
    .from(documentVersions)
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.version, version)));
  return row ?? null;
}

/** The current version of each of some documents, with its ciphertext, by document id. */
export async function findCurrentVersions(
  tx: Executor,
  documentIds: readonly string[],
): Promise<Map<string, VersionMeta & { ciphertext: Buffer }>> {
  if (documentIds.length === 0) return new Map();
  const rows = await tx
    .select({ ...meta, ciphertext: documentVersions.ciphertext })
    .from(documentVersions)
    .innerJoin(
      documents,
      and(eq(documents.id, documentVersions.documentId), eq(documents.currentVersion, documentVersions.version)),
    )
    .where(inArray(documentVersions.documentId, [...new Set(documentIds)]));
  return new Map(rows.map((r) => [r.documentId, r]));
}

export async function updateDocument(
  tx: Executor,
  id: string,
  set: Partial<{ currentVersion: number; updatedAt: Date; withdrawnAt: Date; withdrawnBy: string }>,
): Promise<number> {
  const rows = await tx.update(documents).set(set).where(eq(documents.id, id)).returning({ id: documents.id });
  return rows.length;
}

/** The live photo documents of some persons (newest first), as the viewer sees them. */
export async function findPhotos(tx: Executor, personIds: readonly string[]): Promise<CaseDocument[]> {
  if (personIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(documents)
    .where(
      and(
        inArray(documents.personId, [...personIds]),
        eq(documents.documentType, 'photo'),
        isNull(documents.withdrawnAt),
      ),
    )
    .orderBy(desc(documents.updatedAt));
  return rows.map(toDocument);
}

/** Of some document ids, those that are live documents of the case (as the viewer sees them). */
export async function liveDocumentIdsOfCase(tx: Executor, caseId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ id: documents.id })
    .from(documents)
    .where(and(eq(documents.caseId, caseId), inArray(documents.id, [...ids]), isNull(documents.withdrawnAt)));
  return rows.map((r) => r.id);
}

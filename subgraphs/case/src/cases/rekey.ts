import { and, asc, eq, gt, ne, or, sql } from 'drizzle-orm';
import { confidentialValues, documentVersions } from '@haven/core/db/schema';
import { documentAad, openBytes, sealBytes } from '@haven/core/crypto/document-cipher';
import type { Database } from '@haven/core/db/database';
import { confidentialAad, openField, sealField, type FieldKeyring } from '@haven/core/crypto/field-cipher';
import { recordAudit } from '@haven/core/audit/audit';

export interface RekeyReport {
  /** Values and document versions re-encrypted. */
  reencrypted: number;
  /** Of which document versions (case.document_versions). */
  documentVersions: number;
  /** Values that did not decrypt (damaged, or moved from their place): left as they are, to look into. */
  unreadable: { caseId: string; field: string; keyId: string }[];
  /** Configured keys no stored value uses any more: safe to remove from configuration. */
  unusedKeyIds: string[];
}

/**
 * Key rotation: re-encrypts every confidential value not under the active key, in batches of one
 * transaction each (a crash leaves every value readable under one of the configured keys; running
 * it again continues). Runs as the system role, which row-level security lets see every row.
 */
export async function rekeyConfidentialValues(
  db: Database,
  keys: FieldKeyring,
  options: { batchSize?: number } = {},
): Promise<RekeyReport> {
  const batchSize = options.batchSize ?? 500;
  let reencrypted = 0;
  const unreadable: RekeyReport['unreadable'] = [];
  let after: { caseId: string; field: string } | null = null;
  for (;;) {
    const done: number = await db.transaction({ system: 'keys:rotate' }, async (tx) => {
      const rows = await tx
        .select()
        .from(confidentialValues)
        .where(
          and(
            ne(confidentialValues.keyId, keys.activeKeyId),
            after
              ? or(
                  gt(confidentialValues.caseId, after.caseId),
                  and(eq(confidentialValues.caseId, after.caseId), gt(confidentialValues.field, after.field)),
                )
              : undefined,
          ),
        )
        .orderBy(asc(confidentialValues.caseId), asc(confidentialValues.field))
        .limit(batchSize)
        .for('update');
      let changed = 0;
      for (const row of rows) {
        const aad = confidentialAad(row.agencyId, row.caseId, row.field);
        let plaintext: string;
        try {
          plaintext = openField(keys, { keyId: row.keyId, payload: row.ciphertext }, aad);
        } catch {
          unreadable.push({ caseId: row.caseId, field: row.field, keyId: row.keyId });
          continue;
        }
        changed += 1;
        const sealed = sealField(keys, plaintext, aad);
        await tx
          .update(confidentialValues)
          .set({ keyId: sealed.keyId, ciphertext: sealed.payload })
          .where(and(eq(confidentialValues.caseId, row.caseId), eq(confidentialValues.field, row.field)));
      }
      const last = rows.at(-1);
      if (last) after = { caseId: last.caseId, field: last.field };
      if (changed > 0) {
        await recordAudit(
          tx,
          { actorId: null, agencyId: null, roles: [], requestId: null, clientAddress: null },
          {
            action: 'keys.rotate',
            targetType: 'confidential_values',
            fields: [`count:${changed}`, `key:${keys.activeKeyId}`],
            outcome: 'allowed',
          },
        );
      }
      reencrypted += changed;
      return rows.length;
    });
    if (done < batchSize) break;
  }
  const documents = await rekeyDocumentVersions(db, keys, unreadable);
  reencrypted += documents;
  const used = await db.transaction({ system: 'keys:rotate' }, async (tx) => [
    ...(await tx
      .selectDistinct({ keyId: confidentialValues.keyId })
      .from(confidentialValues)
      .where(sql`true`)),
    ...(await tx
      .selectDistinct({ keyId: documentVersions.keyId })
      .from(documentVersions)
      .where(sql`true`)),
  ]);
  const usedIds = new Set(used.map((u) => u.keyId));
  return {
    reencrypted,
    documentVersions: documents,
    unreadable,
    unusedKeyIds: [...keys.keys.keys()].filter((id) => id !== keys.activeKeyId && !usedIds.has(id)),
  };
}

/**
 * Re-encrypts every document version not under the active key, a few per transaction (versions
 * can be megabytes each). A version that does not decrypt is reported as unreadable, field
 * documents.<id>.v<version>, and left as it is.
 */
async function rekeyDocumentVersions(
  db: Database,
  keys: FieldKeyring,
  unreadable: RekeyReport['unreadable'],
  batchSize = 10,
): Promise<number> {
  let reencrypted = 0;
  let after: { documentId: string; version: number } | null = null;
  for (;;) {
    const done: number = await db.transaction({ system: 'keys:rotate' }, async (tx) => {
      const rows = await tx
        .select()
        .from(documentVersions)
        .where(
          and(
            ne(documentVersions.keyId, keys.activeKeyId),
            after
              ? or(
                  gt(documentVersions.documentId, after.documentId),
                  and(eq(documentVersions.documentId, after.documentId), gt(documentVersions.version, after.version)),
                )
              : undefined,
          ),
        )
        .orderBy(asc(documentVersions.documentId), asc(documentVersions.version))
        .limit(batchSize)
        .for('update');
      let changed = 0;
      for (const row of rows) {
        const aad = documentAad(row.agencyId, row.caseId, row.documentId, row.version);
        let plaintext: Buffer;
        try {
          plaintext = openBytes(keys, { keyId: row.keyId, payload: row.ciphertext }, aad);
        } catch {
          unreadable.push({
            caseId: row.caseId,
            field: `documents.${row.documentId}.v${row.version}`,
            keyId: row.keyId,
          });
          continue;
        }
        changed += 1;
        const sealed = sealBytes(keys, plaintext, aad);
        await tx
          .update(documentVersions)
          .set({ keyId: sealed.keyId, ciphertext: sealed.payload })
          .where(and(eq(documentVersions.documentId, row.documentId), eq(documentVersions.version, row.version)));
      }
      const last = rows.at(-1);
      if (last) after = { documentId: last.documentId, version: last.version };
      if (changed > 0) {
        await recordAudit(
          tx,
          { actorId: null, agencyId: null, roles: [], requestId: null, clientAddress: null },
          {
            action: 'keys.rotate',
            targetType: 'document_versions',
            fields: [`count:${changed}`, `key:${keys.activeKeyId}`],
            outcome: 'allowed',
          },
        );
      }
      reencrypted += changed;
      return rows.length;
    });
    if (done < batchSize) break;
  }
  return reencrypted;
}

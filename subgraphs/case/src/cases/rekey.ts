import { and, asc, eq, gt, ne, or, sql } from 'drizzle-orm';
import { confidentialValues } from '@haven/core/db/schema';
import type { Database } from '@haven/core/db/database';
import { confidentialAad, openField, sealField, type FieldKeyring } from '@haven/core/crypto/field-cipher';
import { recordAudit } from '@haven/core/audit/audit';

export interface RekeyReport {
  reencrypted: number;
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
  const used = await db.transaction({ system: 'keys:rotate' }, (tx) =>
    tx
      .selectDistinct({ keyId: confidentialValues.keyId })
      .from(confidentialValues)
      .where(sql`true`),
  );
  const usedIds = new Set(used.map((u) => u.keyId));
  return {
    reencrypted,
    unreadable,
    unusedKeyIds: [...keys.keys.keys()].filter((id) => id !== keys.activeKeyId && !usedIds.has(id)),
  };
}

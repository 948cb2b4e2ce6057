import { and, eq } from 'drizzle-orm';
import { partners, transfers } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { Transfer } from './transfer';

const toTransfer = (row: typeof transfers.$inferSelect): Transfer => ({
  id: row.id,
  caseId: row.caseId,
  partnerId: row.partnerId,
  status: row.status,
  consentId: row.consentId,
  consentOverrideId: row.consentOverrideId,
  initiatedBy: row.initiatedBy,
  initiatedAt: row.initiatedAt,
});

export async function insertTransfer(
  tx: Executor,
  values: Omit<Transfer, 'id' | 'status' | 'initiatedAt'> & { agencyId: string },
): Promise<Transfer> {
  const [row] = await tx
    .insert(transfers)
    .values({ ...values, status: 'initiated' })
    .returning();
  return toTransfer(row!);
}

export async function partnerExists(tx: Executor, agencyId: string, partnerId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.agencyId, agencyId), eq(partners.id, partnerId)));
  return rows.length > 0;
}

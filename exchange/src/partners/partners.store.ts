import { asc, eq } from 'drizzle-orm';
import { partners } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { Partner } from './partner';

const toPartner = (row: typeof partners.$inferSelect): Partner => ({
  id: row.id,
  agencyId: row.agencyId,
  name: row.name,
  country: row.country,
  endpointUrl: row.endpointUrl,
});

export async function insertPartner(tx: Executor, values: Omit<Partner, 'id'>): Promise<Partner> {
  const [row] = await tx.insert(partners).values(values).returning();
  return toPartner(row!);
}

export async function findPartners(tx: Executor, agencyId: string): Promise<Partner[]> {
  const rows = await tx.select().from(partners).where(eq(partners.agencyId, agencyId)).orderBy(asc(partners.name));
  return rows.map(toPartner);
}

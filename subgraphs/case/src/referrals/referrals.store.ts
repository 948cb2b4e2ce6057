import { and, desc, eq, inArray } from 'drizzle-orm';
import { partners, referrals, teams } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { Referral } from './referral';

const toReferral = (row: typeof referrals.$inferSelect): Referral => ({
  id: row.id,
  caseId: row.caseId,
  kind: row.kind,
  toTeamId: row.toTeamId,
  toOrganisationId: row.toOrganisationId,
  service: row.service,
  status: row.status,
  consentId: row.consentId,
  consentOverrideId: row.consentOverrideId,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
});

export async function insertReferral(
  tx: Executor,
  values: Omit<Referral, 'id' | 'status' | 'createdAt'> & { agencyId: string },
): Promise<Referral> {
  const [row] = await tx.insert(referrals).values(values).returning();
  return toReferral(row!);
}

/** Referrals of some cases, newest first. */
export async function findReferralsOfCases(tx: Executor, caseIds: readonly string[]): Promise<Referral[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(referrals)
    .where(inArray(referrals.caseId, [...caseIds]))
    .orderBy(desc(referrals.createdAt));
  return rows.map(toReferral);
}

/** Whether a team belongs to the agency (teams are identity data; only the id is kept here). */
export async function teamInAgency(tx: Executor, agencyId: string, teamId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.agencyId, agencyId), eq(teams.id, teamId)));
  return rows.length > 0;
}

/** Whether an organisation is an exchange partner of the agency. */
export async function partnerInAgency(tx: Executor, agencyId: string, partnerId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.agencyId, agencyId), eq(partners.id, partnerId)));
  return rows.length > 0;
}

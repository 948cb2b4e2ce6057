import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { cases, referralEvents, referrals } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { Referral, ReferralEvent, ReferralStatus, ReferralUrgency } from './referral';

const toReferral = (row: typeof referrals.$inferSelect): Referral => ({
  id: row.id,
  caseId: row.caseId,
  kind: row.kind,
  toTeamId: row.toTeamId,
  toProgramme: row.toProgramme,
  toOrganisationId: row.toOrganisationId,
  providerId: row.providerId,
  service: row.service,
  serviceId: row.serviceId,
  urgency: row.urgency as ReferralUrgency,
  reason: row.reason,
  status: row.status,
  consentId: row.consentId,
  consentOverrideId: row.consentOverrideId,
  respondedBy: row.respondedBy,
  respondedAt: row.respondedAt,
  declineReason: row.declineReason,
  outcome: row.outcome,
  feedback: row.feedback,
  completedAt: row.completedAt,
  cancelReason: row.cancelReason,
  cancelledAt: row.cancelledAt,
  cancelledBy: row.cancelledBy,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const toEvent = (row: typeof referralEvents.$inferSelect): ReferralEvent => ({
  id: row.id,
  referralId: row.referralId,
  caseId: row.caseId,
  status: row.status,
  note: row.note,
  recordedBy: row.recordedBy,
  recordedAt: row.recordedAt,
});

export type NewReferral = Pick<
  Referral,
  | 'caseId'
  | 'kind'
  | 'toTeamId'
  | 'toProgramme'
  | 'toOrganisationId'
  | 'providerId'
  | 'service'
  | 'serviceId'
  | 'urgency'
  | 'reason'
  | 'consentId'
  | 'consentOverrideId'
  | 'createdBy'
> & { agencyId: string };

export async function insertReferral(tx: Executor, values: NewReferral): Promise<Referral> {
  const [row] = await tx.insert(referrals).values(values).returning();
  return toReferral(row!);
}

export async function insertEvent(
  tx: Executor,
  values: {
    agencyId: string;
    referralId: string;
    caseId: string;
    status: ReferralStatus;
    note: string | null;
    recordedBy: string;
  },
): Promise<void> {
  await tx.insert(referralEvents).values(values);
}

export async function findReferralsByIds(tx: Executor, agencyId: string, ids: readonly string[]): Promise<Referral[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select()
    .from(referrals)
    .where(and(eq(referrals.agencyId, agencyId), inArray(referrals.id, [...new Set(ids)])));
  return rows.map(toReferral);
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

/** One referral the viewer sees (row-level security: reached cases, and internal ones to her teams). */
export async function findReferral(tx: Executor, agencyId: string, id: string): Promise<Referral | null> {
  const [row] = await tx
    .select()
    .from(referrals)
    .where(and(eq(referrals.agencyId, agencyId), eq(referrals.id, id)));
  return row ? toReferral(row) : null;
}

/**
 * Moves a referral on from the status it was read in (compare and set: a concurrent change makes
 * this return null).
 */
export async function moveReferral(
  tx: Executor,
  id: string,
  from: ReferralStatus,
  values: Partial<
    Pick<
      typeof referrals.$inferInsert,
      | 'respondedBy'
      | 'respondedAt'
      | 'declineReason'
      | 'outcome'
      | 'feedback'
      | 'completedAt'
      | 'cancelReason'
      | 'cancelledAt'
      | 'cancelledBy'
    >
  > & {
    status: ReferralStatus;
  },
): Promise<Referral | null> {
  const [row] = await tx
    .update(referrals)
    .set({ ...values, updatedAt: sql`now()` })
    .where(and(eq(referrals.id, id), eq(referrals.status, from)))
    .returning();
  return row ? toReferral(row) : null;
}

/** Internal referrals to some teams, newest first, of one status when given. */
export async function findIncoming(
  tx: Executor,
  agencyId: string,
  teamIds: readonly string[],
  status: ReferralStatus | null,
): Promise<Referral[]> {
  if (teamIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(referrals)
    .where(
      and(
        eq(referrals.agencyId, agencyId),
        eq(referrals.kind, 'internal'),
        inArray(referrals.toTeamId, [...teamIds]),
        status ? eq(referrals.status, status) : undefined,
      ),
    )
    .orderBy(desc(referrals.createdAt))
    .limit(500);
  return rows.map(toReferral);
}

/** Case numbers of some cases of the agency (system scope: the receiving team does not reach the cases). */
export async function caseNumbersOf(
  tx: Executor,
  agencyId: string,
  caseIds: readonly string[],
): Promise<Map<string, string>> {
  if (caseIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: cases.id, caseNumber: cases.caseNumber })
    .from(cases)
    .where(and(eq(cases.agencyId, agencyId), inArray(cases.id, [...new Set(caseIds)])));
  return new Map(rows.map((r) => [r.id, r.caseNumber]));
}

/** Status changes of some referrals, oldest first. */
export async function findEvents(tx: Executor, referralIds: readonly string[]): Promise<ReferralEvent[]> {
  if (referralIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(referralEvents)
    .where(inArray(referralEvents.referralId, [...referralIds]))
    .orderBy(asc(referralEvents.recordedAt), asc(referralEvents.id));
  return rows.map(toEvent);
}

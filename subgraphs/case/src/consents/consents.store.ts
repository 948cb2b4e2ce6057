import { and, arrayContains, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { consentOverrides, consents, partners } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { Consent, ConsentGiver, ConsentOverride, ConsentScope } from './consent';

const toConsent = (row: typeof consents.$inferSelect): Consent => ({
  id: row.id,
  caseId: row.caseId,
  givenBy: row.givenBy,
  givenByName: row.givenByName,
  scope: row.scope,
  organisationIds: row.organisationIds,
  givenAt: row.givenAt,
  recordedBy: row.recordedBy,
  recordedAt: row.recordedAt,
  withdrawnAt: row.withdrawnAt,
  withdrawnRecordedBy: row.withdrawnRecordedBy,
});

const toOverride = (row: typeof consentOverrides.$inferSelect): ConsentOverride => ({
  id: row.id,
  caseId: row.caseId,
  scope: row.scope,
  organisationId: row.organisationId,
  reason: row.reason,
  overriddenBy: row.overriddenBy,
  overriddenAt: row.overriddenAt,
});

export async function insertConsent(
  tx: Executor,
  values: {
    agencyId: string;
    caseId: string;
    givenBy: ConsentGiver;
    givenByName: string | null;
    scope: ConsentScope;
    organisationIds: string[];
    givenAt: Date;
    recordedBy: string;
  },
): Promise<Consent> {
  const [row] = await tx.insert(consents).values(values).returning();
  return toConsent(row!);
}

export async function findConsent(tx: Executor, agencyId: string, id: string): Promise<Consent | null> {
  const [row] = await tx
    .select()
    .from(consents)
    .where(and(eq(consents.agencyId, agencyId), eq(consents.id, id)));
  return row ? toConsent(row) : null;
}

export async function markWithdrawn(tx: Executor, id: string, by: string): Promise<Consent | null> {
  const [row] = await tx
    .update(consents)
    .set({ withdrawnAt: sql`now()`, withdrawnRecordedBy: by })
    .where(and(eq(consents.id, id), isNull(consents.withdrawnAt)))
    .returning();
  return row ? toConsent(row) : null;
}

/** Consents of some cases, newest first, withdrawn ones too (they are the record). */
export async function findConsentsOfCases(tx: Executor, caseIds: readonly string[]): Promise<Consent[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(consents)
    .where(inArray(consents.caseId, [...caseIds]))
    .orderBy(desc(consents.givenAt), desc(consents.recordedAt));
  return rows.map(toConsent);
}

/** The newest live consent of a case for a scope (and, when given, naming an organisation). */
export async function findLiveConsent(
  tx: Executor,
  caseId: string,
  scope: ConsentScope,
  organisationId: string | null,
): Promise<Consent | null> {
  const [row] = await tx
    .select()
    .from(consents)
    .where(
      and(
        eq(consents.caseId, caseId),
        eq(consents.scope, scope),
        isNull(consents.withdrawnAt),
        lte(consents.givenAt, sql`now()`),
        organisationId ? arrayContains(consents.organisationIds, [organisationId]) : undefined,
      ),
    )
    .orderBy(desc(consents.givenAt))
    .limit(1);
  return row ? toConsent(row) : null;
}

export async function insertOverride(
  tx: Executor,
  values: {
    agencyId: string;
    caseId: string;
    scope: ConsentScope;
    organisationId: string | null;
    reason: string;
    overriddenBy: string;
  },
): Promise<ConsentOverride> {
  const [row] = await tx.insert(consentOverrides).values(values).returning();
  return toOverride(row!);
}

/** The newest override of a case for a scope (standing scopes only are looked up this way). */
export async function findOverride(tx: Executor, caseId: string, scope: ConsentScope): Promise<ConsentOverride | null> {
  const [row] = await tx
    .select()
    .from(consentOverrides)
    .where(and(eq(consentOverrides.caseId, caseId), eq(consentOverrides.scope, scope)))
    .orderBy(desc(consentOverrides.overriddenAt))
    .limit(1);
  return row ? toOverride(row) : null;
}

export async function findOverridesOfCases(tx: Executor, caseIds: readonly string[]): Promise<ConsentOverride[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(consentOverrides)
    .where(inArray(consentOverrides.caseId, [...caseIds]))
    .orderBy(desc(consentOverrides.overriddenAt));
  return rows.map(toOverride);
}

/**
 * Which of these ids are exchange partners of the agency. Consent names organisations by their
 * exchange partner id; reading the partner list here (the exchange package depends on this one,
 * not the other way round) keeps the check inside the consent's own transaction.
 */
export async function findPartnerIds(tx: Executor, agencyId: string, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.agencyId, agencyId), inArray(partners.id, [...ids])));
  return new Set(rows.map((r) => r.id));
}

import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import {
  agencySettings,
  caseChanges,
  caseNumberBlocks,
  caseNumberSeries,
  cases,
  confidentialValues,
} from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { StoredConfidentialValue } from '@haven/core/crypto/field-cipher';
import { confidentialFields } from './fields';
import { formatCaseNumber, type Case, type CaseType } from './case';

function toCase(row: typeof cases.$inferSelect): Case {
  return {
    id: row.id,
    agencyId: row.agencyId,
    caseNumber: row.caseNumber,
    caseType: row.caseType as CaseType,
    status: row.status,
    personId: row.personId,
    assignedWorkerId: row.assignedWorkerId,
    teamId: row.teamId,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Case-context settings for an agency; called when an agency is provisioned. */
export async function upsertAgencySettings(tx: Executor, agencyId: string, caseNumberPrefix: string): Promise<void> {
  await tx
    .insert(agencySettings)
    .values({ agencyId, caseNumberPrefix })
    .onConflictDoUpdate({ target: agencySettings.agencyId, set: { caseNumberPrefix } });
}

/**
 * Takes the next case number of the agency for the year. The upsert locks the series row until the
 * transaction ends, so concurrent registrations get distinct, gap-free serials.
 */
export async function nextCaseNumber(tx: Executor, agencyId: string, year: number): Promise<string | null> {
  const [settings] = await tx.select().from(agencySettings).where(eq(agencySettings.agencyId, agencyId));
  if (!settings) return null;
  const [row] = await tx
    .insert(caseNumberSeries)
    .values({ agencyId, year, lastValue: 1 })
    .onConflictDoUpdate({
      target: [caseNumberSeries.agencyId, caseNumberSeries.year],
      set: { lastValue: sql`${caseNumberSeries.lastValue} + 1` },
    })
    .returning({ lastValue: caseNumberSeries.lastValue });
  return formatCaseNumber(settings.caseNumberPrefix, year, row!.lastValue);
}

/**
 * Takes `size` consecutive serials of the agency's series for the year in one step (the same row lock
 * as online registration), for a block reserved to a device. Null when the agency has no settings.
 */
export async function reserveSerials(
  tx: Executor,
  agencyId: string,
  year: number,
  size: number,
): Promise<{ prefix: string; first: number; last: number } | null> {
  const [settings] = await tx.select().from(agencySettings).where(eq(agencySettings.agencyId, agencyId));
  if (!settings) return null;
  const [row] = await tx
    .insert(caseNumberSeries)
    .values({ agencyId, year, lastValue: size })
    .onConflictDoUpdate({
      target: [caseNumberSeries.agencyId, caseNumberSeries.year],
      set: { lastValue: sql`${caseNumberSeries.lastValue} + ${size}` },
    })
    .returning({ lastValue: caseNumberSeries.lastValue });
  return { prefix: settings.caseNumberPrefix, first: row!.lastValue - size + 1, last: row!.lastValue };
}

export interface CaseNumberBlock {
  id: string;
  year: number;
  firstSerial: number;
  lastSerial: number;
  deviceLabel: string;
  reservedAt: Date;
}

export async function insertBlock(
  tx: Executor,
  values: Omit<CaseNumberBlock, 'id' | 'reservedAt'> & { agencyId: string; reservedFor: string },
): Promise<CaseNumberBlock> {
  const [row] = await tx.insert(caseNumberBlocks).values(values).returning();
  return row!;
}

/** The viewer's blocks (row-level security shows a user only her own). */
export async function findBlocks(tx: Executor, year?: number): Promise<CaseNumberBlock[]> {
  return tx
    .select()
    .from(caseNumberBlocks)
    .where(year === undefined ? undefined : eq(caseNumberBlocks.year, year))
    .orderBy(desc(caseNumberBlocks.reservedAt));
}

export async function agencyPrefix(tx: Executor, agencyId: string): Promise<string | null> {
  const [settings] = await tx.select().from(agencySettings).where(eq(agencySettings.agencyId, agencyId));
  return settings?.caseNumberPrefix ?? null;
}

export async function insertCase(
  tx: Executor,
  values: Pick<Case, 'agencyId' | 'caseNumber' | 'caseType' | 'personId' | 'assignedWorkerId' | 'teamId'> & {
    createdBy: string;
  },
): Promise<Case> {
  const [row] = await tx.insert(cases).values(values).returning();
  return toCase(row!);
}

export interface CaseloadCursor {
  updatedAt: string;
  id: string;
}

/** Whose caseload: one worker's cases, or the cases of some teams (a supervisor's). */
export type CaseloadOwner = { workerId: string } | { teamIds: string[] };

const ownedBy = (owner: CaseloadOwner) =>
  'workerId' in owner
    ? eq(cases.assignedWorkerId, owner.workerId)
    : owner.teamIds.length > 0
      ? inArray(cases.teamId, owner.teamIds)
      : sql`false`;

/** A caseload, most recently updated first, keyset-paginated. */
export async function findCaseload(
  tx: Executor,
  agencyId: string,
  owner: CaseloadOwner,
  limit: number,
  after: CaseloadCursor | null,
): Promise<Case[]> {
  const rows = await tx
    .select()
    .from(cases)
    .where(
      and(
        eq(cases.agencyId, agencyId),
        ownedBy(owner),
        after
          ? sql`(${cases.updatedAt}, ${cases.id}) < (${after.updatedAt}::timestamptz, ${after.id}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(cases.updatedAt), desc(cases.id))
    .limit(limit);
  return rows.map(toCase);
}

export async function countCaseload(tx: Executor, agencyId: string, owner: CaseloadOwner): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(cases)
    .where(and(eq(cases.agencyId, agencyId), ownedBy(owner)));
  return Number(row?.n ?? 0);
}

export async function findCaseById(tx: Executor, agencyId: string, id: string): Promise<Case | null> {
  const [row] = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.agencyId, agencyId), eq(cases.id, id)));
  return row ? toCase(row) : null;
}

export type { CaseType };

/** Marks a case as changed now; the caseload orders by this. */
export async function touchCase(tx: Executor, id: string): Promise<void> {
  await tx
    .update(cases)
    .set({ updatedAt: sql`now()` })
    .where(eq(cases.id, id));
}

export interface CaseChange {
  id: string;
  caseId: string;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  changedBy: string;
  changedAt: Date;
}

export async function insertChanges(
  tx: Executor,
  rows: {
    agencyId: string;
    caseId: string;
    field: string;
    oldValue: unknown;
    newValue: unknown;
    changedBy: string;
    requestId: string | null;
  }[],
): Promise<void> {
  if (rows.length > 0) await tx.insert(caseChanges).values(rows);
}

export async function findCasesByIds(tx: Executor, agencyId: string, ids: readonly string[]): Promise<Case[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select()
    .from(cases)
    .where(and(eq(cases.agencyId, agencyId), inArray(cases.id, [...ids])));
  return rows.map(toCase);
}

/** The changes of several cases in one query, newest first within each case. */
export async function findChanges(tx: Executor, agencyId: string, caseIds: readonly string[]): Promise<CaseChange[]> {
  if (caseIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(caseChanges)
    .where(and(eq(caseChanges.agencyId, agencyId), inArray(caseChanges.caseId, [...caseIds])))
    .orderBy(desc(caseChanges.changedAt), desc(caseChanges.id));
  return rows.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    field: r.field,
    oldValue: r.oldValue,
    newValue: r.newValue,
    changedBy: r.changedBy,
    changedAt: r.changedAt,
  }));
}

/**
 * Encrypted confidential fields of the case record (not form values) of some cases (row-level
 * security: the assigned worker only).
 */
export async function findConfidentialValues(
  tx: Executor,
  caseIds: readonly string[],
): Promise<StoredConfidentialValue[]> {
  if (caseIds.length === 0) return [];
  return tx
    .select({
      caseId: confidentialValues.caseId,
      field: confidentialValues.field,
      keyId: confidentialValues.keyId,
      ciphertext: confidentialValues.ciphertext,
    })
    .from(confidentialValues)
    .where(
      and(inArray(confidentialValues.caseId, [...caseIds]), inArray(confidentialValues.field, [...confidentialFields])),
    );
}

export async function upsertConfidentialValue(
  tx: Executor,
  values: { agencyId: string; caseId: string; field: string; keyId: string; ciphertext: Buffer; updatedBy: string },
): Promise<void> {
  await tx
    .insert(confidentialValues)
    .values(values)
    .onConflictDoUpdate({
      target: [confidentialValues.caseId, confidentialValues.field],
      set: { keyId: values.keyId, ciphertext: values.ciphertext, updatedBy: values.updatedBy, updatedAt: sql`now()` },
    });
}

export async function deleteConfidentialValue(tx: Executor, caseId: string, field: string): Promise<void> {
  await tx
    .delete(confidentialValues)
    .where(and(eq(confidentialValues.caseId, caseId), eq(confidentialValues.field, field)));
}

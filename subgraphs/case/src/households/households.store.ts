import { and, asc, eq, inArray } from 'drizzle-orm';
import { householdMembers, households } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { Household, HouseholdMember, Relationship } from './household';

const toHousehold = (row: typeof households.$inferSelect): Household => ({
  id: row.id,
  agencyId: row.agencyId,
  label: row.label,
  headPersonId: row.headPersonId,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  updatedAt: row.updatedAt,
});

const toMember = (row: typeof householdMembers.$inferSelect): HouseholdMember => ({
  householdId: row.householdId,
  personId: row.personId,
  relationship: row.relationship,
  joinedAt: row.joinedAt,
  leftAt: row.leftAt,
  addedBy: row.addedBy,
});

export async function insertHousehold(
  tx: Executor,
  values: { id: string; agencyId: string; label: string | null; headPersonId: string | null; createdBy: string },
): Promise<void> {
  await tx.insert(households).values(values);
}

/** No RETURNING: the new member is seen only once the household reaches someone the viewer reaches. */
export async function insertMember(
  tx: Executor,
  values: { householdId: string; personId: string; agencyId: string; relationship: Relationship; addedBy: string },
): Promise<void> {
  await tx.insert(householdMembers).values(values);
}

/** Households the viewer sees (row-level security: she reaches a member, or created it). */
export async function findHouseholds(tx: Executor, agencyId: string, ids: readonly string[]): Promise<Household[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select()
    .from(households)
    .where(and(eq(households.agencyId, agencyId), inArray(households.id, [...ids])));
  return rows.map(toHousehold);
}

/** Members past and present of some households, in the order they joined. */
export async function findMembers(tx: Executor, householdIds: readonly string[]): Promise<HouseholdMember[]> {
  if (householdIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(householdMembers)
    .where(inArray(householdMembers.householdId, [...householdIds]))
    .orderBy(asc(householdMembers.joinedAt), asc(householdMembers.personId));
  return rows.map(toMember);
}

/** Memberships (past and present) of some persons, in households the viewer reaches. */
export async function findMembershipsOfPersons(
  tx: Executor,
  personIds: readonly string[],
): Promise<{ householdId: string; personId: string }[]> {
  if (personIds.length === 0) return [];
  return tx
    .select({ householdId: householdMembers.householdId, personId: householdMembers.personId })
    .from(householdMembers)
    .where(inArray(householdMembers.personId, [...personIds]))
    .orderBy(asc(householdMembers.joinedAt));
}

export async function setHead(tx: Executor, householdId: string, headPersonId: string | null): Promise<number> {
  const rows = await tx
    .update(households)
    .set({ headPersonId, updatedAt: new Date() })
    .where(eq(households.id, householdId))
    .returning({ id: households.id });
  return rows.length;
}

export async function updateMember(
  tx: Executor,
  householdId: string,
  personId: string,
  set: Partial<{ relationship: Relationship; leftAt: Date | null; joinedAt: Date }>,
): Promise<number> {
  const rows = await tx
    .update(householdMembers)
    .set(set)
    .where(and(eq(householdMembers.householdId, householdId), eq(householdMembers.personId, personId)))
    .returning({ personId: householdMembers.personId });
  return rows.length;
}

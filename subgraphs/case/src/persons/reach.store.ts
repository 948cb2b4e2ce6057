import { and, arrayOverlaps, asc, eq, inArray, isNull, or } from 'drizzle-orm';
import { cases, personIdentifiers, persons } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';

/**
 * Ids of the cases of some persons, as row-level security lets the viewer see them (cases she
 * reaches); the service computes how she reaches each.
 */
export async function caseIdsOfPersons(
  tx: Executor,
  agencyId: string,
  personIds: readonly string[],
): Promise<{ id: string; personId: string }[]> {
  if (personIds.length === 0) return [];
  return tx
    .select({ id: cases.id, personId: cases.personId })
    .from(cases)
    .where(and(eq(cases.agencyId, agencyId), inArray(cases.personId, [...personIds])))
    .orderBy(asc(cases.createdAt), asc(cases.id));
}

export interface SearchRow {
  id: string;
  searchName: string | null;
  identifierMatch: boolean;
}

/**
 * Persons of the agency the viewer reaches (row-level security: through a case, or a relative
 * through a household), not merged, sharing a phonetic name key with the query or holding an
 * identifier with the query's normalised value.
 */
export async function searchCandidates(
  tx: Executor,
  agencyId: string,
  query: { keys: string[]; normalized: string[] },
  limit: number,
): Promise<SearchRow[]> {
  const byIdentifier = query.normalized.length
    ? await tx
        .selectDistinct({ personId: personIdentifiers.personId })
        .from(personIdentifiers)
        .where(and(eq(personIdentifiers.agencyId, agencyId), inArray(personIdentifiers.normalized, query.normalized)))
        .limit(limit)
    : [];
  const idMatches = new Set(byIdentifier.map((r) => r.personId));
  const conditions = [];
  if (query.keys.length) conditions.push(arrayOverlaps(persons.nameKeys, query.keys));
  if (idMatches.size) conditions.push(inArray(persons.id, [...idMatches]));
  if (conditions.length === 0) return [];
  const rows = await tx
    .select({ id: persons.id, searchName: persons.searchName })
    .from(persons)
    .where(and(eq(persons.agencyId, agencyId), isNull(persons.mergedInto), or(...conditions)))
    .limit(limit * 5);
  return rows.map((r) => ({ ...r, identifierMatch: idMatches.has(r.id) }));
}

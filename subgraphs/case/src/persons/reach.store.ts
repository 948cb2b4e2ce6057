import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { cases } from '@haven/core/db/schema';
import { resultRows, type Executor } from '@haven/core/db/database';
import { sqlTextArray, sqlUuidArray } from '@haven/core/db/arrays';

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
 * Persons of the agency the viewer reaches, not merged, sharing a phonetic name key with the query
 * or holding an identifier with the query's normalised value.
 *
 * The search starts from what the viewer reaches — her cases, her supervised teams' cases, live
 * shares and emergency accesses, and relatives in the households of those persons — by indexed
 * equality, and only then filters by name keys. Starting from the name keys instead would make
 * PostgreSQL test row-level security on every person sharing a common key (tens of thousands in a
 * large agency): the key-overlap operator is not leakproof, so it cannot run before the policy.
 * Row-level security still applies to every row read here.
 */
export async function searchCandidates(
  tx: Executor,
  viewer: { agencyId: string; userId: string; supervisedTeamIds: readonly string[] },
  query: { keys: string[]; normalized: string[] },
): Promise<SearchRow[]> {
  if (query.keys.length === 0 && query.normalized.length === 0) return [];
  const teams = sqlUuidArray(viewer.supervisedTeamIds);
  const keys = sqlTextArray(query.keys);
  const normalized = sqlTextArray(query.normalized);
  const rows = resultRows<{ id: string; search_name: string | null; identifier_match: boolean }>(
    await tx.execute(sql`
    with reached_cases as (
      select c.person_id from "case".cases c
      where c.agency_id = ${viewer.agencyId} and c.assigned_worker_id = ${viewer.userId}
      union
      select c.person_id from "case".cases c
      where c.agency_id = ${viewer.agencyId} and c.team_id = any(${teams})
      union
      select c.person_id from "case".case_shares s join "case".cases c on c.id = s.case_id
      where s.grantee_id = ${viewer.userId} and s.revoked_at is null and s.expires_at > now()
      union
      select c.person_id from "case".emergency_accesses e join "case".cases c on c.id = e.case_id
      where e.user_id = ${viewer.userId} and e.expires_at > now()
    ),
    reached as (
      select person_id from reached_cases
      union
      select other.person_id from "case".household_members mine
      join "case".household_members other on other.household_id = mine.household_id
      where mine.person_id in (select person_id from reached_cases)
    )
    select p.id, p.search_name,
      exists (
        select 1 from "case".person_identifiers i
        where i.person_id = p.id and i.normalized = any(${normalized})
      ) as identifier_match
    from "case".persons p
    where p.agency_id = ${viewer.agencyId} and p.merged_into is null
      and p.id in (select person_id from reached)
      and (p.name_keys && ${keys} or exists (
        select 1 from "case".person_identifiers i
        where i.person_id = p.id and i.normalized = any(${normalized})
      ))
  `),
  );
  return rows.map((r) => ({ id: r.id, searchName: r.search_name, identifierMatch: r.identifier_match }));
}

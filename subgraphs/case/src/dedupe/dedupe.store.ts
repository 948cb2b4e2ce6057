import { randomUUID } from 'node:crypto';
import { inUuids } from '@haven/core/db/arrays';
import { and, arrayContains, arrayOverlaps, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { caseChanges, cases, matchingRules, personMerges, persons, personIdentifiers } from '@haven/core/db/schema';
import type { Database, Executor } from '@haven/core/db/database';
import type { Sex } from '../persons';
import { nameIndex } from './transliterate';

/** What the candidate lookup reads of a person: enough to score, never contacts or addresses. */
export interface CandidatePerson {
  id: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  dateOfBirth: string | null;
}

export interface CandidateCase {
  id: string;
  personId: string;
  caseNumber: string;
  assignedWorkerId: string;
}

/** Fills search_name and name_keys of a person from its names (re-indexing; inserts index as they write). */
export async function indexPerson(
  tx: Executor,
  person: { id: string; givenName: string; familyName: string },
): Promise<void> {
  await tx.update(persons).set(nameIndex(person.givenName, person.familyName)).where(eq(persons.id, person.id));
}

/**
 * Blocking: persons of the agency, not merged, sharing a phonetic name key, an identifier (same kind
 * and normalised value) or the date of birth with the query. Run as the system (duplicate-check):
 * the one deliberate read across reach; the service decides what of it the viewer sees.
 *
 * In two tiers, because a common name shares a key with tens of thousands of persons in a large
 * agency (the case-record bench: 24 000 on average of 1 000 000) and the cap then hands scoring an
 * arbitrary slice: first the persons sharing every key of the name, an identifier or the date of
 * birth (few, and the likeliest), then, up to the cap, those sharing any key.
 */
export async function findCandidates(
  tx: Executor,
  agencyId: string,
  query: { keys: string[]; identifiers: { kind: string; normalized: string }[]; dateOfBirth: string | null },
  limit: number,
): Promise<CandidatePerson[]> {
  // With fewer than two keys, every key and any key are the same block.
  if (query.keys.length < 2) return findBlock(tx, agencyId, { ...query, allKeys: false }, limit);
  const precise = await findBlock(tx, agencyId, { ...query, allKeys: true }, limit);
  if (precise.length >= limit) return precise;
  const seen = new Set(precise.map((p) => p.id));
  const broad = await findBlock(
    tx,
    agencyId,
    { keys: query.keys, identifiers: [], dateOfBirth: null, allKeys: false },
    limit,
  );
  return [...precise, ...broad.filter((p) => !seen.has(p.id))].slice(0, limit);
}

async function findBlock(
  tx: Executor,
  agencyId: string,
  query: {
    keys: string[];
    identifiers: { kind: string; normalized: string }[];
    dateOfBirth: string | null;
    /** Every key of the name (the precise tier) rather than any. */
    allKeys: boolean;
  },
  limit: number,
): Promise<CandidatePerson[]> {
  const blocks: SQL[] = [];
  if (query.keys.length > 0) {
    blocks.push(
      query.allKeys ? arrayContains(persons.nameKeys, query.keys) : arrayOverlaps(persons.nameKeys, query.keys),
    );
  }
  if (query.identifiers.length > 0) {
    blocks.push(
      inArray(
        persons.id,
        tx
          .select({ id: personIdentifiers.personId })
          .from(personIdentifiers)
          .where(
            and(
              eq(personIdentifiers.agencyId, agencyId),
              or(
                ...query.identifiers.map((i) =>
                  and(eq(personIdentifiers.kind, i.kind), eq(personIdentifiers.normalized, i.normalized)),
                ),
              ),
            ),
          ),
      ),
    );
  }
  if (query.dateOfBirth) blocks.push(eq(persons.dateOfBirth, query.dateOfBirth));
  if (blocks.length === 0) return [];
  return tx
    .select({
      id: persons.id,
      givenName: persons.givenName,
      familyName: persons.familyName,
      sex: persons.sex,
      dateOfBirth: persons.dateOfBirth,
    })
    .from(persons)
    .where(and(eq(persons.agencyId, agencyId), isNull(persons.mergedInto), or(...blocks)))
    .limit(limit);
}

/** Identifiers of persons as compared (kind and normalised value only). */
export async function identifiersForMatching(
  tx: Executor,
  agencyId: string,
  personIds: readonly string[],
): Promise<{ personId: string; kind: string; normalized: string }[]> {
  if (personIds.length === 0) return [];
  return tx
    .select({
      personId: personIdentifiers.personId,
      kind: personIdentifiers.kind,
      normalized: personIdentifiers.normalized,
    })
    .from(personIdentifiers)
    .where(and(eq(personIdentifiers.agencyId, agencyId), inUuids(personIdentifiers.personId, personIds)));
}

/** The cases of persons: number and assigned worker only. */
export async function casesOfPersons(
  tx: Executor,
  agencyId: string,
  personIds: readonly string[],
): Promise<CandidateCase[]> {
  if (personIds.length === 0) return [];
  return tx
    .select({
      id: cases.id,
      personId: cases.personId,
      caseNumber: cases.caseNumber,
      assignedWorkerId: cases.assignedWorkerId,
    })
    .from(cases)
    .where(and(eq(cases.agencyId, agencyId), inUuids(cases.personId, personIds)))
    .orderBy(cases.caseNumber);
}

/** A person's standing for a merge: in the agency, and whether already merged. */
export async function personStanding(
  tx: Executor,
  agencyId: string,
  id: string,
): Promise<{ id: string; mergedInto: string | null } | null> {
  const [row] = await tx
    .select({ id: persons.id, mergedInto: persons.mergedInto })
    .from(persons)
    .where(and(eq(persons.agencyId, agencyId), eq(persons.id, id)));
  return row ?? null;
}

export async function findRules(tx: Executor, agencyId: string): Promise<{ rules: unknown; updatedAt: Date } | null> {
  const [row] = await tx
    .select({ rules: matchingRules.rules, updatedAt: matchingRules.updatedAt })
    .from(matchingRules)
    .where(eq(matchingRules.agencyId, agencyId));
  return row ?? null;
}

export async function upsertRules(tx: Executor, agencyId: string, rules: unknown, updatedBy: string): Promise<Date> {
  const [row] = await tx
    .insert(matchingRules)
    .values({ agencyId, rules, updatedBy })
    .onConflictDoUpdate({ target: matchingRules.agencyId, set: { rules, updatedBy, updatedAt: sql`now()` } })
    .returning({ updatedAt: matchingRules.updatedAt });
  return row!.updatedAt;
}

/** Marks a person as merged into another; the row stays, out of searches. */
export async function setMergedInto(tx: Executor, id: string, keptId: string): Promise<number> {
  const rows = await tx
    .update(persons)
    .set({ mergedInto: keptId })
    .where(and(eq(persons.id, id), isNull(persons.mergedInto)))
    .returning({ id: persons.id });
  return rows.length;
}

/** Re-points cases at the kept person, each change kept in the case's history. */
export async function moveCases(
  tx: Executor,
  agencyId: string,
  caseIds: readonly string[],
  from: string,
  to: string,
  by: { userId: string; requestId: string | null },
): Promise<number> {
  if (caseIds.length === 0) return 0;
  const moved = await tx
    .update(cases)
    .set({ personId: to, updatedAt: sql`now()` })
    .where(and(eq(cases.agencyId, agencyId), inArray(cases.id, [...caseIds]), eq(cases.personId, from)))
    .returning({ id: cases.id });
  if (moved.length > 0) {
    await tx.insert(caseChanges).values(
      moved.map((c) => ({
        agencyId,
        caseId: c.id,
        field: 'person.id',
        oldValue: from,
        newValue: to,
        changedBy: by.userId,
        requestId: by.requestId,
      })),
    );
  }
  return moved.length;
}

export async function insertMerge(
  tx: Executor,
  values: { agencyId: string; keptPersonId: string; mergedPersonId: string; reason: string; mergedBy: string },
): Promise<{ id: string; mergedAt: Date }> {
  const id = randomUUID();
  const mergedAt = new Date();
  // No RETURNING: the read policy (reaches either person) is checked separately from the insert one.
  await tx.insert(personMerges).values({ ...values, id, mergedAt });
  return { id, mergedAt };
}

/**
 * Indexes persons written before duplicate detection existed (search_name still null), in batches of
 * one system transaction each. Idempotent; returns how many it indexed. Run at start.
 */
export async function indexUnindexedPersons(db: Database, batchSize = 500): Promise<number> {
  let total = 0;
  for (;;) {
    const done = await db.transaction({ system: 'persons:index' }, async (tx) => {
      const rows = await tx
        .select({ id: persons.id, givenName: persons.givenName, familyName: persons.familyName })
        .from(persons)
        .where(isNull(persons.searchName))
        .limit(batchSize);
      for (const row of rows) await indexPerson(tx, row);
      return rows.length;
    });
    total += done;
    if (done < batchSize) return total;
  }
}

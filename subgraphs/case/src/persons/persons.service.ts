import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database, Executor } from '@haven/core/db/database';
import { badInput } from '@haven/core/errors';
import { hasControlCharacters } from '@haven/core/text';
import type { Viewer } from '@haven/core/viewer';
import { classificationRank, type CaseAccess, type Classification } from '../access';
import { reachableCases, type CaseView } from '../cases';
import { nameSimilarity, normalizeIdentifier } from '../dedupe/matching';
import { nameKeys, searchName } from '../dedupe/transliterate';
import { findPersonsByIds } from './persons.store';
import type { PersonView } from './schema';
import { caseIdsOfPersons, searchCandidates } from './reach.store';

/** How a viewer reaches a person who has no case she reaches (a relative seen through a household). */
const noCaseAccess: CaseAccess = {
  assigned: false,
  supervises: false,
  shared: false,
  sharedRestricted: false,
  emergency: false,
};

/**
 * The widest access over several cases of one person (assigned on one of them is enough); the
 * classifications case types tighten are kept, the strictest of each field winning.
 */
function widestAccess(list: readonly CaseAccess[]): CaseAccess {
  if (list.length === 1) return list[0]!;
  const tightened: Record<string, Classification> = {};
  for (const access of list) {
    for (const [field, level] of Object.entries(access.fieldClassifications ?? {})) {
      if (!tightened[field] || classificationRank[level] > classificationRank[tightened[field]])
        tightened[field] = level;
    }
  }
  const widest = list.reduce<CaseAccess>(
    (a, b) => ({
      assigned: a.assigned || b.assigned,
      supervises: a.supervises || b.supervises,
      shared: a.shared || b.shared,
      sharedRestricted: a.sharedRestricted || b.sharedRestricted,
      emergency: a.emergency || b.emergency,
    }),
    noCaseAccess,
  );
  return Object.keys(tightened).length ? { ...widest, fieldClassifications: tightened } : widest;
}

/** The cases of some persons that the viewer reaches, by person, oldest first. */
export async function reachableCasesOfPersons(
  tx: Executor,
  viewer: Viewer,
  personIds: readonly string[],
): Promise<Map<string, CaseView[]>> {
  const rows = await caseIdsOfPersons(tx, viewer.agencyId, personIds);
  const reached = await reachableCases(
    tx,
    viewer,
    rows.map((r) => r.id),
  );
  const out = new Map<string, CaseView[]>(personIds.map((id) => [id, []]));
  for (const row of rows) {
    const found = reached.get(row.id);
    if (found) out.get(row.personId)?.push(found);
  }
  return out;
}

/**
 * Persons as the viewer sees them: those row-level security lets her read (through a case she
 * reaches, or a relative through a household she reaches), each with the widest access of her
 * cases of that person (no case: standard fields only).
 */
export async function personViews(
  tx: Executor,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Map<string, PersonView>> {
  const found = await findPersonsByIds(tx, viewer.agencyId, ids);
  const cases = await reachableCasesOfPersons(tx, viewer, [...found.keys()]);
  return new Map(
    [...found].map(([id, person]) => [
      id,
      { ...person, access: widestAccess((cases.get(id) ?? []).map((c) => c.access)) },
    ]),
  );
}

/** The cases of persons the viewer reaches (Person.cases); the list is audited as a read. */
export async function casesOfPersons(
  db: Database,
  caller: Caller,
  personIds: readonly string[],
): Promise<Map<string, CaseView[]>> {
  assertPermission(caller.viewer, 'case:read');
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const out = await reachableCasesOfPersons(tx, caller.viewer, personIds);
    const ids = [...out.values()].flat().map((c) => c.id);
    if (ids.length > 0) {
      await recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
        action: 'case.list',
        targetType: 'case',
        targetIds: ids,
        fields: ['person.cases'],
        outcome: 'allowed',
      });
    }
    return out;
  });
}

const MAX_SEARCH_RESULTS = 50;

/**
 * Searches the persons the viewer reaches by name (normalised and transliterated, so Arabic and
 * Latin spellings find each other: the phonetic keys of duplicate detection) and by identifier value.
 * Best matches first: identifier matches, then by name similarity. The read is audited with the ids
 * returned, never the query (a name is case data).
 */
export async function searchPersons(
  db: Database,
  caller: Caller,
  query: string,
  first: number | null | undefined,
): Promise<PersonView[]> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  const text = query.trim();
  const limit = first ?? 20;
  const problems = [];
  if (text.length < 2 || text.length > 200 || hasControlCharacters(text))
    problems.push({ path: ['query'], message: 'must be 2 to 200 characters without control characters' });
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_SEARCH_RESULTS)
    problems.push({ path: ['first'], message: `must be between 1 and ${MAX_SEARCH_RESULTS}` });
  if (problems.length) throw badInput(problems);
  const keys = nameKeys(text);
  const wanted = searchName(text);
  const normalized = [...new Set([normalizeIdentifier('', text), normalizeIdentifier('phone', text)])].filter(
    (v) => v.length >= 3,
  );
  return db.transaction({ viewer }, async (tx) => {
    const candidates = await searchCandidates(tx, viewer, { keys, normalized });
    const scored = candidates
      .map((c) => ({
        ...c,
        score: c.identifierMatch ? 2 : c.searchName && wanted ? nameSimilarity(wanted, c.searchName) : 0,
      }))
      // A shared phonetic key alone is a weak hint; keep names that are also alike as wholes.
      .filter((c) => c.identifierMatch || c.score >= 0.7)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, limit);
    const views = await personViews(
      tx,
      viewer,
      scored.map((s) => s.id),
    );
    const results = scored.flatMap((s) => views.get(s.id) ?? []);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'person.search',
      targetType: 'person',
      targetIds: results.map((p) => p.id),
      fields: ['person.givenName', 'person.familyName', 'person.identifiers'],
      outcome: 'allowed',
    });
    return results;
  });
}

import { z } from 'zod';
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit, requireReason } from '@haven/core/audit/audit';
import { badInput, HavenError } from '@haven/core/errors';
import type { Database } from '@haven/core/db/database';
import { isUuid } from '@haven/core/ids';
import { manages, mayUpdate } from '../access';
import { caseTransaction, reachableCase, reachableCases, refuse, Refusal, type CaseView } from '../cases';
import { findIdentifiersOfPersons, insertIdentifiers, sexes, type PersonIdentifier, type Sex } from '../persons';
import {
  defaultMatchingRules,
  effectiveRules,
  identifierKind,
  identifierValue,
  matchingRulesSchema,
  normalizeIdentifier,
  scoreCandidate,
  type MatchingRules,
  type MatchLevel,
} from './matching';
import { nameKeys } from './transliterate';
import * as store from './dedupe.store';
import { zodProblems } from '../zod-problems';

/** Most persons the blocking step hands to scoring, and most candidates returned. */
const BLOCK_LIMIT = 2000;
const MAX_CANDIDATES = 20;

export interface DuplicateQuery {
  givenName?: string | null;
  familyName?: string | null;
  sex?: Sex | null;
  dateOfBirth?: string | null;
  identifiers?: { kind: string; value: string }[] | null;
}

export interface DuplicateCandidate {
  personId: string;
  score: number;
  level: MatchLevel;
  /** The rules that contributed: identifier:<kind>, name, dob_exact, dob_same_year, dob_within_year, sex, … */
  matchedRules: string[];
  /** Whether the viewer reaches a case of this person; personal details only then. */
  reachable: boolean;
  givenName: string | null;
  familyName: string | null;
  sex: Sex | null;
  dateOfBirth: string | null;
  cases: { caseId: string; caseNumber: string; assignedWorkerId: string }[];
}

const queryName = z.string().trim().max(100, 'must be at most 100 characters').nullish();
const identifierInput = z.object({ kind: identifierKind, value: identifierValue });
const duplicateQuerySchema = z
  .object({
    givenName: queryName,
    familyName: queryName,
    sex: z.enum(sexes).nullish(),
    dateOfBirth: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
      .nullish(),
    identifiers: z.array(identifierInput).max(20, 'at most 20').nullish(),
  })
  .superRefine((q, ctx) => {
    if (!q.givenName && !q.familyName && !q.identifiers?.length) {
      ctx.addIssue({ code: 'custom', path: ['givenName'], message: 'give a name or an identifier' });
    }
  });

/** The agency's rules over the defaults. */
export async function matchingRulesOf(
  db: Database,
  caller: Caller,
): Promise<{ rules: MatchingRules; isDefault: boolean; updatedAt: Date | null }> {
  const { viewer } = caller;
  assertPermission(viewer, 'form:manage');
  const found = await db.transaction({ viewer }, (tx) => store.findRules(tx, viewer.agencyId));
  return { rules: effectiveRules(found?.rules), isDefault: !found, updatedAt: found?.updatedAt ?? null };
}

/**
 * Programme managers configure the agency's matching rules: the values given over the current
 * ones; every problem is listed (BAD_USER_INPUT). Audited with the old and new rules.
 */
export async function setMatchingRules(
  db: Database,
  caller: Caller,
  changes: Partial<Record<keyof MatchingRules, number | null>>,
): Promise<{ rules: MatchingRules; isDefault: boolean; updatedAt: Date | null }> {
  const { viewer } = caller;
  assertPermission(viewer, 'form:manage');
  const given = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== null && v !== undefined));
  return db.transaction({ viewer }, async (tx) => {
    const before = effectiveRules((await store.findRules(tx, viewer.agencyId))?.rules);
    const parsed = matchingRulesSchema.safeParse({ ...before, ...given });
    if (!parsed.success) throw badInput(zodProblems(parsed.error, ['rules']));
    const updatedAt = await store.upsertRules(tx, viewer.agencyId, parsed.data, viewer.userId);
    const changed = (Object.keys(parsed.data) as (keyof MatchingRules)[]).filter((k) => parsed.data[k] !== before[k]);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'matching_rules.update',
      targetType: 'agency',
      targetId: viewer.agencyId,
      fields: changed,
      change: {
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, parsed.data[k]])),
      },
      outcome: 'allowed',
    });
    return { rules: parsed.data, isDefault: false, updatedAt };
  });
}

export { defaultMatchingRules };

/**
 * Search before create: scored candidates from the whole agency. The lookup runs as the system
 * (duplicate-check) because a duplicate is most often someone else's case; what the viewer gets of a
 * candidate she does not reach is its score, the rules that matched, case numbers and assigned
 * workers, so she can ask a colleague; names and date of birth only for persons she reaches. The
 * check is audited with the candidates and the input field names (never values).
 */
export async function possibleDuplicates(
  db: Database,
  caller: Caller,
  input: DuplicateQuery,
): Promise<DuplicateCandidate[]> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:create');
  const parsed = duplicateQuerySchema.safeParse(input);
  if (!parsed.success) throw badInput(zodProblems(parsed.error, ['input']));
  const q = parsed.data;
  const identifiers = (q.identifiers ?? []).map((i) => ({
    kind: i.kind,
    normalized: normalizeIdentifier(i.kind, i.value),
  }));
  const query = {
    givenName: q.givenName ?? null,
    familyName: q.familyName ?? null,
    sex: q.sex ?? null,
    dateOfBirth: q.dateOfBirth ?? null,
    identifiers,
  };

  const found = await db.transaction({ system: 'duplicate-check' }, async (tx) => {
    const stored = await store.findRules(tx, viewer.agencyId);
    const people = await store.findCandidates(
      tx,
      viewer.agencyId,
      { keys: nameKeys(query.givenName ?? '', query.familyName ?? ''), identifiers, dateOfBirth: query.dateOfBirth },
      BLOCK_LIMIT,
    );
    const ids = people.map((p) => p.id);
    const identifiersOf = new Map<string, { kind: string; normalized: string }[]>();
    for (const i of await store.identifiersForMatching(tx, viewer.agencyId, ids)) {
      const list = identifiersOf.get(i.personId) ?? [];
      list.push(i);
      identifiersOf.set(i.personId, list);
    }
    const rules = effectiveRules(stored?.rules);
    const scored = people
      .map((p) => ({
        person: p,
        result: scoreCandidate(query, { ...p, identifiers: identifiersOf.get(p.id) ?? [] }, rules),
      }))
      .filter((s) => s.result.level !== null)
      .sort((a, b) => b.result.score - a.result.score)
      .slice(0, MAX_CANDIDATES);
    const caseRows = await store.casesOfPersons(
      tx,
      viewer.agencyId,
      scored.map((s) => s.person.id),
    );
    return { scored, caseRows };
  });

  const fields = Object.entries(q)
    .filter(([, v]) => v !== null && v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))
    .map(([k]) => k);
  return db.transaction({ viewer }, async (tx) => {
    // Reach is decided in the viewer's own transaction, by the same check every case read uses.
    const reachedCases = await reachableCases(
      tx,
      viewer,
      found.caseRows.map((c) => c.id),
    );
    const reached = new Set(found.caseRows.filter((c) => reachedCases.has(c.id)).map((c) => c.personId));
    const candidates = found.scored.map(({ person, result }): DuplicateCandidate => {
      const reachable = reached.has(person.id);
      return {
        personId: person.id,
        score: result.score,
        level: result.level!,
        matchedRules: result.matched,
        reachable,
        givenName: reachable ? person.givenName : null,
        familyName: reachable ? person.familyName : null,
        sex: reachable ? person.sex : null,
        dateOfBirth: reachable ? person.dateOfBirth : null,
        cases: found.caseRows
          .filter((c) => c.personId === person.id)
          .map((c) => ({ caseId: c.id, caseNumber: c.caseNumber, assignedWorkerId: c.assignedWorkerId })),
      };
    });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'person.duplicate_check',
      targetType: 'person',
      targetIds: candidates.map((c) => c.personId),
      fields,
      outcome: 'allowed',
    });
    return candidates;
  });
}

/**
 * Adds an identifier to the person of a case: those who work the case and read its restricted
 * fields (identifiers are restricted). One already recorded (same kind, same normalised value) is
 * returned as it is.
 */
export async function addPersonIdentifier(
  db: Database,
  caller: Caller,
  input: { caseId: string; kind: string; value: string },
): Promise<PersonIdentifier> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const parsed = identifierInput.safeParse({ kind: input.kind, value: input.value });
  if (!parsed.success) throw badInput(zodProblems(parsed.error));
  return caseTransaction(db, caller, { action: 'case.update', target: input.caseId }, async (tx) => {
    const record: CaseView | null = await reachableCase(tx, viewer, input.caseId);
    if (!record) throw new Refusal('NOT_FOUND', 'No such case');
    if (!mayUpdate(record.access, 'restricted')) {
      throw new Refusal('FORBIDDEN_FIELD', 'You may not change these fields of this case', {
        fields: [{ path: ['value'], message: 'is restricted for you' }],
      });
    }
    const [created] = await insertIdentifiers(tx, viewer.agencyId, record.personId, [parsed.data]);
    const normalized = normalizeIdentifier(parsed.data.kind, parsed.data.value);
    const identifier =
      created ??
      (await findIdentifiersOfPersons(tx, [record.personId])).find(
        (i) => i.kind === parsed.data.kind && i.normalized === normalized,
      )!;
    if (created) {
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: 'case.update',
        targetType: 'case',
        targetId: record.id,
        fields: ['person.identifiers'],
        change: { before: {}, after: { 'person.identifiers': `${created.kind}:${created.value}` } },
        outcome: 'allowed',
      });
    }
    return identifier;
  });
}

export interface PersonMerge {
  id: string;
  keptPersonId: string;
  mergedPersonId: string;
  reason: string;
  mergedAt: Date;
  movedCaseIds: string[];
  copiedIdentifiers: number;
}

/**
 * Merges a duplicate person record into the one kept, in one transaction: the merged person's
 * cases move to the kept person (each move in the case's history), its identifiers are copied, it
 * points at the kept person (merged_into) and leaves searches, and the merge is recorded with its
 * reason in case.person_merges and the audit trail. Nothing is deleted. The viewer must work a case
 * of the kept person and every case of the merged one (she re-points them).
 */
export async function mergePersons(
  db: Database,
  caller: Caller,
  input: { keptPersonId: string; mergedPersonId: string; reason: string | null | undefined },
): Promise<PersonMerge> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const reason = requireReason('person.merge', input.reason);
  const problemsFound = [
    ...(!isUuid(input.keptPersonId) ? [{ path: ['keptPersonId'], message: 'must be a person id' }] : []),
    ...(!isUuid(input.mergedPersonId) ? [{ path: ['mergedPersonId'], message: 'must be a person id' }] : []),
  ];
  if (problemsFound.length === 0 && input.keptPersonId === input.mergedPersonId) {
    problemsFound.push({ path: ['mergedPersonId'], message: 'must be another person than the kept one' });
  }
  if (problemsFound.length > 0) throw badInput(problemsFound);
  // Refused against the merged person, with the reason given.
  const refused = { action: 'person.merge', target: { type: 'person', id: input.mergedPersonId }, reason };
  const notFound = () => new Refusal('NOT_FOUND', 'No such person');

  // Which cases each person has, whoever works them (ids only): a merge must not leave a case of
  // the merged person behind because row-level security hid it from the viewer.
  const standing = await db.transaction({ system: 'person-merge-check' }, async (tx) => ({
    kept: await store.personStanding(tx, viewer.agencyId, input.keptPersonId),
    merged: await store.personStanding(tx, viewer.agencyId, input.mergedPersonId),
    cases: await store.casesOfPersons(tx, viewer.agencyId, [input.keptPersonId, input.mergedPersonId]),
  }));
  if (!standing.kept || !standing.merged) {
    return refuse(db, caller, refused.target, refused.action, { error: notFound(), reason });
  }

  return caseTransaction(db, caller, refused, async (tx) => {
    const access: ReadonlyMap<string, CaseView> = await reachableCases(
      tx,
      viewer,
      standing.cases.map((c) => c.id),
    );
    const keptCases = standing.cases.filter((c) => c.personId === input.keptPersonId);
    const mergedCases = standing.cases.filter((c) => c.personId === input.mergedPersonId);
    const reaches = (cs: typeof keptCases) => cs.some((c) => access.get(c.id));
    // Persons she reaches no case of do not exist for her. A person already merged has no cases
    // left: once she reaches the kept person, that is a conflict.
    if (!reaches(keptCases)) throw notFound();
    if (standing.kept!.mergedInto || standing.merged!.mergedInto) {
      throw new HavenError('CONFLICT', 'One of these persons has already been merged into another');
    }
    if (!reaches(mergedCases)) throw notFound();
    const worked = (c: { id: string }) => {
      const v = access.get(c.id);
      return !!v && manages(v.access);
    };
    if (!keptCases.some(worked) || !mergedCases.every(worked)) {
      throw new Refusal(
        'FORBIDDEN',
        'Only someone who works a case of the kept person and every case of the merged one may merge them',
      );
    }
    // Order matters under row-level security: the merged person is updated and its identifiers
    // read while its cases still reach it.
    const identifiers = await findIdentifiersOfPersons(tx, [input.mergedPersonId]);
    if ((await store.setMergedInto(tx, input.mergedPersonId, input.keptPersonId)) !== 1) {
      throw new HavenError('CONFLICT', 'This person has already been merged into another');
    }
    const moved = await store.moveCases(
      tx,
      viewer.agencyId,
      mergedCases.map((c) => c.id),
      input.mergedPersonId,
      input.keptPersonId,
      { userId: viewer.userId, requestId: caller.requestId },
    );
    if (moved !== mergedCases.length) throw new HavenError('CONFLICT', 'The cases of this person changed meanwhile');
    const copied = await insertIdentifiers(
      tx,
      viewer.agencyId,
      input.keptPersonId,
      identifiers.map((i) => ({ kind: i.kind, value: i.value })),
    );
    const recorded = await store.insertMerge(tx, {
      agencyId: viewer.agencyId,
      keptPersonId: input.keptPersonId,
      mergedPersonId: input.mergedPersonId,
      reason,
      mergedBy: viewer.userId,
    });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'person.merge',
      targetType: 'person',
      targetId: input.keptPersonId,
      targetIds: [input.mergedPersonId, ...mergedCases.map((c) => c.id)],
      fields: ['person.mergedInto', 'case.person', ...(copied.length ? ['person.identifiers'] : [])],
      change: {
        before: { mergedInto: null, cases: mergedCases.map((c) => `${c.id}:${input.mergedPersonId}`) },
        after: { mergedInto: input.keptPersonId, cases: mergedCases.map((c) => `${c.id}:${input.keptPersonId}`) },
      },
      reason,
      outcome: 'allowed',
    });
    return {
      id: recorded.id,
      keptPersonId: input.keptPersonId,
      mergedPersonId: input.mergedPersonId,
      reason,
      mergedAt: recorded.mergedAt,
      movedCaseIds: mergedCases.map((c) => c.id),
      copiedIdentifiers: copied.length,
    };
  });
}

/**
 * Duplicate scoring, pure: name similarity, identifier normalisation and the matching rules (data,
 * overridable per agency) that turn the evidence about one candidate into a score and a level.
 */
import { z } from 'zod';
import { asciiDigits, nameTokens as tokensOf, phoneticKey as keyOf } from './transliterate';
import { hasControlCharacters } from '@haven/core/text';

/**
 * A bounded memo of a pure function of a string. Names repeat heavily (a duplicate check scores the
 * same query against up to 2 000 candidates, most of them sharing common names), and tokenising and
 * phonetic keys were about a third of a check's time. Cleared when full, so memory stays bounded.
 */
function memo<T>(fn: (key: string) => T, max = 20_000): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    if (cache.size >= max) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}
const nameTokens = memo(tokensOf);
const phoneticKey = memo(keyOf);

/** Jaro-Winkler similarity of two strings, 0..1. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (!a || !b) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const aMatched = new Array<boolean>(a.length).fill(false);
  const bMatched = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (bMatched[j] || a[i] !== b[j]) continue;
      aMatched[i] = bMatched[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue;
    while (!bMatched[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const m = matches;
  const jaro = (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * Similarity of two name tokens (normalised Latin): Jaro-Winkler of the spellings, or 0.92 when
 * their phonetic keys agree (Mohammed ~ muhammad, fatma ~ fatima), whichever is higher.
 */
export function tokenSimilarity(a: string, b: string): number {
  const spelled = jaroWinkler(a, b);
  const ka = phoneticKey(a);
  return ka.length > 1 && ka === phoneticKey(b) ? Math.max(spelled, 0.92) : spelled;
}

/**
 * Similarity of two full names in any script, 0..1, insensitive to token order (given and family
 * names swapped, or a father's name in between): each token of the shorter name is paired with its
 * best unused match in the other; names with extra tokens lose a little.
 */
export function nameSimilarity(a: string, b: string): number {
  const ta = nameTokens(a);
  const tb = nameTokens(b);
  if (ta.length === 0 || tb.length === 0) return 0;
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta];
  const pairs: { i: number; j: number; s: number }[] = [];
  short.forEach((x, i) => long.forEach((y, j) => pairs.push({ i, j, s: tokenSimilarity(x, y) })));
  pairs.sort((p, q) => q.s - p.s);
  const usedI = new Set<number>();
  const usedJ = new Set<number>();
  let total = 0;
  for (const p of pairs) {
    if (usedI.has(p.i) || usedJ.has(p.j)) continue;
    usedI.add(p.i);
    usedJ.add(p.j);
    total += p.s;
  }
  const mean = total / short.length;
  return Math.round(mean * (0.9 + 0.1 * (short.length / long.length)) * 1000) / 1000;
}

/** Identifier kinds are short lower-case words: national_id, unhcr_id, phone. */
export const identifierKind = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z][a-z0-9_]{1,39}$/, 'must be a short lower-case word (letters, digits, _)');

export const identifierValue = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .refine((v) => !hasControlCharacters(v), 'must not contain control characters')
  .refine((v) => v.length === 0 || normalizeIdentifier('', v).length > 0, 'must contain letters or digits');

/** An identifier as compared: ASCII digits, upper case, no spaces or punctuation; phones digits only. */
export function normalizeIdentifier(kind: string, value: string): string {
  const plain = asciiDigits(value).normalize('NFKD').replace(/\p{M}/gu, '').toUpperCase();
  return kind === 'phone' ? plain.replace(/\D/g, '').replace(/^00/, '') : plain.replace(/[^\p{L}\p{N}]/gu, '');
}

/** The matching rules: weights of each piece of evidence and the levels' thresholds. */
export interface MatchingRules {
  /** Added once when any identifier of the same kind and value matches. */
  identifier: number;
  /** Times the name similarity, when it reaches nameMinimum. */
  name: number;
  /** Name similarities below this count for nothing. */
  nameMinimum: number;
  dobExact: number;
  /** The same year of birth, not the same day (often estimated dates: 1 January). */
  dobSameYear: number;
  /** Within 365 days, different years. */
  dobWithinYear: number;
  /** Added (negative) when both dates are known and more than two years apart. */
  dobConflict: number;
  sexAgree: number;
  /** Added (negative) when both are female or male and differ. */
  sexConflict: number;
  /** Scores from here are "likely" duplicates. */
  likely: number;
  /** Scores from here are "possible" duplicates; below, no candidate. */
  possible: number;
}

export const defaultMatchingRules: MatchingRules = {
  identifier: 75,
  name: 45,
  nameMinimum: 0.85,
  dobExact: 25,
  dobSameYear: 12,
  dobWithinYear: 8,
  dobConflict: -20,
  sexAgree: 5,
  sexConflict: -25,
  likely: 70,
  possible: 45,
};

const weight = z.number().finite().min(-100, 'must be at least -100').max(100, 'must be at most 100');
const positive = weight.min(0, 'must not be negative');
const penalty = weight.max(0, 'must not be positive');

export const matchingRulesSchema = z
  .object({
    identifier: positive,
    name: positive,
    nameMinimum: z.number().min(0.5, 'must be at least 0.5').max(1, 'must be at most 1'),
    dobExact: positive,
    dobSameYear: positive,
    dobWithinYear: positive,
    dobConflict: penalty,
    sexAgree: positive,
    sexConflict: penalty,
    likely: z.number().finite().min(1, 'must be at least 1').max(300, 'must be at most 300'),
    possible: z.number().finite().min(1, 'must be at least 1').max(300, 'must be at most 300'),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.possible > r.likely) {
      ctx.addIssue({ code: 'custom', path: ['possible'], message: 'must not be above likely' });
    }
    if (r.dobExact < r.dobSameYear || r.dobExact < r.dobWithinYear) {
      ctx.addIssue({ code: 'custom', path: ['dobExact'], message: 'must be at least dobSameYear and dobWithinYear' });
    }
  });

/** Stored rules over the defaults: a rule added later takes its default in older agencies. */
export function effectiveRules(stored: unknown): MatchingRules {
  if (!stored || typeof stored !== 'object') return defaultMatchingRules;
  const parsed = matchingRulesSchema.safeParse({ ...defaultMatchingRules, ...stored });
  return parsed.success ? parsed.data : defaultMatchingRules;
}

export interface MatchSubject {
  givenName?: string | null;
  familyName?: string | null;
  sex?: string | null;
  dateOfBirth?: string | null;
  identifiers: { kind: string; normalized: string }[];
}

export type MatchLevel = 'likely' | 'possible';

export interface MatchScore {
  score: number;
  level: MatchLevel | null;
  /** Rule names that contributed: identifier:<kind>, name, dob_exact, dob_same_year, … */
  matched: string[];
  nameSimilarity: number;
}

const DAY = 86_400_000;

/** Scores one candidate against what is being registered. */
export function scoreCandidate(query: MatchSubject, candidate: MatchSubject, rules: MatchingRules): MatchScore {
  let score = 0;
  const matched: string[] = [];
  const theirs = new Set(candidate.identifiers.map((i) => `${i.kind}\u0000${i.normalized}`));
  const kinds = [
    ...new Set(query.identifiers.filter((i) => theirs.has(`${i.kind}\u0000${i.normalized}`)).map((i) => i.kind)),
  ];
  if (kinds.length > 0) {
    score += rules.identifier;
    matched.push(...kinds.sort().map((k) => `identifier:${k}`));
  }
  const a = `${query.givenName ?? ''} ${query.familyName ?? ''}`;
  const b = `${candidate.givenName ?? ''} ${candidate.familyName ?? ''}`;
  const similarity = nameSimilarity(a, b);
  if (similarity >= rules.nameMinimum) {
    score += rules.name * similarity;
    matched.push('name');
  }
  if (query.dateOfBirth && candidate.dateOfBirth) {
    const qa = query.dateOfBirth;
    const ca = candidate.dateOfBirth;
    const apart = Math.abs(Date.parse(`${qa}T00:00:00Z`) - Date.parse(`${ca}T00:00:00Z`)) / DAY;
    if (qa === ca) {
      score += rules.dobExact;
      matched.push('dob_exact');
    } else if (qa.slice(0, 4) === ca.slice(0, 4)) {
      score += rules.dobSameYear;
      matched.push('dob_same_year');
    } else if (apart <= 365) {
      score += rules.dobWithinYear;
      matched.push('dob_within_year');
    } else if (apart > 2 * 365.25 && rules.dobConflict !== 0) {
      score += rules.dobConflict;
      matched.push('dob_conflict');
    }
  }
  const definite = (s?: string | null) => s === 'female' || s === 'male';
  if (definite(query.sex) && definite(candidate.sex)) {
    if (query.sex === candidate.sex) {
      score += rules.sexAgree;
      matched.push('sex');
    } else if (rules.sexConflict !== 0) {
      score += rules.sexConflict;
      matched.push('sex_conflict');
    }
  }
  score = Math.round(score * 10) / 10;
  const level = score >= rules.likely ? 'likely' : score >= rules.possible ? 'possible' : null;
  return { score, level, matched, nameSimilarity: similarity };
}

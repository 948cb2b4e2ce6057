import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database, Executor } from '@haven/core/db/database';
import { badInput, HavenError, type FieldProblem } from '@haven/core/errors';
import { valuesOfType, type FormDefinition, type FormValues, type Label } from '@haven/core/forms/index';
import { labelProblems } from '../case-types/case-type';
import { assertReadsConfiguration } from '../case-types/case-types.service';
import { areaCodePattern, maxAreaLevel, maxImport, type AdminArea, type AdminAreaInput } from './area';
import * as store from './areas.store';

/**
 * Areas of the viewer's agency: the children of parentCode, or every area of a level, or (neither
 * given) the top level. Retired areas only when asked for.
 */
export async function listAreas(
  db: Database,
  caller: Caller,
  args: { parentCode?: string | null; level?: number | null; includeInactive?: boolean | null },
): Promise<AdminArea[]> {
  assertReadsConfiguration(caller, 'administrative areas');
  const { viewer } = caller;
  if (args.level !== null && args.level !== undefined && (!Number.isInteger(args.level) || args.level < 1))
    throw badInput([{ path: ['level'], message: 'must be a whole number of at least 1' }]);
  if (args.parentCode !== null && args.parentCode !== undefined && !areaCodePattern.test(args.parentCode))
    throw badInput([{ path: ['parentCode'], message: 'must be an area code' }]);
  return db.transaction({ viewer }, async (tx) => {
    const activeOnly = !args.includeInactive;
    if (args.parentCode) {
      const parent = (await store.findAreasByCodes(tx, viewer.agencyId, [args.parentCode])).get(args.parentCode);
      if (!parent) throw badInput([{ path: ['parentCode'], message: 'is not an area of this agency' }]);
      return store.findAreas(tx, viewer.agencyId, { parentId: parent.id, level: args.level ?? undefined, activeOnly });
    }
    if (args.level) return store.findAreas(tx, viewer.agencyId, { level: args.level, activeOnly });
    return store.findAreas(tx, viewer.agencyId, { parentId: null, activeOnly });
  });
}

/** One area of the viewer's agency by code; null when there is none. */
export async function getArea(db: Database, caller: Caller, code: string): Promise<AdminArea | null> {
  assertReadsConfiguration(caller, 'administrative areas');
  const { viewer } = caller;
  if (!areaCodePattern.test(code)) throw badInput([{ path: ['code'], message: 'must be an area code' }]);
  return db.transaction(
    { viewer },
    async (tx) => (await store.findAreasByCodes(tx, viewer.agencyId, [code])).get(code) ?? null,
  );
}

/**
 * Imports areas into the viewer's agency (form:manage): an upsert by code, each naming its parent by
 * code (an area already stored or one of the same batch); the level is the parent's plus one. An
 * area's parent cannot change once stored. One transaction; every problem comes back at once as
 * BAD_USER_INPUT under "areas", and nothing is stored then.
 */
export async function importAreas(
  db: Database,
  caller: Caller,
  areas: AdminAreaInput[],
): Promise<{ created: number; updated: number }> {
  const { viewer } = caller;
  assertPermission(viewer, 'form:manage');
  const problems: FieldProblem[] = [];
  if (areas.length === 0) problems.push({ path: ['areas'], message: 'must list at least one area' });
  if (areas.length > maxImport) problems.push({ path: ['areas'], message: `must list at most ${maxImport} areas` });
  const byCode = new Map<string, AdminAreaInput>();
  const flawed = new Set<number>();
  areas.forEach((a, i) => {
    const before = problems.length;
    if (!areaCodePattern.test(a.code))
      problems.push({
        path: ['areas', i, 'code'],
        message: 'must be an area code: letters, digits, _ . : - (1 to 64)',
      });
    else if (byCode.has(a.code)) problems.push({ path: ['areas', i, 'code'], message: 'is listed twice' });
    else byCode.set(a.code, a);
    if (a.parentCode !== null && a.parentCode !== undefined) {
      if (!areaCodePattern.test(a.parentCode))
        problems.push({ path: ['areas', i, 'parentCode'], message: 'must be an area code' });
      else if (a.parentCode === a.code)
        problems.push({ path: ['areas', i, 'parentCode'], message: 'must not be the area itself' });
    }
    problems.push(...labelProblems(a.name, ['areas', i, 'name']));
    if (problems.length > before) flawed.add(i);
  });
  if (areas.length === 0 || areas.length > maxImport) throw badInput(problems);
  return db.transaction({ viewer }, async (tx) => {
    const parentCodes = areas.flatMap((a) => (a.parentCode ? [a.parentCode] : []));
    const stored = await store.findAreasByCodes(tx, viewer.agencyId, [...new Set([...byCode.keys(), ...parentCodes])]);
    // Levels: the parent's plus one, following parents through the batch; a cycle has no level.
    const levels = new Map<string, number | null>();
    const levelOf = (code: string, seen: Set<string>): number | null => {
      if (levels.has(code)) return levels.get(code)!;
      const inBatch = byCode.get(code);
      if (!inBatch) return stored.get(code)?.level ?? null;
      if (seen.has(code)) return null;
      seen.add(code);
      const level = inBatch.parentCode ? ((p) => (p === null ? null : p + 1))(levelOf(inBatch.parentCode, seen)) : 1;
      levels.set(code, level);
      return level;
    };
    // Problems that need the stored hierarchy join the others, so that all come back at once.
    areas.forEach((a, i) => {
      if (flawed.has(i)) return;
      const parentCode = a.parentCode ?? null;
      const existing = stored.get(a.code);
      if (parentCode && !byCode.has(parentCode) && !stored.has(parentCode)) {
        problems.push({ path: ['areas', i, 'parentCode'], message: 'is not an area of this agency or of this import' });
        return;
      }
      if (existing && existing.parentCode !== parentCode) {
        problems.push({
          path: ['areas', i, 'parentCode'],
          message: `must stay ${existing.parentCode ?? 'empty (top level)'}: an area cannot move to another parent`,
        });
        return;
      }
      const level = levelOf(a.code, new Set());
      if (level === null) problems.push({ path: ['areas', i, 'parentCode'], message: 'makes a cycle of parents' });
      else if (level > maxAreaLevel)
        problems.push({ path: ['areas', i, 'parentCode'], message: `would put the area below level ${maxAreaLevel}` });
    });
    if (problems.length > 0) throw badInput([...problems].sort((x, y) => Number(x.path[1]) - Number(y.path[1])));
    const ids = new Map([...stored].map(([code, a]) => [code, a.id]));
    const depth = Math.max(...areas.map((a) => levels.get(a.code)!));
    for (let level = 1; level <= depth; level++) {
      const batch = areas
        .filter((a) => levels.get(a.code) === level)
        .map((a) => ({
          code: a.code,
          level,
          parentId: a.parentCode ? ids.get(a.parentCode)! : null,
          name: a.name as Label,
          active: a.active ?? stored.get(a.code)?.active ?? true,
        }));
      for (const [code, id] of await store.upsertAreas(tx, viewer.agencyId, batch)) ids.set(code, id);
    }
    const updated = areas.filter((a) => stored.has(a.code)).length;
    const result = { created: areas.length - updated, updated };
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'admin_area.import',
      targetType: 'admin_area',
      fields: [`created:${result.created}`, `updated:${result.updated}`],
      outcome: 'allowed',
    });
    return result;
  });
}

/** Retires an area (no new location values may name it) or brings it back (form:manage). */
export async function setAreaActive(db: Database, caller: Caller, code: string, active: boolean): Promise<AdminArea> {
  const { viewer } = caller;
  assertPermission(viewer, 'form:manage');
  if (!areaCodePattern.test(code)) throw badInput([{ path: ['code'], message: 'must be an area code' }]);
  return db.transaction({ viewer }, async (tx) => {
    const found = (await store.findAreasByCodes(tx, viewer.agencyId, [code])).get(code);
    if (!found) throw new HavenError('NOT_FOUND', 'No such area');
    if (found.active !== active) {
      await store.setActive(tx, viewer.agencyId, code, active);
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: active ? 'admin_area.activate' : 'admin_area.retire',
        targetType: 'admin_area',
        targetId: code,
        fields: ['active'],
        change: { before: { active: found.active }, after: { active } },
        outcome: 'allowed',
      });
    }
    return { ...found, active };
  });
}

/**
 * Checks the location values of a submission against the agency's hierarchy, inside the caller's
 * transaction: each code names an active area, the i-th code sits at level i + 1, and each is a
 * child of the code before it. Problems have paths under "values" like the form's own.
 */
export async function locationProblems(
  tx: Executor,
  agencyId: string,
  definition: FormDefinition,
  values: FormValues,
): Promise<FieldProblem[]> {
  const found = valuesOfType(definition, values, 'location').flatMap(({ path, value }) =>
    Array.isArray(value) ? [{ path, codes: value as unknown[] }] : [],
  );
  if (found.length === 0) return [];
  const codes = [...new Set(found.flatMap((f) => f.codes.filter((c): c is string => typeof c === 'string')))];
  const areas = await store.findAreasByCodes(tx, agencyId, codes);
  const problems: FieldProblem[] = [];
  for (const { path, codes: value } of found) {
    let parent: AdminArea | null = null;
    for (let i = 0; i < value.length; i++) {
      const area = typeof value[i] === 'string' ? areas.get(value[i] as string) : undefined;
      if (!area) {
        problems.push({ path: [...path, i], message: 'is not an area of this agency' });
        break;
      }
      if (!area.active) {
        problems.push({ path: [...path, i], message: 'is a retired area' });
        break;
      }
      if (area.level !== i + 1) {
        problems.push({ path: [...path, i], message: `is an area of level ${area.level}, not ${i + 1}` });
        break;
      }
      if (parent && area.parentId !== parent.id) {
        problems.push({ path: [...path, i], message: `is not within ${parent.code}` });
        break;
      }
      parent = area;
    }
  }
  return problems;
}

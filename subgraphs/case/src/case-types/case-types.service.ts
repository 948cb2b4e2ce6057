import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database, Executor } from '@haven/core/db/database';
import { badInput, HavenError, type FieldProblem } from '@haven/core/errors';
import type { Label } from '@haven/core/forms/index';
import { classificationRank, classifications, type Classification } from '../access';
import { fieldClassifications as builtInClassifications } from '../cases/fields';
import {
  caseTypeKeyPattern,
  caseTypeWirePattern,
  fixedFields,
  labelProblems,
  registrationFields,
  workflowKeyPattern,
  type CaseTypeRecord,
} from './case-type';
import * as store from './case-types.store';

/**
 * Agency configuration (case types, administrative areas, form definitions) is read with case:read
 * or form:manage: the service's half of the readsConfiguration rule (rules.ts).
 */
export function assertReadsConfiguration(caller: Caller, what: string): void {
  const { permissions } = caller.viewer;
  if (!permissions.includes('case:read') && !permissions.includes('form:manage')) {
    throw new HavenError('FORBIDDEN', `Reading ${what} needs case:read or form:manage`);
  }
}

/** The case types of the viewer's agency, active and retired. */
export async function listCaseTypes(db: Database, caller: Caller): Promise<CaseTypeRecord[]> {
  assertReadsConfiguration(caller, 'case types');
  const { viewer } = caller;
  return db.transaction({ viewer }, (tx) => store.findCaseTypes(tx, viewer.agencyId));
}

/**
 * The case type a new case or form names, inside the caller's transaction: it must be one of the
 * agency's and active. Otherwise BAD_USER_INPUT at the given input path.
 */
export async function requireActiveCaseType(
  tx: Executor,
  agencyId: string,
  key: string,
  path: (string | number)[],
): Promise<CaseTypeRecord> {
  const found = await store.findCaseType(tx, agencyId, key);
  if (!found) throw badInput([{ path, message: 'is not a case type of this agency' }]);
  if (!found.active) throw badInput([{ path, message: 'is a retired case type; new cases may not use it' }]);
  return found;
}

/** The case types of an agency by key (inside the caller's transaction). */
export async function caseTypesByKey(tx: Executor, agencyId: string): Promise<Map<string, CaseTypeRecord>> {
  return new Map((await store.findCaseTypes(tx, agencyId)).map((t) => [t.key, t]));
}

/** The field classifications each of some case types sets (cases of these types tighten the registry with them). */
export const classificationsOfCaseTypes = store.findClassifications;

export interface SaveCaseTypeInput {
  key: string;
  label?: unknown;
  description?: unknown;
  formKeys?: string[] | null;
  mandatoryFields?: string[] | null;
  fieldClassifications?: unknown;
  defaultFormClassification?: string | null;
  workflowKey?: string | null;
  active?: boolean | null;
}

/** The stored key of a key as given: lower snake case, or the upper snake case the API shows. */
function keyOf(given: string): string | null {
  if (caseTypeKeyPattern.test(given)) return given;
  if (caseTypeWirePattern.test(given)) return given.toLowerCase();
  return null;
}

const given = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined;

/**
 * Adds a case type to the viewer's agency or changes one (form:manage). Fields not given keep their
 * value (a new case type takes defaults; it needs a label and a workflow). Every problem comes back
 * at once as BAD_USER_INPUT with its path under "input"; nothing is stored then. `active: false`
 * retires the type: existing cases keep it, new cases may not use it.
 */
export async function saveCaseType(db: Database, caller: Caller, input: SaveCaseTypeInput): Promise<CaseTypeRecord> {
  const { viewer } = caller;
  assertPermission(viewer, 'form:manage');
  const problems: FieldProblem[] = [];
  const at = (...path: (string | number)[]) => ['input', ...path];
  const key = keyOf(input.key);
  if (!key) {
    problems.push({
      path: at('key'),
      message:
        'must be a key of 2 to 40 characters: a letter, then letters, digits or _ (FOOD_SECURITY or food_security)',
    });
  }
  if (given(input.label)) problems.push(...labelProblems(input.label, at('label')));
  if (given(input.description)) problems.push(...labelProblems(input.description, at('description'), 2000));
  if (given(input.workflowKey) && !workflowKeyPattern.test(input.workflowKey)) {
    problems.push({ path: at('workflowKey'), message: 'must be a workflow key: small letters, digits, - or _' });
  }
  if (given(input.defaultFormClassification) && !classifications.includes(input.defaultFormClassification as never)) {
    problems.push({ path: at('defaultFormClassification'), message: 'must be standard, restricted or confidential' });
  }
  if (given(input.formKeys)) {
    if (input.formKeys.length > 50) problems.push({ path: at('formKeys'), message: 'must name at most 50 forms' });
    input.formKeys.forEach((k, i) => {
      if (input.formKeys!.indexOf(k) !== i) problems.push({ path: at('formKeys', i), message: 'is named twice' });
    });
  }
  if (given(input.mandatoryFields)) {
    input.mandatoryFields.forEach((f, i) => {
      if (!(f in registrationFields)) {
        problems.push({
          path: at('mandatoryFields', i),
          message: `is not a registration field that can be made mandatory (${Object.keys(registrationFields).join(', ')})`,
        });
      } else if (input.mandatoryFields!.indexOf(f) !== i) {
        problems.push({ path: at('mandatoryFields', i), message: 'is named twice' });
      }
    });
  }
  let tightened: Record<string, Classification> | undefined;
  if (given(input.fieldClassifications)) {
    const value = input.fieldClassifications;
    if (typeof value !== 'object' || Array.isArray(value)) {
      problems.push({
        path: at('fieldClassifications'),
        message: 'must be an object of classifications by field path',
      });
    } else {
      tightened = {};
      for (const [path, level] of Object.entries(value as Record<string, unknown>)) {
        const base = builtInClassifications[path];
        if (!base || fixedFields.has(path)) {
          problems.push({
            path: at('fieldClassifications', path),
            message: base ? 'is a field whose classification cannot change' : 'is not a field of the case record',
          });
        } else if (typeof level !== 'string' || !classifications.includes(level as Classification)) {
          problems.push({
            path: at('fieldClassifications', path),
            message: 'must be standard, restricted or confidential',
          });
        } else if (classificationRank[level as Classification] < classificationRank[base]) {
          problems.push({
            path: at('fieldClassifications', path),
            message: `may only tighten the field's classification (${base}), never loosen it`,
          });
        } else if (level !== base) {
          tightened[path] = level as Classification;
        }
      }
    }
  }
  return db.transaction({ viewer }, async (tx) => {
    // Problems that need the agency's data join the others, so that all come back at once.
    const existing = key ? await store.findCaseType(tx, viewer.agencyId, key) : null;
    if (!existing && !given(input.label))
      problems.push({ path: at('label'), message: 'is required for a new case type' });
    if (!existing && !given(input.workflowKey))
      problems.push({ path: at('workflowKey'), message: 'is required for a new case type' });
    if (given(input.formKeys)) {
      const published = await store.publishedFormKeys(tx, viewer.agencyId);
      input.formKeys.forEach((k, i) => {
        if (!published.has(k) && input.formKeys!.indexOf(k) === i)
          problems.push({ path: at('formKeys', i), message: 'is not a published form of this agency' });
      });
    }
    if (problems.length > 0) throw badInput(problems);
    const values: store.CaseTypeValues = {
      key: key!,
      label: (input.label as Label | undefined) ?? existing!.label,
      description: given(input.description) ? (input.description as Label) : (existing?.description ?? null),
      formKeys: input.formKeys ?? existing?.formKeys ?? [],
      mandatoryFields: input.mandatoryFields ?? existing?.mandatoryFields ?? [],
      fieldClassifications: tightened ?? existing?.fieldClassifications ?? {},
      defaultFormClassification:
        (input.defaultFormClassification as Classification | null | undefined) ??
        existing?.defaultFormClassification ??
        'standard',
      workflowKey: input.workflowKey ?? existing!.workflowKey,
      active: input.active ?? existing?.active ?? true,
    };
    const saved = await store.upsertCaseType(tx, viewer.agencyId, viewer.userId, values);
    const changed = existing
      ? (Object.keys(values) as (keyof store.CaseTypeValues)[]).filter(
          (k) => JSON.stringify(values[k]) !== JSON.stringify(existing[k]),
        )
      : Object.keys(values);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: existing ? 'case_type.update' : 'case_type.create',
      targetType: 'case_type',
      targetId: saved.key,
      fields: changed,
      change: {
        before: existing ? Object.fromEntries(changed.map((k) => [k, existing[k as keyof CaseTypeRecord]])) : {},
        after: Object.fromEntries(changed.map((k) => [k, values[k as keyof store.CaseTypeValues]])),
      },
      outcome: 'allowed',
    });
    return saved;
  });
}

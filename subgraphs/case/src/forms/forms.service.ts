import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import { confidentialAad, openConfidentialValue, sealField, type FieldKeyring } from '@haven/core/crypto/field-cipher';
import type { Database, Executor } from '@haven/core/db/database';
import { badInput, HavenError, type FieldProblem } from '@haven/core/errors';
import {
  classificationsOf,
  computeSubmission,
  formTemplates,
  validateDefinition,
  validateSubmission,
  type FormDefinition,
  type FormValues,
} from '@haven/core/forms/index';
import { isUuid } from '@haven/core/ids';
import { manages, mayRead, mayUpdate, type CaseAccess } from '../access';
import { caseTypes, reachableCase, refuse } from '../cases';
import { confidentialFieldName, type FormDefinitionRecord, type FormSubmission, type SubmissionView } from './form';
import * as store from './forms.store';

const formKeyPattern = /^[a-z][a-z0-9_]{1,63}$/;
const isBlank = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);
/** Today as the server sees it (UTC): rules such as "not in the future" and age() use it. */
const today = () => new Date().toISOString().slice(0, 10);

const notFound = () => new HavenError('NOT_FOUND', 'No such form');

/**
 * Seeds the shipped templates as published version 1 for an agency, inside the provisioning
 * (system) transaction. Templates already there are left as they are.
 */
export async function installFormTemplates(tx: Executor, agencyId: string, createdBy: string): Promise<void> {
  for (const template of formTemplates) {
    const problems = validateDefinition(template.definition);
    if (problems.length > 0) throw new Error(`form template ${template.key} is invalid: ${JSON.stringify(problems)}`);
    await store.insertDefinition(tx, {
      agencyId,
      key: template.key,
      version: 1,
      caseTypes: template.caseTypes,
      definition: template.definition,
      status: 'published',
      createdBy,
    });
  }
}

function assertCanReadForms(caller: Caller): void {
  const { permissions } = caller.viewer;
  if (!permissions.includes('case:read') && !permissions.includes('form:manage')) {
    throw new HavenError('FORBIDDEN', 'Reading form definitions needs case:read or form:manage');
  }
}

/** The newest published version of each form of the viewer's agency (for a case type, when given). */
export async function listDefinitions(
  db: Database,
  caller: Caller,
  caseType: string | null,
): Promise<FormDefinitionRecord[]> {
  assertCanReadForms(caller);
  const { viewer } = caller;
  return db.transaction({ viewer }, (tx) => store.findAllLatestPublished(tx, viewer.agencyId, caseType));
}

/**
 * One version of a form; without a version the newest published one. Drafts are seen only by
 * those who manage forms.
 */
export async function getDefinition(
  db: Database,
  caller: Caller,
  key: string,
  version: number | null,
): Promise<FormDefinitionRecord> {
  assertCanReadForms(caller);
  const { viewer } = caller;
  const found = await db.transaction({ viewer }, (tx) =>
    version === null
      ? store.findLatestPublished(tx, viewer.agencyId, key)
      : store.findDefinition(tx, viewer.agencyId, key, version),
  );
  if (!found || (found.status === 'draft' && !viewer.permissions.includes('form:manage'))) throw notFound();
  return found;
}

/**
 * Saves a new draft version of a form (form:manage). The definition is checked first; every
 * problem comes back at once as BAD_USER_INPUT with its path under "definition".
 */
export async function saveDefinition(
  db: Database,
  caller: Caller,
  input: { key: string; caseTypes: string[]; definition: unknown },
): Promise<FormDefinitionRecord> {
  const { viewer } = caller;
  assertPermission(viewer, 'form:manage');
  const problems: FieldProblem[] = [];
  if (!formKeyPattern.test(input.key)) {
    problems.push({ path: ['key'], message: 'must be a key: a small letter, then small letters, digits or _' });
  }
  if (input.caseTypes.length === 0) problems.push({ path: ['caseTypes'], message: 'must name at least one case type' });
  input.caseTypes.forEach((t, i) => {
    if (!(caseTypes as readonly string[]).includes(t))
      problems.push({ path: ['caseTypes', i], message: 'is not a case type' });
  });
  for (const p of validateDefinition(input.definition))
    problems.push({ path: ['definition', ...p.path], message: p.message });
  if (problems.length > 0) throw badInput(problems);
  return db.transaction({ viewer }, async (tx) => {
    const version = await store.nextVersion(tx, viewer.agencyId, input.key);
    const saved = await store.insertDefinition(tx, {
      agencyId: viewer.agencyId,
      key: input.key,
      version,
      caseTypes: [...new Set(input.caseTypes)],
      definition: input.definition as FormDefinition,
      status: 'draft',
      createdBy: viewer.userId,
    });
    if (!saved) throw new HavenError('CONFLICT', 'Another version of this form was saved at the same time; try again');
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'form.definition_save',
      targetType: 'form_definition',
      targetId: saved.id,
      fields: [`form:${saved.key}`, `version:${saved.version}`],
      outcome: 'allowed',
    });
    return saved;
  });
}

/** Publishes a draft version (form:manage). Publishing a published version changes nothing. */
export async function publishDefinition(
  db: Database,
  caller: Caller,
  key: string,
  version: number,
): Promise<FormDefinitionRecord> {
  const { viewer } = caller;
  assertPermission(viewer, 'form:manage');
  return db.transaction({ viewer }, async (tx) => {
    const found = await store.findDefinition(tx, viewer.agencyId, key, version);
    if (!found) throw notFound();
    if (found.status === 'published') return found;
    if (found.status === 'retired') throw new HavenError('CONFLICT', 'A retired form version cannot be published');
    const published = await store.markPublished(tx, found.id);
    if (!published) throw new HavenError('CONFLICT', 'The form version changed while it was being published');
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'form.definition_publish',
      targetType: 'form_definition',
      targetId: published.id,
      fields: [`form:${key}`, `version:${version}`],
      outcome: 'allowed',
    });
    return published;
  });
}

const forbiddenFields = (keys: string[]) =>
  new HavenError('FORBIDDEN_FIELD', 'You may not change these fields of this form', {
    fields: keys.map((k) => ({ path: ['values', k], message: 'is restricted for you' })),
  });

function checkValues(definition: FormDefinition, values: unknown): FormValues {
  const problems = validateSubmission(definition, values, { today: today() });
  if (problems.length > 0) throw badInput(problems.map((p) => ({ path: ['values', ...p.path], message: p.message })));
  return computeSubmission(definition, values as FormValues, { today: today() });
}

/** Splits computed values into those kept in the row and the confidential ones to encrypt. */
function splitConfidential(definition: FormDefinition, values: FormValues) {
  const levels = classificationsOf(definition);
  const open: FormValues = {};
  const sealed: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (levels.get(key) === 'confidential') sealed[key] = value;
    else open[key] = value;
  }
  return { open, sealed };
}

async function writeSealed(
  tx: Executor,
  caller: Caller,
  keys: FieldKeyring,
  caseId: string,
  submissionId: string,
  sealed: Record<string, unknown>,
): Promise<void> {
  const { viewer } = caller;
  for (const [key, value] of Object.entries(sealed)) {
    const field = confidentialFieldName(submissionId, key);
    if (isBlank(value)) {
      await store.deleteSealedValue(tx, caseId, field);
      continue;
    }
    const box = sealField(keys, JSON.stringify(value), confidentialAad(viewer.agencyId, caseId, field));
    await store.upsertSealedValue(tx, {
      agencyId: viewer.agencyId,
      caseId,
      field,
      keyId: box.keyId,
      ciphertext: box.payload,
      updatedBy: viewer.userId,
    });
  }
}

/** Field keys of the given values whose classification the viewer may not change on this case. */
function notUpdatable(definition: FormDefinition, access: CaseAccess, keys: string[]): string[] {
  const levels = classificationsOf(definition);
  return keys.filter((k) => levels.has(k) && !mayUpdate(access, levels.get(k)!));
}

/**
 * Fills in a form for a case (those who work it), validated on the server against the newest
 * published version of the form; the submission records that version. Nothing is stored when any
 * value fails (BAD_USER_INPUT with the path of each failing value under "values"). Confidential
 * values are encrypted; the audit row names the fields, never their values.
 */
export async function submitForm(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  input: { caseId: string; formKey: string; values: unknown },
): Promise<SubmissionView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  let denied: HavenError | null = null;
  const result = await db.transaction({ viewer }, async (tx) => {
    const record = await reachableCase(tx, viewer, input.caseId);
    if (!record) return null;
    if (!manages(record.access)) {
      denied = new HavenError('FORBIDDEN', 'Only those who work a case may fill in its forms');
      return null;
    }
    const form = await store.findLatestPublished(tx, viewer.agencyId, input.formKey);
    if (!form) throw badInput([{ path: ['formKey'], message: 'is not a published form of this agency' }]);
    if (!form.caseTypes.includes(record.caseType)) {
      throw badInput([{ path: ['formKey'], message: `is not a form for ${record.caseType} cases` }]);
    }
    const given = input.values && typeof input.values === 'object' ? Object.keys(input.values) : [];
    const refused = notUpdatable(form.definition, record.access, given);
    if (refused.length > 0) {
      denied = forbiddenFields(refused);
      return null;
    }
    const values = checkValues(form.definition, input.values);
    const { open, sealed } = splitConfidential(form.definition, values);
    const submission = await store.insertSubmission(tx, {
      agencyId: viewer.agencyId,
      caseId: record.id,
      formDefinitionId: form.id,
      formKey: form.key,
      formVersion: form.version,
      values: open,
      submittedBy: viewer.userId,
    });
    await writeSealed(tx, caller, keys, record.id, submission.id, sealed);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'form.submit',
      targetType: 'case',
      targetId: record.id,
      fields: [
        `submission:${submission.id}`,
        `form:${form.key}`,
        `version:${form.version}`,
        ...Object.keys(values).filter((k) => !isBlank(values[k])),
      ],
      outcome: 'allowed',
    });
    return { ...submission, values, withheldFields: [] };
  });
  if (denied) return refuse(db, caller, input.caseId, 'form.submit', { error: denied });
  return result ?? refuse(db, caller, input.caseId, 'form.submit');
}

/**
 * Changes the values of a submission, validated against the version the submission used (a newer
 * version of the form does not apply). The values given replace the old ones; fields the viewer
 * may not read keep their stored values. Because confidential values take part in validation and
 * only the assigned worker can decrypt them, a form with confidential fields is changed only by
 * the assigned worker.
 */
export async function updateSubmission(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  input: { submissionId: string; values: unknown },
): Promise<SubmissionView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const missing = new HavenError('NOT_FOUND', 'No such form submission');
  if (!isUuid(input.submissionId)) return refuse(db, caller, input.submissionId, 'form.update', { error: missing });
  let caseId: string | null = null;
  let denied: HavenError | null = null;
  const result = await db.transaction({ viewer }, async (tx) => {
    const submission = await store.findSubmission(tx, viewer.agencyId, input.submissionId);
    if (!submission) return null;
    caseId = submission.caseId;
    const record = await reachableCase(tx, viewer, submission.caseId);
    if (!record) return null;
    if (!manages(record.access)) {
      denied = new HavenError('FORBIDDEN', 'Only those who work a case may change its forms');
      return null;
    }
    const form = (await store.findDefinitionsByIds(tx, viewer.agencyId, [submission.formDefinitionId])).get(
      submission.formDefinitionId,
    );
    if (!form) throw new Error(`definition of submission ${submission.id} missing`);
    const levels = classificationsOf(form.definition);
    const given =
      input.values && typeof input.values === 'object' && !Array.isArray(input.values) ? input.values : null;
    const refused = notUpdatable(form.definition, record.access, given ? Object.keys(given) : []);
    const confidential = [...levels].filter(([, l]) => l === 'confidential').map(([k]) => k);
    if (!mayUpdate(record.access, 'confidential') && confidential.length > 0) refused.push(...confidential);
    if (refused.length > 0) {
      denied = forbiddenFields([...new Set(refused)]);
      return null;
    }
    // Restricted values the viewer may not read stay as stored (the service reads them, she does not).
    const calculated = new Set(
      form.definition.sections.flatMap((s) => s.fields.filter((f) => f.type === 'calculated').map((f) => f.key)),
    );
    const merged: FormValues = given ? { ...given } : {};
    if (given) {
      for (const [key, level] of levels) {
        if (calculated.has(key) || mayRead(record.access, level) || isBlank(submission.values[key])) continue;
        merged[key] = submission.values[key];
      }
    }
    const values = checkValues(form.definition, given ? merged : input.values);
    const { open, sealed } = splitConfidential(form.definition, values);
    const updated = await store.updateSubmissionValues(tx, submission.id, open);
    await writeSealed(tx, caller, keys, record.id, submission.id, sealed);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'form.update',
      targetType: 'case',
      targetId: record.id,
      fields: [
        `submission:${submission.id}`,
        `form:${form.key}`,
        `version:${form.version}`,
        ...Object.keys(values).filter((k) => !isBlank(values[k])),
      ],
      outcome: 'allowed',
    });
    return { ...updated, values, withheldFields: [] };
  });
  if (denied) return refuse(db, caller, caseId ?? input.submissionId, 'form.update', { error: denied });
  return result ?? refuse(db, caller, caseId ?? input.submissionId, 'form.update', { error: missing });
}

/**
 * Submissions of cases the viewer reaches, newest first, with the field layer applied: values of
 * fields she may not read are left out and named in withheldFields (every restricted or
 * confidential field of the form she may not read, whether or not it holds a value, so the list
 * tells nothing about the values). The read is audited with the fields returned; withheld fields
 * are recorded as a denial.
 */
export async function submissionsOf(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  cases: ReadonlyMap<string, CaseAccess>,
  formKey: string | null,
): Promise<Map<string, SubmissionView[]>> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  return db.transaction({ viewer }, async (tx) => {
    const out = new Map<string, SubmissionView[]>([...cases.keys()].map((id) => [id, []]));
    const submissions = await store.findSubmissionsOfCases(tx, [...cases.keys()], formKey);
    if (submissions.length === 0) return out;
    const definitions = await store.findDefinitionsByIds(tx, viewer.agencyId, [
      ...new Set(submissions.map((s) => s.formDefinitionId)),
    ]);
    const assignedCases = [...cases].filter(([, a]) => mayRead(a, 'confidential')).map(([id]) => id);
    const sealed = new Map<string, unknown>();
    for (const row of await store.findSealedFormValues(tx, assignedCases)) {
      const text = openConfidentialValue(keys, viewer.agencyId, row);
      sealed.set(`${row.caseId}/${row.field}`, JSON.parse(text));
    }
    const read = new Map<string, Set<string>>();
    const withheldByCase = new Map<string, Set<string>>();
    for (const submission of submissions) {
      const access = cases.get(submission.caseId)!;
      const definition = definitions.get(submission.formDefinitionId)!.definition;
      const values: FormValues = {};
      const withheld: string[] = [];
      for (const [key, level] of classificationsOf(definition)) {
        if (!mayRead(access, level)) {
          if (level !== 'standard') withheld.push(key);
          continue;
        }
        const value =
          level === 'confidential'
            ? sealed.get(`${submission.caseId}/${confidentialFieldName(submission.id, key)}`)
            : submission.values[key];
        if (value !== undefined) values[key] = value;
      }
      out.get(submission.caseId)!.push({ ...submission, values, withheldFields: withheld });
      const names = (set: Map<string, Set<string>>) =>
        set.get(submission.caseId) ?? set.set(submission.caseId, new Set()).get(submission.caseId)!;
      for (const k of Object.keys(values)) names(read).add(`forms.${submission.formKey}.${k}`);
      for (const k of withheld) names(withheldByCase).add(`forms.${submission.formKey}.${k}`);
    }
    const actor = actorOf(viewer, caller.requestId);
    for (const [caseId, fields] of read) {
      await recordAudit(tx, actor, {
        action: 'form.read',
        targetType: 'case',
        targetId: caseId,
        fields: [...fields],
        outcome: 'allowed',
      });
    }
    for (const [caseId, fields] of withheldByCase) {
      await recordAudit(tx, actor, {
        action: 'form.read_field',
        targetType: 'case',
        targetId: caseId,
        fields: [...fields],
        outcome: 'denied',
      });
    }
    return out;
  });
}

export type { FormSubmission };

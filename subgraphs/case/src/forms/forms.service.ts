import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import { confidentialAad, openConfidentialValue, sealField, type FieldKeyring } from '@haven/core/crypto/field-cipher';
import type { Database, Executor } from '@haven/core/db/database';
import { badInput, HavenError, type FieldProblem } from '@haven/core/errors';
import {
  computeSubmission,
  formTemplates,
  validateDefinition,
  validateSubmission,
  valuesOfType,
  type FieldDefinition,
  type FormDefinition,
  type FormValues,
} from '@haven/core/forms/index';
import { isUuid } from '@haven/core/ids';
import { mayRead, mayUpdate, type CaseAccess, type Classification } from '../access';
import { caseTransaction, refuse, Refusal, workedCase } from '../cases';
import { assertReadsConfiguration, caseTypesByKey } from '../case-types/case-types.service';
import type { CaseTypeRecord } from '../case-types/case-type';
import { locationProblems } from '../areas/areas.service';
import { documentsNotOfCase } from '../documents';
import type { CaseView } from '../cases';
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

/** The newest published version of each form of the viewer's agency (for a case type, when given). */
export async function listDefinitions(
  db: Database,
  caller: Caller,
  caseType: string | null,
): Promise<FormDefinitionRecord[]> {
  assertReadsConfiguration(caller, 'form definitions');
  const { viewer } = caller;
  return db.transaction({ viewer }, async (tx) => {
    if (caseType === null) return store.findAllLatestPublished(tx, viewer.agencyId, null);
    const formKeys = (await caseTypesByKey(tx, viewer.agencyId)).get(caseType)?.formKeys ?? [];
    const all = await store.findAllLatestPublished(tx, viewer.agencyId, null);
    return all.filter((f) => appliesTo(f, caseType, formKeys));
  });
}

/**
 * Whether a form is one of a case type's: the definition names the case type, or the case type
 * names the form among its forms (case_types.form_keys, the programme manager's configuration).
 */
function appliesTo(form: FormDefinitionRecord, caseType: string, formKeys: readonly string[]): boolean {
  return form.caseTypes.includes(caseType) || formKeys.includes(form.key);
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
  assertReadsConfiguration(caller, 'form definitions');
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
  for (const p of validateDefinition(input.definition))
    problems.push({ path: ['definition', ...p.path], message: p.message });
  return db.transaction({ viewer }, async (tx) => {
    // Case types are the agency's configuration: each named must be one of its active ones.
    const configured = await caseTypesByKey(tx, viewer.agencyId);
    input.caseTypes.forEach((t, i) => {
      const found = configured.get(t);
      if (!found) problems.push({ path: ['caseTypes', i], message: 'is not a case type of this agency' });
      else if (!found.active) problems.push({ path: ['caseTypes', i], message: 'is a retired case type' });
    });
    if (problems.length > 0) throw badInput(problems);
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
  new Refusal('FORBIDDEN_FIELD', 'You may not change these fields of this form', {
    fields: keys.map((k) => ({ path: ['values', k], message: 'is restricted for you' })),
  });

/**
 * The classification of each top-level field: its own, or the default of the case's case type
 * (case_types.default_form_classification) when the definition names none.
 */
function levelsOf(definition: FormDefinition, fallback: Classification): Map<string, Classification> {
  return new Map(
    definition.sections.flatMap((s) => s.fields.map((f) => [f.key, f.classification ?? fallback] as const)),
  );
}

const defaultClassificationOf = (caseType: CaseTypeRecord | undefined): Classification =>
  caseType?.defaultFormClassification ?? 'standard';

/** The default classification of form fields for cases of each case type of the agency. */
async function formDefaults(tx: Executor, agencyId: string): Promise<(caseType: string) => Classification> {
  const types = await caseTypesByKey(tx, agencyId);
  return (caseType) => defaultClassificationOf(types.get(caseType));
}

const valuesProblems = (problems: { path: (string | number)[]; message: string }[]) =>
  badInput(problems.map((p) => ({ path: ['values', ...p.path], message: p.message })));

/** The document ids a form's file fields name, with their paths. */
const fileValues = (definition: FormDefinition, values: FormValues) =>
  valuesOfType(definition, values, 'file').flatMap(({ path, value }) => {
    const id = value && typeof value === 'object' ? (value as { documentId?: unknown }).documentId : undefined;
    return typeof id === 'string' ? [{ path: [...path, 'documentId'], id }] : [];
  });

/**
 * What the form's own rules cannot know: location values must be areas of the agency, file values
 * live documents of this very case (a form must not point at another case's document). A document
 * the stored submission already names was checked when it was stored: a change of the form keeps it
 * even when the viewer does not see that document (a supervisor and a confidential document) or it
 * has since been withdrawn.
 */
async function referenceProblems(
  tx: Executor,
  record: { id: string; agencyId: string },
  definition: FormDefinition,
  values: FormValues,
  stored: FormValues | null,
): Promise<FieldProblem[]> {
  const problems = await locationProblems(tx, record.agencyId, definition, values);
  const kept = new Set(stored ? fileValues(definition, stored).map((f) => f.id) : []);
  const files = fileValues(definition, values).filter((f) => !kept.has(f.id));
  if (files.length > 0) {
    const foreign = new Set(
      await documentsNotOfCase(
        tx,
        record.id,
        files.map((f) => f.id),
      ),
    );
    for (const f of files)
      if (foreign.has(f.id)) problems.push({ path: f.path, message: 'is not a document of this case' });
  }
  return problems;
}

/** Full validation (a submission): the form's rules, then what they refer to (referenceProblems). */
async function checkValues(
  tx: Executor,
  record: { id: string; agencyId: string },
  definition: FormDefinition,
  values: unknown,
  stored: FormValues | null = null,
): Promise<FormValues> {
  const problems = validateSubmission(definition, values, { today: today() });
  if (problems.length > 0) throw valuesProblems(problems);
  const computed = computeSubmission(definition, values as FormValues, { today: today() });
  const references = await referenceProblems(tx, record, definition, computed, stored);
  if (references.length > 0) throw badInput(references);
  return computed;
}

/** A field as a draft checks it: its type and shape only (no required, rules, skip logic or minimums). */
function relaxField(field: FieldDefinition): FieldDefinition {
  const {
    required: _required,
    rules: _rules,
    showIf: _showIf,
    minLength: _minLength,
    pattern: _pattern,
    min: _min,
    max: _max,
    minDate: _minDate,
    maxDate: _maxDate,
    minSelected: _minSelected,
    minItems: _minItems,
    minLevels: _minLevels,
    ...kept
  } = field;
  return { ...kept, ...(field.fields ? { fields: field.fields.map(relaxField) } : {}), minLevels: 0 };
}

/** The definition a draft is checked against: the same fields and types, no requirements. */
function relaxed(definition: FormDefinition): FormDefinition {
  return {
    ...definition,
    rules: [],
    sections: definition.sections.map(({ showIf: _showIf, ...section }) => ({
      ...section,
      fields: section.fields.map(relaxField),
    })),
  };
}

/** Draft validation: the shape and type of each value given; what they refer to must still hold. */
async function checkDraftValues(
  tx: Executor,
  record: { id: string; agencyId: string },
  definition: FormDefinition,
  values: unknown,
  stored: FormValues | null = null,
): Promise<FormValues> {
  const loose = relaxed(definition);
  const problems = validateSubmission(loose, values, { today: today() });
  if (problems.length > 0) throw valuesProblems(problems);
  const given = { ...(values as FormValues) };
  const references = await referenceProblems(tx, record, definition, given, stored);
  if (references.length > 0) throw badInput(references);
  return given;
}

/** Splits values into those kept in the row and the confidential ones to encrypt. */
function splitConfidential(levels: Map<string, Classification>, values: FormValues) {
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

/**
 * New values replace a submission's values: sealed values left out are cleared too, like any other,
 * when the viewer saw them. Sealed values are shown only to those who read confidential fields
 * (submissionsOf); from anyone else they are withheld, and kept: she could not have sent them.
 */
async function clearLeftOutSealed(
  tx: Executor,
  access: CaseAccess,
  caseId: string,
  submissionId: string,
  sealed: Record<string, unknown>,
): Promise<void> {
  if (mayRead(access, 'confidential'))
    await store.deleteSealedValuesExcept(tx, caseId, submissionId, Object.keys(sealed));
}

/** Field keys of the given values whose classification the viewer may not change on this case. */
function notUpdatable(levels: Map<string, Classification>, access: CaseAccess, keys: string[]): string[] {
  return keys.filter((k) => levels.has(k) && !mayUpdate(access, levels.get(k)!));
}

/** Keys of the form's calculated fields (computed on the server, never taken from what is sent). */
const calculatedKeys = (definition: FormDefinition): Set<string> =>
  new Set(definition.sections.flatMap((s) => s.fields.filter((f) => f.type === 'calculated').map((f) => f.key)));

/** The form's values a viewer may not read on this case keep their stored values when she sends new ones. */
function mergeUnreadable(
  definition: FormDefinition,
  levels: Map<string, Classification>,
  access: CaseAccess,
  given: FormValues,
  stored: FormValues,
): FormValues {
  const calculated = calculatedKeys(definition);
  const merged: FormValues = { ...given };
  for (const [key, level] of levels) {
    if (calculated.has(key) || mayRead(access, level) || isBlank(stored[key])) continue;
    merged[key] = stored[key];
  }
  return merged;
}

/** Why a viewer who reaches a case but does not work it may not change its forms. */
const worksForms = 'Only those who work a case may fill in its forms';

const submissionFields = (id: string, form: FormDefinitionRecord, values: FormValues) => [
  `submission:${id}`,
  `form:${form.key}`,
  `version:${form.version}`,
  ...Object.keys(values).filter((k) => !isBlank(values[k])),
];

/**
 * The newest published version of a form, for a case of this type, and the field levels it has
 * there (the case type read once for both); BAD_USER_INPUT at formKey otherwise.
 */
async function formForCase(tx: Executor, agencyId: string, formKey: string, record: CaseView) {
  const form = await store.findLatestPublished(tx, agencyId, formKey);
  if (!form) throw badInput([{ path: ['formKey'], message: 'is not a published form of this agency' }]);
  const caseType = (await caseTypesByKey(tx, agencyId)).get(record.caseType);
  if (!appliesTo(form, record.caseType, caseType?.formKeys ?? [])) {
    throw badInput([{ path: ['formKey'], message: `is not a form for ${record.caseType} cases` }]);
  }
  return { form, levels: levelsOf(form.definition, defaultClassificationOf(caseType)) };
}

/**
 * A new submission or draft of a form, for a case the caller works: the newest published version,
 * the viewer's update rights on each value given, the values checked (fully when submitted, shape
 * only for a draft), confidential ones sealed, the audit row written. One path for both, so a draft
 * and a submission cannot drift apart in what they check.
 */
async function insertNewSubmission(
  tx: Executor,
  caller: Caller,
  keys: FieldKeyring,
  input: { caseId: string; formKey: string; values: unknown },
  status: 'submitted' | 'draft',
  notFound: string,
): Promise<SubmissionView> {
  const { viewer } = caller;
  const record = await workedCase(tx, viewer, input.caseId, worksForms, notFound);
  const { form, levels } = await formForCase(tx, viewer.agencyId, input.formKey, record);
  const given = input.values && typeof input.values === 'object' ? Object.keys(input.values) : [];
  const refused = notUpdatable(levels, record.access, given);
  if (refused.length > 0) throw forbiddenFields(refused);
  const check = status === 'draft' ? checkDraftValues : checkValues;
  const values = await check(tx, record, form.definition, input.values);
  const { open, sealed } = splitConfidential(levels, values);
  const submission = await store.insertSubmission(tx, {
    agencyId: viewer.agencyId,
    caseId: record.id,
    formDefinitionId: form.id,
    formKey: form.key,
    formVersion: form.version,
    values: open,
    status,
    submittedBy: viewer.userId,
  });
  await writeSealed(tx, caller, keys, record.id, submission.id, sealed);
  await recordAudit(tx, actorOf(viewer, caller.requestId), {
    action: status === 'draft' ? 'form.draft_save' : 'form.submit',
    targetType: 'case',
    targetId: record.id,
    fields: submissionFields(submission.id, form, values),
    outcome: 'allowed',
  });
  return { ...submission, values, withheldFields: [] };
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
  assertPermission(caller.viewer, 'case:update');
  return caseTransaction(db, caller, { action: 'form.submit', target: input.caseId }, (tx) =>
    insertNewSubmission(tx, caller, keys, input, 'submitted', 'No such case'),
  );
}

/**
 * A stored submission with its case and form, for a viewer who works the case; the confidential
 * fields of the form refuse a viewer who may not change them (they take part in validation and
 * only the assigned worker can decrypt them).
 */
async function storedSubmission(
  tx: Executor,
  caller: Caller,
  submissionId: string,
  given: FormValues | null,
  notFound: string,
  found: (caseId: string) => void = () => undefined,
) {
  const { viewer } = caller;
  const submission = await store.findSubmission(tx, viewer.agencyId, submissionId);
  if (!submission) throw new Refusal('NOT_FOUND', notFound);
  found(submission.caseId);
  const record = await workedCase(tx, viewer, submission.caseId, worksForms, notFound);
  const form = (await store.findDefinitionsByIds(tx, viewer.agencyId, [submission.formDefinitionId])).get(
    submission.formDefinitionId,
  );
  if (!form) throw new Error(`definition of submission ${submission.id} missing`);
  const levels = levelsOf(form.definition, (await formDefaults(tx, viewer.agencyId))(record.caseType));
  const refused = notUpdatable(levels, record.access, given ? Object.keys(given) : []);
  const confidential = [...levels].filter(([, l]) => l === 'confidential').map(([k]) => k);
  if (!mayUpdate(record.access, 'confidential') && confidential.length > 0) refused.push(...confidential);
  if (refused.length > 0) throw forbiddenFields([...new Set(refused)]);
  return { submission, record, form, levels };
}

const objectOrNull = (v: unknown): FormValues | null =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as FormValues) : null;

/**
 * Changes the values of a submission, validated against the version the submission used (a newer
 * version of the form does not apply). The values given replace the old ones, confidential ones
 * too (a value left out is cleared); fields the viewer may not read keep their stored values.
 * Because confidential values take part in validation and only the assigned worker can decrypt
 * them, a form with confidential fields is changed only by the assigned worker. Drafts are changed
 * with saveFormDraft and submitted with submitFormDraft.
 */
export async function updateSubmission(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  input: { submissionId: string; values: unknown },
): Promise<SubmissionView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const missing = 'No such form submission';
  if (!isUuid(input.submissionId))
    return refuse(db, caller, input.submissionId, 'form.update', { error: new HavenError('NOT_FOUND', missing) });
  let caseId: string | null = null;
  const given = objectOrNull(input.values);
  const refusal = { action: 'form.update', target: () => caseId ?? input.submissionId };
  return caseTransaction(db, caller, refusal, async (tx) => {
    const { submission, record, form, levels } = await storedSubmission(
      tx,
      caller,
      input.submissionId,
      given,
      missing,
      (id) => (caseId = id),
    );
    if (submission.status === 'draft') {
      throw badInput([
        {
          path: ['submissionId'],
          message: 'is a draft: change it with saveFormDraft, submit it with submitFormDraft',
        },
      ]);
    }
    const values = await checkValues(
      tx,
      record,
      form.definition,
      given ? mergeUnreadable(form.definition, levels, record.access, given, submission.values) : input.values,
      submission.values,
    );
    const { open, sealed } = splitConfidential(levels, values);
    const updated = await store.updateSubmissionValues(tx, submission.id, open);
    await clearLeftOutSealed(tx, record.access, record.id, submission.id, sealed);
    await writeSealed(tx, caller, keys, record.id, submission.id, sealed);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'form.update',
      targetType: 'case',
      targetId: record.id,
      fields: submissionFields(submission.id, form, values),
      outcome: 'allowed',
    });
    return { ...updated, values, withheldFields: [] };
  });
}

/**
 * Saves a draft of a form for a case (those who work it): a new draft pinned to the newest published
 * version, or, with submissionId, new values for a draft (against the version it pinned). Only the
 * shape and type of the values given are checked (no required fields, rules or skip logic); named
 * areas must exist. Confidential values are encrypted as in a submission.
 */
export async function saveFormDraft(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  input: { caseId: string; formKey: string; values: unknown; submissionId?: string | null },
): Promise<SubmissionView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const missing = 'No such form draft';
  const given = objectOrNull(input.values);
  if (input.submissionId && !isUuid(input.submissionId))
    return refuse(db, caller, input.caseId, 'form.draft_save', { error: new HavenError('NOT_FOUND', missing) });
  return caseTransaction(db, caller, { action: 'form.draft_save', target: input.caseId }, async (tx) => {
    if (input.submissionId) {
      const { submission, record, form, levels } = await storedSubmission(
        tx,
        caller,
        input.submissionId,
        given,
        missing,
      );
      if (submission.caseId !== input.caseId) throw new Refusal('NOT_FOUND', missing);
      if (submission.status !== 'draft' || submission.formKey !== input.formKey) {
        throw badInput([
          {
            path: ['submissionId'],
            message:
              submission.status !== 'draft'
                ? 'is a submitted form, not a draft'
                : `is a draft of ${submission.formKey}`,
          },
        ]);
      }
      const values = await checkDraftValues(
        tx,
        record,
        form.definition,
        given ? mergeUnreadable(form.definition, levels, record.access, given, submission.values) : input.values,
        submission.values,
      );
      const { open, sealed } = splitConfidential(levels, values);
      const updated = await store.updateSubmissionValues(tx, submission.id, open);
      await clearLeftOutSealed(tx, record.access, record.id, submission.id, sealed);
      await writeSealed(tx, caller, keys, record.id, submission.id, sealed);
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: 'form.draft_save',
        targetType: 'case',
        targetId: record.id,
        fields: submissionFields(submission.id, form, values),
        outcome: 'allowed',
      });
      return { ...updated, values, withheldFields: [] };
    }
    return insertNewSubmission(tx, caller, keys, input, 'draft', missing);
  });
}

/**
 * Submits a draft: its stored values, or the values given (which replace them), validated in full
 * against the version the draft pinned. On any problem: BAD_USER_INPUT with the paths, and the
 * draft stays as it was. Then it is a submitted submission like one from submitForm.
 */
export async function submitFormDraft(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  input: { submissionId: string; values?: unknown },
): Promise<SubmissionView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const missing = 'No such form draft';
  if (!isUuid(input.submissionId))
    return refuse(db, caller, input.submissionId, 'form.submit', { error: new HavenError('NOT_FOUND', missing) });
  let caseId: string | null = null;
  const given = input.values === undefined || input.values === null ? null : objectOrNull(input.values);
  const refusal = { action: 'form.submit', target: () => caseId ?? input.submissionId };
  return caseTransaction(db, caller, refusal, async (tx) => {
    const { submission, record, form, levels } = await storedSubmission(
      tx,
      caller,
      input.submissionId,
      given,
      missing,
      (id) => (caseId = id),
    );
    if (submission.status !== 'draft') {
      throw badInput([{ path: ['submissionId'], message: 'is already submitted' }]);
    }
    let values: unknown;
    if (input.values !== undefined && input.values !== null) {
      values = given ? mergeUnreadable(form.definition, levels, record.access, given, submission.values) : input.values;
    } else {
      // The draft as stored, its confidential values decrypted (the viewer may change them: checked above).
      const stored: FormValues = { ...submission.values };
      const prefix = confidentialFieldName(submission.id, '');
      for (const row of await store.findSealedFormValues(tx, [record.id])) {
        if (row.field.startsWith(prefix))
          stored[row.field.slice(prefix.length)] = JSON.parse(openConfidentialValue(keys, viewer.agencyId, row));
      }
      const calculated = calculatedKeys(form.definition);
      values = Object.fromEntries(Object.entries(stored).filter(([k, v]) => !calculated.has(k) && !isBlank(v)));
    }
    const checked = await checkValues(tx, record, form.definition, values, submission.values);
    const { open, sealed } = splitConfidential(levels, checked);
    const submitted = await store.submitDraft(tx, submission.id, open);
    if (!submitted) throw new HavenError('CONFLICT', 'The draft was submitted at the same time; reload it');
    await clearLeftOutSealed(tx, record.access, record.id, submission.id, sealed);
    await writeSealed(tx, caller, keys, record.id, submission.id, sealed);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'form.submit',
      targetType: 'case',
      targetId: record.id,
      fields: submissionFields(submission.id, form, checked),
      outcome: 'allowed',
    });
    return { ...submitted, values: checked, withheldFields: [] };
  });
}

/**
 * Submissions (drafts included) of cases the viewer reaches, newest first, with the field layer
 * applied: values of fields she may not read are left out and named in withheldFields (every
 * restricted or confidential field of the form she may not read, whether or not it holds a value,
 * so the list tells nothing about the values). Fields without a classification take the default of
 * the case's case type. The read is audited with the fields returned; withheld fields are recorded
 * as a denial.
 */
export async function submissionsOf(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  cases: ReadonlyMap<string, { access: CaseAccess; caseType: string }>,
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
    const defaultOf = await formDefaults(tx, viewer.agencyId);
    const assignedCases = [...cases].filter(([, c]) => mayRead(c.access, 'confidential')).map(([id]) => id);
    const sealed = new Map<string, unknown>();
    for (const row of await store.findSealedFormValues(tx, assignedCases)) {
      const text = openConfidentialValue(keys, viewer.agencyId, row);
      sealed.set(`${row.caseId}/${row.field}`, JSON.parse(text));
    }
    const read = new Map<string, Set<string>>();
    const withheldByCase = new Map<string, Set<string>>();
    for (const submission of submissions) {
      const { access, caseType } = cases.get(submission.caseId)!;
      const definition = definitions.get(submission.formDefinitionId)!.definition;
      const values: FormValues = {};
      const withheld: string[] = [];
      for (const [key, level] of levelsOf(definition, defaultOf(caseType))) {
        if (!mayRead(access, level)) {
          if (level !== 'standard') withheld.push(key);
          continue;
        }
        // Where the value was kept depends on the classification when it was written; a case type's
        // default may have changed since, so both places are looked at.
        const inSealed = sealed.get(`${submission.caseId}/${confidentialFieldName(submission.id, key)}`);
        const value =
          level === 'confidential' ? (inSealed ?? submission.values[key]) : (submission.values[key] ?? inSealed);
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

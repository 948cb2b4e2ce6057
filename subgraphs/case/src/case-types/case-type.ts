import type { Label } from '@haven/core/forms/index';
import { hasControlCharacters } from '@haven/core/text';
import type { Classification } from '../access';

/** Stored keys: lower snake case (child_protection, gbv, food_security). */
export const caseTypeKeyPattern = /^[a-z][a-z0-9_]{1,39}$/;
/** The GraphQL wire form of a key: the same in upper snake case (CHILD_PROTECTION, GBV). */
export const caseTypeWirePattern = /^[A-Z][A-Z0-9_]{1,39}$/;
/** Workflow keys, as the workflow subgraph names its workflows (cp-default, gbv-default). */
export const workflowKeyPattern = /^[a-z][a-z0-9_-]{1,63}$/;

/**
 * Registration fields a case type may make mandatory at createCase (name and sex always are), with
 * the input path that is reported when one is missing.
 */
export const registrationFields: Record<string, (string | number)[]> = {
  'person.dateOfBirth': ['input', 'person', 'dateOfBirth'],
  'person.contactPhone': ['input', 'person', 'contactPhone'],
  'person.currentAddress': ['input', 'person', 'currentAddress'],
  'person.identifiers': ['input', 'identifiers'],
  teamId: ['input', 'teamId'],
};

/** Case fields other subgraphs serve (the workflow's); their field layer is theirs, not a case type's. */
export const servedElsewhere = new Set([
  'currentStage',
  'stageHistory',
  'workflowApprovals',
  'deadlines',
  'allowedTransitions',
]);

/**
 * Fields whose classification no case type may change: the record could not be listed or keyed
 * without them, or another subgraph serves them.
 */
export const fixedFields = new Set([
  'id',
  'person',
  'person.id',
  'viewerAccess',
  'caseType',
  'caseNumber',
  ...servedElsewhere,
]);

/** A case type of an agency, as configured. */
export interface CaseTypeRecord {
  key: string;
  label: Label;
  description: Label | null;
  formKeys: string[];
  mandatoryFields: string[];
  /** Field path → classification; tightens the built-in registry (cases/fields.ts) for cases of this type. */
  fieldClassifications: Record<string, Classification>;
  defaultFormClassification: Classification;
  workflowKey: string;
  active: boolean;
  builtIn: boolean;
  updatedBy: string | null;
  updatedAt: Date;
}

const languagePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Problems of a translatable label (case-type labels, area names): an object of texts by language
 * code, `en` required, each text 1 to `max` characters without control characters.
 */
export function labelProblems(
  value: unknown,
  path: (string | number)[],
  max = 200,
): { path: (string | number)[]; message: string }[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return [{ path, message: 'must be a label: an object of texts by language, with en' }];
  const problems: { path: (string | number)[]; message: string }[] = [];
  const entries = Object.entries(value as Record<string, unknown>);
  if (!('en' in value)) problems.push({ path: [...path, 'en'], message: 'must be given (English is required)' });
  if (entries.length > 20) problems.push({ path, message: 'must have at most 20 languages' });
  for (const [lang, text] of entries) {
    if (!languagePattern.test(lang)) problems.push({ path: [...path, lang], message: 'is not a language code' });
    else if (typeof text !== 'string' || text.trim() === '' || text.length > max || hasControlCharacters(text, ''))
      problems.push({
        path: [...path, lang],
        message: `must be a text of 1 to ${max} characters without control characters`,
      });
  }
  return problems;
}

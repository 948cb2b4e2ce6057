import { GraphQLError } from 'graphql';
import { rule } from 'graphql-shield';
import type { SubgraphContext } from '@haven/core/graphql/context';
import { defineSubgraph } from '@haven/core/graphql/subgraph';
import { requires, type FieldRules, type RootRules } from '@haven/core/graphql/shield';
import { builder } from './builder';
import { mayRead, type CaseAccess, type Classification } from './access';
import { classificationOf, fieldClassifications } from './cases/fields';
import { fixedFields } from './case-types/case-type';
import './persons';
import './cases';
import './shares';
import './consents';
import './services';
import './referrals';
import './care-plans';
import './forms';
import './dedupe';
import './persons/search';
import './households';
import './notes';
import './documents';
import './case-types';
import './areas';
import { rules as caseTypeRules } from './case-types/rules';
import { rules as formRules } from './forms/rules';
import { rules as areaRules } from './areas/rules';
import { rules as householdRules } from './households/rules';
import { rules as noteRules } from './notes/rules';
import { rules as documentRules } from './documents/rules';
import { rules as carePlanRules } from './care-plans/rules';
import { rules as serviceRules } from './services/rules';
import { rules as referralRules } from './referrals/rules';
import { rules as personRules } from './persons/rules';

builder.mutationType({});

/** Form definitions are read by those who work cases and by those who manage the forms. */
const readsForms = rule('requires:case:read|form:manage', { cache: 'contextual' })(
  (_parent, _args, ctx: SubgraphContext) =>
    ctx.viewer.permissions.includes('case:read') ||
    ctx.viewer.permissions.includes('form:manage') ||
    new GraphQLError('This action needs the case:read or form:manage permission', {
      extensions: { code: 'FORBIDDEN', permission: 'case:read' },
    }),
);

/** Every root field of this subgraph and the permission it needs; anything missing is denied. */
const baseRules: RootRules = {
  Query: {
    myCaseload: requires('case:read'),
    myCaseNumberBlocks: requires('case:create'),
    teamCaseload: requires('case:read'),
    case: requires('case:read'),
    formDefinitions: readsForms,
    formDefinition: readsForms,
    possibleDuplicates: requires('case:create'),
    matchingRules: requires('form:manage'),
  },
  Mutation: {
    createCase: requires('case:create'),
    reserveCaseNumberBlock: requires('case:create'),
    updatePerson: requires('case:update'),
    updateCaseDetails: requires('case:update'),
    exportCase: requires('case:export'),
    shareCase: requires('case:share'),
    revokeShare: requires('case:share'),
    openEmergencyAccess: requires('case:emergency_access'),
    assignCase: requires('case:assign'),
    recordConsent: requires('case:update'),
    withdrawConsent: requires('case:update'),
    overrideConsent: requires('consent:override'),
    saveFormDefinition: requires('form:manage'),
    publishFormDefinition: requires('form:manage'),
    submitForm: requires('case:update'),
    updateSubmission: requires('case:update'),
    addPersonIdentifier: requires('case:update'),
    mergePersons: requires('case:update'),
    setMatchingRules: requires('form:manage'),
  },
};

/** Modules with a rules.ts declare their own root fields; a field declared twice is a mistake. */
const moduleRules = [
  caseTypeRules,
  formRules,
  areaRules,
  householdRules,
  noteRules,
  documentRules,
  carePlanRules,
  serviceRules,
  referralRules,
  personRules,
];
const rootRules: RootRules = { Query: { ...baseRules.Query }, Mutation: { ...baseRules.Mutation } };
for (const module of moduleRules) {
  for (const root of ['Query', 'Mutation'] as const) {
    for (const [field, rule] of Object.entries(module[root] ?? {})) {
      if (rootRules[root]![field]) throw new Error(`root field ${root}.${field} is declared twice`);
      rootRules[root]![field] = rule;
    }
  }
}

/**
 * The field layer at the edge, per field path: the viewer must reach the case in a way that may read
 * the field's classification, which is the registry's, tightened by the case's case type
 * (CaseAccess.fieldClassifications). A field withheld resolves to null with FORBIDDEN_FIELD at its
 * path. Standard fields of objects not reached through a case (no access) stay open, as before.
 */
function fieldLayerRule(path: string, base: Classification) {
  return rule(`field:${path}`, { cache: 'no_cache' })((parent: { access?: CaseAccess }) => {
    if (!parent.access) {
      return (
        base === 'standard' ||
        new GraphQLError('This field is restricted', { extensions: { code: 'FORBIDDEN_FIELD', classification: base } })
      );
    }
    const level = classificationOf(path, parent.access.fieldClassifications);
    return (
      mayRead(parent.access, level) ||
      new GraphQLError('This field is restricted', { extensions: { code: 'FORBIDDEN_FIELD', classification: level } })
    );
  });
}

/**
 * The field layer, from the classification registry: Case fields by name, Person fields under
 * person.*. Applied to the entity types, so resolution through the gateway's _entities is covered.
 * Fields no case type may tighten and that are standard need no rule.
 */
const fieldRules: FieldRules = { Case: {}, Person: {} };
for (const [path, level] of Object.entries(fieldClassifications)) {
  if (level === 'standard' && fixedFields.has(path)) continue;
  const [type, field] = path.startsWith('person.') ? ['Person', path.slice('person.'.length)] : ['Case', path];
  fieldRules[type]![field] = fieldLayerRule(path, level);
}

export const caseSubgraph = defineSubgraph('case', builder, rootRules, fieldRules);

import { GraphQLError } from 'graphql';
import { rule } from 'graphql-shield';
import type { SubgraphContext } from '@haven/core/graphql/context';
import { defineSubgraph } from '@haven/core/graphql/subgraph';
import { fieldRule, requires, type FieldRules, type RootRules } from '@haven/core/graphql/shield';
import { builder } from './builder';
import { mayRead, type CaseAccess, type Classification } from './access';
import { fieldClassifications } from './cases/fields';
import './persons';
import './cases';
import './shares';
import './consents';
import './services';
import './referrals';
import './care-plans';
import './forms';
import './dedupe';
import { rules as caseTypeRules } from './case-types/rules';
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

const classified = Object.fromEntries(
  (['restricted', 'confidential'] as const).map((level) => [
    level,
    fieldRule<{ access?: CaseAccess }>(level, (parent) => !!parent.access && mayRead(parent.access, level), level),
  ]),
) as Record<Exclude<Classification, 'standard'>, ReturnType<typeof fieldRule>>;

/**
 * The field layer, from the classification registry: Case fields by name, Person fields under
 * person.*. Applied to the entity types, so resolution through the gateway's _entities is covered.
 */
const fieldRules: FieldRules = { Case: {}, Person: {} };
for (const [path, level] of Object.entries(fieldClassifications)) {
  if (level === 'standard') continue;
  const [type, field] = path.startsWith('person.') ? ['Person', path.slice('person.'.length)] : ['Case', path];
  fieldRules[type]![field] = classified[level];
}

export const caseSubgraph = defineSubgraph('case', builder, rootRules, fieldRules);

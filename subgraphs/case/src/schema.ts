import { defineSubgraph } from '@haven/core/graphql/subgraph';
import { fieldRule, requires, type FieldRules, type RootRules } from '@haven/core/graphql/shield';
import { builder } from './builder';
import { mayRead, type CaseAccess, type Classification } from './access';
import { fieldClassifications } from './cases/fields';
import './persons';
import './cases';
import './shares';
import './consents';
import './referrals';
import './dedupe';

builder.mutationType({});

/** Every root field of this subgraph and the permission it needs; anything missing is denied. */
const rootRules: RootRules = {
  Query: {
    myCaseload: requires('case:read'),
    teamCaseload: requires('case:read'),
    case: requires('case:read'),
    possibleDuplicates: requires('case:create'),
    matchingRules: requires('form:manage'),
  },
  Mutation: {
    createCase: requires('case:create'),
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
    createReferral: requires('case:update'),
    addPersonIdentifier: requires('case:update'),
    mergePersons: requires('case:update'),
    setMatchingRules: requires('form:manage'),
  },
};

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

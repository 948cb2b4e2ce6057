import { callerOf } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { UserRef } from '../cases';
import { PersonIdentifierInput, PersonIdentifierRef, SexEnum } from '../persons';
import * as service from './dedupe.service';
import type { DuplicateCandidate, PersonMerge } from './dedupe.service';
import type { MatchingRules } from './matching';

const DuplicateLevelEnum = builder.enumType('DuplicateLevel', {
  values: {
    LIKELY: { value: 'likely' as const, description: 'At or above the agency’s "likely" threshold.' },
    POSSIBLE: { value: 'possible' as const },
  },
});

const DuplicateCaseRef = builder.objectRef<DuplicateCandidate['cases'][number]>('DuplicateCandidateCase').implement({
  fields: (t) => ({
    caseId: t.exposeID('caseId'),
    caseNumber: t.exposeString('caseNumber'),
    assignedWorker: t.field({ type: UserRef, resolve: (c) => ({ id: c.assignedWorkerId }) }),
  }),
});

const DuplicateCandidateRef = builder.objectRef<DuplicateCandidate>('DuplicateCandidate').implement({
  description:
    'A registered person who may be the one being registered. Names, sex and date of birth only when the viewer reaches a case of the person; otherwise the case numbers and assigned workers tell whom to ask.',
  fields: (t) => ({
    personId: t.exposeID('personId'),
    score: t.exposeFloat('score'),
    level: t.field({ type: DuplicateLevelEnum, resolve: (c) => c.level }),
    matchedRules: t.exposeStringList('matchedRules', {
      description:
        'identifier:<kind>, name, dob_exact, dob_same_year, dob_within_year, dob_conflict, sex, sex_conflict',
    }),
    reachable: t.exposeBoolean('reachable'),
    givenName: t.string({ nullable: true, resolve: (c) => c.givenName }),
    familyName: t.string({ nullable: true, resolve: (c) => c.familyName }),
    sex: t.field({ type: SexEnum, nullable: true, resolve: (c) => c.sex }),
    dateOfBirth: t.field({ type: 'Date', nullable: true, resolve: (c) => c.dateOfBirth }),
    cases: t.field({ type: [DuplicateCaseRef], resolve: (c) => c.cases }),
  }),
});

const PossibleDuplicatesInput = builder.inputType('PossibleDuplicatesInput', {
  description: 'What is known of the person about to be registered; a name or an identifier at least.',
  fields: (t) => ({
    givenName: t.string(),
    familyName: t.string(),
    sex: t.field({ type: SexEnum }),
    dateOfBirth: t.field({ type: 'Date' }),
    identifiers: t.field({ type: [PersonIdentifierInput] }),
  }),
});

type RulesView = { rules: MatchingRules; isDefault: boolean; updatedAt: Date | null };

const ruleDescriptions: Record<keyof MatchingRules, string> = {
  identifier: 'Added when an identifier of the same kind and value matches.',
  name: 'Times the name similarity (0..1), when it reaches nameMinimum.',
  nameMinimum: 'Name similarities below this count for nothing (0.5..1).',
  dobExact: 'Same date of birth.',
  dobSameYear: 'Same year of birth, another day.',
  dobWithinYear: 'Dates of birth within 365 days, different years.',
  dobConflict: 'Added (0 or negative) when both dates are known and more than two years apart.',
  sexAgree: 'Both female or both male.',
  sexConflict: 'Added (0 or negative) when one is female and the other male.',
  likely: 'Scores from here are likely duplicates.',
  possible: 'Scores from here are possible duplicates; below, no candidate.',
};
const ruleKeys = Object.keys(ruleDescriptions) as (keyof MatchingRules)[];

const MatchingRulesRef = builder.objectRef<RulesView>('MatchingRules').implement({
  description: "The agency's duplicate-detection weights and thresholds.",
  fields: (t) => ({
    ...Object.fromEntries(
      ruleKeys.map((k) => [k, t.float({ description: ruleDescriptions[k], resolve: (r) => r.rules[k] })]),
    ),
    isDefault: t.boolean({ description: 'True while the agency uses the defaults.', resolve: (r) => r.isDefault }),
    updatedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.updatedAt }),
  }),
});

const MatchingRulesInput = builder.inputType('MatchingRulesInput', {
  description: 'Only the rules given change; the others keep their current values.',
  fields: (t) => Object.fromEntries(ruleKeys.map((k) => [k, t.float({ description: ruleDescriptions[k] })])),
});

const PersonMergeRef = builder.objectRef<PersonMerge>('PersonMerge').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    keptPersonId: t.exposeID('keptPersonId'),
    mergedPersonId: t.exposeID('mergedPersonId'),
    reason: t.exposeString('reason'),
    mergedAt: t.field({ type: 'DateTime', resolve: (m) => m.mergedAt }),
    movedCaseIds: t.exposeIDList('movedCaseIds'),
    copiedIdentifiers: t.exposeInt('copiedIdentifiers'),
  }),
});

builder.queryFields((t) => ({
  possibleDuplicates: t.field({
    type: [DuplicateCandidateRef],
    description:
      'Search before create: registered persons of the agency who may be this one, best first, scored by the agency’s matching rules. Merged records are left out.',
    args: { input: t.arg({ type: PossibleDuplicatesInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      service.possibleDuplicates(ctx.db, callerOf(ctx), {
        givenName: input.givenName,
        familyName: input.familyName,
        sex: input.sex,
        dateOfBirth: input.dateOfBirth,
        identifiers: input.identifiers,
      }),
  }),
  matchingRules: t.field({
    type: MatchingRulesRef,
    resolve: (_root, _args, ctx) => service.matchingRulesOf(ctx.db, callerOf(ctx)),
  }),
}));

builder.mutationFields((t) => ({
  setMatchingRules: t.field({
    type: MatchingRulesRef,
    description: "Changes the agency's duplicate-detection rules (programme managers).",
    args: { rules: t.arg({ type: MatchingRulesInput, required: true }) },
    resolve: (_root, { rules }, ctx) =>
      service.setMatchingRules(ctx.db, callerOf(ctx), rules as Partial<Record<keyof MatchingRules, number | null>>),
  }),
  addPersonIdentifier: t.field({
    type: PersonIdentifierRef,
    description: "Records an identifier of a case's person (those who work the case and read restricted fields).",
    args: {
      caseId: t.arg.id({ required: true }),
      kind: t.arg.string({ required: true }),
      value: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      service.addPersonIdentifier(ctx.db, callerOf(ctx), {
        caseId: String(args.caseId),
        kind: args.kind,
        value: args.value,
      }),
  }),
  mergePersons: t.field({
    type: PersonMergeRef,
    description:
      'Merges a duplicate person into the one kept: cases move, identifiers are copied, nothing is deleted; with a reason, audited.',
    args: {
      keptPersonId: t.arg.id({ required: true }),
      mergedPersonId: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      service.mergePersons(ctx.db, callerOf(ctx), {
        keptPersonId: String(args.keptPersonId),
        mergedPersonId: String(args.mergedPersonId),
        reason: args.reason,
      }),
  }),
}));

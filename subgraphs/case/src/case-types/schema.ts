import { callerOf } from '@haven/core/graphql/context';
import { builder, JSONRef } from '../builder';
import { CaseTypeScalar } from '../cases/schema';
import type { CaseTypeRecord } from './case-type';
import * as service from './case-types.service';

export const CaseTypeDefinitionRef = builder.objectRef<CaseTypeRecord>('CaseTypeDefinition').implement({
  description:
    "One of the agency's case types: its forms, the registration fields it makes mandatory, the classifications it tightens and its workflow.",
  fields: (t) => ({
    key: t.field({
      type: CaseTypeScalar,
      description: 'As createCase and Case.caseType name it (GBV, CHILD_PROTECTION, FOOD_SECURITY)',
      resolve: (c) => c.key,
    }),
    label: t.field({ type: JSONRef, description: 'Texts by language code; en always', resolve: (c) => c.label }),
    description: t.field({ type: JSONRef, nullable: true, resolve: (c) => c.description }),
    formKeys: t.exposeStringList('formKeys', {
      description: 'Keys of its forms, in the order the case page shows them',
    }),
    mandatoryFields: t.exposeStringList('mandatoryFields', {
      description: 'Registration fields createCase requires for it (person.dateOfBirth, …)',
    }),
    fieldClassifications: t.field({
      type: JSONRef,
      description:
        'Field path → standard | restricted | confidential, tightening the built-in classification for its cases',
      resolve: (c) => c.fieldClassifications,
    }),
    defaultFormClassification: t.exposeString('defaultFormClassification', {
      description: 'The classification of its form fields that do not name one',
    }),
    workflowKey: t.exposeString('workflowKey'),
    active: t.exposeBoolean('active', { description: 'False: retired; new cases may not use it' }),
    builtIn: t.exposeBoolean('builtIn', { description: 'Shipped with Haven' }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updatedAt }),
  }),
});

const SaveCaseTypeInput = builder.inputType('SaveCaseTypeInput', {
  description: 'A new case type, or changes to one: fields left out keep their value.',
  fields: (t) => ({
    key: t.string({ required: true, description: 'FOOD_SECURITY (or food_security); a new key adds a case type' }),
    label: t.field({ type: JSONRef, description: 'Texts by language code, en required; required for a new type' }),
    description: t.field({ type: JSONRef }),
    formKeys: t.stringList({ description: 'Keys of published forms of the agency' }),
    mandatoryFields: t.stringList({
      description: 'person.dateOfBirth, person.contactPhone, person.currentAddress, person.identifiers, teamId',
    }),
    fieldClassifications: t.field({
      type: JSONRef,
      description: 'Field path → restricted | confidential; may only tighten the built-in classification',
    }),
    defaultFormClassification: t.string({ description: 'standard, restricted or confidential' }),
    workflowKey: t.string({ description: 'Required for a new type' }),
    active: t.boolean({ description: 'False retires the type' }),
  }),
});

builder.queryField('caseTypes', (t) =>
  t.field({
    type: [CaseTypeDefinitionRef],
    description: 'The case types of your agency, retired ones included (active: false).',
    resolve: (_root, _args, ctx) => service.listCaseTypes(ctx.db, callerOf(ctx)),
  }),
);

builder.mutationField('saveCaseType', (t) =>
  t.field({
    type: CaseTypeDefinitionRef,
    description: 'Adds a case type or changes one (form:manage). Every problem comes back at once, under "input".',
    args: { input: t.arg({ type: SaveCaseTypeInput, required: true }) },
    resolve: (_root, { input }, ctx) => service.saveCaseType(ctx.db, callerOf(ctx), input),
  }),
);

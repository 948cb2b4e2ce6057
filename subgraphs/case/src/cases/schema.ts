import { loaderFor } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { PersonRef, PersonInput, type Person } from '../persons';
import { caseStatuses, caseTypes, type Case } from './case';
import * as service from './cases.service';

export const CaseTypeEnum = builder.enumType('CaseType', {
  values: {
    CHILD_PROTECTION: { value: 'child_protection' as const },
    GBV: { value: 'gbv' as const, description: 'Gender-based violence' },
    GENERAL_PROTECTION: { value: 'general_protection' as const },
  } satisfies Record<string, { value: (typeof caseTypes)[number]; description?: string }>,
});

export const CaseStatusEnum = builder.enumType('CaseStatus', {
  values: { OPEN: { value: 'open' as const }, CLOSED: { value: 'closed' as const } } satisfies Record<
    string,
    { value: (typeof caseStatuses)[number] }
  >,
});

/** Staff users live in the identity subgraph; here only their key is known. */
const UserRef = builder.externalRef('User', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

export const CaseRef = builder.objectRef<Case>('Case').implement({
  description: 'A protection case about one person, assigned to one worker.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseNumber: t.exposeString('caseNumber', { description: 'Human-readable, unique in the agency, e.g. HVN-2026-000123' }),
    caseType: t.field({ type: CaseTypeEnum, resolve: (c) => c.caseType }),
    status: t.field({ type: CaseStatusEnum, resolve: (c) => c.status }),
    person: t.field({
      type: PersonRef,
      resolve: async (c, _args, ctx) => {
        const person = await loaderFor<Person>(ctx, 'person', (ids) => service.loadPersons(ctx.db, ctx.viewer, ids)).load(c.personId);
        if (!person) throw new Error(`person ${c.personId} of case ${c.id} missing`);
        return person;
      },
    }),
    assignedWorker: t.field({ type: UserRef, resolve: (c) => ({ id: c.assignedWorkerId }) }),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updatedAt }),
  }),
});

builder.asEntity(CaseRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) => service.getCase(ctx.db, ctx.viewer, ref.id),
});

const PageInfo = builder.objectRef<{ hasNextPage: boolean; endCursor: string | null }>('PageInfo').implement({
  fields: (t) => ({
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});

const CaseConnection = builder.objectRef<service.CaseloadPage>('CaseConnection').implement({
  fields: (t) => ({
    nodes: t.field({ type: [CaseRef], resolve: (p) => p.nodes }),
    totalCount: t.exposeInt('totalCount'),
    pageInfo: t.field({ type: PageInfo, resolve: (p) => p }),
  }),
});

const CreateCaseInput = builder.inputType('CreateCaseInput', {
  fields: (t) => ({
    caseType: t.field({ type: CaseTypeEnum, required: true }),
    person: t.field({ type: PersonInput, required: true }),
  }),
});

builder.queryFields((t) => ({
  myCaseload: t.field({
    type: CaseConnection,
    description: 'Cases assigned to the signed-in worker, most recently updated first.',
    args: { first: t.arg.int({ defaultValue: 20 }), after: t.arg.string() },
    resolve: (_root, args, ctx) => service.myCaseload(ctx.db, ctx.viewer, { first: args.first ?? 20, after: args.after }),
  }),
  case: t.field({
    type: CaseRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => service.getCase(ctx.db, ctx.viewer, String(args.id)),
  }),
}));

builder.mutationFields((t) => ({
  createCase: t.field({
    type: CaseRef,
    description: 'Registers a person and opens a case assigned to the signed-in worker.',
    args: { input: t.arg({ type: CreateCaseInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      service.createCase(ctx.db, ctx.viewer, {
        caseType: input.caseType,
        person: { ...input.person, dateOfBirth: input.person.dateOfBirth ?? null },
      }),
  }),
}));

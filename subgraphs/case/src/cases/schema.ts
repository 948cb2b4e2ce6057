import { GraphQLError, GraphQLScalarType, Kind, type GraphQLResolveInfo } from 'graphql';
import { HavenError } from '@haven/core/errors';
import { callerOf, loaderFor, type SubgraphContext } from '@haven/core/graphql/context';
import { selectedFields } from '@haven/core/graphql/selection';
import type { ScalarRef, SchemaTypes } from '@pothos/core';
import { builder } from '../builder';
import { PersonRef, PersonInput, PersonIdentifierInput, SexEnum, type Person } from '../persons';
import type { CaseAccess } from '../access';
import { caseStatuses, formatCaseNumber } from './case';
import type * as store from './cases.store';
import { confidentialFields, type ConfidentialField } from './fields';
import * as service from './cases.service';
import type { CaseView } from './cases.service';

const caseTypeWire = /^[A-Z][A-Z0-9_]{1,39}$/;

function parseCaseType(value: unknown): string {
  if (typeof value !== 'string' || !caseTypeWire.test(value)) {
    throw new GraphQLError('CaseType must be a case type key in upper snake case, such as GBV or CHILD_PROTECTION', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  }
  return value.toLowerCase();
}

/**
 * Case types are agency configuration (the caseTypes query), so the type is a scalar, not an enum:
 * on the wire the key in upper snake case (CHILD_PROTECTION, GBV, FOOD_SECURITY), in the services
 * the stored lower-case key. Whether a key names an active case type of the agency is the
 * services' check (BAD_USER_INPUT at the input path).
 */
export const CaseTypeScalarType = new GraphQLScalarType<string, string>({
  name: 'CaseType',
  description: "The key of one of the agency's case types, in upper snake case: CHILD_PROTECTION, GBV, FOOD_SECURITY.",
  serialize: (value) => String(value).toUpperCase(),
  parseValue: parseCaseType,
  // An unquoted literal (caseType: GBV) is accepted too: CaseType was an enum, and clients wrote it so.
  parseLiteral: (ast) => parseCaseType(ast.kind === Kind.STRING || ast.kind === Kind.ENUM ? ast.value : null),
});

type Types = typeof builder extends { $inferSchemaTypes: infer T extends SchemaTypes } ? T : never;

/** The CaseType scalar as a Pothos type (input and output: the lower-case key). */
export const CaseTypeScalar = builder.addScalarType(
  'CaseType' as 'Date',
  CaseTypeScalarType as never,
) as unknown as ScalarRef<Types, string, string>;

export const CaseStatusEnum = builder.enumType('CaseStatus', {
  values: { OPEN: { value: 'open' as const }, CLOSED: { value: 'closed' as const } } satisfies Record<
    string,
    { value: (typeof caseStatuses)[number] }
  >,
});

/** A field value in the case history, as JSON text (null when the value is withheld or empty). */
const CaseChangeRef = builder.objectRef<service.HistoryEntry>('CaseChange').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    field: t.exposeString('field'),
    changedAt: t.field({ type: 'DateTime', resolve: (c) => c.changedAt }),
    changedBy: t.field({ type: UserRef, resolve: (c) => ({ id: c.changedBy }) }),
    valuesVisible: t.exposeBoolean('valuesVisible'),
    oldValue: t.string({
      nullable: true,
      resolve: (c) => (c.oldValue === null || c.oldValue === undefined ? null : JSON.stringify(c.oldValue)),
    }),
    newValue: t.string({
      nullable: true,
      resolve: (c) => (c.newValue === null || c.newValue === undefined ? null : JSON.stringify(c.newValue)),
    }),
  }),
});

/** Staff users live in the identity subgraph; here only their key is known. */
export const UserRef = builder.externalRef('User', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

const CaseAccessRef = builder.objectRef<CaseAccess>('CaseAccess').implement({
  description: 'How the signed-in viewer reaches this case, which decides what she may see and do.',
  fields: (t) => ({
    assigned: t.exposeBoolean('assigned'),
    supervises: t.exposeBoolean('supervises', { description: "Supervisor of the case's team" }),
    shared: t.exposeBoolean('shared', { description: 'Holds a live share' }),
    sharedRestricted: t.exposeBoolean('sharedRestricted', { description: 'Holds a share with restricted fields' }),
    emergency: t.exposeBoolean('emergency', { description: 'Holds a live emergency access' }),
  }),
});

/**
 * What a read of cases records: the fields this subgraph serves, plus the Case fields other subgraphs
 * serve in the same operation (the gateway lists them), so one audit row covers the whole page.
 */
function fieldsRead(ctx: SubgraphContext, own: string[]): string[] {
  return [...new Set([...own, ...(ctx.clientCaseFields ?? [])])].sort();
}

const confidential = (field: ConfidentialField, description: string) =>
  ({
    type: 'String',
    nullable: true,
    description: `${description} Confidential: the assigned worker only; encrypted at rest.`,
    resolve: async (c: CaseView, _args: unknown, ctx: Parameters<typeof callerOf>[0]) => {
      const values = await confidentialLoader(ctx).load(c.id);
      return values?.[field] ?? null;
    },
  }) as const;

/** Case.person's loader: persons of a request's cases, batched. */
const personLoader = (ctx: SubgraphContext) =>
  loaderFor<Person>(ctx, 'person', (ids) => service.loadPersons(ctx.db, ctx.viewer, ids));

/** The confidential fields' loader: decrypted values of a request's cases, batched. */
const confidentialLoader = (ctx: SubgraphContext) =>
  loaderFor<Partial<Record<ConfidentialField, string>>>(ctx, 'confidential', (ids) =>
    service.confidentialValuesOf(ctx.db, ctx.viewer, ctx.fieldKeys, ids),
  );

/**
 * A case read (the case field, or the gateway's entity lookup): the case, with its person and
 * confidential values read in the same transaction when the operation asks for them, primed into
 * their loaders so that those fields read nothing more.
 */
async function readCase(ctx: SubgraphContext, id: string, selected: string[]): Promise<CaseView> {
  const read = await service.getCase(ctx.db, callerOf(ctx), id, fieldsRead(ctx, selected), {
    person: selected.some((f) => f.startsWith('person.')),
    confidentialKeys: selected.some((f) => (confidentialFields as readonly string[]).includes(f))
      ? ctx.fieldKeys
      : null,
  });
  if (read.person) personLoader(ctx).prime(read.record.personId, read.person);
  if (read.confidential) confidentialLoader(ctx).prime(read.record.id, read.confidential);
  return read.record;
}

/**
 * A caseload field's resolver: the page, with its persons read in the page's own transaction when the
 * client asks for any person field, primed into Case.person's loader so that it reads nothing more.
 */
function caseloadResolver(read: typeof service.myCaseload) {
  return async (
    _root: unknown,
    args: { first?: number | null; after?: string | null },
    ctx: SubgraphContext,
    info: GraphQLResolveInfo,
  ): Promise<service.CaseloadPage> => {
    const selected = selectedFields(info, { below: ['nodes'] });
    const page = await read(
      ctx.db,
      callerOf(ctx),
      { first: args.first ?? 20, after: args.after },
      fieldsRead(ctx, selected),
      {
        persons: selected.some((f) => f.startsWith('person.')),
      },
    );
    for (const [id, person] of page.persons ?? []) personLoader(ctx).prime(id, person);
    return page;
  };
}

export const CaseRef = builder.objectRef<CaseView>('Case').implement({
  description: 'A protection case about one person, assigned to one worker.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseNumber: t.exposeString('caseNumber', {
      description: 'Human-readable, unique in the agency, e.g. HVN-2026-000123',
    }),
    caseType: t.field({ type: CaseTypeScalar, resolve: (c) => c.caseType }),
    status: t.field({ type: CaseStatusEnum, resolve: (c) => c.status }),
    person: t.field({
      type: PersonRef,
      resolve: async (c, _args, ctx) => {
        const person = await personLoader(ctx).load(c.personId);
        if (!person) throw new Error(`person ${c.personId} of case ${c.id} missing`);
        return { ...person, access: c.access };
      },
    }),
    assignedWorker: t.field({ type: UserRef, resolve: (c) => ({ id: c.assignedWorkerId }) }),
    teamId: t.id({
      nullable: true,
      description: 'The team the case is worked in; its supervisors reach the case.',
      resolve: (c) => c.teamId,
    }),
    viewerAccess: t.field({ type: CaseAccessRef, resolve: (c) => c.access }),
    incidentNarrative: t.field(confidential('incidentNarrative', 'What happened, in the words recorded.')),
    perpetratorDetails: t.field(confidential('perpetratorDetails', 'Who is alleged to have caused harm.')),
    safetyPlan: t.field(confidential('safetyPlan', 'How the person is to be kept safe.')),
    createdAt: t.field({ type: 'DateTime', resolve: (c) => c.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (c) => c.updatedAt }),
    history: t.field({
      type: [CaseChangeRef],
      description: 'Who changed which field when, newest first. Values only for fields the viewer may see.',
      resolve: async (c, _args, ctx) => {
        const history = await loaderFor<service.HistoryEntry[]>(ctx, 'history', (ids) =>
          service.caseHistories(ctx.db, callerOf(ctx), ids),
        ).load(c.id);
        if (!history) throw new HavenError('NOT_FOUND', 'No such case');
        return history;
      },
    }),
  }),
});

builder.asEntity(CaseRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx, info) => readCase(ctx, ref.id, selectedFields(info, { typeName: 'Case' })),
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
    caseType: t.field({ type: CaseTypeScalar, required: true }),
    teamId: t.id({ description: "The team the case is worked in; by default the worker's first team." }),
    caseNumber: t.string({
      description: 'A number from one of your reserved blocks (a case registered offline); by default the next one.',
    }),
    person: t.field({ type: PersonInput, required: true }),
    identifiers: t.field({
      type: [PersonIdentifierInput],
      required: false,
      description:
        "The person's identifiers (national id, registration numbers, phone), matched by duplicate detection.",
    }),
  }),
});

builder.queryFields((t) => ({
  myCaseload: t.field({
    type: CaseConnection,
    description: 'Cases assigned to the signed-in worker, most recently updated first.',
    args: { first: t.arg.int({ defaultValue: 20 }), after: t.arg.string() },
    resolve: caseloadResolver(service.myCaseload),
  }),
  teamCaseload: t.field({
    type: CaseConnection,
    description: 'Cases of the teams the signed-in supervisor supervises, most recently updated first.',
    args: { first: t.arg.int({ defaultValue: 20 }), after: t.arg.string() },
    resolve: caseloadResolver(service.teamCaseload),
  }),
  case: t.field({
    type: CaseRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx, info) => readCase(ctx, String(args.id), selectedFields(info)),
  }),
}));

const UpdatePersonInput = builder.inputType('UpdatePersonInput', {
  description: 'Only the fields given are changed.',
  fields: (t) => ({
    givenName: t.string(),
    familyName: t.string(),
    sex: t.field({ type: SexEnum }),
    dateOfBirth: t.field({ type: 'Date' }),
    clearDateOfBirth: t.boolean({ description: 'Remove a recorded date of birth.' }),
    contactPhone: t.string({ description: 'Restricted.' }),
    currentAddress: t.string({ description: 'Restricted.' }),
    clear: t.stringList({ description: 'Restricted fields to clear: contactPhone, currentAddress.' }),
  }),
});

const CaseDetailsInput = builder.inputType('CaseDetailsInput', {
  description: 'Confidential details; only the fields given change, an empty text clears one.',
  fields: (t) => ({
    incidentNarrative: t.string(),
    perpetratorDetails: t.string(),
    safetyPlan: t.string(),
  }),
});

const ExportedFieldRef = builder.objectRef<service.CaseExport['fields'][number]>('ExportedField').implement({
  fields: (t) => ({
    name: t.exposeString('name'),
    classification: t.exposeString('classification'),
    value: t.exposeString('value', { nullable: true }),
  }),
});

const CaseExportRef = builder.objectRef<service.CaseExport>('CaseExport').implement({
  description: 'One case exported with a stated reason: the fields the viewer may read; the others are named.',
  fields: (t) => ({
    caseNumber: t.exposeString('caseNumber'),
    generatedAt: t.field({ type: 'DateTime', resolve: (e) => e.generatedAt }),
    fields: t.field({ type: [ExportedFieldRef], resolve: (e) => e.fields }),
    withheldFields: t.exposeStringList('withheldFields'),
  }),
});

builder.mutationFields((t) => ({
  updateCaseDetails: t.field({
    type: CaseRef,
    description: 'Records confidential details of a case (assigned worker only); encrypted at rest.',
    args: { caseId: t.arg.id({ required: true }), input: t.arg({ type: CaseDetailsInput, required: true }) },
    resolve: (_root, args, ctx) =>
      service.updateCaseDetails(ctx.db, callerOf(ctx), ctx.fieldKeys, String(args.caseId), args.input),
  }),
  exportCase: t.field({
    type: CaseExportRef,
    description: 'Exports one case, with a reason that is kept in the audit trail.',
    args: { caseId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      service.exportCase(ctx.db, callerOf(ctx), ctx.fieldKeys, String(args.caseId), args.reason),
  }),
  updatePerson: t.field({
    type: CaseRef,
    description: "Corrects the registration details of a case's person; every change is kept in the case history.",
    args: { caseId: t.arg.id({ required: true }), input: t.arg({ type: UpdatePersonInput, required: true }) },
    resolve: (_root, args, ctx) => service.updatePerson(ctx.db, callerOf(ctx), String(args.caseId), args.input),
  }),
  createCase: t.field({
    type: CaseRef,
    description: 'Registers a person and opens a case assigned to the signed-in worker.',
    args: { input: t.arg({ type: CreateCaseInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      service.createCase(ctx.db, callerOf(ctx), {
        caseType: input.caseType,
        teamId: input.teamId === null || input.teamId === undefined ? null : String(input.teamId),
        caseNumber: input.caseNumber ?? null,
        person: { ...input.person, dateOfBirth: input.person.dateOfBirth ?? null },
        identifiers: input.identifiers ?? null,
      }),
  }),
}));

const CaseNumberBlockRef = builder.objectRef<store.CaseNumberBlock & { prefix: string }>('CaseNumberBlock').implement({
  description: 'Case numbers reserved for one of your devices, to register cases while offline.',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    firstNumber: t.string({ resolve: (b) => formatCaseNumber(b.prefix, b.year, b.firstSerial) }),
    lastNumber: t.string({ resolve: (b) => formatCaseNumber(b.prefix, b.year, b.lastSerial) }),
    size: t.int({ resolve: (b) => b.lastSerial - b.firstSerial + 1 }),
    deviceLabel: t.exposeString('deviceLabel'),
    reservedAt: t.field({ type: 'DateTime', resolve: (b) => b.reservedAt }),
  }),
});

builder.queryField('myCaseNumberBlocks', (t) =>
  t.field({
    type: [CaseNumberBlockRef],
    description: 'The case-number blocks reserved for your devices, newest first.',
    resolve: (_root, _args, ctx) => service.myCaseNumberBlocks(ctx.db, callerOf(ctx)),
  }),
);

builder.mutationField('reserveCaseNumberBlock', (t) =>
  t.field({
    type: CaseNumberBlockRef,
    description: 'Reserves a block of case numbers (at most 500) for one of your devices.',
    args: { size: t.arg.int({ required: true }), deviceLabel: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      service.reserveCaseNumberBlock(ctx.db, callerOf(ctx), { size: args.size, deviceLabel: args.deviceLabel }),
  }),
);

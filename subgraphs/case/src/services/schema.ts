import { callerOf } from '@haven/core/graphql/context';
import { builder, JSONRef } from '../builder';
import { SexEnum } from '../persons';
import type { Sex } from '../persons';
import { serviceCategories, type Eligibility, type ProviderContact, type ServiceProvider } from './service';
import * as service from './services.service';

export const ServiceCategoryEnum = builder.enumType('ServiceCategory', {
  values: Object.fromEntries(serviceCategories.map((c) => [c.toUpperCase(), { value: c }])) as Record<
    Uppercase<(typeof serviceCategories)[number]>,
    { value: (typeof serviceCategories)[number] }
  >,
});

const EligibilityRef = builder.objectRef<Eligibility>('ServiceEligibility').implement({
  description: 'Who may receive a service; an empty rule is no restriction.',
  fields: (t) => ({
    caseTypes: t.stringList({
      description: 'Case type keys in upper snake case, as the CaseType scalar; empty: any',
      resolve: (e) => (e.caseTypes ?? []).map((k) => k.toUpperCase()),
    }),
    minAge: t.int({ nullable: true, resolve: (e) => e.minAge ?? null }),
    maxAge: t.int({ nullable: true, resolve: (e) => e.maxAge ?? null }),
    sexes: t.field({ type: [SexEnum], description: 'Empty: any', resolve: (e) => e.sexes ?? [] }),
  }),
});

const EligibilityResultRef = builder
  .objectRef<{ eligible: boolean; reasons: string[] }>('ServiceEligibilityResult')
  .implement({
    fields: (t) => ({
      eligible: t.exposeBoolean('eligible'),
      reasons: t.exposeStringList('reasons', { description: 'Why not: one reason per rule not met' }),
    }),
  });

export const CatalogueEntryRef = builder.objectRef<service.CatalogueEntryView>('ServiceCatalogueEntry').implement({
  description: "A service of the agency's catalogue: what care plans and referrals choose from.",
  fields: (t) => ({
    id: t.exposeID('id'),
    key: t.exposeString('key'),
    name: t.field({ type: JSONRef, description: 'Translatable: texts by language, en always', resolve: (e) => e.name }),
    category: t.field({ type: ServiceCategoryEnum, resolve: (e) => e.category }),
    description: t.field({ type: JSONRef, nullable: true, resolve: (e) => e.description }),
    eligibility: t.field({ type: EligibilityRef, resolve: (e) => e.eligibility }),
    internalTeamId: t.exposeID('internalTeamId', {
      nullable: true,
      description: 'The team of the agency that delivers it, for an internal service',
    }),
    active: t.exposeBoolean('active'),
    updatedAt: t.field({ type: 'DateTime', resolve: (e) => e.updatedAt }),
    eligibleForCase: t.field({
      type: EligibilityResultRef,
      nullable: true,
      description: 'Whether the person of the case asked about may receive it, and why not (null without a case)',
      resolve: (e) => e.eligibleForCase,
    }),
  }),
});

const ContactRef = builder.objectRef<ProviderContact>('ServiceProviderContact').implement({
  fields: (t) => ({
    phone: t.string({ nullable: true, resolve: (c) => c.phone ?? null }),
    email: t.string({ nullable: true, resolve: (c) => c.email ?? null }),
    address: t.string({ nullable: true, resolve: (c) => c.address ?? null }),
    website: t.string({ nullable: true, resolve: (c) => c.website ?? null }),
    contactPerson: t.string({ nullable: true, resolve: (c) => c.contactPerson ?? null }),
  }),
});

export const ServiceProviderRef = builder.objectRef<ServiceProvider>('ServiceProvider').implement({
  description: "A provider of the agency's directory: one of its programmes or an outside organisation.",
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    organisationId: t.exposeID('organisationId', {
      nullable: true,
      description: 'The exchange partner this provider is, when it is one',
    }),
    serviceKeys: t.exposeStringList('serviceKeys', { description: 'Keys of the catalogue services it offers' }),
    areaCodes: t.exposeStringList('areaCodes', { description: 'Administrative areas it covers; empty: everywhere' }),
    contact: t.field({ type: ContactRef, resolve: (p) => p.contact }),
    active: t.exposeBoolean('active'),
    updatedAt: t.field({ type: 'DateTime', resolve: (p) => p.updatedAt }),
  }),
});

const EligibilityInput = builder.inputType('ServiceEligibilityInput', {
  fields: (t) => ({
    caseTypes: t.stringList({
      description: 'Case type keys of the agency (GBV, CHILD_PROTECTION, …); empty or left out: any',
    }),
    minAge: t.int(),
    maxAge: t.int(),
    sexes: t.field({ type: [SexEnum], description: 'Empty or left out: any' }),
  }),
});

const ServiceInput = builder.inputType('ServiceInput', {
  fields: (t) => ({
    key: t.string({ required: true, description: 'Identifies the service; saving an existing key changes it' }),
    name: t.field({ type: JSONRef, required: true, description: 'Translatable: { "en": "…", "ar": "…" }' }),
    category: t.field({ type: ServiceCategoryEnum, required: true }),
    description: t.field({ type: JSONRef, description: 'Translatable, like name' }),
    eligibility: t.field({ type: EligibilityInput }),
    internalTeamId: t.id({ description: 'The team of the agency that delivers it, for an internal service' }),
  }),
});

const ContactInput = builder.inputType('ServiceProviderContactInput', {
  fields: (t) => ({
    phone: t.string(),
    email: t.string(),
    address: t.string(),
    website: t.string(),
    contactPerson: t.string(),
  }),
});

const ProviderInput = builder.inputType('ServiceProviderInput', {
  fields: (t) => ({
    name: t.string({ required: true }),
    organisationId: t.id({ description: 'An exchange partner of the agency, when the provider is one' }),
    serviceKeys: t.stringList({ required: true, description: 'Keys of catalogue services it offers' }),
    areaCodes: t.stringList({ description: 'Administrative area codes it covers; empty: everywhere' }),
    contact: t.field({ type: ContactInput }),
  }),
});

builder.queryFields((t) => ({
  serviceCatalogue: t.field({
    type: [CatalogueEntryRef],
    description:
      "The agency's service catalogue. With caseId, each entry says whether the case's person is eligible, and why not.",
    args: { caseId: t.arg.id(), includeInactive: t.arg.boolean({ defaultValue: false }) },
    resolve: (_root, args, ctx) =>
      service.serviceCatalogue(ctx.db, callerOf(ctx), {
        caseId: args.caseId ? String(args.caseId) : null,
        includeInactive: args.includeInactive ?? false,
      }),
  }),
  serviceProviders: t.field({
    type: [ServiceProviderRef],
    description: 'The provider directory: of a service and covering an area (or an area above it) when given.',
    args: {
      serviceKey: t.arg.string(),
      areaCode: t.arg.string(),
      includeInactive: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_root, args, ctx) =>
      service.serviceProviders(ctx.db, callerOf(ctx), {
        serviceKey: args.serviceKey ?? null,
        areaCode: args.areaCode ?? null,
        includeInactive: args.includeInactive ?? false,
      }),
  }),
}));

builder.mutationFields((t) => ({
  saveService: t.field({
    type: CatalogueEntryRef,
    description: 'Adds a service to the catalogue or changes the one with the same key (form:manage).',
    args: { input: t.arg({ type: ServiceInput, required: true }) },
    resolve: async (_root, args, ctx) => ({
      ...(await service.saveService(ctx.db, callerOf(ctx), {
        key: args.input.key,
        name: args.input.name,
        category: args.input.category,
        description: args.input.description ?? null,
        eligibility: args.input.eligibility
          ? { ...args.input.eligibility, sexes: args.input.eligibility.sexes as Sex[] | null | undefined }
          : null,
        internalTeamId: args.input.internalTeamId ? String(args.input.internalTeamId) : null,
      })),
      eligibleForCase: null,
    }),
  }),
  setServiceActive: t.field({
    type: CatalogueEntryRef,
    description: 'Takes a service out of use (no new care plans or referrals choose it) or back into use.',
    args: { key: t.arg.string({ required: true }), active: t.arg.boolean({ required: true }) },
    resolve: async (_root, args, ctx) => ({
      ...(await service.setServiceActive(ctx.db, callerOf(ctx), args.key, args.active)),
      eligibleForCase: null,
    }),
  }),
  saveServiceProvider: t.field({
    type: ServiceProviderRef,
    description: 'Adds a provider to the directory, or changes one when providerId is given (form:manage).',
    args: { providerId: t.arg.id(), input: t.arg({ type: ProviderInput, required: true }) },
    resolve: (_root, args, ctx) =>
      service.saveServiceProvider(ctx.db, callerOf(ctx), args.providerId ? String(args.providerId) : null, {
        name: args.input.name,
        organisationId: args.input.organisationId ? String(args.input.organisationId) : null,
        serviceKeys: args.input.serviceKeys,
        areaCodes: args.input.areaCodes ?? null,
        contact: (args.input.contact as ProviderContact | null | undefined) ?? null,
      }),
  }),
  setProviderActive: t.field({
    type: ServiceProviderRef,
    description: 'Takes a provider out of the directory (no new interventions or referrals choose it) or back.',
    args: { providerId: t.arg.id({ required: true }), active: t.arg.boolean({ required: true }) },
    resolve: (_root, args, ctx) =>
      service.setProviderActive(ctx.db, callerOf(ctx), String(args.providerId), args.active),
  }),
}));

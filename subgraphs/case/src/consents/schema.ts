import { callerOf, loaderFor } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { CaseRef, UserRef } from '../cases';
import { consentGivers, consentScopes, type Consent, type ConsentOverride } from './consent';
import * as service from './consents.service';

export const ConsentGiverEnum = builder.enumType('ConsentGiver', {
  values: {
    CLIENT: { value: 'client' as const, description: 'The person the case is about' },
    CHILD: { value: 'child' as const },
    GUARDIAN: { value: 'guardian' as const, description: 'A parent or guardian, for a child' },
  } satisfies Record<string, { value: (typeof consentGivers)[number]; description?: string }>,
});

export const ConsentScopeEnum = builder.enumType('ConsentScope', {
  values: {
    SERVICES: { value: 'services' as const },
    REFERRAL: { value: 'referral' as const, description: 'Referral to another team or a service provider' },
    INFORMATION_SHARING: {
      value: 'information_sharing' as const,
      description: 'Sharing case information with the partner organisations named',
    },
    REPORTING: { value: 'reporting' as const, description: 'Being counted in anonymised reports' },
  } satisfies Record<string, { value: (typeof consentScopes)[number]; description?: string }>,
});

export const ConsentRef = builder.objectRef<Consent>('Consent').implement({
  description: 'Consent recorded for a case: who gave it, what it covers, with whom, when; withdrawn when.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    givenBy: t.field({ type: ConsentGiverEnum, resolve: (c) => c.givenBy }),
    givenByName: t.exposeString('givenByName', { nullable: true }),
    scope: t.field({ type: ConsentScopeEnum, resolve: (c) => c.scope }),
    organisationIds: t.idList({
      description: 'Partner organisations an information-sharing consent names',
      resolve: (c) => c.organisationIds,
    }),
    givenAt: t.field({ type: 'DateTime', resolve: (c) => c.givenAt }),
    recordedBy: t.field({ type: UserRef, resolve: (c) => ({ id: c.recordedBy }) }),
    recordedAt: t.field({ type: 'DateTime', resolve: (c) => c.recordedAt }),
    withdrawnAt: t.field({ type: 'DateTime', nullable: true, resolve: (c) => c.withdrawnAt }),
    withdrawnRecordedBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (c) => (c.withdrawnRecordedBy ? { id: c.withdrawnRecordedBy } : null),
    }),
    live: t.boolean({ description: 'Not withdrawn', resolve: (c) => !c.withdrawnAt }),
  }),
});

export const ConsentOverrideRef = builder.objectRef<ConsentOverride>('ConsentOverride').implement({
  description: 'A decision to go ahead without the consent a step needs, with a reason.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    scope: t.field({ type: ConsentScopeEnum, resolve: (o) => o.scope }),
    organisationId: t.exposeID('organisationId', { nullable: true }),
    reason: t.exposeString('reason'),
    overriddenBy: t.field({ type: UserRef, resolve: (o) => ({ id: o.overriddenBy }) }),
    overriddenAt: t.field({ type: 'DateTime', resolve: (o) => o.overriddenAt }),
  }),
});

builder.objectFields(CaseRef, (t) => ({
  consents: t.field({
    type: [ConsentRef],
    description: 'Consents recorded for this case, newest first, withdrawn ones included.',
    resolve: async (c, _args, ctx) =>
      (await loaderFor<Consent[]>(ctx, 'consents', (ids) => service.consentsOf(ctx.db, callerOf(ctx), ids)).load(
        c.id,
      )) ?? [],
  }),
  consentOverrides: t.field({
    type: [ConsentOverrideRef],
    description: 'Overrides of consent recorded for this case, newest first.',
    resolve: async (c, _args, ctx) =>
      (await loaderFor<ConsentOverride[]>(ctx, 'consentOverrides', (ids) =>
        service.consentOverridesOf(ctx.db, callerOf(ctx), ids),
      ).load(c.id)) ?? [],
  }),
}));

const RecordConsentInput = builder.inputType('RecordConsentInput', {
  fields: (t) => ({
    givenBy: t.field({ type: ConsentGiverEnum, required: true }),
    givenByName: t.string({ description: 'Name of the person who gave it (a guardian, say)' }),
    scope: t.field({ type: ConsentScopeEnum, required: true }),
    organisationIds: t.idList({
      description: 'Partner organisations; information sharing must name at least one, other scopes none',
    }),
    givenAt: t.field({ type: 'DateTime', description: 'When it was given; now if left out. Not in the future.' }),
  }),
});

builder.mutationFields((t) => ({
  recordConsent: t.field({
    type: ConsentRef,
    description: 'Records consent given for a case (those who work the case).',
    args: {
      caseId: t.arg.id({ required: true }),
      input: t.arg({ type: RecordConsentInput, required: true }),
    },
    resolve: (_root, args, ctx) =>
      service.recordConsent(ctx.db, callerOf(ctx), String(args.caseId), {
        givenBy: args.input.givenBy,
        givenByName: args.input.givenByName ?? null,
        scope: args.input.scope,
        organisationIds: args.input.organisationIds?.map(String) ?? [],
        givenAt: args.input.givenAt ?? null,
      }),
  }),
  withdrawConsent: t.field({
    type: ConsentRef,
    description: 'Records that a consent was withdrawn; from now on it allows nothing.',
    args: { consentId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => service.withdrawConsent(ctx.db, callerOf(ctx), String(args.consentId)),
  }),
  overrideConsent: t.field({
    type: ConsentOverrideRef,
    description:
      'A standing override of the REPORTING or SERVICES consent of a case, with a reason (consent:override). Referrals and transfers take their own consentOverrideReason instead, so each override allows one step.',
    args: {
      caseId: t.arg.id({ required: true }),
      scope: t.arg({ type: ConsentScopeEnum, required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      service.overrideConsent(ctx.db, callerOf(ctx), {
        caseId: String(args.caseId),
        scope: args.scope,
        reason: args.reason,
      }),
  }),
}));

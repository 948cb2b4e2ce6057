import { callerOf, loaderFor } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { CaseRef, UserRef } from '../cases';
import {
  CatalogueEntryRef,
  ServiceProviderRef,
  providersByIds,
  servicesByIds,
  type CatalogueEntry,
  type ServiceProvider,
} from '../services';
import { referralKinds, referralStatuses, referralUrgencies, type Referral, type ReferralEvent } from './referral';
import * as service from './referrals.service';

const ReferralKindEnum = builder.enumType('ReferralKind', {
  values: {
    INTERNAL: { value: 'internal' as const, description: 'To another team or programme of the agency' },
    EXTERNAL: { value: 'external' as const, description: 'To a provider of the directory or a partner organisation' },
  } satisfies Record<string, { value: (typeof referralKinds)[number]; description?: string }>,
});

const ReferralStatusEnum = builder.enumType('ReferralStatus', {
  values: {
    PENDING: { value: 'pending' as const },
    ACCEPTED: { value: 'accepted' as const },
    DECLINED: { value: 'declined' as const },
    COMPLETED: { value: 'completed' as const },
    CANCELLED: {
      value: 'cancelled' as const,
      description: 'Withdrawn by the referring side while pending or accepted (see cancelReason)',
    },
  } satisfies Record<string, { value: (typeof referralStatuses)[number]; description?: string }>,
});

const ReferralUrgencyEnum = builder.enumType('ReferralUrgency', {
  values: {
    NORMAL: { value: 'normal' as const },
    URGENT: { value: 'urgent' as const },
    EMERGENCY: { value: 'emergency' as const },
  } satisfies Record<string, { value: (typeof referralUrgencies)[number] }>,
});

const ReferralDecisionEnum = builder.enumType('ReferralDecision', {
  values: { ACCEPT: { value: 'accept' as const }, DECLINE: { value: 'decline' as const } },
});

const ReferralEventRef = builder.objectRef<ReferralEvent>('ReferralEvent').implement({
  description: 'A status change of a referral (its creation too): who, when, to what, with the note given.',
  fields: (t) => ({
    id: t.exposeID('id'),
    status: t.field({ type: ReferralStatusEnum, resolve: (e) => e.status }),
    note: t.exposeString('note', { nullable: true }),
    recordedBy: t.field({ type: UserRef, resolve: (e) => ({ id: e.recordedBy }) }),
    recordedAt: t.field({ type: 'DateTime', resolve: (e) => e.recordedAt }),
  }),
});

export const ReferralRef = builder.objectRef<Referral>('Referral').implement({
  description:
    'A referral of a case to another team or programme of the agency, or to a provider of the directory, made with consent or an override.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    kind: t.field({ type: ReferralKindEnum, resolve: (r) => r.kind }),
    toTeamId: t.exposeID('toTeamId', { nullable: true }),
    toProgramme: t.exposeString('toProgramme', { nullable: true }),
    toOrganisationId: t.exposeID('toOrganisationId', { nullable: true }),
    provider: t.field({
      type: ServiceProviderRef,
      nullable: true,
      resolve: (r, _args, ctx) =>
        r.providerId
          ? loaderFor<ServiceProvider>(ctx, 'serviceProviders', (ids) => providersByIds(ctx.db, ctx.viewer, ids)).load(
              r.providerId,
            )
          : null,
    }),
    service: t.exposeString('service', { description: 'The service referred for, in words' }),
    catalogueService: t.field({
      type: CatalogueEntryRef,
      nullable: true,
      description: 'The catalogue entry referred for, when one was chosen',
      resolve: async (r, _args, ctx) => {
        if (!r.serviceId) return null;
        const entry = await loaderFor<CatalogueEntry>(ctx, 'catalogueEntries', (ids) =>
          servicesByIds(ctx.db, ctx.viewer, ids),
        ).load(r.serviceId);
        return entry ? { ...entry, eligibleForCase: null } : null;
      },
    }),
    urgency: t.field({ type: ReferralUrgencyEnum, resolve: (r) => r.urgency }),
    reason: t.exposeString('reason', { nullable: true }),
    status: t.field({ type: ReferralStatusEnum, resolve: (r) => r.status }),
    consentId: t.exposeID('consentId', { nullable: true, description: 'The referral consent relied on' }),
    consentOverrideId: t.exposeID('consentOverrideId', {
      nullable: true,
      description: 'The override made for this referral, when there was no consent',
    }),
    respondedBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (r) => (r.respondedBy ? { id: r.respondedBy } : null),
    }),
    respondedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.respondedAt }),
    declineReason: t.exposeString('declineReason', { nullable: true }),
    outcome: t.exposeString('outcome', { nullable: true }),
    feedback: t.exposeString('feedback', { nullable: true }),
    completedAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.completedAt }),
    cancelReason: t.exposeString('cancelReason', {
      nullable: true,
      description: 'Why the referring side withdrew the referral (CANCELLED)',
    }),
    cancelledAt: t.field({ type: 'DateTime', nullable: true, resolve: (r) => r.cancelledAt }),
    cancelledBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (r) => (r.cancelledBy ? { id: r.cancelledBy } : null),
    }),
    events: t.field({
      type: [ReferralEventRef],
      description: 'Every status change, oldest first',
      resolve: async (r, _args, ctx) =>
        (await loaderFor<ReferralEvent[]>(ctx, 'referralEvents', (ids) =>
          service.eventsOf(ctx.db, callerOf(ctx), ids),
        ).load(r.id)) ?? [],
    }),
    createdBy: t.field({ type: UserRef, resolve: (r) => ({ id: r.createdBy }) }),
    createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (r) => r.updatedAt }),
  }),
});

const IncomingReferralRef = builder.objectRef<service.IncomingReferral>('IncomingReferral').implement({
  description:
    "An internal referral to one of the viewer's teams: the case number and the referral, not the case record.",
  fields: (t) => ({
    caseNumber: t.exposeString('caseNumber'),
    referral: t.field({ type: ReferralRef, resolve: (i) => i.referral }),
  }),
});

builder.objectField(CaseRef, 'referrals', (t) =>
  t.field({
    type: [ReferralRef],
    description: 'Referrals of this case, newest first.',
    resolve: async (c, _args, ctx) =>
      (await loaderFor<Referral[]>(ctx, 'referrals', (ids) => service.referralsOf(ctx.db, callerOf(ctx), ids)).load(
        c.id,
      )) ?? [],
  }),
);

const CreateReferralInput = builder.inputType('CreateReferralInput', {
  fields: (t) => ({
    kind: t.field({ type: ReferralKindEnum, required: true }),
    toTeamId: t.id({ description: 'INTERNAL: the receiving team (or toProgramme, or both)' }),
    toProgramme: t.string({ description: 'INTERNAL: the receiving programme of the agency' }),
    providerId: t.id({ description: 'EXTERNAL: the provider of the directory' }),
    toOrganisationId: t.id({
      description: "EXTERNAL: a partner organisation without a directory entry (set from the provider's otherwise)",
    }),
    serviceKey: t.string({
      description:
        'The catalogue service referred for: active, the person eligible, offered by the provider; an INTERNAL referral without a team goes to the team that delivers it',
    }),
    service: t.string({ description: 'The service referred for, in words (defaults to the catalogue name)' }),
    urgency: t.field({ type: ReferralUrgencyEnum, description: 'NORMAL when left out' }),
    reason: t.string({ description: 'Why the person is referred' }),
    consentOverrideReason: t.string({
      description:
        'Go ahead without referral consent (consent:override): the reason, recorded as an override for this referral only',
    }),
  }),
});

builder.queryFields((t) => ({
  incomingReferrals: t.field({
    type: [IncomingReferralRef],
    description:
      "Internal referrals to the viewer's teams (as member or supervisor), newest first: the case number and the referral, not the case.",
    args: { status: t.arg({ type: ReferralStatusEnum }) },
    resolve: (_root, args, ctx) => service.incomingReferrals(ctx.db, callerOf(ctx), args.status ?? null),
  }),
}));

builder.mutationFields((t) => ({
  createReferral: t.field({
    type: ReferralRef,
    description: "Refers a case; needs the case's referral consent, or consentOverrideReason with consent:override.",
    args: {
      caseId: t.arg.id({ required: true }),
      input: t.arg({ type: CreateReferralInput, required: true }),
    },
    resolve: (_root, args, ctx) =>
      service.createReferral(ctx.db, callerOf(ctx), String(args.caseId), {
        kind: args.input.kind,
        toTeamId: args.input.toTeamId ? String(args.input.toTeamId) : null,
        toProgramme: args.input.toProgramme ?? null,
        providerId: args.input.providerId ? String(args.input.providerId) : null,
        toOrganisationId: args.input.toOrganisationId ? String(args.input.toOrganisationId) : null,
        serviceKey: args.input.serviceKey ?? null,
        service: args.input.service ?? null,
        urgency: args.input.urgency ?? null,
        reason: args.input.reason ?? null,
        consentOverrideReason: args.input.consentOverrideReason ?? null,
      }),
  }),
  respondToReferral: t.field({
    type: ReferralRef,
    description:
      "Accepts or declines a pending referral (DECLINE needs declineReason): the receiving team's members and supervisors for an internal referral to a team; for the others those who work the case, on the provider's behalf.",
    args: {
      referralId: t.arg.id({ required: true }),
      decision: t.arg({ type: ReferralDecisionEnum, required: true }),
      note: t.arg.string(),
      declineReason: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      service.respondToReferral(ctx.db, callerOf(ctx), String(args.referralId), args.decision, {
        note: args.note,
        declineReason: args.declineReason,
      }),
  }),
  completeReferral: t.field({
    type: ReferralRef,
    description: 'Records the outcome (required) and feedback of an accepted referral, which becomes COMPLETED.',
    args: {
      referralId: t.arg.id({ required: true }),
      outcome: t.arg.string({ required: true }),
      feedback: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      service.completeReferral(ctx.db, callerOf(ctx), String(args.referralId), args.outcome, args.feedback),
  }),
  cancelReferral: t.field({
    type: ReferralRef,
    description:
      'Withdraws a PENDING or ACCEPTED referral, which becomes CANCELLED: those who work the referring case (the receiving team declines instead), with a reason of 5 to 2000 characters kept on the referral. A DECLINED, COMPLETED or CANCELLED referral is refused with CONFLICT.',
    args: {
      referralId: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true }),
    },
    resolve: (_root, args, ctx) => service.cancelReferral(ctx.db, callerOf(ctx), String(args.referralId), args.reason),
  }),
}));

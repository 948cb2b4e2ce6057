import { callerOf, loaderFor } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { CaseRef, UserRef } from '../cases';
import { referralKinds, referralStatuses, type Referral } from './referral';
import * as service from './referrals.service';

const ReferralKindEnum = builder.enumType('ReferralKind', {
  values: {
    INTERNAL: { value: 'internal' as const, description: 'To another team of the agency' },
    EXTERNAL: { value: 'external' as const, description: 'To a partner organisation' },
  } satisfies Record<string, { value: (typeof referralKinds)[number]; description?: string }>,
});

const ReferralStatusEnum = builder.enumType('ReferralStatus', {
  values: {
    PENDING: { value: 'pending' as const },
    ACCEPTED: { value: 'accepted' as const },
    DECLINED: { value: 'declined' as const },
    COMPLETED: { value: 'completed' as const },
  } satisfies Record<string, { value: (typeof referralStatuses)[number] }>,
});

export const ReferralRef = builder.objectRef<Referral>('Referral').implement({
  description: 'A referral of a case to another team or a partner organisation, made with consent or an override.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    kind: t.field({ type: ReferralKindEnum, resolve: (r) => r.kind }),
    toTeamId: t.exposeID('toTeamId', { nullable: true }),
    toOrganisationId: t.exposeID('toOrganisationId', { nullable: true }),
    service: t.exposeString('service'),
    status: t.field({ type: ReferralStatusEnum, resolve: (r) => r.status }),
    consentId: t.exposeID('consentId', { nullable: true, description: 'The referral consent relied on' }),
    consentOverrideId: t.exposeID('consentOverrideId', {
      nullable: true,
      description: 'The override made for this referral, when there was no consent',
    }),
    createdBy: t.field({ type: UserRef, resolve: (r) => ({ id: r.createdBy }) }),
    createdAt: t.field({ type: 'DateTime', resolve: (r) => r.createdAt }),
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
    toTeamId: t.id({ description: 'INTERNAL: the receiving team' }),
    toOrganisationId: t.id({ description: 'EXTERNAL: the receiving partner organisation' }),
    service: t.string({ required: true, description: 'The service referred for' }),
    consentOverrideReason: t.string({
      description:
        'Go ahead without referral consent (consent:override): the reason, recorded as an override for this referral only',
    }),
  }),
});

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
        toOrganisationId: args.input.toOrganisationId ? String(args.input.toOrganisationId) : null,
        service: args.input.service,
        consentOverrideReason: args.input.consentOverrideReason ?? null,
      }),
  }),
}));

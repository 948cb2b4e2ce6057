import { callerOf } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { transferStatuses, type Transfer } from './transfer';
import { initiateTransfer } from './transfers.service';

const TransferStatusEnum = builder.enumType('TransferStatus', {
  values: {
    INITIATED: { value: 'initiated' as const },
    TRANSMITTED: { value: 'transmitted' as const },
    RECEIVED: { value: 'received' as const },
    ACCEPTED: { value: 'accepted' as const },
    CANCELLED: { value: 'cancelled' as const },
  } satisfies Record<string, { value: (typeof transferStatuses)[number] }>,
});

const TransferRef = builder.objectRef<Transfer>('Transfer').implement({
  description: 'A transfer of a case to a partner organisation, made with consent or an override.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    partnerId: t.exposeID('partnerId'),
    status: t.field({ type: TransferStatusEnum, resolve: (x) => x.status }),
    consentId: t.exposeID('consentId', {
      nullable: true,
      description: 'The information-sharing consent naming the partner that was relied on',
    }),
    consentOverrideId: t.exposeID('consentOverrideId', {
      nullable: true,
      description: 'The override made for this transfer, when there was no such consent',
    }),
    initiatedBy: t.exposeID('initiatedBy'),
    initiatedAt: t.field({ type: 'DateTime', resolve: (x) => x.initiatedAt }),
  }),
});

builder.mutationFields((t) => ({
  initiateTransfer: t.field({
    type: TransferRef,
    description:
      'Starts transferring a case to a partner organisation; needs an information-sharing consent naming the partner, or consentOverrideReason with consent:override.',
    args: {
      caseId: t.arg.id({ required: true }),
      partnerId: t.arg.id({ required: true }),
      consentOverrideReason: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      initiateTransfer(ctx.db, callerOf(ctx), {
        caseId: String(args.caseId),
        partnerId: String(args.partnerId),
        consentOverrideReason: args.consentOverrideReason ?? null,
      }),
  }),
}));

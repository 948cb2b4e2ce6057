import { callerOf } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { UserRef } from '../audit/schema';
import * as service from './alerts.service';

const AccessAlertRef = builder.objectRef<service.AccessAlert>('AccessAlert').implement({
  description: 'Raised for the agency auditors when someone opens a case outside their reach (emergency access).',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind'),
    caseId: t.exposeID('caseId', { nullable: true }),
    actor: t.field({ type: UserRef, resolve: (a) => ({ id: a.actorId }) }),
    reason: t.exposeString('reason', { nullable: true }),
    raisedAt: t.field({ type: 'DateTime', resolve: (a) => a.raisedAt }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.expiresAt }),
    acknowledgedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.acknowledgedAt }),
    acknowledgedBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (a) => (a.acknowledgedBy ? { id: a.acknowledgedBy } : null),
    }),
  }),
});

builder.queryFields((t) => ({
  accessAlerts: t.field({
    type: [AccessAlertRef],
    description: 'Access alerts of the agency, newest first (at most 200).',
    args: { onlyOpen: t.arg.boolean({ defaultValue: true }) },
    resolve: (_root, args, ctx) => service.accessAlerts(ctx.db, callerOf(ctx), args.onlyOpen ?? true),
  }),
}));

builder.mutationFields((t) => ({
  acknowledgeAccessAlert: t.field({
    type: AccessAlertRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => service.acknowledgeAccessAlert(ctx.db, callerOf(ctx), String(args.id)),
  }),
}));

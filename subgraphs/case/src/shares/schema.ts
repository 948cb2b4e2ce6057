import { callerOf, loaderFor } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { CaseRef, UserRef } from '../cases';
import * as service from './shares.service';
import { sharesOf } from './shares.service';
import type { Share } from './shares.store';

export const CaseShareRef = builder.objectRef<Share>('CaseShare').implement({
  description: 'A named colleague may read a case until the share expires or is revoked.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    grantee: t.field({ type: UserRef, resolve: (s) => ({ id: s.granteeId }) }),
    grantedBy: t.field({ type: UserRef, resolve: (s) => ({ id: s.grantedBy }) }),
    reason: t.exposeString('reason'),
    includesRestricted: t.exposeBoolean('includesRestricted'),
    grantedAt: t.field({ type: 'DateTime', resolve: (s) => s.grantedAt }),
    expiresAt: t.field({ type: 'DateTime', resolve: (s) => s.expiresAt }),
    revokedAt: t.field({ type: 'DateTime', nullable: true, resolve: (s) => s.revokedAt }),
    active: t.boolean({ resolve: (s) => !s.revokedAt && s.expiresAt.getTime() > Date.now() }),
  }),
});

builder.objectField(CaseRef, 'shares', (t) =>
  t.field({
    type: [CaseShareRef],
    description: 'Shares of this case, newest first: all of them for those who work it, her own for a grantee.',
    resolve: async (c, _args, ctx) =>
      (await loaderFor<Share[]>(ctx, 'shares', (ids) => sharesOf(ctx.db, callerOf(ctx), ids)).load(c.id)) ?? [],
  }),
);

const EmergencyAccessRef = builder.objectRef<{ caseId: string; expiresAt: Date }>('EmergencyAccess').implement({
  fields: (t) => ({
    caseId: t.exposeID('caseId'),
    expiresAt: t.field({ type: 'DateTime', resolve: (e) => e.expiresAt }),
  }),
});

builder.mutationFields((t) => ({
  shareCase: t.field({
    type: CaseShareRef,
    description:
      'Shares a case with a named colleague, with a reason and an expiry (at most 90 days). Restricted fields only when the assigned worker shares them.',
    args: {
      caseId: t.arg.id({ required: true }),
      granteeId: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true }),
      expiresAt: t.arg({ type: 'DateTime', required: true }),
      includesRestricted: t.arg.boolean({ defaultValue: false }),
    },
    resolve: (_root, args, ctx) =>
      service.shareCase(ctx.db, callerOf(ctx), {
        caseId: String(args.caseId),
        granteeId: String(args.granteeId),
        reason: args.reason,
        expiresAt: args.expiresAt,
        includesRestricted: args.includesRestricted ?? false,
      }),
  }),
  revokeShare: t.field({
    type: CaseShareRef,
    args: { shareId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => service.revokeShare(ctx.db, callerOf(ctx), String(args.shareId)),
  }),
  openEmergencyAccess: t.field({
    type: EmergencyAccessRef,
    description:
      "Opens a case outside the viewer's reach for a few hours (at most 12), with a reason; the agency's auditors are alerted.",
    args: {
      caseId: t.arg.id({ required: true }),
      reason: t.arg.string({ required: true }),
      hours: t.arg.int({ defaultValue: 4 }),
    },
    resolve: (_root, args, ctx) =>
      service.openEmergencyAccess(ctx.db, callerOf(ctx), {
        caseId: String(args.caseId),
        reason: args.reason,
        hours: args.hours ?? 4,
      }),
  }),
  assignCase: t.field({
    type: CaseRef,
    description: "Reassigns a case to another member of its team (supervisors of the case's team).",
    args: { caseId: t.arg.id({ required: true }), workerId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      service.assignCase(ctx.db, callerOf(ctx), { caseId: String(args.caseId), workerId: String(args.workerId) }),
  }),
}));

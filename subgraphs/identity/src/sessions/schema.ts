import { builder } from '../builder';
import type { Session } from './session';
import * as service from './sessions.service';

const SessionRef = builder.objectRef<Session & { current: boolean }>('Session').implement({
  description: 'A web session of the signed-in user.',
  fields: (t) => ({
    id: t.exposeID('id'),
    authMethod: t.exposeString('authMethod'),
    mfaLevel: t.exposeString('mfaLevel'),
    userAgent: t.exposeString('userAgent', { nullable: true }),
    clientAddress: t.exposeString('clientAddress', { nullable: true }),
    createdAt: t.field({ type: 'DateTime', resolve: (s) => s.createdAt }),
    lastSeenAt: t.field({ type: 'DateTime', resolve: (s) => s.lastSeenAt }),
    expiresAt: t.field({ type: 'DateTime', resolve: (s) => s.expiresAt }),
    current: t.exposeBoolean('current', { description: 'The session this request belongs to.' }),
  }),
});

builder.queryFields((t) => ({
  mySessions: t.field({
    type: [SessionRef],
    description: 'The signed-in user’s live web sessions, most recently used first.',
    resolve: (_root, _args, ctx) => service.listMySessions(ctx.db, ctx.viewer),
  }),
}));

builder.mutationFields((t) => ({
  revokeMySession: t.field({
    type: SessionRef,
    description: 'Ends one of the signed-in user’s own sessions (for example on a lost phone).',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => ({
      ...(await service.revokeMySession(ctx.db, ctx.viewer, String(args.id))),
      current: false,
    }),
  }),
}));

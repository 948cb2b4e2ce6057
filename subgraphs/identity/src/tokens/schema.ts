import { builder } from '../builder';
import type { ApiToken, OAuthClient } from './token';
import * as service from './tokens.service';

const ApiTokenRef = builder.objectRef<ApiToken>('PersonalAccessToken').implement({
  description: 'A personal access token for scripts and BI tools. The secret is shown only when created.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    scopes: t.exposeStringList('scopes'),
    createdAt: t.field({ type: 'DateTime', resolve: (x) => x.createdAt }),
    expiresAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.expiresAt }),
    lastUsedAt: t.field({ type: 'DateTime', nullable: true, resolve: (x) => x.lastUsedAt }),
    revoked: t.boolean({ resolve: (x) => x.revokedAt !== null }),
  }),
});

const CreatedTokenRef = builder
  .objectRef<{ token: string; apiToken: ApiToken }>('CreatedPersonalAccessToken')
  .implement({
    fields: (t) => ({
      token: t.exposeString('token', { description: 'Send as "Authorization: Bearer <token>". Shown only this once.' }),
      personalAccessToken: t.field({ type: ApiTokenRef, resolve: (x) => x.apiToken }),
    }),
  });

const OAuthClientRef = builder.objectRef<OAuthClient>('OAuthClient').implement({
  description: 'An OAuth 2 client for the client credentials grant (POST /auth/oauth/token).',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    clientId: t.exposeString('clientId'),
    scopes: t.exposeStringList('scopes'),
    createdAt: t.field({ type: 'DateTime', resolve: (x) => x.createdAt }),
    revoked: t.boolean({ resolve: (x) => x.revokedAt !== null }),
  }),
});

const CreatedClientRef = builder
  .objectRef<{ client: OAuthClient; clientSecret: string }>('CreatedOAuthClient')
  .implement({
    fields: (t) => ({
      clientSecret: t.exposeString('clientSecret', { description: 'Shown only this once.' }),
      client: t.field({ type: OAuthClientRef, resolve: (x) => x.client }),
    }),
  });

builder.queryFields((t) => ({
  myPersonalAccessTokens: t.field({
    type: [ApiTokenRef],
    resolve: (_r, _a, ctx) => service.listMyTokens(ctx.db, ctx.viewer),
  }),
  myOAuthClients: t.field({
    type: [OAuthClientRef],
    resolve: (_r, _a, ctx) => service.listMyOAuthClients(ctx.db, ctx.viewer),
  }),
}));

builder.mutationFields((t) => ({
  createPersonalAccessToken: t.field({
    type: CreatedTokenRef,
    args: {
      name: t.arg.string({ required: true }),
      scopes: t.arg.stringList({ required: true, description: 'Permissions the token may use: a subset of yours.' }),
      expiresInDays: t.arg.int({ required: false }),
    },
    resolve: (_r, args, ctx) =>
      service.createPersonalAccessToken(ctx.db, ctx.viewer, {
        name: args.name,
        scopes: args.scopes,
        expiresInDays: args.expiresInDays ?? null,
      }),
  }),
  revokePersonalAccessToken: t.field({
    type: ApiTokenRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => service.revokeMyToken(ctx.db, ctx.viewer, String(args.id)),
  }),
  createOAuthClient: t.field({
    type: CreatedClientRef,
    args: { name: t.arg.string({ required: true }), scopes: t.arg.stringList({ required: true }) },
    resolve: (_r, args, ctx) => service.createOAuthClient(ctx.db, ctx.viewer, { name: args.name, scopes: args.scopes }),
  }),
  revokeOAuthClient: t.field({
    type: OAuthClientRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => service.revokeMyOAuthClient(ctx.db, ctx.viewer, String(args.id)),
  }),
}));

import { callerOf as caller } from '@haven/core/graphql/context';
import { builder } from '../builder';
import type { SsoProviderView, SsoRoleMapping } from './sso';
import * as service from './sso-admin.service';

const SsoUnknownUsersEnum = builder.enumType('SsoUnknownUsers', {
  description: 'What sign-in does with someone the identity provider knows and Haven does not.',
  values: {
    REFUSE: { value: 'refuse' as const, description: 'Refuse them (SSO_UNKNOWN_USER).' },
    PROVISION: {
      value: 'provision' as const,
      description: 'Create their account at sign-in with the mapped roles, else the default role.',
    },
  } satisfies Record<string, { value: SsoProviderView['unknownUsers']; description?: string }>,
});

const SsoRoleMappingRef = builder.objectRef<SsoRoleMapping>('SsoRoleMapping').implement({
  description: 'A value of the role claim and the role key of the agency it gives.',
  fields: (t) => ({
    value: t.exposeString('value'),
    roleKey: t.exposeString('roleKey'),
  }),
});

const SsoProviderRef = builder.objectRef<SsoProviderView>('SsoProvider').implement({
  description:
    'An OpenID Connect identity provider of the agency. The client secret is write-only: no field returns it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    displayName: t.exposeString('displayName', { description: 'The name on the sign-in button.' }),
    issuer: t.exposeString('issuer'),
    clientId: t.exposeString('clientId'),
    emailClaim: t.exposeString('emailClaim'),
    nameClaim: t.exposeString('nameClaim'),
    roleClaim: t.exposeString('roleClaim', { nullable: true }),
    roleMapping: t.field({ type: [SsoRoleMappingRef], resolve: (p) => p.roleMapping }),
    unknownUsers: t.field({ type: SsoUnknownUsersEnum, resolve: (p) => p.unknownUsers }),
    defaultRoleKey: t.exposeString('defaultRoleKey', { nullable: true }),
    enabled: t.exposeBoolean('enabled', { description: 'A disabled provider signs nobody in.' }),
    createdAt: t.field({ type: 'DateTime', resolve: (p) => p.createdAt }),
    hasClientSecret: t.exposeBoolean('hasClientSecret'),
  }),
});

const SsoRoleMappingInput = builder.inputType('SsoRoleMappingInput', {
  fields: (t) => ({
    value: t.string({ required: true, description: 'A value of the role claim (a group or role name).' }),
    roleKey: t.string({ required: true, description: 'A role key of the agency.' }),
  }),
});

const SsoProviderInput = builder.inputType('SsoProviderInput', {
  fields: (t) => ({
    displayName: t.string({ required: true, description: '1 to 100 characters, unique in the agency.' }),
    issuer: t.string({
      required: true,
      description:
        'The issuer URL; must answer OpenID discovery when saved (5 s). https; plain http only for localhost or ' +
        '127.0.0.1 (local identity providers and tests), and sign-in over http works only outside production.',
    }),
    clientId: t.string({ required: true }),
    clientSecret: t.string({
      required: false,
      description:
        'Write-only. Required when creating; when updating, leave it out to keep the stored one, unless the issuer or client id changes (then it is required: the stored secret goes only where it was given for).',
    }),
    emailClaim: t.string({
      required: false,
      description: 'The claim with the e-mail address matched against users (default "email").',
    }),
    nameClaim: t.string({ required: false, description: 'The claim with the display name (default "name").' }),
    roleClaim: t.string({
      required: false,
      description: 'The claim with group or role values; required when there is a role mapping.',
    }),
    roleMapping: t.field({ type: [SsoRoleMappingInput], required: false, description: 'Default: none.' }),
    unknownUsers: t.field({ type: SsoUnknownUsersEnum, required: true }),
    defaultRoleKey: t.string({
      required: false,
      description:
        'The role of provisioned users whose role claim maps to none. PROVISION needs it, or a role claim with ' +
        'mappings (then such users are refused).',
    }),
  }),
});

builder.queryFields((t) => ({
  ssoProviders: t.field({
    type: [SsoProviderRef],
    description: 'The identity providers of the viewer’s agency (user:manage).',
    resolve: (_r, _a, ctx) => service.listSsoProvidersForAdmin(ctx.db, ctx.viewer),
  }),
}));

builder.mutationFields((t) => ({
  saveSsoProvider: t.field({
    type: SsoProviderRef,
    description:
      'Creates an identity provider (no id) or updates one, after checking its issuer answers OpenID discovery.',
    args: { id: t.arg.id({ required: false }), input: t.arg({ type: SsoProviderInput, required: true }) },
    resolve: (_r, { id, input }, ctx) =>
      service.saveSsoProvider(ctx.db, caller(ctx), id == null ? null : String(id), {
        displayName: input.displayName,
        issuer: input.issuer,
        clientId: input.clientId,
        clientSecret: input.clientSecret ?? null,
        emailClaim: input.emailClaim ?? 'email',
        nameClaim: input.nameClaim ?? 'name',
        roleClaim: input.roleClaim ?? null,
        roleMapping: input.roleMapping ?? [],
        unknownUsers: input.unknownUsers,
        defaultRoleKey: input.defaultRoleKey ?? null,
      }),
  }),
  setSsoProviderEnabled: t.field({
    type: SsoProviderRef,
    description: 'Turns an identity provider on or off; a disabled one signs nobody in.',
    args: { id: t.arg.id({ required: true }), enabled: t.arg.boolean({ required: true }) },
    resolve: (_r, args, ctx) => service.setSsoProviderEnabled(ctx.db, caller(ctx), String(args.id), args.enabled),
  }),
}));

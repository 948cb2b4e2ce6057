import { loaderFor } from '@haven/core/graphql/context';
import { builder } from '../builder';
import type { Agency, RoleGrant, User } from './directory';
import * as service from './directory.service';

const AgencyRef = builder.objectRef<Agency>('Agency').implement({
  fields: (t) => ({ id: t.exposeID('id'), code: t.exposeString('code'), name: t.exposeString('name') }),
});

const RoleRef = builder.objectRef<RoleGrant>('Role').implement({
  fields: (t) => ({
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    permissions: t.exposeStringList('permissions'),
  }),
});

const TeamMembershipRef = builder.objectRef<service.Me['teams'][number]>('TeamMembership').implement({
  fields: (t) => ({
    teamId: t.exposeID('id'),
    name: t.exposeString('name'),
    isSupervisor: t.exposeBoolean('isSupervisor'),
  }),
});

export const UserRef = builder.objectRef<User>('User').implement({
  description: 'A member of staff of an agency.',
  fields: (t) => ({
    id: t.exposeID('id'),
    displayName: t.exposeString('displayName'),
    email: t.exposeString('email'),
    locale: t.exposeString('locale'),
  }),
});

builder.asEntity(UserRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: (ref, ctx) =>
    loaderFor<User>(ctx, 'user', (ids) => service.usersByIds(ctx.db, ctx.viewer, ids)).load(ref.id),
});

const MeRef = builder.objectRef<service.Me>('Me').implement({
  description: 'The signed-in user, their agency, roles, teams and effective permissions.',
  fields: (t) => ({
    user: t.field({ type: UserRef, resolve: (m) => m.user }),
    agency: t.field({ type: AgencyRef, resolve: (m) => m.agency }),
    roles: t.field({ type: [RoleRef], resolve: (m) => m.roles }),
    teams: t.field({ type: [TeamMembershipRef], resolve: (m) => m.teams }),
    permissions: t.exposeStringList('permissions'),
  }),
});

builder.queryFields((t) => ({
  me: t.field({ type: MeRef, resolve: (_root, _args, ctx) => service.me(ctx.db, ctx.viewer) }),
  users: t.field({
    type: [UserRef],
    description: 'Active staff of the viewer’s agency.',
    resolve: (_root, _args, ctx) => service.listUsers(ctx.db, ctx.viewer),
  }),
}));

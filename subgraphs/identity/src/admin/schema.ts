import { callerOf as caller } from '@haven/core/graphql/context';
import { builder } from '../builder';
import type { AdminTeam, AgencyRole, CreatedUser, StaffMember, StaffTeam, TeamMember } from './admin';
import * as service from './admin.service';

const AgencyRoleRef = builder.objectRef<AgencyRole>('AgencyRole').implement({
  description: 'A role of the agency: a named set of permissions from the catalogue.',
  fields: (t) => ({
    id: t.exposeID('id'),
    key: t.exposeString('key'),
    name: t.exposeString('name'),
    permissions: t.exposeStringList('permissions'),
  }),
});

const StaffTeamRef = builder.objectRef<StaffTeam>('StaffTeam').implement({
  fields: (t) => ({
    teamId: t.exposeID('teamId'),
    name: t.exposeString('name'),
    isSupervisor: t.exposeBoolean('isSupervisor'),
  }),
});

const StaffMemberRef = builder.objectRef<StaffMember>('StaffMember').implement({
  description: 'A member of staff as administrators see them: roles, teams, disabled or not.',
  fields: (t) => ({
    id: t.exposeID('id'),
    email: t.exposeString('email'),
    displayName: t.exposeString('displayName'),
    disabled: t.exposeBoolean('disabled'),
    roles: t.field({ type: [AgencyRoleRef], resolve: (u) => u.roles }),
    teams: t.field({ type: [StaffTeamRef], resolve: (u) => u.teams }),
  }),
});

const CreatedUserRef = builder.objectRef<CreatedUser>('CreatedUser').implement({
  fields: (t) => ({
    user: t.field({ type: StaffMemberRef, resolve: (x) => x.user }),
    setupToken: t.exposeString('setupToken', {
      description: 'One-time password set-up token (POST /auth/password/setup, 7 days). Shown only this once.',
    }),
  }),
});

const TeamMemberRef = builder.objectRef<TeamMember>('TeamMember').implement({
  fields: (t) => ({
    userId: t.exposeID('userId'),
    displayName: t.exposeString('displayName'),
    isSupervisor: t.exposeBoolean('isSupervisor'),
  }),
});

const TeamRef = builder.objectRef<AdminTeam>('Team').implement({
  description: 'A team of the agency with its members and supervisors.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    members: t.field({ type: [TeamMemberRef], resolve: (x) => x.members }),
    supervisors: t.field({ type: [TeamMemberRef], resolve: (x) => x.members.filter((m) => m.isSupervisor) }),
  }),
});

const CreateUserInput = builder.inputType('CreateUserInput', {
  fields: (t) => ({
    email: t.string({ required: true }),
    displayName: t.string({ required: true }),
    roles: t.stringList({ required: true, description: 'Role keys.' }),
    teams: t.idList({ required: true, description: 'Team ids.' }),
  }),
});

const TeamMemberInput = builder.inputType('TeamMemberInput', {
  fields: (t) => ({
    userId: t.id({ required: true }),
    supervisor: t.boolean({ required: true }),
  }),
});

const CreateRoleInput = builder.inputType('CreateRoleInput', {
  fields: (t) => ({
    key: t.string({ required: true }),
    name: t.string({ required: true }),
    permissions: t.stringList({ required: true }),
  }),
});

builder.queryFields((t) => ({
  staff: t.field({
    type: [StaffMemberRef],
    description: 'All staff of the viewer’s agency, disabled ones included, with roles and teams.',
    resolve: (_r, _a, ctx) => service.listStaff(ctx.db, ctx.viewer),
  }),
  roles: t.field({ type: [AgencyRoleRef], resolve: (_r, _a, ctx) => service.listRoles(ctx.db, ctx.viewer) }),
  teams: t.field({ type: [TeamRef], resolve: (_r, _a, ctx) => service.listTeams(ctx.db, ctx.viewer) }),
}));

builder.mutationFields((t) => ({
  createUser: t.field({
    type: CreatedUserRef,
    description: 'A new user without a password, and their one-time set-up token.',
    args: { input: t.arg({ type: CreateUserInput, required: true }) },
    resolve: (_r, { input }, ctx) =>
      service.createUser(ctx.db, caller(ctx), { ...input, teams: input.teams.map(String) }),
  }),
  bulkCreateUsers: t.field({
    type: [CreatedUserRef],
    description:
      'Users from CSV (header email,display_name,roles,teams; ";" between roles and between teams). All or nothing.',
    args: { csv: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => service.bulkCreateUsers(ctx.db, caller(ctx), args.csv),
  }),
  disableUser: t.field({
    type: StaffMemberRef,
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => service.disableUser(ctx.db, caller(ctx), String(args.userId)),
  }),
  resetUserMfa: t.field({
    type: StaffMemberRef,
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => service.resetUserMfa(ctx.db, caller(ctx), String(args.userId)),
  }),
  forceSignOut: t.int({
    description: 'Revokes every web session of the user; returns how many were live.',
    args: { userId: t.arg.id({ required: true }) },
    resolve: (_r, args, ctx) => service.forceSignOut(ctx.db, caller(ctx), String(args.userId)),
  }),
  assignRoles: t.field({
    type: StaffMemberRef,
    args: { userId: t.arg.id({ required: true }), roles: t.arg.stringList({ required: true }) },
    resolve: (_r, args, ctx) => service.assignRoles(ctx.db, caller(ctx), String(args.userId), args.roles),
  }),
  createTeam: t.field({
    type: TeamRef,
    args: { name: t.arg.string({ required: true }) },
    resolve: (_r, args, ctx) => service.createTeam(ctx.db, caller(ctx), args.name),
  }),
  setTeamMembers: t.field({
    type: TeamRef,
    args: {
      teamId: t.arg.id({ required: true }),
      members: t.arg({ type: [TeamMemberInput], required: true }),
    },
    resolve: (_r, args, ctx) =>
      service.setTeamMembers(
        ctx.db,
        caller(ctx),
        String(args.teamId),
        args.members.map((m) => ({ userId: String(m.userId), supervisor: m.supervisor })),
      ),
  }),
  createRole: t.field({
    type: AgencyRoleRef,
    args: { input: t.arg({ type: CreateRoleInput, required: true }) },
    resolve: (_r, { input }, ctx) => service.createRole(ctx.db, caller(ctx), input),
  }),
  updateRolePermissions: t.field({
    type: AgencyRoleRef,
    args: { roleId: t.arg.id({ required: true }), permissions: t.arg.stringList({ required: true }) },
    resolve: (_r, args, ctx) =>
      service.updateRolePermissions(ctx.db, caller(ctx), String(args.roleId), args.permissions),
  }),
}));

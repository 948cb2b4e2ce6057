import { defineSubgraph } from '@haven/core/graphql/subgraph';
import { requires, signedIn, type RootRules } from '@haven/core/graphql/shield';
import { builder } from './builder';
import './directory';
import './sessions';
import './mfa';
import './tokens';
import './admin';
import './sso/schema';

builder.mutationType({});

/** Every root field of this subgraph and the permission it needs; anything missing is denied. */
const rootRules: RootRules = {
  Query: {
    me: signedIn,
    users: requires('user:read'),
    mySessions: signedIn,
    myMfa: signedIn,
    myPersonalAccessTokens: signedIn,
    myOAuthClients: signedIn,
    staff: requires('user:read'),
    roles: requires('user:read'),
    teams: requires('user:read'),
    ssoProviders: requires('user:manage'),
  },
  Mutation: {
    revokeMySession: signedIn,
    startMfaEnrolment: signedIn,
    confirmMfaEnrolment: signedIn,
    createPersonalAccessToken: signedIn,
    revokePersonalAccessToken: signedIn,
    createOAuthClient: signedIn,
    revokeOAuthClient: signedIn,
    createUser: requires('user:manage'),
    bulkCreateUsers: requires('user:manage'),
    disableUser: requires('user:manage'),
    resetUserMfa: requires('user:manage'),
    forceSignOut: requires('user:manage'),
    assignRoles: requires('user:manage'),
    createTeam: requires('user:manage'),
    setTeamMembers: requires('user:manage'),
    createRole: requires('user:manage'),
    updateRolePermissions: requires('user:manage'),
    saveSsoProvider: requires('user:manage'),
    setSsoProviderEnabled: requires('user:manage'),
  },
};

export const identitySubgraph = defineSubgraph('identity', builder, rootRules);

import { defineSubgraph } from '@haven/core/graphql/subgraph';
import { requires, signedIn, type RootRules } from '@haven/core/graphql/shield';
import { builder } from './builder';
import './directory';
import './sessions';
import './mfa';
import './tokens';

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
  },
  Mutation: {
    revokeMySession: signedIn,
    startMfaEnrolment: signedIn,
    confirmMfaEnrolment: signedIn,
    createPersonalAccessToken: signedIn,
    revokePersonalAccessToken: signedIn,
    createOAuthClient: signedIn,
    revokeOAuthClient: signedIn,
  },
};

export const identitySubgraph = defineSubgraph('identity', builder, rootRules);

import { defineSubgraph } from '@haven/core/graphql/subgraph';
import { requires, signedIn, type RootRules } from '@haven/core/graphql/shield';
import { builder } from './builder';
import './directory';

/** Every root field of this subgraph and the permission it needs; anything missing is denied. */
const rootRules: RootRules = {
  Query: { me: signedIn, users: requires('user:read') },
};

export const identitySubgraph = defineSubgraph('identity', builder, rootRules);

import { requires, type RootRules } from '@haven/core/graphql/shield';

/** The root fields of this module and the permission each needs (merged into the subgraph's rules). */
export const rules: RootRules = {
  Query: {
    incomingReferrals: requires('case:read'),
  },
  Mutation: {
    createReferral: requires('case:update'),
    respondToReferral: requires('case:update'),
    completeReferral: requires('case:update'),
    cancelReferral: requires('case:update'),
  },
};

import { requires, type RootRules } from '@haven/core/graphql/shield';

/** The root fields of this module and the permission each needs (merged into the subgraph's rules). */
export const rules: RootRules = {
  Query: {},
  Mutation: { addCaseNote: requires('case:update'), correctCaseNote: requires('case:update') },
};

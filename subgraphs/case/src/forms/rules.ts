import { requires, type RootRules } from '@haven/core/graphql/shield';

/** Root fields of the forms module declared here (the older ones are in the subgraph's base rules). */
export const rules: RootRules = {
  Query: {},
  Mutation: { saveFormDraft: requires('case:update'), submitFormDraft: requires('case:update') },
};

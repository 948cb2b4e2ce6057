import { requires, type RootRules } from '@haven/core/graphql/shield';

/** The root fields of this module and the permission each needs (merged into the subgraph's rules). */
export const rules: RootRules = {
  Query: {},
  Mutation: {
    createCarePlan: requires('case:update'),
    updateCarePlan: requires('case:update'),
    addCarePlanObjective: requires('case:update'),
    updateCarePlanObjective: requires('case:update'),
    addIntervention: requires('case:update'),
    updateIntervention: requires('case:update'),
    submitCarePlan: requires('case:update'),
    decideCarePlan: requires('careplan:approve'),
    completeCarePlan: requires('case:update'),
  },
};

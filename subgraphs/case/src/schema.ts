import { defineSubgraph } from '@haven/core/graphql/subgraph';
import { requires, type RootRules } from '@haven/core/graphql/shield';
import { builder } from './builder';
import './persons';
import './cases';

builder.mutationType({});

/** Every root field of this subgraph and the permission it needs; anything missing is denied. */
const rootRules: RootRules = {
  Query: { myCaseload: requires('case:read'), case: requires('case:read') },
  Mutation: { createCase: requires('case:create'), updatePerson: requires('case:update') },
};

export const caseSubgraph = defineSubgraph('case', builder, rootRules);

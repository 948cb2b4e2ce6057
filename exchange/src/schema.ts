import { defineSubgraph } from '@haven/core/graphql/subgraph';
import { requires, type RootRules } from '@haven/core/graphql/shield';
import { builder } from './builder';
import './partners';
import './transfers';

builder.mutationType({});

/** Every root field of this subgraph and the permission it needs; anything missing is denied. */
const rootRules: RootRules = {
  Query: { partnerOrganisations: requires('transfer:read') },
  Mutation: { initiateTransfer: requires('transfer:initiate') },
};

export const exchangeSubgraph = defineSubgraph('exchange', builder, rootRules);

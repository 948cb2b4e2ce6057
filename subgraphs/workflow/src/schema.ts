import { defineSubgraph } from '@haven/core/graphql/subgraph';
import type { RootRules } from '@haven/core/graphql/shield';
import { builder } from './builder';
import './stages';

/** No root fields of its own yet: this subgraph only extends Case. */
const rootRules: RootRules = {};

export const workflowSubgraph = defineSubgraph('workflow', builder, rootRules);

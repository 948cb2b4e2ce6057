import type { SubgraphDefinition } from '@haven/core/graphql/subgraph';
import { identitySubgraph } from '@haven/identity';
import { caseSubgraph } from '@haven/case';
import { workflowSubgraph } from '@haven/workflow';
import { reportingSubgraph } from '@haven/reporting';
import { exchangeSubgraph } from '@haven/exchange';

/** Every subgraph of the supergraph, with the port it listens on by default in server mode. */
export const subgraphs: { definition: SubgraphDefinition; defaultPort: number }[] = [
  { definition: identitySubgraph, defaultPort: 4001 },
  { definition: caseSubgraph, defaultPort: 4002 },
  { definition: workflowSubgraph, defaultPort: 4003 },
  { definition: reportingSubgraph, defaultPort: 4004 },
  { definition: exchangeSubgraph, defaultPort: 4005 },
];

export type SubgraphName = 'identity' | 'case' | 'workflow' | 'reporting' | 'exchange';

import type { SubgraphDefinition } from '@haven/core/graphql/subgraph';
import { identitySubgraph } from '@haven/identity';
import { caseSubgraph } from '@haven/case';
import { workflowSubgraph } from '@haven/workflow';
import { reportingSubgraph } from '@haven/reporting';
import { exchangeSubgraph } from '@haven/exchange';

/**
 * Every subgraph of the supergraph, with the port it listens on by default in server mode and the
 * entry point that runs it as its own process there (relative to the repository root).
 */
export const subgraphs: { definition: SubgraphDefinition; defaultPort: number; entry: string }[] = [
  { definition: identitySubgraph, defaultPort: 4001, entry: 'subgraphs/identity/src/main.ts' },
  { definition: caseSubgraph, defaultPort: 4002, entry: 'subgraphs/case/src/main.ts' },
  { definition: workflowSubgraph, defaultPort: 4003, entry: 'subgraphs/workflow/src/main.ts' },
  { definition: reportingSubgraph, defaultPort: 4004, entry: 'subgraphs/reporting/src/main.ts' },
  { definition: exchangeSubgraph, defaultPort: 4005, entry: 'exchange/src/main.ts' },
];

/** The gateway's own entry point in server mode. */
export const gatewayEntry = 'gateway/src/main.ts';

export type SubgraphName = 'identity' | 'case' | 'workflow' | 'reporting' | 'exchange';

export { reportingSubgraph } from './schema';
export { caseCounts, MINIMUM_CELL_SIZE } from './caseload';

export { identitySubgraph } from './schema';
export * from './directory';

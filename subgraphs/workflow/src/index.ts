export { workflowSubgraph } from './schema';
export { startCaseWorkflow, defaultWorkflows, stageKeys, type StageKey } from './stages';

export { workflowSubgraph } from './schema';
export { startCaseWorkflow, stageKeys, type StageKey } from './stages';
export { installWorkflowDefinitions } from './engine/service';
export { defaultWorkflowDefinitions } from './definitions/defaults';

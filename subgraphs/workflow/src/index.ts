export { workflowSubgraph } from './schema';
export { startCaseWorkflow, stageKeys, type StageKey } from './stages';
export { installWorkflowDefinitions } from './engine';
export { defaultWorkflowDefinitions } from './definitions/defaults';
export { startWorkflowQueue, type WorkflowQueue, type WorkflowQueueOptions } from './jobs/queue';
export { sweepDeadlines } from './jobs/sweep';
export { workflowEnvFields } from './jobs/env';

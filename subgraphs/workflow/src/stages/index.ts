import './schema';
export { startCaseWorkflow } from './stages.service';
export { defaultWorkflows, stageKeys, type StageKey, type CaseStage } from './stage';

import './schema';
export { startCaseWorkflow } from './stages.service';
export { stageKeys, type StageKey, type CaseStage } from './stage';

export { startCaseWorkflow, describeDuration, dueFor, notify } from './engine';
export { auditRead, installWorkflowDefinitions } from './service';
export { calendarOf, publishedDefinition, teamSupervisors, type DefinitionRow } from './store';

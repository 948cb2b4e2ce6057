export { caseSubgraph } from './schema';
export { upsertAgencySettings, createCase, type CreateCaseInput } from './cases';

export { CaseRef } from './schema';
export { upsertAgencySettings } from './cases.store';
export { createCase, myCaseload, getCase, type CreateCaseInput } from './cases.service';
export { caseTypes, type Case, type CaseType } from './case';

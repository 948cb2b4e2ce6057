export { CaseRef, UserRef } from './schema';
export { upsertAgencySettings } from './cases.store';
export {
  createCase,
  updateCaseDetails,
  myCaseload,
  getCase,
  caseTransaction,
  reachableCase,
  reachableCases,
  refuse,
  Refusal,
  type RefusalRecord,
  type RefusedRecord,
  withAccess,
  workedCase,
  type CaseView,
  type CreateCaseInput,
} from './cases.service';
export { type Case, type CaseType } from './case';

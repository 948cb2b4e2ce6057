export { CaseRef, UserRef } from './schema';
export { upsertAgencySettings } from './cases.store';
export {
  createCase,
  updateCaseDetails,
  myCaseload,
  getCase,
  reachableCase,
  reachableCases,
  refuse,
  withAccess,
  type CaseView,
  type CreateCaseInput,
} from './cases.service';
export { type Case, type CaseType } from './case';

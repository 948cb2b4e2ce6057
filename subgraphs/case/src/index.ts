export { caseSubgraph } from './schema';
export {
  upsertAgencySettings,
  createCase,
  updateCaseDetails,
  reachableCase,
  refuse,
  type CreateCaseInput,
  type CaseView,
} from './cases';
export { manages, type CaseAccess } from './access';
export {
  recordConsent,
  requireConsent,
  overrideReasonOf,
  type RecordConsentInput,
  type ConsentBasis,
  type ConsentScope,
} from './consents';
export {
  possibleDuplicates,
  mergePersons,
  indexPerson,
  indexUnindexedPersons,
  type DuplicateCandidate,
} from './dedupe';
export { installFormTemplates } from './forms';
export { installCaseTypes } from './case-types';
export { importAreas, type AdminAreaInput } from './areas';
export { saveService, saveServiceProvider, type SaveServiceInput, type SaveProviderInput } from './services';
export { createHousehold, addHouseholdMember } from './households/households.service';
export { addCaseNote } from './notes/notes.service';

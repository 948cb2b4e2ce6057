import './schema';
export { builtInCaseTypes, installCaseTypes, type CaseTypeSeed } from './builtins';
export {
  requireActiveCaseType,
  caseTypesByKey,
  classificationsOfCaseTypes,
  listCaseTypes,
  saveCaseType,
} from './case-types.service';
export type { CaseTypeRecord } from './case-type';

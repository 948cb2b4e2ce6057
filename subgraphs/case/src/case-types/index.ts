export { builtInCaseTypes, installCaseTypes, type CaseTypeSeed } from './builtins';

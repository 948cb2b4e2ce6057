import type { CaseType, Sex } from '../../gql/graphql';

// Records keyed by the generated unions: a value added to the schema fails the type check here
// until it is listed (and translated under enums.* in every language file).
const caseTypeSet: Record<CaseType, true> = { CHILD_PROTECTION: true, GBV: true, GENERAL_PROTECTION: true };
const sexSet: Record<Sex, true> = { FEMALE: true, MALE: true, OTHER: true, UNKNOWN: true };

export const caseTypes = Object.keys(caseTypeSet) as CaseType[];
export const sexes = Object.keys(sexSet) as Sex[];

export function asCaseType(value: string): CaseType | '' {
  return caseTypes.find((v) => v === value) ?? '';
}

export function asSex(value: string): Sex | '' {
  return sexes.find((v) => v === value) ?? '';
}

import { useEffect, useState } from 'react';
import type { TFunction } from 'i18next';
import { isAbortError, request } from '../../api/client';
import { graphql } from '../../gql';
import type { Sex } from '../../gql/graphql';

// Records keyed by the generated unions: a value added to the schema fails the type check here
// until it is listed (and translated under enums.* in every language file).
const sexSet: Record<Sex, true> = { FEMALE: true, MALE: true, OTHER: true, UNKNOWN: true };

export const sexes = Object.keys(sexSet) as Sex[];

export function asSex(value: string): Sex | '' {
  return sexes.find((v) => v === value) ?? '';
}

/** A case type key as the API names it: GBV, CHILD_PROTECTION, FOOD_SECURITY (agency configuration). */
export type CaseType = string;

/** The shipped case types, translated in the language files (enums.caseType.*). */
const builtInCaseTypes = ['CHILD_PROTECTION', 'GBV', 'GENERAL_PROTECTION'] as const;

/**
 * The name of a case type in the UI language: the agency's own label when it is known, the
 * translation of a shipped type, or the key itself.
 */
export function caseTypeName(
  t: TFunction,
  key: string,
  label?: Record<string, string> | null,
  language = 'en',
): string {
  if (label) return label[language] ?? label.en ?? key;
  const builtIn = builtInCaseTypes.find((k) => k === key);
  return builtIn ? t(`enums.caseType.${builtIn}`) : key;
}

export const CaseTypesDocument = graphql(`
  query CaseTypes {
    caseTypes {
      key
      label
      active
    }
  }
`);

export interface CaseTypeOption {
  key: CaseType;
  label: Record<string, string>;
}

/** The agency's active case types, as registration offers them; null while loading or when they cannot be read. */
export function useCaseTypes(): CaseTypeOption[] | null {
  const [types, setTypes] = useState<CaseTypeOption[] | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    request(CaseTypesDocument, undefined, { signal: controller.signal }).then(
      ({ caseTypes }) =>
        setTypes(
          caseTypes
            .filter((c) => c.active)
            .map((c) => ({ key: c.key, label: (c.label ?? { en: c.key }) as Record<string, string> })),
        ),
      (error: unknown) => {
        if (!isAbortError(error)) setTypes([]);
      },
    );
    return () => controller.abort();
  }, []);
  return types;
}

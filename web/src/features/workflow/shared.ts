import type { TFunction } from 'i18next';
import { isApiError, type FieldProblem } from '../../api/client';
import { translateServerMessage } from '../../i18n/server-messages';

/** The closure categories of the API's ClosureCategory enum, in the order the select offers them. */
export const closureCategories = [
  'OBJECTIVES_MET',
  'CLIENT_DISENGAGED',
  'TRANSFERRED',
  'RELOCATED',
  'SURVIVOR_REQUEST',
  'NO_LONGER_ELIGIBLE',
  'DECEASED',
  'OTHER',
] as const;
export type ClosureCategoryValue = (typeof closureCategories)[number];

/** A label of a definition ({ en, ar, … }) in the current language, English when it has none. */
export function labelOf(label: unknown, language: string, fallback: string): string {
  if (label && typeof label === 'object') {
    const l = label as Record<string, unknown>;
    const text = l[language] ?? l.en;
    if (typeof text === 'string' && text.trim()) return text;
  }
  return fallback;
}

/** What went wrong, in words for the person: the API's problems with their paths, or a general message. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (isApiError(error, 'NETWORK_ERROR')) return t('errors.network');
  if (isApiError(error, 'FORBIDDEN') && error.fields.length === 0) return t('errors.forbidden');
  if (isApiError(error)) {
    if (error.fields.length > 0)
      return error.fields.map((f: FieldProblem) => translateServerMessage(t, f.message)).join('; ');
    return error.message;
  }
  return t('errors.generic');
}

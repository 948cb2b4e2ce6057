import type { TFunction } from 'i18next';
import { isApiError, type FieldProblem } from '../../api/client';
import { translateServerMessage } from '../../i18n/server-messages';

/** Field problems of the identity API that carry a detail after a colon ("unknown_role: cook"). */
const detailed = {
  unknown_role: 'admin.problems.unknownRole',
  unknown_team: 'admin.problems.unknownTeam',
  unknown_permission: 'admin.problems.unknownPermission',
  header_must_be: 'admin.problems.headerMustBe',
  discovery_failed: 'admin.problems.discoveryFailed',
} as const;

/** Field problems without detail. */
const plain = {
  invalid_email: 'admin.problems.invalidEmail',
  already_in_use: 'admin.problems.alreadyInUse',
  duplicate_in_input: 'admin.problems.duplicateInInput',
  duplicate: 'admin.problems.duplicate',
  unknown_user: 'admin.problems.unknownUser',
  expected_4_columns: 'admin.problems.expectedFourColumns',
  no_rows: 'admin.problems.noRows',
  lowercase_letters_digits_underscores: 'admin.problems.roleKey',
  must_be_1_to_100_characters: 'admin.problems.mustBe1To100',
  must_be_an_https_url: 'admin.problems.httpsUrl',
  required: 'admin.problems.required',
  too_long: 'admin.problems.tooLong',
  must_be_a_claim_name: 'admin.problems.claimName',
  required_with_a_role_mapping: 'admin.problems.requiredWithMapping',
  required_to_provision: 'admin.problems.requiredToProvision',
  required_when_the_issuer_or_client_id_changes: 'admin.problems.secretForNewClient',
} as const;

const has = <T extends object>(map: T, key: string): key is Extract<keyof T, string> => Object.hasOwn(map, key);

/** A field problem of the API in the current language; unknown ones are shown as the API sent them. */
export function describeProblem(t: TFunction, message: string): string {
  const colon = message.indexOf(': ');
  if (colon > 0) {
    const code = message.slice(0, colon);
    if (has(detailed, code)) return t(detailed[code], { detail: message.slice(colon + 2) });
  }
  // A code may carry an explanation in parentheses for API users: "required_to_provision (or …)".
  const bare = message.replace(/ \(.*\)$/, '');
  if (has(plain, bare)) return t(plain[bare]);
  if (/^at_most_\d+_mappings$/.test(bare)) return t('admin.problems.atMostMappings');
  return translateServerMessage(t, message);
}

/** The problem for one field (the last element of its path), if the API reported one. */
export function problemFor(problems: FieldProblem[], field: string): FieldProblem | undefined {
  return problems.find((p) => p.path[p.path.length - 1] === field);
}

/** A message for a failed administration request that is not about one field. */
export function explainFailure(t: TFunction, error: unknown): string {
  if (isApiError(error, 'NETWORK_ERROR')) return t('errors.network');
  if (isApiError(error, 'FORBIDDEN')) return t('admin.errors.forbidden');
  if (isApiError(error, 'CONFLICT')) return t('admin.errors.conflict');
  if (isApiError(error, 'BAD_USER_INPUT')) return t('admin.errors.input');
  return t('admin.errors.failed');
}

import { GraphQLError, type ExecutionResult, type GraphQLFormattedError } from 'graphql';
import type { FieldProblem } from '@haven/core/errors';

/**
 * Bad input is reported the same way wherever it is caught. graphql-js reports input that does not
 * fit the schema (a missing required field, a wrong type, an unknown enum value) as validation or
 * variable-coercion errors without a usable code; these become BAD_USER_INPUT naming the field,
 * exactly like the errors services raise for input that fits the schema but breaks a rule.
 */
const patterns: { re: RegExp; path: (m: RegExpMatchArray) => (string | number)[] }[] = [
  // Variable "$i" got invalid value {...} at "i.person"; Field "givenName" of required type "String!" was not provided.
  {
    re: /^Variable "\$[\w]+" got invalid value .* at "([^"]+)"; Field "(\w+)" of required type/s,
    path: (m) => [...m[1]!.split('.'), m[2]!],
  },
  // Variable "$i" got invalid value "X" at "i.sex"; Value "X" does not exist in "Sex" enum.
  // Variable "$i" got invalid value "gbv" at "i.caseType"; Expected type "CaseType". CaseType must be …
  { re: /^Variable "\$[\w]+" got invalid value .* at "([^"]+)";/s, path: (m) => m[1]!.split('.') },
  // Variable "$i" of required type "CreateCaseInput!" was not provided.  /  Variable "$i" got invalid value 5; ...
  { re: /^Variable "\$([\w]+)"/, path: (m) => [m[1]!] },
  // Field "PersonInput.givenName" of required type "String!" was not provided.
  { re: /^Field "(\w+)\.(\w+)" of required type .* was not provided/, path: (m) => [m[1]!, m[2]!] },
  // Field "colour" is not defined by type "PersonInput".
  { re: /^Field "(\w+)" is not defined by type "(\w+)"/, path: (m) => [m[2]!, m[1]!] },
  // Enum "Sex" cannot represent non-enum value: "FOO".  /  String cannot represent a non string value: 5
  { re: /^(?:Enum "\w+"|\w+) cannot represent/, path: () => [] },
  // A custom scalar (CaseType) refusing a literal: Expected value of type "CaseType!", found "gbv"; CaseType must be …
  { re: /^Expected value of type "[^"]+", found/, path: () => [] },
];

function asInputProblem(error: GraphQLFormattedError): FieldProblem | null {
  const code = error.extensions?.code;
  // Subgraphs report scalar coercion failures as BAD_USER_INPUT but without the field list.
  const unnamedBadInput = code === 'BAD_USER_INPUT' && !error.extensions?.fields;
  if (code !== undefined && code !== 'GRAPHQL_VALIDATION_FAILED' && !unnamedBadInput) return null;
  for (const { re, path } of patterns) {
    const match = error.message.match(re);
    if (match) return { path: path(match), message: error.message };
  }
  return null;
}

export function mapInputErrors<T extends ExecutionResult>(result: T): T {
  if (!result.errors?.length) return result;
  let changed = false;
  const errors = result.errors.map((error) => {
    const problem = asInputProblem(error);
    if (!problem) return error;
    changed = true;
    return new GraphQLError(error.message, {
      nodes: error.nodes,
      source: error.source,
      positions: error.positions,
      path: error.path,
      extensions: {
        ...error.extensions,
        code: 'BAD_USER_INPUT',
        fields: [problem],
        http: { status: 400 },
      },
    });
  });
  return changed ? { ...result, errors } : result;
}

export function inputErrorsPlugin() {
  return {
    onResultProcess({ result, setResult }: { result: unknown; setResult: (r: never) => void }) {
      if (result && typeof result === 'object' && !Array.isArray(result) && 'errors' in result) {
        setResult(mapInputErrors(result as ExecutionResult) as never);
      }
    },
  };
}

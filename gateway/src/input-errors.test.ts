import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { mapInputErrors } from './input-errors';

const fieldsOf = (message: string, code?: string) =>
  mapInputErrors({ errors: [new GraphQLError(message, { extensions: code ? { code } : {} })] }).errors?.[0]?.extensions;

describe('mapInputErrors', () => {
  it.each([
    [
      'Variable "$i" got invalid value { a: 1 } at "i.person"; Field "givenName" of required type "String!" was not provided.',
      ['i', 'person', 'givenName'],
    ],
    [
      'Variable "$i" got invalid value "X" at "i.person.sex"; Value "X" does not exist in "Sex" enum.',
      ['i', 'person', 'sex'],
    ],
    [
      'Variable "$i" got invalid value "gbv" at "i.caseType"; Expected type "CaseType". CaseType must be a case type key in upper snake case, such as GBV or CHILD_PROTECTION',
      ['i', 'caseType'],
    ],
    ['Variable "$i" of required type "CreateCaseInput!" was not provided.', ['i']],
    ['Field "PersonInput.sex" of required type "Sex!" was not provided.', ['PersonInput', 'sex']],
    ['Field "colour" is not defined by type "PersonInput".', ['PersonInput', 'colour']],
  ])('%s', (message, path) => {
    expect(fieldsOf(message, message.startsWith('Field') ? 'GRAPHQL_VALIDATION_FAILED' : undefined)).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ path }],
    });
  });

  it('leaves other errors alone', () => {
    expect(fieldsOf('Cannot query field "x" on type "Query".', 'GRAPHQL_VALIDATION_FAILED')?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    expect(fieldsOf('Not allowed', 'FORBIDDEN')?.code).toBe('FORBIDDEN');
  });
});

import { describe, expect, it } from 'vitest';
import { dateOfBirth, personName } from './person-input';

const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.success ? [] : result.error!.issues.map((i) => i.message);

describe('person input rules (registration, corrections and households alike)', () => {
  it.each([
    ['2010-05-17', []],
    ['2010-5-17', ['must be a date YYYY-MM-DD']],
    ['2010-13-01', ['must be a real date']],
    ['1899-12-31', ['must not be before 1900']],
    ['2999-01-01', ['must not be in the future']],
  ])('date of birth %s', (value, expected) => {
    expect(messages(dateOfBirth.safeParse(value))).toEqual(expected);
  });

  it.each([
    ['  Amina ', []],
    ['', ['must not be empty']],
    ['x'.repeat(101), ['must be at most 100 characters']],
    ['Ami\u0000na', ['must not contain control characters']],
  ])('name %j', (value, expected) => {
    expect(messages(personName.safeParse(value))).toEqual(expected);
  });
});

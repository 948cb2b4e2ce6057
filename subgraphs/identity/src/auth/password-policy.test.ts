import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy';

describe('password policy', () => {
  it.each([
    ['short-pass', ['too_short']],
    ['password1234', ['too_common']],
    ['zzzzzzzzzzzzzz', ['too_common']],
    ['amira.k-lovely-garden', ['contains_email']],
    ['correct horse battery staple', []],
  ] as const)('%s → %j', (password, expected) => {
    expect(passwordProblems(password, 'Amira.K@example.org')).toEqual(expected);
  });
});

import { describe, expect, it } from 'vitest';
import { formatCaseNumber } from './case';
import { ageInYears } from '../persons/person';

describe('case numbers', () => {
  it('pads the serial to six digits under the agency prefix and year', () => {
    expect(formatCaseNumber('HVN', 2026, 123)).toBe('HVN-2026-000123');
    expect(formatCaseNumber('AB', 2027, 1_234_567)).toBe('AB-2027-1234567');
  });
});

describe('ageInYears', () => {
  const today = new Date('2026-03-10T12:00:00Z');
  it.each([
    ['2016-03-10', 10],
    ['2016-03-11', 9],
    ['2016-02-29', 10],
    [null, null],
  ])('%s → %s', (dob, age) => expect(ageInYears(dob, today)).toBe(age));
});

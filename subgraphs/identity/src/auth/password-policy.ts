/**
 * The password policy: at least 12 characters, not one of the most common passwords, not containing
 * the e-mail address or its local part. Length beats composition rules (NIST SP 800-63B).
 */
export const MIN_PASSWORD_LENGTH = 12;
const MAX_PASSWORD_LENGTH = 256;

// A short list of the passwords (and patterns) most often seen in breaches that are 12+ characters long.
const common = new Set([
  '123456789012',
  '1234567890123',
  'qwertyuiopas',
  'qwerty123456',
  'password1234',
  'password12345',
  'passwordpassword',
  'iloveyou1234',
  'administrator',
  'administrator1',
  'changeme1234',
  'welcome12345',
  'letmein12345',
  '111111111111',
  '000000000000',
  'aaaaaaaaaaaa',
  'abcdefghijkl',
  'abc123abc123',
  'qwertyqwerty',
  '1q2w3e4r5t6y',
  'zaq12wsxcde3',
  'p@ssw0rd1234',
  'football1234',
  'baseball1234',
  'superman1234',
  'sunshine1234',
  'princess1234',
  'trustno1trustno1',
  'haven-password',
  'havenhavenhaven',
]);

export type PasswordProblem = 'too_short' | 'too_long' | 'too_common' | 'contains_email';

export function passwordProblems(password: string, email: string): PasswordProblem[] {
  const problems: PasswordProblem[] = [];
  if ([...password].length < MIN_PASSWORD_LENGTH) problems.push('too_short');
  if (password.length > MAX_PASSWORD_LENGTH) problems.push('too_long');
  const lower = password.toLowerCase();
  if (common.has(lower) || /^(.)\1+$/.test(password)) problems.push('too_common');
  const address = email.toLowerCase();
  const local = address.split('@')[0] ?? '';
  if (lower.includes(address) || (local.length >= 3 && lower.includes(local))) problems.push('contains_email');
  return problems;
}

import { hash, verify } from '@node-rs/argon2';
import { HavenError } from '@haven/core/errors';
import { passwordProblems } from './password-policy';

// 2 is Algorithm.Argon2id (a const enum, which isolated modules cannot import). Parameters are the
// library's defaults (19 MiB, 2 passes), OWASP's recommended minimum for argon2id.
const ARGON2ID = 2;

export const hashPassword = (password: string) => hash(password, { algorithm: ARGON2ID });

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/** Spent on unknown e-mail addresses, so that timing does not tell which addresses have accounts. */
let dummyHash: Promise<string> | undefined;
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword('haven-dummy-password-for-timing');
  await verifyPassword(await dummyHash, password);
}

/** Refuses a password that breaks the policy, naming each problem. */
export function assertPasswordPolicy(password: string, email: string, path: string[] = ['password']): void {
  const problems = passwordProblems(password, email);
  if (problems.length) {
    throw new HavenError('BAD_USER_INPUT', `The password does not meet the policy: ${problems.join(', ')}`, {
      fields: problems.map((p) => ({ path, message: `password_${p}` })),
    });
  }
}

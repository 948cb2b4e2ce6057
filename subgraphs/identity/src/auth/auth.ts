import type { Database } from '@haven/core/db/database';
import type { Clock } from './clock';

/** What the sign-in services need: the database and the time. */
export interface AuthDeps {
  db: Database;
  clock: Clock;
}

/** Where a sign-in attempt came from, for the session record and the audit trail. */
export interface RequestMeta {
  requestId: string | null;
  clientAddress: string | null;
  userAgent: string | null;
}

export interface SignInSettings {
  idleTimeoutMinutes: number;
  absoluteLifetimeHours: number;
  mfaRequiredRoles: string[];
}

export const defaultSignInSettings: SignInSettings = {
  idleTimeoutMinutes: 20,
  absoluteLifetimeHours: 12,
  mfaRequiredRoles: [],
};

/** Concurrent web sessions per user when none of their roles sets a limit. */
export const DEFAULT_MAX_SESSIONS = 5;
/** Failures before the first lockout, its length, and the cap of the doubling back-off. */
export const LOCKOUT_THRESHOLD = 5;
export const LOCKOUT_BASE_MS = 60_000;
export const LOCKOUT_MAX_MS = 60 * 60_000;
/** Time to enter the second factor after a correct password. */
export const MFA_PENDING_MS = 5 * 60_000;

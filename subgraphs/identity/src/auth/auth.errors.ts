/**
 * Codes of refused sign-in and authentication attempts, with their HTTP status. The gateway's
 * /auth routes send them as { error: { code, message } }; on /graphql they travel as
 * extensions.reason beside the UNAUTHENTICATED or FORBIDDEN code.
 */
export const authErrorStatus = {
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  MFA_REQUIRED: 401,
  INVALID_MFA_CODE: 401,
  MFA_CODE_REUSED: 401,
  SESSION_INVALID: 401,
  SESSION_EXPIRED: 401,
  SESSION_REVOKED: 401,
  TOKEN_INVALID: 401,
  TOKEN_EXPIRED: 401,
  TOKEN_REVOKED: 401,
  CSRF_TOKEN_INVALID: 403,
  PASSWORD_POLICY: 400,
  SSO_FAILED: 401,
  SSO_UNKNOWN_USER: 403,
} as const;

export type AuthErrorCode = keyof typeof authErrorStatus;

export class AuthError extends Error {
  override readonly name = 'AuthError';
  constructor(
    readonly code: AuthErrorCode,
    message: string,
    /** For ACCOUNT_LOCKED: when to try again. */
    readonly retryAfter?: Date,
  ) {
    super(message);
  }
  get status(): number {
    return authErrorStatus[this.code];
  }
}

export { systemClock, settableClock, type Clock } from './clock';
export type { AuthDeps, RequestMeta, SignInSettings } from './auth';
export { AuthError, authErrorStatus, type AuthErrorCode } from './auth.errors';
export { signInWithPassword, completeMfaSignIn, setPassword, lockDuration, type SignInResult } from './sign-in.service';
export { csrfTokenFor } from './secrets';
export { passwordProblems, MIN_PASSWORD_LENGTH } from './password-policy';
export { completePasswordSetup, issuePasswordSetupToken, PASSWORD_SETUP_DAYS } from './password-setup.service';

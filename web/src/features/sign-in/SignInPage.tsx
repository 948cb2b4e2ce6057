import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import {
  AuthRequestError,
  listDemoAccounts,
  listSsoProviders,
  signIn,
  ssoStartUrl,
  submitMfaCode,
  type DemoAccounts,
  type SsoProviderButton,
} from './auth';

/** Messages for the codes the gateway's /auth routes answer with. */
const failureKeys: Record<string, string> = {
  INVALID_CREDENTIALS: 'signIn.errors.invalidCredentials',
  ACCOUNT_LOCKED: 'signIn.errors.locked',
  INVALID_MFA_CODE: 'signIn.errors.invalidCode',
  MFA_CODE_REUSED: 'signIn.errors.reusedCode',
  SESSION_INVALID: 'signIn.errors.startAgain',
  SSO_FAILED: 'signIn.errors.ssoFailed',
  SSO_UNKNOWN_USER: 'signIn.errors.ssoUnknownUser',
  NETWORK_ERROR: 'errors.network',
};

/**
 * Sign-in: e-mail and password, then the authenticator code when the account has MFA. `locked` shows
 * the lock screen's explanation after an idle time-out. In embedded demo mode the demo accounts and
 * their password are listed. With ?agency=CODE in the address, the agency's single sign-on providers
 * are offered as buttons; a failed SSO sign-in comes back with ?sso_error=CODE.
 */
export function SignInPage({ onSignedIn, locked = false }: { onSignedIn: () => void; locked?: boolean }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [step, setStep] = useState<'password' | 'mfa'>('password');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(() => {
    const code = new URLSearchParams(window.location.search).get('sso_error');
    return code ? t((failureKeys[code] ?? 'signIn.errors.ssoFailed') as 'signIn.errors.failed') : null;
  });
  const [demo, setDemo] = useState<DemoAccounts | null>(null);
  const [ssoProviders, setSsoProviders] = useState<SsoProviderButton[]>([]);

  useEffect(() => {
    listDemoAccounts().then(setDemo, () => setDemo(null));
    listSsoProviders(new URLSearchParams(window.location.search).get('agency')).then(setSsoProviders, () =>
      setSsoProviders([]),
    );
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setFailure(null);
    try {
      if (step === 'password') {
        const status = await signIn(email, password);
        setPassword('');
        if (status === 'mfa_required') {
          setStep('mfa');
          setBusy(false);
          return;
        }
      } else {
        await submitMfaCode(code);
      }
      onSignedIn();
    } catch (error) {
      const code = error instanceof AuthRequestError ? error.failure.code : 'UNKNOWN';
      if (code === 'SESSION_INVALID') setStep('password');
      setFailure(t((failureKeys[code] ?? 'signIn.errors.failed') as 'signIn.errors.failed'));
      setBusy(false);
    }
  }

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" ref={heading} tabIndex={-1}>
        {locked ? t('signIn.lockedTitle') : t('signIn.title')}
      </h1>
      {locked && <p className="notice">{t('signIn.lockedBody')}</p>}
      <div role="alert">{failure && <p className="notice notice-error">{failure}</p>}</div>
      <form className="form" onSubmit={(e) => void submit(e)} noValidate>
        {step === 'password' ? (
          <>
            <div className="field">
              <label htmlFor="sign-in-email">{t('signIn.email')}</label>
              <input
                id="sign-in-email"
                type="email"
                autoComplete="username"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                required
              />
            </div>
            <div className="field">
              <label htmlFor="sign-in-password">{t('signIn.password')}</label>
              <input
                id="sign-in-password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => setPassword(e.target.value)}
                required
              />
            </div>
          </>
        ) : (
          <div className="field">
            <label htmlFor="sign-in-code">{t('signIn.code')}</label>
            <p className="hint">{t('signIn.codeHint')}</p>
            <input
              id="sign-in-code"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              required
            />
          </div>
        )}
        <button type="submit" className="button" aria-busy={busy} disabled={busy}>
          {busy ? t('signIn.signingIn') : step === 'password' ? t('signIn.submit') : t('signIn.verify')}
        </button>
      </form>
      {ssoProviders.length > 0 && step === 'password' && (
        <section className="sso-providers" aria-labelledby="sso-providers-title">
          <h2 id="sso-providers-title">{t('signIn.sso.title')}</h2>
          <ul className="user-list">
            {ssoProviders.map((provider) => (
              <li key={provider.id}>
                <a className="button" href={ssoStartUrl(provider.id)}>
                  {t('signIn.sso.button', { name: provider.displayName })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      {demo && step === 'password' && (
        <section className="demo-accounts" aria-labelledby="demo-accounts-title">
          <h2 id="demo-accounts-title">{t('signIn.demo.title')}</h2>
          <p>{t('signIn.demo.intro', { password: demo.password })}</p>
          <ul className="user-list">
            {demo.accounts.map((account) => (
              <li key={account.email}>
                <button
                  type="button"
                  className="user-choice"
                  onClick={() => {
                    setEmail(account.email);
                    setPassword(demo.password);
                  }}
                >
                  <bdi className="user-name">{account.displayName}</bdi>
                  <span className="user-roles">{account.email}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}

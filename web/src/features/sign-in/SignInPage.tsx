import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError } from '../../api/client';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import { useFormat } from '../../i18n/format';
import { listDemoUsers, signInAsDemoUser, type DemoUser } from './demo-auth';

type UsersState =
  { status: 'loading' } | { status: 'ready'; users: DemoUser[] } | { status: 'unavailable' } | { status: 'failed' };

/** Demo sign-in: pick one of the fictional demo users; no password until real sign-in exists. */
export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [users, setUsers] = useState<UsersState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [signingIn, setSigningIn] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    setUsers({ status: 'loading' });
    listDemoUsers(controller.signal).then(
      (list) => setUsers(list ? { status: 'ready', users: list } : { status: 'unavailable' }),
      (error: unknown) => {
        if (!isAbortError(error)) setUsers({ status: 'failed' });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  async function choose(user: DemoUser) {
    if (signingIn) return;
    setSigningIn(user.userId);
    setFailed(false);
    try {
      await signInAsDemoUser(user.userId);
      onSignedIn();
    } catch {
      setFailed(true);
      setSigningIn(null);
    }
  }

  return (
    <section className="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" ref={heading} tabIndex={-1}>
        {t('signIn.title')}
      </h1>
      <p className="lead">{t('signIn.intro')}</p>
      <div role="alert">{failed && <p className="notice notice-error">{t('signIn.failed')}</p>}</div>

      {users.status === 'loading' && (
        <p className="page-status" role="status">
          {t('signIn.loading')}
        </p>
      )}
      {users.status === 'unavailable' && <p className="notice">{t('signIn.unavailable')}</p>}
      {users.status === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>{t('signIn.loadFailed')}</p>
          <button type="button" className="button" onClick={() => setAttempt((n) => n + 1)}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {users.status === 'ready' && users.users.length === 0 && <p className="notice">{t('signIn.noUsers')}</p>}
      {users.status === 'ready' && users.users.length > 0 && (
        <ul className="user-list" aria-label={t('signIn.usersLabel')}>
          {users.users.map((user) => (
            <li key={user.userId}>
              <button
                type="button"
                className="user-choice"
                onClick={() => void choose(user)}
                aria-busy={signingIn === user.userId}
                disabled={signingIn !== null && signingIn !== user.userId}
              >
                <bdi className="user-name">{user.displayName}</bdi>
                <span className="user-roles">{format.list(user.roles)}</span>
                {signingIn === user.userId && <span className="user-status">{t('signIn.signingIn')}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

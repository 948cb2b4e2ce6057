import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format';
import { LanguageSwitcher } from './LanguageSwitcher';
import type { Session } from './session';

interface ShellProps {
  session: Session | null;
  onSignOut?: () => void;
  /** Shown under the header, e.g. when signing out failed. */
  alert?: string | null;
  /** Links to the signed-in user's pages (home, security, sessions). */
  navigation?: ReactNode;
  children: ReactNode;
}

/** Page frame: skip link, header (agency, user, language, sign out), main area, fictional-data notice. */
export function Shell({ session, onSignOut, alert, navigation, children }: ShellProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="brand">
          <span className="brand-name">{t('app.name')}</span>
          {session && (
            <span className="brand-agency">
              <bdi>{session.agency.name}</bdi>
            </span>
          )}
        </div>
        <div className="header-tools">
          {session && (
            <p className="signed-in">
              <span className="visually-hidden">{t('header.signedInAs')} </span>
              <bdi className="signed-in-name">{session.user.displayName}</bdi>
              <span className="signed-in-roles">{format.list(session.roles.map((role) => role.name))}</span>
            </p>
          )}
          <LanguageSwitcher />
          {session && onSignOut && (
            <button type="button" className="button button-quiet" onClick={onSignOut}>
              {t('header.signOut')}
            </button>
          )}
        </div>
      </header>
      {navigation}
      <div role="alert" className="shell-alert">
        {alert && <p className="notice notice-error">{alert}</p>}
      </div>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <footer className="app-footer">
        <p>{t('app.fictionalNotice')}</p>
      </footer>
    </div>
  );
}

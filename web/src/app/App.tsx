import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError, onUnauthenticated, request } from '../api/client';
import { MfaPage } from '../features/account/MfaPage';
import { SessionsPage } from '../features/account/SessionsPage';
import { AdminPage } from '../features/admin/AdminPage';
import { CasePage } from '../features/case/CasePage';
import { CaseloadPage } from '../features/caseload/CaseloadPage';
import { FormEditorPage } from '../features/form-editor/FormEditorPage';
import { PersonSearchPage } from '../features/persons/PersonSearchPage';
import { IncomingReferralsPage } from '../features/referrals/IncomingReferralsPage';
import { AlertsPage, useUnreadAlerts } from '../features/workflow/AlertsPage';
import { ApprovalsPage } from '../features/workflow/ApprovalsPage';
import { WorkflowEditorPage } from '../features/workflow/WorkflowEditorPage';
import { loadSession as loadAuthSession, signOut } from '../features/sign-in/auth';
import { SignInPage } from '../features/sign-in/SignInPage';
import { IdleGuard } from './IdleGuard';
import { casePathFor, navigate, useCaseRoute } from './route';
import { can, MeDocument, supervisesATeam, type Session } from './session';
import { Shell } from './Shell';

type AppState =
  | { kind: 'loading' }
  | { kind: 'signed-out'; locked?: boolean }
  | { kind: 'signed-in'; session: Session; idleTimeoutSeconds: number }
  | { kind: 'failed'; network: boolean };

/**
 * The signed-in user's screens: their work (caseload or administration), finding a person (case readers),
 * referrals to their teams, alerts, approvals (supervisors),
 * forms (form:manage), workflows (workflow:manage), MFA, their sessions.
 */
type View = 'home' | 'persons' | 'referrals' | 'alerts' | 'approvals' | 'forms' | 'workflows' | 'mfa' | 'sessions';
const views: View[] = ['home', 'persons', 'referrals', 'alerts', 'approvals', 'forms', 'workflows', 'mfa', 'sessions'];
/** Views with an address of their own (reload and links keep them). */
const viewPaths: Partial<Record<View, string>> = {
  persons: '/persons',
  referrals: '/referrals',
  forms: '/forms',
  alerts: '/alerts',
  approvals: '/approvals',
  workflows: '/workflows',
};
const viewAtPath = (): View => {
  const path = window.location.pathname.replace(/\/$/, '');
  return (Object.keys(viewPaths) as View[]).find((v) => viewPaths[v] === path) ?? 'home';
};

/** Decides between the sign-in page and the caseload from who the API says is signed in. */
export function App() {
  const { t } = useTranslation();
  const [state, setState] = useState<AppState>({ kind: 'loading' });
  const [alert, setAlert] = useState<string | null>(null);
  const [view, setView] = useState<View>('home');
  // A case page has its own address (/cases/<id>); it shows in place of the caseload.
  const caseId = useCaseRoute();
  // Opening a case (from an alert, an approval or a search) leaves the page the link was on; going
  // back from the case returns to the page its address names.
  useEffect(() => {
    setView((current) => (caseId ? 'home' : current === 'home' ? viewAtPath() : current));
  }, [caseId]);
  const unreadAlerts = useUnreadAlerts(state.kind === 'signed-in' ? state.session.user.id : null);

  const loadSession = useCallback(async (signal?: AbortSignal) => {
    setState({ kind: 'loading' });
    try {
      const auth = await loadAuthSession();
      if (signal?.aborted) return;
      if (!auth) return setState({ kind: 'signed-out' });
      // A user the agency requires to use MFA, without it yet, starts on the MFA page.
      setView(auth.mfaEnrolmentRequired ? 'mfa' : viewAtPath());
      const { me } = await request(MeDocument, undefined, { signal });
      setState({ kind: 'signed-in', session: me, idleTimeoutSeconds: auth.idleTimeoutSeconds });
    } catch (error) {
      if (isAbortError(error)) return;
      if (isApiError(error, 'UNAUTHENTICATED')) setState({ kind: 'signed-out' });
      else setState({ kind: 'failed', network: isApiError(error, 'NETWORK_ERROR') });
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void loadSession(controller.signal);
    return () => controller.abort();
  }, [loadSession]);

  // Whatever screen is showing, an expired or missing session leads back to sign-in.
  useEffect(() => onUnauthenticated(() => setState({ kind: 'signed-out' })), []);

  // The lock screen: the server has ended the idle session; signing in again continues.
  const handleLocked = useCallback(() => {
    signOut().catch(() => undefined);
    setState({ kind: 'signed-out', locked: true });
  }, []);

  const handleSignOut = useCallback(async () => {
    setAlert(null);
    try {
      await signOut();
      navigate('/'); // the next person to sign in here starts from the home page
      setState({ kind: 'signed-out' });
    } catch {
      setAlert(t('errors.network'));
    }
  }, [t]);

  switch (state.kind) {
    case 'loading':
      return (
        <Shell session={null}>
          <p className="page-status" role="status">
            {t('app.loading')}
          </p>
        </Shell>
      );
    case 'failed':
      return (
        <Shell session={null}>
          <div className="notice notice-error" role="alert">
            <p>{state.network ? t('errors.network') : t('app.loadFailed')}</p>
            <button type="button" className="button" onClick={() => void loadSession()}>
              {t('app.retry')}
            </button>
          </div>
        </Shell>
      );
    case 'signed-out':
      return (
        <Shell session={null}>
          <SignInPage onSignedIn={() => void loadSession()} locked={state.locked} />
        </Shell>
      );
    case 'signed-in': {
      const admin = can(state.session, 'user:manage');
      const managesForms = can(state.session, 'form:manage');
      const approves = supervisesATeam(state.session) || can(state.session, 'workflow:self_approve');
      const managesWorkflows = can(state.session, 'workflow:manage');
      const findsPersons = !admin && can(state.session, 'case:read');
      // Internal referrals go to teams: a member or supervisor of one answers them.
      const receivesReferrals = findsPersons && state.session.teams.length > 0;
      const shownViews = views.filter(
        (v) =>
          (v !== 'forms' || managesForms) &&
          (v !== 'workflows' || managesWorkflows) &&
          (v !== 'approvals' || approves) &&
          (v !== 'persons' || findsPersons) &&
          (v !== 'referrals' || receivesReferrals) &&
          (v !== 'alerts' || !admin),
      );
      const openCase = caseId !== null && !admin && can(state.session, 'case:read') ? caseId : null;
      const navigation = (
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {shownViews.map((v) => (
              <li key={v}>
                <button
                  type="button"
                  className="nav-link"
                  aria-current={view === v && !(v === 'home' && openCase) ? 'page' : undefined}
                  onClick={() => {
                    setView(v);
                    navigate(viewPaths[v] ?? '/');
                  }}
                >
                  {v === 'home' ? (admin ? t('nav.admin') : t('nav.caseload')) : t(`nav.${v}`)}
                  {v === 'alerts' && unreadAlerts ? (
                    <span className="nav-count"> {t('nav.unread', { count: unreadAlerts })}</span>
                  ) : null}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      );
      return (
        <Shell session={state.session} onSignOut={() => void handleSignOut()} alert={alert} navigation={navigation}>
          <IdleGuard idleTimeoutSeconds={state.idleTimeoutSeconds} onLocked={handleLocked} />
          {/* A new key per user: nothing of one user's screen survives into another's. */}
          {view === 'mfa' ? (
            <MfaPage key={state.session.user.id} />
          ) : view === 'forms' && managesForms ? (
            <FormEditorPage key={state.session.user.id} />
          ) : view === 'workflows' && managesWorkflows ? (
            <WorkflowEditorPage key={state.session.user.id} />
          ) : view === 'persons' && findsPersons ? (
            <PersonSearchPage key={state.session.user.id} />
          ) : view === 'referrals' && receivesReferrals ? (
            <IncomingReferralsPage key={state.session.user.id} />
          ) : view === 'approvals' && approves ? (
            <ApprovalsPage key={state.session.user.id} />
          ) : view === 'alerts' && !admin ? (
            <AlertsPage key={state.session.user.id} />
          ) : view === 'sessions' ? (
            <SessionsPage key={state.session.user.id} onSignedOut={() => setState({ kind: 'signed-out' })} />
          ) : openCase ? (
            <CasePage
              key={`${state.session.user.id}:${openCase}`}
              caseId={openCase}
              session={state.session}
              onBack={() => navigate('/')}
            />
          ) : admin ? (
            <AdminPage key={state.session.user.id} selfId={state.session.user.id} />
          ) : (
            <CaseloadPage
              key={state.session.user.id}
              session={state.session}
              onOpenCase={(id) => navigate(casePathFor(id))}
            />
          )}
        </Shell>
      );
    }
  }
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, request } from '../../api/client';
import { CaseLink } from '../../app/CaseLink';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import type { MyNotificationsQuery } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { MarkNotificationReadDocument, MyNotificationsDocument } from './operations';
import { errorMessage } from './shared';

type Alert = MyNotificationsQuery['myNotifications'][number];

const CHANGED = 'haven:notifications-changed';

/** The number of the viewer's unread alerts, for the navigation; kept current when the alerts page marks one read. */
export function useUnreadAlerts(userId: string | null): number | null {
  const [count, setCount] = useState<number | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    const again = () => setAttempt((n) => n + 1);
    window.addEventListener(CHANGED, again);
    const timer = window.setInterval(again, 120_000);
    return () => {
      window.removeEventListener(CHANGED, again);
      window.clearInterval(timer);
    };
  }, []);
  useEffect(() => {
    if (!userId) return setCount(null);
    const controller = new AbortController();
    request(MyNotificationsDocument, { unreadOnly: true }, { signal: controller.signal }).then(
      ({ myNotifications }) => setCount(myNotifications.length),
      (error: unknown) => {
        if (!isAbortError(error)) setCount(null);
      },
    );
    return () => controller.abort();
  }, [attempt, userId]);
  return count;
}

/** The viewer's alerts (deadlines due and overdue, escalations, approvals), newest first; mark read, open the case. */
export function AlertsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [alerts, setAlerts] = useState<Alert[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [unreadOnly, setUnreadOnly] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    request(MyNotificationsDocument, { unreadOnly }, { signal: controller.signal }).then(
      ({ myNotifications }) => setAlerts(myNotifications),
      (e: unknown) => {
        if (!isAbortError(e)) setError(errorMessage(t, e));
      },
    );
    return () => controller.abort();
  }, [unreadOnly, t]);

  async function markRead(id: string) {
    setError(null);
    try {
      const { markNotificationRead } = await request(MarkNotificationReadDocument, { id });
      setAlerts((list) =>
        (list ?? [])
          .map((a) => (a.id === id ? { ...a, readAt: markNotificationRead.readAt } : a))
          .filter((a) => !unreadOnly || !a.readAt),
      );
      window.dispatchEvent(new Event(CHANGED));
    } catch (e) {
      setError(errorMessage(t, e));
    }
  }

  return (
    <section className="panel alerts-page" aria-labelledby="alerts-title">
      <h1 id="alerts-title" ref={heading} tabIndex={-1}>
        {t('workflow.alerts.title')}
      </h1>
      <label className="choice">
        <input type="checkbox" checked={unreadOnly} onChange={(e) => setUnreadOnly(e.target.checked)} />{' '}
        {t('workflow.alerts.unreadOnly')}
      </label>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {alerts === null && !error && <p className="page-status">{t('app.loading')}</p>}
      {alerts?.length === 0 && <p className="muted">{t('workflow.alerts.none')}</p>}
      {alerts && alerts.length > 0 && (
        <ul className="alert-list">
          {alerts.map((a) => (
            <li key={a.id} className={a.readAt ? 'alert-item' : 'alert-item alert-unread'}>
              <article aria-label={a.title}>
                <h2>
                  {a.title}
                  {!a.readAt && <span className="badge"> {t('workflow.alerts.unread')}</span>}
                </h2>
                <p>{a.body}</p>
                <p className="muted">
                  {t(`workflow.alerts.kind.${a.kind}` as 'workflow.alerts.kind.due', { defaultValue: a.kind })} ·{' '}
                  {format.dateTime(a.createdAt)}
                </p>
                <div className="form-actions">
                  {a.caseId && <CaseLink caseId={a.caseId}>{t('workflow.alerts.openCase')}</CaseLink>}
                  {!a.readAt && (
                    <button type="button" className="button button-quiet" onClick={() => void markRead(a.id)}>
                      {t('workflow.alerts.markRead')}
                    </button>
                  )}
                </div>
              </article>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

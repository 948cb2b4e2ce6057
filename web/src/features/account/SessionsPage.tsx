import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError, request, setCsrfToken } from '../../api/client';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import type { MySessionsQuery } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { MySessionsDocument, RevokeMySessionDocument } from './operations';

type SessionRow = MySessionsQuery['mySessions'][number];

/** The signed-in user's live sessions, with a way to end any of them (ending this one signs out). */
export function SessionsPage({ onSignedOut }: { onSignedOut: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [sessions, setSessions] = useState<SessionRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const { mySessions } = await request(MySessionsDocument, undefined, { signal });
      setSessions(mySessions);
      setFailed(false);
    } catch (error) {
      if (!isAbortError(error)) setFailed(true);
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const revoke = async (session: SessionRow) => {
    setMessage(null);
    setProblem(null);
    setBusyId(session.id);
    try {
      await request(RevokeMySessionDocument, { id: session.id });
      if (session.current) {
        setCsrfToken(null);
        onSignedOut();
        return;
      }
      setMessage(t('sessions.revoked'));
      await load();
    } catch (error) {
      setProblem(
        isApiError(error, 'NETWORK_ERROR')
          ? t('errors.network')
          : isApiError(error, 'CONFLICT') || isApiError(error, 'NOT_FOUND')
            ? t('sessions.errors.gone')
            : t('sessions.errors.failed'),
      );
      await load();
    } finally {
      setBusyId(null);
    }
  };

  return (
    <section aria-labelledby="sessions-title" className="account-page">
      <h1 id="sessions-title" ref={heading} tabIndex={-1}>
        {t('sessions.title')}
      </h1>
      <p>{t('sessions.intro')}</p>
      <div role="alert">{problem && <p className="notice notice-error">{problem}</p>}</div>
      <div role="status">{message && <p className="notice notice-success">{message}</p>}</div>
      {failed && (
        <div className="notice notice-error" role="alert">
          <p>{t('sessions.errors.loadFailed')}</p>
          <button type="button" className="button" onClick={() => void load()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {!sessions && !failed && (
        <p className="page-status" role="status">
          {t('app.loading')}
        </p>
      )}
      {sessions && (
        <table>
          <caption>{t('sessions.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sessions.columns.device')}</th>
              <th scope="col">{t('sessions.columns.address')}</th>
              <th scope="col">{t('sessions.columns.started')}</th>
              <th scope="col">{t('sessions.columns.lastActive')}</th>
              <th scope="col">{t('sessions.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} aria-current={s.current ? 'true' : undefined}>
                <td>
                  <bdi>{s.userAgent ?? t('sessions.unknownDevice')}</bdi>
                  {s.current && <span className="badge"> {t('sessions.thisSession')}</span>}
                </td>
                <td>
                  <bdi>{s.clientAddress ?? t('sessions.unknownAddress')}</bdi>
                </td>
                <td>{format.dateTime(s.createdAt)}</td>
                <td>{format.dateTime(s.lastSeenAt)}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    disabled={busyId !== null}
                    aria-busy={busyId === s.id}
                    onClick={() => void revoke(s)}
                  >
                    {s.current ? t('sessions.revokeCurrent') : t('sessions.revoke')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

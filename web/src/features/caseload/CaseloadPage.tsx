import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { can, supervisesATeam, type Session } from '../../app/session';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import { isolate } from '../../i18n/format';
import { CaseTable } from './CaseTable';
import { NewCaseForm } from './NewCaseForm';
import { TeamCaseload } from './TeamCaseload';
import { useCaseload, type CaseRow } from './useCaseload';

const PAGE_SIZE = 20;

/** Managers, administrators and auditors reach no case by design: say so plainly instead of failing. */
function NoCaseload() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="empty-state" aria-labelledby="no-caseload-title">
      <h1 id="no-caseload-title" ref={heading} tabIndex={-1}>
        {t('caseload.noAccess.title')}
      </h1>
      <p>{t('caseload.noAccess.body')}</p>
    </section>
  );
}

export function CaseloadPage({ session, onOpenCase }: { session: Session; onOpenCase: (caseId: string) => void }) {
  if (!can(session, 'case:read')) return <NoCaseload />;
  return (
    <>
      <Caseload canCreate={can(session, 'case:create')} onOpenCase={onOpenCase} />
      {supervisesATeam(session) && <TeamCaseload onOpenCase={onOpenCase} />}
    </>
  );
}

function Caseload({ canCreate, onOpenCase }: { canCreate: boolean; onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const { state, loadMore, prepend, retry } = useCaseload(PAGE_SIZE);
  const [formOpen, setFormOpen] = useState(false);
  const [created, setCreated] = useState<CaseRow | null>(null);
  const newCaseButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);

  // Closing the form (cancel or success) returns focus to the button that opened it.
  useEffect(() => {
    if (wasOpen.current && !formOpen) newCaseButton.current?.focus();
    wasOpen.current = formOpen;
  }, [formOpen]);

  if (state.status === 'failed' && isApiError(state.error, 'FORBIDDEN')) return <NoCaseload />;

  function handleCreated(row: CaseRow) {
    prepend(row);
    setCreated(row);
    setFormOpen(false);
  }

  return (
    <section className="caseload" aria-labelledby="caseload-title">
      <div className="page-heading">
        <div>
          <h1 id="caseload-title" ref={heading} tabIndex={-1}>
            {t('caseload.title')}
          </h1>
          {state.status === 'ready' && state.totalCount > 0 && (
            <p className="muted summary">
              {t('caseload.summary', { shown: state.cases.length, count: state.totalCount })}
            </p>
          )}
        </div>
        {canCreate && !formOpen && (
          <button
            ref={newCaseButton}
            type="button"
            className="button button-primary"
            aria-expanded={false}
            aria-controls="new-case"
            onClick={() => {
              setCreated(null);
              setFormOpen(true);
            }}
          >
            {t('caseload.newCase')}
          </button>
        )}
      </div>

      <div role="status" className="announcement">
        {created && (
          <p className="notice notice-success">
            {t('caseload.created', { caseNumber: isolate(created.caseNumber), name: isolate(created.person.fullName) })}
          </p>
        )}
      </div>

      {formOpen && <NewCaseForm onCreated={handleCreated} onCancel={() => setFormOpen(false)} />}

      {state.status === 'loading' && (
        <p className="page-status" role="status">
          {t('caseload.loading')}
        </p>
      )}
      {state.status === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>{isApiError(state.error, 'NETWORK_ERROR') ? t('errors.network') : t('caseload.loadFailed')}</p>
          <button type="button" className="button" onClick={retry}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && state.cases.length === 0 && (
        <div className="empty-state">
          <h2>{t('caseload.empty.title')}</h2>
          <p>{t('caseload.empty.body')}</p>
        </div>
      )}
      {state.status === 'ready' && state.cases.length > 0 && (
        <>
          <CaseTable cases={state.cases} highlightId={created?.id ?? null} onOpen={onOpenCase} />
          <div className="load-more" aria-live="polite">
            {state.more === 'failed' && <p className="notice notice-error">{t('caseload.loadMoreFailed')}</p>}
            {state.hasNextPage && (
              <button
                type="button"
                className="button"
                onClick={() => void loadMore()}
                aria-busy={state.more === 'loading'}
              >
                {state.more === 'loading' ? t('caseload.loadingMore') : t('caseload.loadMore')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { casePathFor, inPlace } from '../../app/route';
import { useFormat } from '../../i18n/format';
import { FieldValue } from '../case/FieldValue';
import { caseTypeName } from './enums';
import { useTeamCaseload, type TeamCaseRow } from './useTeamCaseload';

const PAGE_SIZE = 20;

/**
 * "Team cases" for a supervisor: the cases of the teams she supervises, with "Load more". Values the
 * API withholds from her (the phone) show "[Restricted]" through FieldValue, never an empty cell.
 */
export function TeamCaseload({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t } = useTranslation();
  const { state, loadMore, retry } = useTeamCaseload(PAGE_SIZE);

  return (
    <section className="caseload team-caseload" aria-labelledby="team-caseload-title">
      <div className="page-heading">
        <div>
          <h2 id="team-caseload-title">{t('teamCaseload.title')}</h2>
          {state.status === 'ready' && state.totalCount > 0 && (
            <p className="muted summary">
              {t('caseload.summary', { shown: state.cases.length, count: state.totalCount })}
            </p>
          )}
        </div>
      </div>
      {state.status === 'loading' && (
        <p className="page-status" role="status">
          {t('teamCaseload.loading')}
        </p>
      )}
      {state.status === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>{isApiError(state.error, 'NETWORK_ERROR') ? t('errors.network') : t('teamCaseload.loadFailed')}</p>
          <button type="button" className="button" onClick={retry}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {state.status === 'ready' && state.cases.length === 0 && (
        <div className="empty-state">
          <p>{t('teamCaseload.empty')}</p>
        </div>
      )}
      {state.status === 'ready' && state.cases.length > 0 && (
        <>
          <TeamCaseTable cases={state.cases} onOpen={onOpenCase} />
          <div className="load-more" aria-live="polite">
            {state.more === 'failed' && <p className="notice notice-error">{t('caseload.loadMoreFailed')}</p>}
            {state.hasNextPage && (
              <button
                type="button"
                className="button"
                onClick={() => void loadMore()}
                aria-busy={state.more === 'loading'}
              >
                {state.more === 'loading' ? t('caseload.loadingMore') : t('teamCaseload.loadMore')}
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}

function TeamCaseTable({ cases, onOpen }: { cases: TeamCaseRow[]; onOpen: (caseId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll" role="region" aria-labelledby="team-caseload-caption" tabIndex={0}>
      <table className="case-table">
        <caption id="team-caseload-caption" className="visually-hidden">
          {t('teamCaseload.tableCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="case-number">
              {t('caseload.columns.caseNumber')}
            </th>
            <th scope="col">{t('caseload.columns.person')}</th>
            <th scope="col">{t('caseload.columns.caseType')}</th>
            <th scope="col">{t('caseload.columns.stage')}</th>
            <th scope="col">{t('teamCaseload.columns.assignedWorker')}</th>
            <th scope="col">{t('teamCaseload.columns.contactPhone')}</th>
            <th scope="col">{t('caseload.columns.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map(({ row, errors }) => (
            <tr key={row.id}>
              <th scope="row" className="case-number">
                <a href={casePathFor(row.id)} onClick={inPlace(() => onOpen(row.id))}>
                  <bdi>{row.caseNumber}</bdi>
                </a>
              </th>
              <td className="wrap">
                <bdi className="cell-text">{row.person.fullName}</bdi>
              </td>
              <td className="wrap">
                <span className="cell-text">{caseTypeName(t, row.caseType)}</span>
              </td>
              <td>{row.currentStage ? t(`enums.stage.${row.currentStage.stage}`) : t('caseload.stageUnknown')}</td>
              <td className="wrap">
                <bdi className="cell-text">{row.assignedWorker.displayName}</bdi>
              </td>
              <td>
                <FieldValue path={['person', 'contactPhone']} value={row.person.contactPhone} errors={errors} />
              </td>
              <td className="when">
                <time dateTime={row.updatedAt}>{format.dateTime(row.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { useTranslation } from 'react-i18next';
import { casePathFor, inPlace } from '../../app/route';
import { useFormat } from '../../i18n/format';
import { caseTypeName } from './enums';
import type { CaseRow } from './useCaseload';

/** The caseload as a semantic table; scrolls sideways on narrow screens rather than squeezing. */
export function CaseTable({
  cases,
  highlightId,
  onOpen,
}: {
  cases: CaseRow[];
  highlightId: string | null;
  /** Opens a case page; the case number is a real link, so it also opens in a new tab. */
  onOpen: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="table-scroll" role="region" aria-labelledby="caseload-caption" tabIndex={0}>
      <table className="case-table">
        <caption id="caseload-caption" className="visually-hidden">
          {t('caseload.tableCaption')}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="case-number">
              {t('caseload.columns.caseNumber')}
            </th>
            <th scope="col">{t('caseload.columns.person')}</th>
            <th scope="col">{t('caseload.columns.caseType')}</th>
            <th scope="col">{t('caseload.columns.stage')}</th>
            <th scope="col" className="numeric">
              {t('caseload.columns.age')}
            </th>
            <th scope="col">{t('caseload.columns.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((row) => {
            const isNew = row.id === highlightId;
            return (
              <tr key={row.id} className={isNew ? 'is-new' : undefined}>
                <th scope="row" className="case-number">
                  <a href={casePathFor(row.id)} onClick={inPlace(() => onOpen(row.id))}>
                    <bdi>{row.caseNumber}</bdi>
                  </a>
                  {isNew && <span className="badge">{t('caseload.newBadge')}</span>}
                </th>
                <td className="wrap">
                  <bdi className="cell-text">{row.person.fullName}</bdi>
                </td>
                <td className="wrap">
                  <span className="cell-text">{caseTypeName(t, row.caseType)}</span>
                </td>
                <td>{row.currentStage ? t(`enums.stage.${row.currentStage.stage}`) : t('caseload.stageUnknown')}</td>
                <td className="numeric">
                  {row.person.ageYears == null ? (
                    <span className="muted">{t('caseload.ageUnknown')}</span>
                  ) : (
                    format.number(row.person.ageYears)
                  )}
                </td>
                <td className="when">
                  <time dateTime={row.updatedAt}>{format.dateTime(row.updatedAt)}</time>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

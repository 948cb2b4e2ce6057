import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, request } from '../../api/client';
import { CaseLink } from '../../app/CaseLink';
import type { PossibleDuplicatesQuery, Sex } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { PossibleDuplicatesDocument } from '../forms/operations';

type Candidate = PossibleDuplicatesQuery['possibleDuplicates'][number];

export interface DuplicateSearchInput {
  givenName: string;
  familyName: string;
  sex: Sex | '';
  dateOfBirth: string;
}

interface DuplicateSearchProps {
  input: DuplicateSearchInput;
  /** Whether the worker must still say that none of the likely candidates is this person. */
  onBlockingChange: (blocking: boolean) => void;
  /** Set when a submission was stopped for the confirmation (focuses it). */
  confirmRequested: number;
}

const DEBOUNCE_MS = 400;
const isDate = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v);

/**
 * Search before create: as the name, sex and date of birth are typed, asks the API for registered
 * persons who may be the same (scored by the agency's rules, aware of Arabic and Latin spellings),
 * lists them with details only where the API gives them (persons of cases the worker reaches), and
 * lets the worker open an existing case or go on creating (confirming for likely ones).
 */
export function DuplicateSearch({ input, onBlockingChange, confirmRequested }: DuplicateSearchProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [searching, setSearching] = useState(false);
  const [failed, setFailed] = useState(false);
  const [confirmed, setConfirmed] = useState(false);
  const givenName = input.givenName.trim();
  const familyName = input.familyName.trim();
  const enough = givenName.length + familyName.length >= 2;

  useEffect(() => {
    if (!enough) {
      setCandidates([]);
      setSearching(false);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setSearching(true);
      request(
        PossibleDuplicatesDocument,
        {
          input: {
            givenName: givenName || undefined,
            familyName: familyName || undefined,
            sex: input.sex || undefined,
            dateOfBirth: isDate(input.dateOfBirth) ? input.dateOfBirth : undefined,
          },
        },
        { signal: controller.signal },
      ).then(
        ({ possibleDuplicates }) => {
          setCandidates(possibleDuplicates);
          setFailed(false);
          setSearching(false);
        },
        (error: unknown) => {
          if (isAbortError(error)) return;
          setFailed(true);
          setSearching(false);
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [enough, givenName, familyName, input.sex, input.dateOfBirth]);

  const likely = candidates.some((c) => c.level === 'LIKELY');
  // New candidates ask for a new confirmation.
  useEffect(() => setConfirmed(false), [candidates]);
  useEffect(() => onBlockingChange(likely && !confirmed), [likely, confirmed, onBlockingChange]);
  useEffect(() => {
    if (confirmRequested > 0) document.getElementById(`${id}-confirm`)?.focus();
  }, [confirmRequested, id]);

  if (!enough) return null;
  return (
    <section className="duplicate-search" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('duplicates.title')}</h3>
      <div role="status" className="duplicate-status">
        {searching ? (
          <p className="muted">{t('duplicates.searching')}</p>
        ) : failed ? (
          <p className="muted">{t('duplicates.failed')}</p>
        ) : candidates.length === 0 ? (
          <p className="muted">{t('duplicates.none')}</p>
        ) : (
          <p>{t('duplicates.found', { count: candidates.length })}</p>
        )}
      </div>
      {candidates.length > 0 && (
        <ul className="duplicate-list" aria-label={t('duplicates.listLabel')}>
          {candidates.map((c) => {
            const name = [c.givenName, c.familyName].filter(Boolean).join(' ');
            return (
              <li key={c.personId} className={`duplicate duplicate-${c.level.toLowerCase()}`}>
                <p className="duplicate-head">
                  <span className={`badge badge-${c.level.toLowerCase()}`}>{t(`duplicates.level.${c.level}`)}</span>{' '}
                  {c.reachable ? (
                    <bdi className="duplicate-name">{name}</bdi>
                  ) : (
                    <span>{t('duplicates.notReachable')}</span>
                  )}
                  <span className="muted">
                    {' '}
                    · {t('duplicates.score', { score: format.number(Math.round(c.score * 100) / 100) })}
                  </span>
                </p>
                {c.reachable && (
                  <p className="muted">
                    {[
                      c.sex ? t(`enums.sex.${c.sex}`) : null,
                      c.dateOfBirth ? t('duplicates.born', { date: c.dateOfBirth }) : null,
                    ]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                )}
                <ul className="duplicate-cases">
                  {c.cases.map((kase) => (
                    <li key={kase.caseId}>
                      {c.reachable ? (
                        <CaseLink caseId={kase.caseId}>
                          {t('duplicates.openCase', { caseNumber: kase.caseNumber })}
                        </CaseLink>
                      ) : (
                        <span>
                          {t('duplicates.askWorker', {
                            caseNumber: kase.caseNumber,
                            worker: kase.assignedWorker.displayName,
                          })}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      {likely && (
        <div className="field-checkbox">
          <label>
            <input
              id={`${id}-confirm`}
              type="checkbox"
              checked={confirmed}
              onChange={(e) => setConfirmed(e.target.checked)}
            />{' '}
            {t('duplicates.confirm')}
          </label>
          {confirmRequested > 0 && !confirmed && <p className="field-error">{t('duplicates.confirmFirst')}</p>}
        </div>
      )}
    </section>
  );
}

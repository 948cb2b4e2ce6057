import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError, request } from '../../api/client';
import { CaseLink } from '../../app/CaseLink';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import type { FindPersonsQuery } from '../../gql/graphql';
import { isolate, useFormat } from '../../i18n/format';
import { caseTypeName } from '../caseload/enums';
import { FindPersonsDocument } from './operations';

type Found = FindPersonsQuery['searchPersons'][number];

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; query: string }
  | { status: 'done'; query: string; persons: Found[] }
  | { status: 'failed'; message: string };

/** As many as the API gives at once. */
const MAX_RESULTS = 50;

/**
 * Find a person: has the agency met this person before, in a case this worker reaches? A search is
 * sent when asked for, not as one types: each one is recorded in the audit trail with what it found.
 */
export function PersonSearchPage() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [query, setQuery] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [state, setState] = useState<SearchState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);

  async function search(event: FormEvent) {
    event.preventDefault();
    const text = query.trim();
    if (text.length < 2) {
      setProblem(t('persons.tooShort'));
      return;
    }
    setProblem(null);
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    setState({ status: 'searching', query: text });
    try {
      const { searchPersons } = await request(
        FindPersonsDocument,
        { query: text, first: MAX_RESULTS },
        { signal: controller.signal },
      );
      setState({ status: 'done', query: text, persons: searchPersons });
    } catch (error) {
      if (isAbortError(error)) return;
      if (isApiError(error, 'BAD_USER_INPUT')) {
        setProblem(t('persons.tooShort'));
        setState({ status: 'idle' });
      } else {
        setState({
          status: 'failed',
          message: isApiError(error, 'NETWORK_ERROR') ? t('errors.network') : t('persons.failed'),
        });
      }
    }
  }

  return (
    <section className="panel persons-page" aria-labelledby="persons-title">
      <h1 id="persons-title" ref={heading} tabIndex={-1}>
        {t('persons.title')}
      </h1>
      <p className="muted">{t('persons.intro')}</p>
      <form role="search" className="person-search" noValidate onSubmit={(e) => void search(e)}>
        <div className={problem ? 'field has-error' : 'field'}>
          <label htmlFor="person-query">{t('persons.query')}</label>
          <input
            id="person-query"
            type="search"
            value={query}
            maxLength={200}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'person-query-error' : undefined}
            onChange={(e) => setQuery(e.target.value)}
          />
          {problem && (
            <p className="field-error" id="person-query-error">
              {problem}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={state.status === 'searching'}>
            {state.status === 'searching' ? t('persons.searching') : t('persons.search')}
          </button>
        </div>
      </form>
      <div role="status" className="announcement">
        {state.status === 'done' && (
          <p>
            {state.persons.length === 0
              ? t('persons.none', { query: isolate(state.query) })
              : t('persons.found', { count: state.persons.length, query: isolate(state.query) })}
          </p>
        )}
      </div>
      {state.status === 'failed' && (
        <p className="notice notice-error" role="alert">
          {state.message}
        </p>
      )}
      {state.status === 'done' && state.persons.length > 0 && (
        <ul className="person-results" aria-label={t('persons.results')}>
          {state.persons.map((person) => (
            <PersonResult key={person.id} person={person} />
          ))}
        </ul>
      )}
    </section>
  );
}

function PersonResult({ person }: { person: Found }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facts = [
    t(`enums.sex.${person.sex}`),
    person.ageYears == null ? null : t('persons.age', { age: format.number(person.ageYears) }),
    person.dateOfBirth ? t('persons.born', { date: format.date(person.dateOfBirth) }) : null,
  ].filter((f): f is string => f !== null);
  return (
    <li className="person-result">
      <article aria-label={person.fullName}>
        <h2>
          <bdi>{person.fullName}</bdi>
        </h2>
        <p className="muted">{facts.join(' · ')}</p>
        {person.cases.length === 0 ? (
          <p className="muted">{t('persons.noCases')}</p>
        ) : (
          <ul className="person-cases" aria-label={t('persons.casesOf', { name: isolate(person.fullName) })}>
            {person.cases.map((c) => (
              <li key={c.id}>
                <CaseLink caseId={c.id}>
                  <bdi>{c.caseNumber}</bdi>
                </CaseLink>{' '}
                {[
                  caseTypeName(t, c.caseType),
                  t(`enums.status.${c.status}`),
                  c.currentStage ? t(`enums.stage.${c.currentStage.stage}`) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </li>
            ))}
          </ul>
        )}
      </article>
    </li>
  );
}

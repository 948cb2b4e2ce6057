import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, request } from '../../api/client';
import type { PossibleDuplicatesQuery } from '../../gql/graphql';
import { PossibleDuplicatesDocument } from './operations';

type Candidate = PossibleDuplicatesQuery['possibleDuplicates'][number];

interface PersonPickerProps {
  id: string;
  value: string | null;
  invalid: boolean;
  /** The case's own person, offered first. */
  casePerson?: { id: string; name: string };
  onChange: (value: unknown) => void;
  onBlur: () => void;
}

/**
 * A person reference: the case's person, or a registered person found by name (the agency's
 * duplicate search; only persons whose cases the worker reaches come with names and can be chosen).
 */
export function PersonPicker({ id, value, invalid, casePerson, onChange, onBlur }: PersonPickerProps) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Candidate[]>([]);
  const [names, setNames] = useState<Record<string, string>>(() =>
    casePerson ? { [casePerson.id]: casePerson.name } : {},
  );
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    const words = query.trim().split(/\s+/).filter(Boolean);
    if (words.length === 0 || query.trim().length < 2) {
      setFound([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setSearching(true);
      request(
        PossibleDuplicatesDocument,
        { input: { givenName: words[0], familyName: words.slice(1).join(' ') || undefined } },
        { signal: controller.signal },
      ).then(
        ({ possibleDuplicates }) => {
          setFound(possibleDuplicates.filter((c) => c.reachable));
          setSearching(false);
        },
        (error: unknown) => {
          if (!isAbortError(error)) {
            setFound([]);
            setSearching(false);
          }
        },
      );
    }, 300);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const choose = (personId: string, name: string) => {
    setNames((n) => ({ ...n, [personId]: name }));
    onChange(personId);
    setQuery('');
  };

  return (
    <div className="person-picker">
      <p className="person-picker-value" id={`${id}-value`}>
        {value ? <bdi>{names[value] ?? t('forms.person.unknown', { id: value })}</bdi> : t('forms.person.none')}
      </p>
      <div className="inline-actions">
        {casePerson && value !== casePerson.id && (
          <button type="button" className="button button-small" onClick={() => choose(casePerson.id, casePerson.name)}>
            {t('forms.person.useCasePerson', { name: casePerson.name })}
          </button>
        )}
        {value && (
          <button type="button" className="button button-quiet button-small" onClick={() => onChange(undefined)}>
            {t('forms.person.clear')}
          </button>
        )}
      </div>
      <label htmlFor={id}>{t('forms.person.search')}</label>
      <input
        id={id}
        type="search"
        autoComplete="off"
        value={query}
        aria-invalid={invalid}
        aria-describedby={`${id}-value`}
        onChange={(e) => setQuery(e.target.value)}
        onBlur={onBlur}
      />
      <div role="status" className="announcement">
        {searching ? (
          <p className="muted">{t('forms.person.searching')}</p>
        ) : query.trim().length >= 2 && found.length === 0 ? (
          <p className="muted">{t('forms.person.noneFound')}</p>
        ) : null}
      </div>
      {found.length > 0 && (
        <ul className="person-results">
          {found.map((c) => {
            const name = [c.givenName, c.familyName].filter(Boolean).join(' ');
            return (
              <li key={c.personId}>
                <button type="button" className="button button-small" onClick={() => choose(c.personId, name)}>
                  <bdi>{name}</bdi>
                  {c.dateOfBirth && <span className="muted"> · {c.dateOfBirth}</span>}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}

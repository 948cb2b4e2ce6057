import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, request } from '../../api/client';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import type { IncomingReferralsQuery, ReferralStatus } from '../../gql/graphql';
import { ReferralItem } from '../records/ReferralsTab';
import type { Announcement } from '../records/RecordTab';
import { IncomingReferralsDocument } from './operations';

type Incoming = IncomingReferralsQuery['incomingReferrals'];

/** The statuses the page filters by; "all" asks for every status. */
const filters = ['PENDING', 'ACCEPTED', 'all'] as const;
type Filter = (typeof filters)[number];

/**
 * Referrals to my teams: the internal referrals sent to a team the viewer belongs to or supervises,
 * which that team answers (accept, decline with a reason, then the outcome). The team sees the case
 * number, not the case.
 */
export function IncomingReferralsPage() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [filter, setFilter] = useState<Filter>('PENDING');
  const [incoming, setIncoming] = useState<Incoming | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<Announcement | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setFailed(false);
    const status: ReferralStatus | null = filter === 'all' ? null : filter;
    request(IncomingReferralsDocument, { status }, { signal: controller.signal }).then(
      (r) => setIncoming(r.incomingReferrals),
      (error: unknown) => {
        if (!isAbortError(error)) setFailed(true);
      },
    );
    return () => controller.abort();
  }, [filter, attempt]);

  const changed = (message: Announcement) => {
    setSaved(() => message);
    setAttempt((n) => n + 1);
  };
  return (
    <section className="panel incoming-referrals" aria-labelledby="incoming-title">
      <h1 id="incoming-title" ref={heading} tabIndex={-1}>
        {t('incomingReferrals.title')}
      </h1>
      <p className="muted">{t('incomingReferrals.intro')}</p>
      <fieldset className="choices">
        <legend>{t('incomingReferrals.show')}</legend>
        {filters.map((f) => (
          <label key={f} className="choice">
            <input
              type="radio"
              name="incoming-filter"
              value={f}
              checked={filter === f}
              onChange={() => {
                setSaved(null);
                setFilter(f);
              }}
            />{' '}
            {t(`incomingReferrals.filters.${f}`)}
          </label>
        ))}
      </fieldset>
      <div role="status" className="announcement">
        {saved && <p className="notice notice-success">{saved(t)}</p>}
      </div>
      {failed ? (
        <p className="notice notice-error" role="alert">
          {t('records.loadFailed')}
        </p>
      ) : incoming === null ? (
        <p className="page-status">{t('records.loading')}</p>
      ) : incoming.length === 0 ? (
        <p className="muted">{t(`incomingReferrals.none.${filter}`)}</p>
      ) : (
        <ul className="record-list" aria-label={t('incomingReferrals.listLabel')}>
          {incoming.map(({ caseNumber, referral }) => (
            <ReferralItem
              key={referral.id}
              referral={referral}
              caseNumber={caseNumber}
              answers
              cancels={false}
              onChanged={changed}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { useReturnFocusAmong } from '../../app/useReturnFocus';
import type {
  CaseReferralsQuery,
  ReferralKind,
  ReferralUrgency,
  ReferralViewFragment,
  ServiceProvidersQuery,
} from '../../gql/graphql';
import { isolate, useFormat } from '../../i18n/format';
import {
  CancelReferralDocument,
  CaseReferralsDocument,
  CompleteReferralDocument,
  CreateReferralDocument,
  RespondToReferralDocument,
  ServiceProvidersDocument,
} from './operations';
import { RecordForm, RecordList, RecordTab, type Announcement } from './RecordTab';
import { Field, labelOf, refusalOf, type Refusal } from './shared';

type Data = CaseReferralsQuery;
type Referral = ReferralViewFragment;
type Service = Data['serviceCatalogue'][number];

const loadReferrals = (id: string, signal: AbortSignal) => request(CaseReferralsDocument, { id }, { signal });

/**
 * Referrals of the case with their status history; refer (consent-checked by the API), respond (not to
 * an internal referral to a team: that team answers it), complete, cancel with a reason.
 */
export function ReferralsTab({ caseId, mayWrite }: { caseId: string; mayWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <RecordTab
      caseId={caseId}
      load={loadReferrals}
      titleId="referrals-title"
      title={t('referrals.title')}
      add={
        mayWrite
          ? (data) => ({
              label: t('referrals.new'),
              form: (saved, cancel) => (
                <ReferralForm
                  caseId={caseId}
                  services={data.serviceCatalogue}
                  onSaved={() => saved((tr) => tr('referrals.created'))}
                  onCancel={cancel}
                />
              ),
            })
          : undefined
      }
    >
      {(data, { changed }) => (
        <RecordList items={data.case.referrals} label={t('referrals.listLabel')} empty={t('referrals.none')}>
          {(r) => (
            <ReferralItem
              key={r.id}
              referral={r}
              // An internal referral to a team is answered by that team (on its referrals page).
              answers={mayWrite && !(r.kind === 'INTERNAL' && r.toTeamId)}
              cancels={mayWrite}
              onChanged={changed}
            />
          )}
        </RecordList>
      )}
    </RecordTab>
  );
}

type Acting = 'decline' | 'complete' | 'cancel';

/** What each answer's form asks, the API's field for its text, and what its buttons and announcement say. */
const actions = {
  decline: {
    label: 'referrals.declineReasonLabel',
    field: 'declineReason',
    submit: 'referrals.decline',
    dismiss: 'forms.cancel',
    done: 'referrals.declined',
  },
  complete: {
    label: 'referrals.outcomeLabel',
    field: 'outcome',
    submit: 'referrals.complete',
    dismiss: 'forms.cancel',
    done: 'referrals.completed',
  },
  cancel: {
    label: 'referrals.cancelReasonLabel',
    field: 'reason',
    submit: 'referrals.cancel',
    dismiss: 'referrals.keep',
    done: 'referrals.cancelled',
  },
} as const;

/**
 * One referral: what it is, its status and history, and the viewer's actions on it: an answer (accept,
 * decline with a reason, the outcome of an accepted one) for `answers`, a cancellation for `cancels`.
 */
export function ReferralItem({
  referral: r,
  answers,
  cancels,
  caseNumber,
  onChanged,
}: {
  referral: Referral;
  answers: boolean;
  cancels: boolean;
  /** Shown where the referral is listed apart from its case. */
  caseNumber?: string;
  onChanged: (message: Announcement) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [acting, setActing] = useState<Acting | null>(null);
  const [text, setText] = useState('');
  const [feedback, setFeedback] = useState('');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const to = r.kind === 'EXTERNAL' ? r.provider?.name : r.toProgramme;
  const cancellable = cancels && (r.status === 'PENDING' || r.status === 'ACCEPTED');
  // A dismissed form gives the focus back to the button that opened it (drawn again once it closes).
  const focus = useReturnFocusAmong(acting);
  const open = (next: Acting) => {
    setRefusal(null);
    setText('');
    setActing(next);
  };
  const dismiss = () => {
    if (acting) focus.cancelled(acting);
    setRefusal(null);
    setActing(null);
  };
  const send = (action: Acting) => {
    switch (action) {
      case 'decline':
        return request(RespondToReferralDocument, {
          referralId: r.id,
          decision: 'DECLINE',
          note: null,
          declineReason: text,
        });
      case 'complete':
        return request(CompleteReferralDocument, { referralId: r.id, outcome: text, feedback: feedback || null });
      case 'cancel':
        return request(CancelReferralDocument, { referralId: r.id, reason: text });
    }
  };

  async function run(action: () => Promise<unknown>, message: Announcement) {
    setRefusal(null);
    try {
      await action();
      // Done: the form closes (the referral is read again with its new status).
      setActing(null);
      onChanged(message);
    } catch (error) {
      setRefusal(refusalOf(error, t));
    }
  }
  return (
    <li className="record referral">
      <article aria-label={t('referrals.itemLabel', { service: r.service })}>
        <p className="record-head">
          <strong>
            <bdi>{r.service}</bdi>
          </strong>{' '}
          <span className={`badge badge-status badge-${r.status.toLowerCase()}`}>
            {t(`referrals.statuses.${r.status}`)}
          </span>{' '}
          {r.urgency !== 'NORMAL' && <span className="risk risk-high">{t(`referrals.urgencies.${r.urgency}`)}</span>}
        </p>
        <p className="muted">
          {caseNumber && (
            <>
              {t('referrals.ofCase', { caseNumber: isolate(caseNumber) })}
              {' · '}
            </>
          )}
          {t(`referrals.kinds.${r.kind}`)}
          {to && (
            <>
              {' · '}
              <bdi>{to}</bdi>
            </>
          )}
          {' · '}
          {t('referrals.meta', { who: r.createdBy.displayName, when: format.dateTime(r.createdAt) })}
        </p>
        {r.reason && <p className="multiline">{r.reason}</p>}
        {r.declineReason && <p>{t('referrals.declineReason', { reason: r.declineReason })}</p>}
        {r.outcome && <p>{t('referrals.outcome', { outcome: r.outcome })}</p>}
        {r.feedback && <p>{t('referrals.feedback', { feedback: r.feedback })}</p>}
        {r.cancelReason && (
          <p>
            {t('referrals.cancelledBecause', {
              who: r.cancelledBy?.displayName ?? '',
              when: r.cancelledAt ? format.dateTime(r.cancelledAt) : '',
              reason: r.cancelReason,
            })}
          </p>
        )}
        <details>
          <summary>{t('referrals.history')}</summary>
          <ol className="referral-events">
            {r.events.map((e) => (
              <li key={e.id}>
                {t(`referrals.statuses.${e.status}`)} · {format.dateTime(e.recordedAt)} ·{' '}
                <bdi>{e.recordedBy.displayName}</bdi>
                {e.note && (
                  <>
                    {' '}
                    · <bdi>{e.note}</bdi>
                  </>
                )}
              </li>
            ))}
          </ol>
        </details>
        {refusal && (
          <p className="field-error" role="alert">
            {acting ? refusal.message : (Object.values(refusal.fields)[0] ?? refusal.message)}
          </p>
        )}
        {acting === null && (answers || cancellable) && (
          <div className="inline-actions" ref={focus.container}>
            {answers && r.status === 'PENDING' && (
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  void run(
                    () =>
                      request(RespondToReferralDocument, {
                        referralId: r.id,
                        decision: 'ACCEPT',
                        note: null,
                        declineReason: null,
                      }),
                    (tr) => tr('referrals.accepted'),
                  )
                }
              >
                {t('referrals.accept')}
              </button>
            )}
            {answers && r.status === 'PENDING' && (
              <button
                type="button"
                className="button button-small"
                data-action="decline"
                onClick={() => open('decline')}
              >
                {t('referrals.decline')}
              </button>
            )}
            {answers && r.status === 'ACCEPTED' && (
              <button
                type="button"
                className="button button-small"
                data-action="complete"
                onClick={() => open('complete')}
              >
                {t('referrals.complete')}
              </button>
            )}
            {cancellable && (
              <button type="button" className="button button-small" data-action="cancel" onClick={() => open('cancel')}>
                {t('referrals.cancel')}
              </button>
            )}
          </div>
        )}
        {acting && (
          <form
            noValidate
            className="record-form"
            aria-label={t(actions[acting].submit)}
            onSubmit={(e) => {
              e.preventDefault();
              void run(
                () => send(acting),
                (tr) => tr(actions[acting].done),
              );
            }}
          >
            <Field label={t(actions[acting].label)} problem={refusal?.fields[actions[acting].field]} wide>
              {(c) => <textarea {...c} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}
            </Field>
            {acting === 'complete' && (
              <Field label={t('referrals.feedbackLabel')} optional wide>
                {(c) => <textarea {...c} rows={2} value={feedback} onChange={(e) => setFeedback(e.target.value)} />}
              </Field>
            )}
            <div className="form-actions">
              <button type="submit" className="button button-primary">
                {t(actions[acting].submit)}
              </button>
              <button type="button" className="button" onClick={dismiss}>
                {t(actions[acting].dismiss)}
              </button>
            </div>
          </form>
        )}
      </article>
    </li>
  );
}

function ReferralForm({
  caseId,
  services,
  onSaved,
  onCancel,
}: {
  caseId: string;
  services: Service[];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const [kind, setKind] = useState<ReferralKind>('INTERNAL');
  const [serviceKey, setServiceKey] = useState('');
  const [providerId, setProviderId] = useState('');
  const [programme, setProgramme] = useState('');
  const [urgency, setUrgency] = useState<ReferralUrgency>('NORMAL');
  const [reason, setReason] = useState('');
  const [override, setOverride] = useState('');
  const [providers, setProviders] = useState<ServiceProvidersQuery['serviceProviders']>([]);

  useEffect(() => {
    if (kind !== 'EXTERNAL') return;
    let live = true;
    request(ServiceProvidersDocument, { serviceKey: serviceKey || null }).then(
      (r) => live && setProviders(r.serviceProviders),
      () => live && setProviders([]),
    );
    return () => {
      live = false;
    };
  }, [kind, serviceKey]);

  async function send() {
    await request(CreateReferralDocument, {
      caseId,
      input: {
        kind,
        serviceKey: serviceKey || null,
        providerId: kind === 'EXTERNAL' && providerId ? providerId : null,
        toProgramme: kind === 'INTERNAL' && programme.trim() ? programme.trim() : null,
        urgency,
        reason: reason.trim() || null,
        consentOverrideReason: override.trim() || null,
      },
    });
    onSaved();
  }
  const chosen = services.find((s) => s.key === serviceKey);
  return (
    <RecordForm label={t('referrals.new')} submitLabel={t('referrals.refer')} send={send} onCancel={onCancel}>
      {(problem) => (
        <>
          <div className="form-grid">
            <Field label={t('referrals.kind')} problem={problem('kind')}>
              {(c) => (
                <select {...c} value={kind} onChange={(e) => setKind(e.target.value as ReferralKind)}>
                  <option value="INTERNAL">{t('referrals.kinds.INTERNAL')}</option>
                  <option value="EXTERNAL">{t('referrals.kinds.EXTERNAL')}</option>
                </select>
              )}
            </Field>
            <Field label={t('referrals.service')} problem={problem('serviceKey') ?? problem('service')}>
              {(c) => (
                <select {...c} value={serviceKey} onChange={(e) => setServiceKey(e.target.value)}>
                  <option value="">{t('forms.choose')}</option>
                  {services.map((s) => (
                    <option key={s.key} value={s.key}>
                      {labelOf(s.name, language)}
                      {s.eligibleForCase && !s.eligibleForCase.eligible ? ` (${t('referrals.notEligible')})` : ''}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {kind === 'EXTERNAL' ? (
              <Field label={t('referrals.provider')} problem={problem('providerId')}>
                {(c) => (
                  <select {...c} value={providerId} onChange={(e) => setProviderId(e.target.value)}>
                    <option value="">{t('forms.choose')}</option>
                    {providers.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : (
              <Field label={t('referrals.programme')} problem={problem('toProgramme')} optional>
                {(c) => <input {...c} type="text" value={programme} onChange={(e) => setProgramme(e.target.value)} />}
              </Field>
            )}
            <Field label={t('referrals.urgency')} problem={problem('urgency')}>
              {(c) => (
                <select {...c} value={urgency} onChange={(e) => setUrgency(e.target.value as ReferralUrgency)}>
                  {(['NORMAL', 'URGENT', 'EMERGENCY'] as const).map((u) => (
                    <option key={u} value={u}>
                      {t(`referrals.urgencies.${u}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('referrals.reason')} problem={problem('reason')} optional wide>
              {(c) => <textarea {...c} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
            </Field>
            <Field label={t('referrals.override')} problem={problem('consentOverrideReason')} optional wide>
              {(c) => <input {...c} type="text" value={override} onChange={(e) => setOverride(e.target.value)} />}
            </Field>
          </div>
          {chosen?.eligibleForCase && !chosen.eligibleForCase.eligible && (
            <p className="field-hint">
              {t('referrals.whyNot', { reasons: chosen.eligibleForCase.reasons.join('; ') })}
            </p>
          )}
        </>
      )}
    </RecordForm>
  );
}

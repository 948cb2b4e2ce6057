import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError, request, type FieldProblem } from '../../api/client';
import type { ColleaguesQuery } from '../../gql/graphql';
import { isolate, useFormat } from '../../i18n/format';
import { translateServerMessage } from '../../i18n/server-messages';
import { ColleaguesDocument, RevokeShareDocument, ShareCaseDocument } from './operations';
import type { CaseDetail } from './useCase';

type Colleague = ColleaguesQuery['users'][number];
type Share = CaseDetail['shares'][number];
type FormField = 'granteeId' | 'reason' | 'expiresAt';
const formFields: FormField[] = ['granteeId', 'reason', 'expiresAt'];

/** The API allows at most 90 days; the last offered day ends within them. */
const MAX_DAYS = 89;
const DEFAULT_DAYS = 30;

function localDate(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A share runs to the end of the chosen day, in the viewer's time zone. */
function endOfDay(date: string): string | null {
  const at = new Date(`${date}T23:59:59`);
  return Number.isNaN(at.getTime()) ? null : at.toISOString();
}

function shareState(share: Share): 'active' | 'revoked' | 'expired' {
  if (share.active) return 'active';
  return share.revokedAt ? 'revoked' : 'expired';
}

/** Shares of a case, for those who work it: list, share with a colleague, revoke. */
export function SharesPanel({
  record,
  selfId,
  onChanged,
}: {
  record: CaseDetail;
  selfId: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [message, setMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function revoke(share: Share) {
    setMessage(null);
    setProblem(null);
    setBusyId(share.id);
    try {
      await request(RevokeShareDocument, { shareId: share.id });
      setMessage(t('shares.revoked', { name: isolate(share.grantee.displayName) }));
    } catch (error) {
      setProblem(
        isApiError(error, 'NETWORK_ERROR')
          ? t('errors.network')
          : isApiError(error, 'FORBIDDEN')
            ? t('errors.forbidden')
            : t('shares.errors.revokeFailed'),
      );
    } finally {
      setBusyId(null);
      onChanged();
    }
  }

  return (
    <section className="panel" aria-labelledby="case-shares-title">
      <h2 id="case-shares-title">{t('shares.title')}</h2>
      <p className="muted">{t('shares.intro')}</p>
      <div role="alert">{problem && <p className="notice notice-error">{problem}</p>}</div>
      <div role="status">{message && <p className="notice notice-success">{message}</p>}</div>
      {record.shares.length === 0 ? (
        <p>{t('shares.empty')}</p>
      ) : (
        <div className="table-scroll" role="region" aria-labelledby="case-shares-caption" tabIndex={0}>
          <table className="case-table">
            <caption id="case-shares-caption" className="visually-hidden">
              {t('shares.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('shares.columns.grantee')}</th>
                <th scope="col">{t('shares.columns.reason')}</th>
                <th scope="col">{t('shares.columns.fields')}</th>
                <th scope="col">{t('shares.columns.expires')}</th>
                <th scope="col">{t('shares.columns.status')}</th>
                <th scope="col">{t('shares.columns.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {record.shares.map((share) => {
                const state = shareState(share);
                return (
                  <tr key={share.id}>
                    <th scope="row">
                      <bdi>{share.grantee.displayName}</bdi>
                    </th>
                    <td className="wrap">
                      <bdi className="cell-text">{share.reason}</bdi>
                    </td>
                    <td>{share.includesRestricted ? t('shares.withRestricted') : t('shares.standardOnly')}</td>
                    <td className="when">
                      <time dateTime={share.expiresAt}>{format.dateTime(share.expiresAt)}</time>
                    </td>
                    <td>{t(`shares.state.${state}`)}</td>
                    <td>
                      {state === 'active' && (
                        <button
                          type="button"
                          className="button"
                          aria-label={t('shares.revokeLabel', { name: isolate(share.grantee.displayName) })}
                          aria-busy={busyId === share.id}
                          disabled={busyId !== null}
                          onClick={() => void revoke(share)}
                        >
                          {t('shares.revoke')}
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ShareForm
        record={record}
        selfId={selfId}
        onShared={(name) => {
          setProblem(null);
          setMessage(t('shares.shared', { name: isolate(name) }));
          onChanged();
        }}
      />
    </section>
  );
}

function ShareForm({
  record,
  selfId,
  onShared,
}: {
  record: CaseDetail;
  selfId: string;
  onShared: (granteeName: string) => void;
}) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [colleagues, setColleagues] = useState<Colleague[] | null>(null);
  const [colleaguesFailed, setColleaguesFailed] = useState(false);
  const [granteeId, setGranteeId] = useState('');
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState(() => localDate(DEFAULT_DAYS));
  const [includesRestricted, setIncludesRestricted] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<FormField, string>>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Only the assigned worker may pass on restricted fields (she is the only one who holds them to give).
  const mayShareRestricted = record.viewerAccess.assigned;

  useEffect(() => {
    const controller = new AbortController();
    request(ColleaguesDocument, undefined, { signal: controller.signal }).then(
      ({ users }) => setColleagues(users.filter((u) => u.id !== selfId)),
      (error: unknown) => {
        if (!isAbortError(error)) setColleaguesFailed(true);
      },
    );
    return () => controller.abort();
  }, [selfId]);

  const id = (field: FormField | 'includesRestricted') => `${idPrefix}-${field}`;

  function showInputProblems(fields: FieldProblem[], fallback: string) {
    const found: Partial<Record<FormField, string>> = {};
    let other: string | null = null;
    for (const p of fields) {
      const name = p.path[p.path.length - 1];
      const field = formFields.find((f) => f === name);
      if (field) found[field] ??= p.message;
      else other ??= p.message;
    }
    setProblems(found);
    setFormProblem(
      other ? translateServerMessage(t, other) : Object.keys(found).length ? t('shares.errors.summary') : fallback,
    );
    const first = formFields.find((f) => found[f]);
    if (first) document.getElementById(id(first))?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const expiresAt = endOfDay(expiresOn);
    if (!granteeId || !expiresAt) {
      setProblems({
        ...(granteeId ? {} : { granteeId: t('shares.errors.chooseColleague') }),
        ...(expiresAt ? {} : { expiresAt: t('shares.errors.chooseDate') }),
      });
      setFormProblem(t('shares.errors.summary'));
      document.getElementById(id(granteeId ? 'expiresAt' : 'granteeId'))?.focus();
      return;
    }
    setSubmitting(true);
    setProblems({});
    setFormProblem(null);
    try {
      await request(ShareCaseDocument, {
        caseId: record.id,
        granteeId,
        reason,
        expiresAt,
        includesRestricted: mayShareRestricted && includesRestricted,
      });
      const name = colleagues?.find((c) => c.id === granteeId)?.displayName ?? '';
      setGranteeId('');
      setReason('');
      setIncludesRestricted(false);
      setExpiresOn(localDate(DEFAULT_DAYS));
      onShared(name);
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT'))
        showInputProblems(error.fields, translateServerMessage(t, error.message));
      else if (isApiError(error, 'UNAUTHENTICATED')) return;
      else if (isApiError(error, 'FORBIDDEN')) setFormProblem(t('shares.errors.forbidden'));
      else if (isApiError(error, 'NETWORK_ERROR')) setFormProblem(t('errors.network'));
      else setFormProblem(t('shares.errors.failed'));
    }
    setSubmitting(false);
  }

  const problemOf = (field: FormField) => {
    const found = problems[field];
    return found ? translateServerMessage(t, found) : null;
  };
  const control = (field: FormField) => ({
    id: id(field),
    'aria-invalid': problems[field] !== undefined,
    'aria-describedby': problems[field] ? `${id(field)}-error` : undefined,
  });
  const fieldClass = (field: FormField) => ['field', problems[field] && 'has-error'].filter(Boolean).join(' ');
  const fieldError = (field: FormField) => {
    const text = problemOf(field);
    return (
      text && (
        <p className="field-error" id={`${id(field)}-error`}>
          {text}
        </p>
      )
    );
  };

  return (
    <section className="share-form" aria-labelledby={`${idPrefix}-title`}>
      <h3 id={`${idPrefix}-title`}>{t('shares.form.title')}</h3>
      {colleaguesFailed && <p className="notice notice-error">{t('shares.errors.colleaguesFailed')}</p>}
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={submitting}>
        <div role="alert">{formProblem && <p className="notice notice-error">{formProblem}</p>}</div>
        <div className="form-grid">
          <div className={fieldClass('granteeId')}>
            <label htmlFor={id('granteeId')}>{t('shares.form.colleague')}</label>
            <select {...control('granteeId')} value={granteeId} onChange={(e) => setGranteeId(e.target.value)}>
              <option value="">{t('shares.form.choose')}</option>
              {(colleagues ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.displayName}
                </option>
              ))}
            </select>
            {fieldError('granteeId')}
          </div>
          <div className={fieldClass('expiresAt')}>
            <label htmlFor={id('expiresAt')}>{t('shares.form.expiresOn')}</label>
            <input
              {...control('expiresAt')}
              type="date"
              min={localDate(0)}
              max={localDate(MAX_DAYS)}
              value={expiresOn}
              onChange={(e) => setExpiresOn(e.target.value)}
            />
            {fieldError('expiresAt')}
          </div>
          <div className={[fieldClass('reason'), 'field-wide'].join(' ')}>
            <label htmlFor={id('reason')}>{t('shares.form.reason')}</label>
            <input
              {...control('reason')}
              type="text"
              autoComplete="off"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
            <p className="field-hint">{t('shares.form.reasonHint')}</p>
            {fieldError('reason')}
          </div>
          {mayShareRestricted && (
            <div className="field field-wide field-checkbox">
              <label htmlFor={id('includesRestricted')}>
                <input
                  id={id('includesRestricted')}
                  type="checkbox"
                  checked={includesRestricted}
                  onChange={(e) => setIncludesRestricted(e.target.checked)}
                />{' '}
                {t('shares.form.includeRestricted')}
              </label>
              <p className="field-hint">{t('shares.form.includeRestrictedHint')}</p>
            </div>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {submitting ? t('shares.form.submitting') : t('shares.form.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

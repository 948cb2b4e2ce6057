import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, request } from '../../api/client';
import { translateServerMessage } from '../../i18n/server-messages';
import { OpenEmergencyAccessDocument } from './operations';

const HOURS = [1, 2, 4, 8, 12];

/**
 * Opens a case outside the viewer's reach for a few hours (case:emergency_access), with a reason;
 * the API alerts the agency's auditors. Offered only where the case page says "not found".
 */
export function EmergencyAccessForm({ caseId, onOpened }: { caseId: string; onOpened: () => void }) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [reason, setReason] = useState('');
  const [hours, setHours] = useState(4);
  const [problem, setProblem] = useState<string | null>(null);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setProblem(null);
    setFormProblem(null);
    try {
      await request(OpenEmergencyAccessDocument, { caseId, reason, hours });
      onOpened();
      return;
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT')) {
        const reasonProblem = error.fields.find((f) => f.path[f.path.length - 1] === 'reason');
        if (reasonProblem) setProblem(reasonProblem.message);
        else setFormProblem(translateServerMessage(t, error.fields[0]?.message ?? error.message));
      } else if (isApiError(error, 'UNAUTHENTICATED')) return;
      else if (isApiError(error, 'NOT_FOUND')) setFormProblem(t('case.emergency.errors.notFound'));
      else if (isApiError(error, 'FORBIDDEN')) setFormProblem(t('errors.forbidden'));
      else if (isApiError(error, 'NETWORK_ERROR')) setFormProblem(t('errors.network'));
      else setFormProblem(t('case.emergency.errors.failed'));
    }
    setSubmitting(false);
  }

  const reasonId = `${idPrefix}-reason`;
  return (
    <section className="panel" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t('case.emergency.title')}</h2>
      <p className="muted">{t('case.emergency.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={submitting}>
        <div role="alert">{formProblem && <p className="notice notice-error">{formProblem}</p>}</div>
        <div className="form-grid">
          <div className={['field', 'field-wide', problem && 'has-error'].filter(Boolean).join(' ')}>
            <label htmlFor={reasonId}>{t('case.emergency.reason')}</label>
            <input
              id={reasonId}
              type="text"
              autoComplete="off"
              value={reason}
              aria-invalid={problem !== null}
              aria-describedby={problem ? `${reasonId}-error` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {problem && (
              <p className="field-error" id={`${reasonId}-error`}>
                {translateServerMessage(t, problem)}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor={`${idPrefix}-hours`}>{t('case.emergency.hours')}</label>
            <select id={`${idPrefix}-hours`} value={hours} onChange={(e) => setHours(Number(e.target.value))}>
              {HOURS.map((h) => (
                <option key={h} value={h}>
                  {t('case.emergency.hoursOption', { count: h })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {submitting ? t('case.emergency.opening') : t('case.emergency.open')}
          </button>
        </div>
      </form>
    </section>
  );
}

import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError, request } from '../../api/client';
import { isolate } from '../../i18n/format';
import { translateServerMessage } from '../../i18n/server-messages';
import { AssignCaseDocument, ColleaguesDocument, TeamMembersDocument } from './operations';
import type { CaseDetail } from './useCase';

interface Candidate {
  id: string;
  displayName: string;
}

/**
 * The members of the case's team, or, when the teams cannot be listed, every active colleague: the API
 * is the judge of who may take the case, and its refusal is shown beside the field.
 */
async function candidates(teamId: string | null | undefined, signal: AbortSignal): Promise<Candidate[]> {
  try {
    const { teams } = await request(TeamMembersDocument, undefined, { signal });
    const team = teams.find((t) => t.id === teamId);
    if (team) {
      const all = [...team.members, ...team.supervisors].map((m) => ({ id: m.userId, displayName: m.displayName }));
      return all.filter((c, i) => all.findIndex((x) => x.id === c.id) === i);
    }
  } catch (error) {
    if (isAbortError(error)) throw error;
  }
  const { users } = await request(ColleaguesDocument, undefined, { signal });
  return users;
}

/** "Reassign" for a supervisor of the case's team: hand the case to another member of that team. */
export function ReassignPanel({ record, onReassigned }: { record: CaseDetail; onReassigned: () => void }) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const selectId = `${idPrefix}-workerId`;
  const [people, setPeople] = useState<Candidate[] | null>(null);
  const [listFailed, setListFailed] = useState(false);
  const [workerId, setWorkerId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const teamId = record.teamId;

  useEffect(() => {
    const controller = new AbortController();
    candidates(teamId, controller.signal).then(setPeople, (error: unknown) => {
      if (!isAbortError(error)) setListFailed(true);
    });
    return () => controller.abort();
  }, [teamId]);

  const choices = (people ?? []).filter((p) => p.id !== record.assignedWorker.id);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setMessage(null);
    if (!workerId) {
      setProblem(t('reassign.errors.chooseWorker'));
      setFormProblem(t('reassign.errors.summary'));
      document.getElementById(selectId)?.focus();
      return;
    }
    setSubmitting(true);
    setProblem(null);
    setFormProblem(null);
    try {
      const { assignCase } = await request(AssignCaseDocument, { caseId: record.id, workerId });
      setWorkerId('');
      setMessage(t('reassign.done', { name: isolate(assignCase.assignedWorker.displayName) }));
      onReassigned();
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT')) {
        const found = error.fields.find((f) => f.path[f.path.length - 1] === 'workerId');
        setProblem(found ? translateServerMessage(t, found.message) : null);
        setFormProblem(found ? t('reassign.errors.summary') : translateServerMessage(t, error.message));
        if (found) document.getElementById(selectId)?.focus();
      } else if (isApiError(error, 'UNAUTHENTICATED')) {
        // the app returns to sign-in
      } else if (isApiError(error, 'FORBIDDEN') || isApiError(error, 'NOT_FOUND'))
        setFormProblem(t('reassign.errors.forbidden'));
      else if (isApiError(error, 'NETWORK_ERROR')) setFormProblem(t('errors.network'));
      else setFormProblem(t('reassign.errors.failed'));
    }
    setSubmitting(false);
  }

  return (
    <section className="panel" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t('reassign.title')}</h2>
      <p className="muted">{t('reassign.intro')}</p>
      <div role="status" className="announcement">
        {message && <p className="notice notice-success">{message}</p>}
      </div>
      {listFailed && <p className="notice notice-error">{t('reassign.errors.listFailed')}</p>}
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={submitting}>
        <div role="alert">{formProblem && <p className="notice notice-error">{formProblem}</p>}</div>
        <div className="form-grid">
          <div className={['field', problem && 'has-error'].filter(Boolean).join(' ')}>
            <label htmlFor={selectId}>{t('reassign.worker')}</label>
            <select
              id={selectId}
              value={workerId}
              aria-invalid={problem !== null}
              aria-describedby={problem ? `${selectId}-error` : undefined}
              onChange={(e) => setWorkerId(e.target.value)}
            >
              <option value="">{t('reassign.choose')}</option>
              {choices.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.displayName}
                </option>
              ))}
            </select>
            {problem && (
              <p className="field-error" id={`${selectId}-error`}>
                {problem}
              </p>
            )}
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {submitting ? t('reassign.submitting') : t('reassign.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

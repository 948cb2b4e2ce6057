import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, request } from '../../api/client';
import { CaseLink } from '../../app/CaseLink';
import type { SupervisorQueueQuery } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { DecideQueuedCarePlanDocument, SupervisorQueueDocument } from './operations';
import { errorMessage } from './shared';

type Queue = SupervisorQueueQuery['supervisorQueue'];
type QueuedPlan = Queue['approvals'][number];

/**
 * The rest of the supervisor's queue (supervisorQueue): care plans waiting for a decision, overdue
 * clocks, inactive cases and caseloads against their targets. Shown only to someone who supervises a
 * team (the API refuses the queue to anyone else, and the section is then left out).
 */
export function SupervisorQueue({ refresh, onDecided }: { refresh: number; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [queue, setQueue] = useState<Queue | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    request(SupervisorQueueDocument, undefined, { signal: controller.signal }).then(
      ({ supervisorQueue }) => setQueue(supervisorQueue),
      (error: unknown) => {
        if (!isAbortError(error)) setQueue(null);
      },
    );
    return () => controller.abort();
  }, [refresh, attempt]);

  if (!queue) return null;
  const plans = queue.approvals.filter((a) => a.kind === 'care_plan');
  return (
    <>
      <h2>{t('workflow.queue.carePlans')}</h2>
      {plans.length === 0 ? (
        <p className="muted">{t('workflow.queue.noCarePlans')}</p>
      ) : (
        <ul className="approval-list">
          {plans.map((p) => (
            <CarePlanItem
              key={p.id}
              plan={p}
              onDecided={(message) => {
                onDecided(message);
                setAttempt((n) => n + 1);
              }}
            />
          ))}
        </ul>
      )}
      <h2>{t('workflow.queue.overdue', { count: queue.overdueTotal })}</h2>
      {queue.overdue.length === 0 ? (
        <p className="muted">{t('workflow.queue.noOverdue')}</p>
      ) : (
        <table className="case-table">
          <thead>
            <tr>
              <th scope="col">{t('workflow.queue.case')}</th>
              <th scope="col">{t('workflow.queue.clock')}</th>
              <th scope="col">{t('workflow.queue.due')}</th>
              <th scope="col">{t('workflow.queue.worker')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.overdue.map((d) => (
              <tr key={d.id}>
                <td>
                  <CaseLink caseId={d.caseId}>
                    <bdi>{d.caseNumber}</bdi>
                  </CaseLink>
                </td>
                <td>
                  {t(`workflow.queue.kind.${d.kind}` as 'workflow.queue.kind.stage_limit', { defaultValue: d.kind })} ·{' '}
                  {d.stage}
                </td>
                <td>{format.dateTime(d.dueAt)}</td>
                <td>
                  <bdi>{d.assignedWorker.displayName}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('workflow.queue.inactive', { count: queue.inactiveTotal, days: queue.settings.inactivityDays })}</h2>
      {queue.inactive.length === 0 ? (
        <p className="muted">{t('workflow.queue.noInactive')}</p>
      ) : (
        <table className="case-table">
          <thead>
            <tr>
              <th scope="col">{t('workflow.queue.case')}</th>
              <th scope="col">{t('workflow.queue.stage')}</th>
              <th scope="col">{t('workflow.queue.lastActivity')}</th>
              <th scope="col">{t('workflow.queue.worker')}</th>
            </tr>
          </thead>
          <tbody>
            {queue.inactive.map((c) => (
              <tr key={c.caseId}>
                <td>
                  <CaseLink caseId={c.caseId}>
                    <bdi>{c.caseNumber}</bdi>
                  </CaseLink>
                </td>
                <td>{c.stage ?? ''}</td>
                <td>{format.dateTime(c.lastActivityAt)}</td>
                <td>
                  <bdi>{c.assignedWorker.displayName}</bdi>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>{t('workflow.queue.caseloads')}</h2>
      <table className="case-table caseload-targets">
        <thead>
          <tr>
            <th scope="col">{t('workflow.queue.worker')}</th>
            <th scope="col">{t('workflow.queue.openCases')}</th>
            <th scope="col">{t('workflow.queue.target')}</th>
          </tr>
        </thead>
        <tbody>
          {queue.caseloads.map((w) => (
            <tr key={w.worker.id} className={w.overTarget ? 'over-target' : undefined}>
              <td>
                <bdi>{w.worker.displayName}</bdi>
              </td>
              <td>
                {format.number(w.openCases)}
                {w.overTarget && <strong> {t('workflow.queue.overTarget')}</strong>}
              </td>
              <td>{format.number(w.target)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function CarePlanItem({ plan, onDecided }: { plan: QueuedPlan; onDecided: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function decide(approve: boolean) {
    if (busy) return;
    setError(null);
    if (!approve && !comment.trim()) return setProblem(t('workflow.approvals.commentNeeded'));
    setProblem(null);
    setBusy(true);
    try {
      await request(DecideQueuedCarePlanDocument, {
        carePlanId: plan.id,
        decision: approve ? 'APPROVE' : 'REJECT',
        comment: comment.trim() || null,
      });
      onDecided(
        t(approve ? 'workflow.queue.planApproved' : 'workflow.queue.planRejected', { caseNumber: plan.caseNumber }),
      );
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="approval-item">
      <article aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>
          {t('workflow.queue.planFor')}{' '}
          <CaseLink caseId={plan.caseId}>
            <bdi>{plan.caseNumber}</bdi>
          </CaseLink>
        </h3>
        <p>
          {t('workflow.approvals.requested', {
            name: plan.requestedBy?.displayName ?? '',
            date: format.dateTime(plan.requestedAt),
          })}
        </p>
        <div className="field">
          <label htmlFor={`${id}-comment`}>{t('workflow.approvals.comment')}</label>
          <textarea
            id={`${id}-comment`}
            value={comment}
            aria-invalid={problem ? true : undefined}
            onChange={(e) => setComment(e.target.value)}
          />
          {problem && <p className="field-error">{problem}</p>}
        </div>
        {error && (
          <p className="notice notice-error" role="alert">
            {error}
          </p>
        )}
        <div className="form-actions">
          <button type="button" className="button" disabled={busy} onClick={() => void decide(true)}>
            {t('workflow.approvals.approve')}
          </button>
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => void decide(false)}>
            {t('workflow.approvals.reject')}
          </button>
        </div>
      </article>
    </li>
  );
}

import { useCallback, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, request } from '../../api/client';
import { CaseLink } from '../../app/CaseLink';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import type { WorkflowApprovalItemFragment } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import {
  ApproveTransitionDocument,
  PendingApprovalsDocument,
  RejectTransitionDocument,
  WorkflowDefinitionsDocument,
} from './operations';
import { errorMessage, labelOf } from './shared';
import { SupervisorQueue } from './SupervisorQueue';

/**
 * Supervisors' inbox: the stage changes waiting for their decision, approved or rejected (with a
 * comment), then the rest of the supervisor's queue (care plans, overdue clocks, inactive cases, caseloads).
 */
export function ApprovalsPage() {
  const { t, i18n } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [items, setItems] = useState<WorkflowApprovalItemFragment[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const language = i18n.resolvedLanguage ?? 'en';
  const [stageLabels, setStageLabels] = useState<Record<string, string>>({});

  // Stage keys named in the agency's published workflows, in words (keys shown where none is found).
  useEffect(() => {
    const controller = new AbortController();
    request(WorkflowDefinitionsDocument, { includeDrafts: false }, { signal: controller.signal }).then(
      ({ workflowDefinitions }) => {
        const labels: Record<string, string> = {};
        for (const d of [...workflowDefinitions].sort((a, b) => a.version - b.version))
          for (const s of (d.definition as { stages?: { key: string; label: unknown }[] }).stages ?? [])
            labels[s.key] = labelOf(s.label, language, s.key);
        setStageLabels(labels);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [language]);

  useEffect(() => {
    const controller = new AbortController();
    request(PendingApprovalsDocument, undefined, { signal: controller.signal }).then(
      ({ pendingApprovals }) => {
        setItems(pendingApprovals);
        setFailed(null);
      },
      (error: unknown) => {
        if (!isAbortError(error)) setFailed(errorMessage(t, error));
      },
    );
    return () => controller.abort();
  }, [attempt, t]);

  const decided = useCallback((text: string) => {
    setMessage(text);
    setAttempt((n) => n + 1);
  }, []);

  return (
    <section className="panel approvals-page" aria-labelledby="approvals-title">
      <h1 id="approvals-title" ref={heading} tabIndex={-1}>
        {t('workflow.approvals.title')}
      </h1>
      <div role="status">{message && <p className="notice notice-success">{message}</p>}</div>
      {failed && (
        <p className="notice notice-error" role="alert">
          {failed}
        </p>
      )}
      <h2>{t('workflow.approvals.stageChanges')}</h2>
      {items === null && !failed && <p className="page-status">{t('app.loading')}</p>}
      {items?.length === 0 && <p className="muted">{t('workflow.approvals.none')}</p>}
      {items && items.length > 0 && (
        <ul className="approval-list">
          {items.map((a) => (
            <ApprovalItem key={a.id} approval={a} stageLabels={stageLabels} onDecided={decided} />
          ))}
        </ul>
      )}
      <SupervisorQueue refresh={attempt} onDecided={decided} />
    </section>
  );
}

function ApprovalItem({
  approval,
  stageLabels,
  onDecided,
}: {
  approval: WorkflowApprovalItemFragment;
  stageLabels: Record<string, string>;
  onDecided: (message: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const id = useId();
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const move = t('workflow.approvals.move', {
    from: stageLabels[approval.fromStage] ?? approval.fromStage,
    to: stageLabels[approval.toStage] ?? approval.toStage,
  });

  async function decide(approve: boolean) {
    if (busy) return;
    setError(null);
    if (!approve && !comment.trim()) {
      setProblem(t('workflow.approvals.commentNeeded'));
      return;
    }
    setProblem(null);
    setBusy(true);
    try {
      if (approve)
        await request(ApproveTransitionDocument, { approvalId: approval.id, comment: comment.trim() || null });
      else await request(RejectTransitionDocument, { approvalId: approval.id, comment: comment.trim() });
      onDecided(approve ? t('workflow.approvals.approved', { move }) : t('workflow.approvals.rejected', { move }));
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="approval-item">
      <article aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{move}</h3>
        <p>
          {t('workflow.approvals.requested', {
            name: approval.requestedBy.displayName,
            date: format.dateTime(approval.requestedAt),
          })}
          {approval.kind === 'panel' && ` ${t('workflow.approvals.panel')}`}
        </p>
        {approval.closureCategory && (
          <p>
            {t('workflow.approvals.category')}: {t(`workflow.closure.${approval.closureCategory}`)}
          </p>
        )}
        {approval.reason && (
          <p>
            {t('workflow.approvals.reason')}: {approval.reason}
          </p>
        )}
        <p>
          <CaseLink caseId={approval.caseId}>{t('workflow.approvals.openCase')}</CaseLink>
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

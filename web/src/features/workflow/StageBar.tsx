import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, request } from '../../api/client';
import { useFormat } from '../../i18n/format';
import type { CaseWorkflowQuery } from '../../gql/graphql';
import { CaseWorkflowDocument, TransitionCaseDocument, WorkflowDefinitionsDocument } from './operations';
import { closureCategories, errorMessage, labelOf } from './shared';

type Workflow = NonNullable<CaseWorkflowQuery['case']>;
type Transition = Workflow['allowedTransitions'][number];
interface StageInfo {
  key: string;
  label: string;
}

/**
 * The case's workflow on the case page: its stages with the current one marked, the moves allowed
 * now (with a reason, a closure category, and a note when they need approval), the moves blocked and
 * why, a move waiting for approval, and the stage history.
 */
export function StageBar({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? 'en';
  const [workflow, setWorkflow] = useState<Workflow | null>(null);
  const [stages, setStages] = useState<StageInfo[]>([]);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const [open, setOpen] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    (async () => {
      const { case: found } = await request(CaseWorkflowDocument, { id: caseId }, { signal: controller.signal });
      setWorkflow(found ?? null);
      const current = found?.currentStage;
      if (!current) return;
      try {
        const { workflowDefinitions } = await request(
          WorkflowDefinitionsDocument,
          { key: current.workflowKey, includeDrafts: false },
          { signal: controller.signal },
        );
        const def = workflowDefinitions.find((d) => d.version === current.workflowVersion)?.definition as
          { stages?: { key: string; label: unknown }[] } | undefined;
        setStages((def?.stages ?? []).map((s) => ({ key: s.key, label: labelOf(s.label, language, s.key) })));
      } catch (error) {
        if (isAbortError(error)) return;
        setStages([]); // without the definition, the bar shows the current stage alone
      }
    })().catch((error: unknown) => {
      if (!isAbortError(error)) setFailed(true);
    });
    return () => controller.abort();
  }, [caseId, attempt, language]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const opener = useRef<HTMLButtonElement | null>(null);

  if (failed)
    return (
      <div className="stage-bar">
        <p className="muted">{t('workflow.stageBar.unavailable')}</p>
      </div>
    );
  if (!workflow?.currentStage) return null;
  const current = workflow.currentStage;
  const stageLabel = (key: string | null | undefined) =>
    key ? (stages.find((s) => s.key === key)?.label ?? key) : t('workflow.stageBar.start');
  const shown = stages.length > 0 ? stages : [{ key: current.stageKey, label: current.stageKey }];
  const pending = workflow.workflowApprovals.filter((a) => a.status === 'pending');
  // A move already waiting for approval is not offered again.
  const allowed = workflow.allowedTransitions.filter(
    (tr) => tr.blockedBy.length === 0 && !pending.some((a) => a.toStage === tr.toStage),
  );
  const blocked = workflow.allowedTransitions.filter((tr) => tr.blockedBy.length > 0);

  return (
    <section className="stage-bar" aria-labelledby={`stage-bar-${caseId}`}>
      <h3 id={`stage-bar-${caseId}`}>{t('workflow.stageBar.title')}</h3>
      <ol className="stage-steps" aria-label={t('workflow.stageBar.stages')}>
        {shown.map((s) => (
          <li
            key={s.key}
            className={s.key === current.stageKey ? 'stage-step stage-step-current' : 'stage-step'}
            aria-current={s.key === current.stageKey ? 'step' : undefined}
          >
            {s.label}
          </li>
        ))}
      </ol>
      <p className="muted">
        {t('workflow.stageBar.since', {
          stage: stageLabel(current.stageKey),
          date: format.dateTime(current.enteredAt),
        })}
      </p>
      <div role="status">{message && <p className="notice notice-success">{message}</p>}</div>
      {pending.map((a) => (
        <p key={a.id} className="notice stage-pending">
          {t('workflow.stageBar.pending', {
            stage: stageLabel(a.toStage),
            name: a.requestedBy.displayName,
            date: format.dateTime(a.requestedAt),
          })}
        </p>
      ))}
      {allowed.length > 0 && (
        <div className="stage-actions">
          <h4>{t('workflow.stageBar.next')}</h4>
          <ul>
            {allowed.map((tr) => (
              <li key={tr.toStage}>
                <button
                  type="button"
                  className="button"
                  aria-expanded={open === tr.toStage}
                  onClick={(event) => {
                    opener.current = event.currentTarget;
                    setMessage(null);
                    setOpen(open === tr.toStage ? null : tr.toStage);
                  }}
                >
                  {t('workflow.stageBar.moveTo', { stage: stageLabel(tr.toStage) })}
                </button>
                {tr.needsApproval && <span className="muted"> {t('workflow.stageBar.needsApproval')}</span>}
                {open === tr.toStage && (
                  <TransitionForm
                    caseId={caseId}
                    transition={tr}
                    stage={stageLabel(tr.toStage)}
                    onCancel={() => {
                      setOpen(null);
                      // The button stays drawn beside its form: the focus goes back to it.
                      opener.current?.focus();
                    }}
                    onDone={(moved) => {
                      setOpen(null);
                      setMessage(
                        moved
                          ? t('workflow.stageBar.moved', { stage: stageLabel(tr.toStage) })
                          : t('workflow.stageBar.requested', { stage: stageLabel(tr.toStage) }),
                      );
                      reload();
                      onChanged();
                    }}
                  />
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {blocked.length > 0 && (
        <div className="stage-blocked">
          <h4>{t('workflow.stageBar.blocked')}</h4>
          <ul>
            {blocked.map((tr) => (
              <li key={tr.toStage}>
                <strong>{stageLabel(tr.toStage)}</strong>
                {': '}
                {tr.blockedBy.map((b) => b.message).join('; ')}
              </li>
            ))}
          </ul>
        </div>
      )}
      <details className="stage-history">
        <summary>{t('workflow.stageBar.history', { count: workflow.stageHistory.length })}</summary>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('workflow.stageBar.when')}</th>
              <th scope="col">{t('workflow.stageBar.move')}</th>
              <th scope="col">{t('workflow.stageBar.who')}</th>
              <th scope="col">{t('workflow.stageBar.why')}</th>
            </tr>
          </thead>
          <tbody>
            {workflow.stageHistory.map((h) => (
              <tr key={h.id}>
                <td>{format.dateTime(h.transitionedAt)}</td>
                <td>
                  {stageLabel(h.fromStage)} → {stageLabel(h.toStage)}
                </td>
                <td>
                  <bdi>{h.transitionedBy.displayName}</bdi>
                </td>
                <td>
                  {h.closureCategory && `${t(`workflow.closure.${h.closureCategory}`)}. `}
                  {h.reason ?? ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

function TransitionForm({
  caseId,
  transition,
  stage,
  onCancel,
  onDone,
}: {
  caseId: string;
  transition: Transition;
  stage: string;
  onCancel: () => void;
  onDone: (moved: boolean) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [category, setCategory] = useState('');
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonNeeded = transition.reasonRequired;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const found: Record<string, string> = {};
    if (reasonNeeded && !reason.trim()) found.reason = t('workflow.stageBar.reasonNeeded');
    if (transition.closes && !category) found.category = t('workflow.stageBar.categoryNeeded');
    if (transition.closes && category === 'OTHER' && !note.trim()) found.note = t('workflow.stageBar.noteNeeded');
    setProblems(found);
    setError(null);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    try {
      const { transitionCase } = await request(TransitionCaseDocument, {
        caseId,
        toStage: transition.toStage,
        reason: reason.trim() || null,
        input: transition.closes
          ? { closureCategory: category as (typeof closureCategories)[number], closureNote: note.trim() || null }
          : null,
      });
      onDone(transitionCase.transitioned);
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="transition-form"
      onSubmit={(e) => void submit(e)}
      aria-label={t('workflow.stageBar.moveTo', { stage })}
      noValidate
    >
      {transition.needsApproval && <p className="muted">{t('workflow.stageBar.approvalNote')}</p>}
      {transition.closes && (
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('workflow.stageBar.category')}</label>
          <select
            id={`${id}-category`}
            value={category}
            aria-invalid={problems.category ? true : undefined}
            onChange={(e) => setCategory(e.target.value)}
          >
            <option value="">{t('workflow.stageBar.choose')}</option>
            {closureCategories.map((c) => (
              <option key={c} value={c}>
                {t(`workflow.closure.${c}`)}
              </option>
            ))}
          </select>
          {problems.category && <p className="field-error">{problems.category}</p>}
        </div>
      )}
      {transition.closes && category === 'OTHER' && (
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('workflow.stageBar.note')}</label>
          <textarea
            id={`${id}-note`}
            value={note}
            aria-invalid={problems.note ? true : undefined}
            onChange={(e) => setNote(e.target.value)}
          />
          {problems.note && <p className="field-error">{problems.note}</p>}
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-reason`}>
          {reasonNeeded ? t('workflow.stageBar.reason') : t('workflow.stageBar.reasonOptional')}
        </label>
        <textarea
          id={`${id}-reason`}
          value={reason}
          aria-invalid={problems.reason ? true : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        {problems.reason && <p className="field-error">{problems.reason}</p>}
      </div>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="submit" className="button" disabled={busy}>
          {transition.needsApproval ? t('workflow.stageBar.request') : t('workflow.stageBar.confirm')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('workflow.stageBar.cancel')}
        </button>
      </div>
    </form>
  );
}

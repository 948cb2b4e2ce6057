import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import type {
  CarePlanFieldsFragment,
  CarePlanObjectiveStatus,
  CaseCarePlanQuery,
  ResponsibleParty,
} from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import {
  CaseCarePlanDocument,
  CompleteCarePlanDocument,
  CreateCarePlanDocument,
  DecideCarePlanDocument,
  SubmitCarePlanDocument,
  UpdateCarePlanObjectiveDocument,
} from './operations';
import { AddToggle, RecordForm, RecordTab, type Announcement } from './RecordTab';
import { Field, labelOf, refusalOf, type Refusal } from './shared';

type Data = CaseCarePlanQuery;
type Objective = CarePlanFieldsFragment['objectives'][number];
const parties: ResponsibleParty[] = ['CLIENT', 'FAMILY', 'SERVICE_PROVIDER', 'OTHER'];
/** An objective still being worked on; the plan is completed once none is. */
const openObjectiveStatuses: CarePlanObjectiveStatus[] = ['NOT_STARTED', 'IN_PROGRESS'];
const objectiveStatuses: CarePlanObjectiveStatus[] = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'ACHIEVED',
  'PARTIALLY_ACHIEVED',
  'NOT_ACHIEVED',
  'CANCELLED',
];

interface CarePlanTabProps {
  caseId: string;
  /** Works the case: writes plans and records progress. */
  mayWrite: boolean;
  /** Supervises the case's team: approves or rejects submitted plans. */
  supervises: boolean;
}

const loadCarePlan = (id: string, signal: AbortSignal) => request(CaseCarePlanDocument, { id }, { signal });

/** The care plan in force (or the newest), its objectives and interventions; new versions, approval, progress. */
export function CarePlanTab({ caseId, mayWrite, supervises }: CarePlanTabProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [comment, setComment] = useState('');
  const [completing, setCompleting] = useState(false);
  return (
    <RecordTab
      caseId={caseId}
      load={loadCarePlan}
      titleId="care-plan-title"
      title={t('carePlan.title')}
      addLast
      add={
        mayWrite
          ? (data) => ({
              label: data.case.carePlan ? t('carePlan.newVersion') : t('carePlan.create'),
              form: (saved, cancel) => (
                <PlanForm
                  caseId={caseId}
                  services={data.serviceCatalogue}
                  onSaved={() => {
                    setRefusal(null);
                    saved((tr) => tr('carePlan.created'));
                  }}
                  onCancel={cancel}
                />
              ),
            })
          : undefined
      }
    >
      {(data, tools) => {
        const plan = data.case.carePlan;
        const changed = (message: Announcement) => {
          setRefusal(null);
          tools.changed(message);
        };
        const act = async (action: () => Promise<unknown>, message: Announcement) => {
          setRefusal(null);
          try {
            await action();
            changed(message);
          } catch (error) {
            setRefusal(refusalOf(error, t));
          }
        };
        return (
          <>
            <div role="alert">{refusal && <p className="notice notice-error">{refusal.message}</p>}</div>
            {!plan ? (
              <p className="muted">{t('carePlan.none')}</p>
            ) : (
              <article className="care-plan" aria-label={t('carePlan.versionLabel', { version: plan.version })}>
                <p className="record-head">
                  <strong>{t('carePlan.versionLabel', { version: format.number(plan.version) })}</strong>{' '}
                  <span className="badge badge-status">{t(`carePlan.statuses.${plan.status}`)}</span>
                </p>
                {plan.summary && <p className="multiline">{plan.summary}</p>}
                <p className="muted">
                  {[
                    plan.reviewDate && t('carePlan.reviewOn', { date: plan.reviewDate }),
                    plan.followUpDays && t('carePlan.followUpEvery', { count: plan.followUpDays }),
                    plan.decidedBy && t('carePlan.decidedBy', { who: plan.decidedBy.displayName }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {plan.decisionComment && <p>{t('carePlan.comment', { comment: plan.decisionComment })}</p>}
                {plan.completedAt && (
                  <p>
                    {t('carePlan.completedBy', {
                      who: plan.completedBy?.displayName ?? '',
                      when: format.dateTime(plan.completedAt),
                    })}
                    {plan.completionNote && (
                      <>
                        {': '}
                        <bdi className="multiline">{plan.completionNote}</bdi>
                      </>
                    )}
                  </p>
                )}
                <ol className="objectives">
                  {plan.objectives.map((o) => (
                    <ObjectiveItem
                      key={o.id}
                      objective={o}
                      editable={mayWrite && plan.status === 'APPROVED'}
                      onChanged={() => changed((tr) => tr('carePlan.objectiveSaved'))}
                    />
                  ))}
                </ol>
                <div className="inline-actions">
                  {mayWrite && plan.status === 'DRAFT' && (
                    <button
                      type="button"
                      className="button button-primary"
                      onClick={() =>
                        void act(
                          () => request(SubmitCarePlanDocument, { carePlanId: plan.id }),
                          (tr) => tr('carePlan.submitted'),
                        )
                      }
                    >
                      {t('carePlan.submit')}
                    </button>
                  )}
                </div>
                {mayWrite && plan.status === 'APPROVED' && (
                  <CompletePlan
                    plan={plan}
                    open={completing}
                    onOpen={() => {
                      setRefusal(null);
                      setCompleting(true);
                    }}
                    onClose={() => setCompleting(false)}
                    onCompleted={() => {
                      setCompleting(false);
                      changed((tr) => tr('carePlan.completed'));
                    }}
                  />
                )}
                {supervises && plan.status === 'PENDING_APPROVAL' && (
                  <div className="record-form">
                    <Field label={t('carePlan.decisionComment')} optional wide>
                      {(c) => <input {...c} type="text" value={comment} onChange={(e) => setComment(e.target.value)} />}
                    </Field>
                    <div className="inline-actions">
                      {(['APPROVE', 'REJECT'] as const).map((decision) => (
                        <button
                          key={decision}
                          type="button"
                          className={decision === 'APPROVE' ? 'button button-primary' : 'button'}
                          onClick={() =>
                            void act(
                              () =>
                                request(DecideCarePlanDocument, {
                                  carePlanId: plan.id,
                                  decision,
                                  comment: comment.trim() || null,
                                }),
                              (tr) => tr(`carePlan.decided.${decision}`),
                            )
                          }
                        >
                          {t(`carePlan.decide.${decision}`)}
                        </button>
                      ))}
                    </div>
                  </div>
                )}
              </article>
            )}
            {data.case.carePlans.length > 1 && (
              <details>
                <summary>{t('carePlan.history')}</summary>
                <ul>
                  {data.case.carePlans.map((p) => (
                    <li key={p.id}>
                      {t('carePlan.versionLabel', { version: format.number(p.version) })} ·{' '}
                      {t(`carePlan.statuses.${p.status}`)} · {format.dateTime(p.createdAt)}
                    </li>
                  ))}
                </ul>
              </details>
            )}
          </>
        );
      }}
    </RecordTab>
  );
}

/**
 * Completing the approved plan: offered once every objective is closed (the API refuses it before),
 * with an optional closing note; until then, how many objectives are still open.
 */
function CompletePlan({
  plan,
  open,
  onOpen,
  onClose,
  onCompleted,
}: {
  plan: CarePlanFieldsFragment;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  onCompleted: () => void;
}) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const stillOpen = plan.objectives.filter((o) => openObjectiveStatuses.includes(o.status)).length;
  if (stillOpen > 0) return <p className="muted">{t('carePlan.openObjectives', { count: stillOpen })}</p>;
  return (
    <AddToggle label={t('carePlan.complete')} open={open} onOpen={onOpen} onClose={onClose}>
      {(cancel) => (
        <RecordForm
          label={t('carePlan.complete')}
          submitLabel={t('carePlan.completeSubmit')}
          send={async () => {
            await request(CompleteCarePlanDocument, { carePlanId: plan.id, note: note.trim() || null });
            onCompleted();
          }}
          onCancel={cancel}
        >
          {(problem) => (
            <Field label={t('carePlan.completeNote')} problem={problem('note')} optional wide>
              {(c) => <textarea {...c} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
            </Field>
          )}
        </RecordForm>
      )}
    </AddToggle>
  );
}

function ObjectiveItem({
  objective: o,
  editable,
  onChanged,
}: {
  objective: Objective;
  editable: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const [status, setStatus] = useState<CarePlanObjectiveStatus>(o.status);
  const [outcome, setOutcome] = useState(o.outcome ?? '');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const who = o.responsibleUser?.displayName ?? o.responsibleName;
  async function save(event: FormEvent) {
    event.preventDefault();
    setRefusal(null);
    try {
      await request(UpdateCarePlanObjectiveDocument, {
        objectiveId: o.id,
        input: { status, outcome: outcome.trim() || null },
      });
      onChanged();
    } catch (error) {
      setRefusal(refusalOf(error, t));
    }
  }
  return (
    <li className="objective">
      <p className="record-head">
        <strong>
          <bdi>{o.description}</bdi>
        </strong>{' '}
        <span className="badge badge-status">{t(`carePlan.objectiveStatuses.${o.status}`)}</span>
      </p>
      <p className="muted">
        {[
          o.need && t('carePlan.need', { need: o.need }),
          t('carePlan.responsible', {
            party: t(`carePlan.parties.${o.responsibleParty}`),
            who: who ?? '',
          }),
          o.dueDate && t('carePlan.due', { date: o.dueDate }),
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {o.outcome && <p>{t('carePlan.outcome', { outcome: o.outcome })}</p>}
      {o.interventions.length > 0 && (
        <ul className="interventions">
          {o.interventions.map((i) => (
            <li key={i.id}>
              {labelOf(i.service.name, language)}
              {i.provider && (
                <>
                  {' · '}
                  <bdi>{i.provider.name}</bdi>
                </>
              )}{' '}
              · {t(`carePlan.interventionStatuses.${i.status}`)}
              {i.referral && (
                <> · {t('carePlan.referralStatus', { status: t(`referrals.statuses.${i.referral.status}`) })}</>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <form
          noValidate
          className="inline-form"
          onSubmit={(e) => void save(e)}
          aria-label={t('carePlan.progressLabel', { description: o.description })}
        >
          <Field label={t('carePlan.status')} problem={refusal?.fields.status}>
            {(c) => (
              <select {...c} value={status} onChange={(e) => setStatus(e.target.value as CarePlanObjectiveStatus)}>
                {objectiveStatuses.map((s) => (
                  <option key={s} value={s}>
                    {t(`carePlan.objectiveStatuses.${s}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('carePlan.outcomeLabel')} problem={refusal?.fields.outcome} optional>
            {(c) => <input {...c} type="text" value={outcome} onChange={(e) => setOutcome(e.target.value)} />}
          </Field>
          <button type="submit" className="button button-small">
            {t('carePlan.saveProgress')}
          </button>
          {refusal && Object.keys(refusal.fields).length === 0 && <p className="field-error">{refusal.message}</p>}
        </form>
      )}
    </li>
  );
}

interface DraftObjective {
  description: string;
  need: string;
  responsibleParty: ResponsibleParty;
  responsibleName: string;
  dueDate: string;
  serviceKey: string;
}
const emptyObjective = (): DraftObjective => ({
  description: '',
  need: '',
  responsibleParty: 'CLIENT',
  responsibleName: '',
  dueDate: '',
  serviceKey: '',
});

function PlanForm({
  caseId,
  services,
  onSaved,
  onCancel,
}: {
  caseId: string;
  services: Data['serviceCatalogue'];
  onSaved: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const [summary, setSummary] = useState('');
  const [reviewDate, setReviewDate] = useState('');
  const [objectives, setObjectives] = useState<DraftObjective[]>([emptyObjective()]);
  const set = (i: number, patch: Partial<DraftObjective>) =>
    setObjectives((os) => os.map((o, j) => (j === i ? { ...o, ...patch } : o)));

  async function send() {
    await request(CreateCarePlanDocument, {
      caseId,
      input: {
        summary: summary.trim() || null,
        reviewDate: reviewDate || null,
        objectives: objectives.map((o) => ({
          description: o.description,
          need: o.need.trim() || null,
          responsibleParty: o.responsibleParty,
          responsibleName: o.responsibleName.trim() || null,
          dueDate: o.dueDate || null,
          interventions: o.serviceKey ? [{ serviceKey: o.serviceKey }] : [],
        })),
      },
    });
    onSaved();
  }
  function refused(error: unknown): Refusal {
    // Paths like ["input","objectives",0,"description"]: kept whole, so each objective shows its own.
    const byPath: Record<string, string> = {};
    if (error && typeof error === 'object' && 'fields' in error) {
      for (const f of (error as { fields: { path: string[]; message: string }[] }).fields) {
        byPath[f.path.filter((p) => p !== 'input').join('.')] ??= f.message;
      }
    }
    return { fields: byPath, message: refusalOf(error, t).message };
  }
  return (
    <RecordForm
      label={t('carePlan.formLabel')}
      submitLabel={t('carePlan.save')}
      send={send}
      refused={refused}
      onCancel={onCancel}
    >
      {(problem) => (
        <>
          <div className="form-grid">
            <Field label={t('carePlan.summary')} problem={problem('summary')} optional wide>
              {(c) => <textarea {...c} rows={2} value={summary} onChange={(e) => setSummary(e.target.value)} />}
            </Field>
            <Field label={t('carePlan.reviewDate')} problem={problem('reviewDate')} optional>
              {(c) => <input {...c} type="date" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} />}
            </Field>
          </div>
          {objectives.map((o, i) => (
            <fieldset key={i} className="form-section">
              <legend>{t('carePlan.objectiveN', { n: i + 1 })}</legend>
              <div className="form-grid">
                <Field label={t('carePlan.description')} problem={problem(`objectives.${i}.description`)} wide>
                  {(c) => (
                    <input
                      {...c}
                      type="text"
                      value={o.description}
                      onChange={(e) => set(i, { description: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('carePlan.needLabel')} problem={problem(`objectives.${i}.need`)} optional>
                  {(c) => (
                    <input {...c} type="text" value={o.need} onChange={(e) => set(i, { need: e.target.value })} />
                  )}
                </Field>
                <Field label={t('carePlan.responsibleParty')} problem={problem(`objectives.${i}.responsibleParty`)}>
                  {(c) => (
                    <select
                      {...c}
                      value={o.responsibleParty}
                      onChange={(e) => set(i, { responsibleParty: e.target.value as ResponsibleParty })}
                    >
                      {parties.map((p) => (
                        <option key={p} value={p}>
                          {t(`carePlan.parties.${p}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('carePlan.responsibleName')} problem={problem(`objectives.${i}.responsibleName`)}>
                  {(c) => (
                    <input
                      {...c}
                      type="text"
                      value={o.responsibleName}
                      onChange={(e) => set(i, { responsibleName: e.target.value })}
                    />
                  )}
                </Field>
                <Field label={t('carePlan.dueDate')} problem={problem(`objectives.${i}.dueDate`)} optional>
                  {(c) => (
                    <input {...c} type="date" value={o.dueDate} onChange={(e) => set(i, { dueDate: e.target.value })} />
                  )}
                </Field>
                <Field
                  label={t('carePlan.intervention')}
                  problem={problem(`objectives.${i}.interventions.0.serviceKey`)}
                  optional
                >
                  {(c) => (
                    <select {...c} value={o.serviceKey} onChange={(e) => set(i, { serviceKey: e.target.value })}>
                      <option value="">{t('carePlan.noIntervention')}</option>
                      {services.map((s) => (
                        <option key={s.key} value={s.key} disabled={s.eligibleForCase?.eligible === false}>
                          {labelOf(s.name, language)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </div>
              {objectives.length > 1 && (
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => setObjectives((os) => os.filter((_, j) => j !== i))}
                >
                  {t('carePlan.removeObjective', { n: i + 1 })}
                </button>
              )}
            </fieldset>
          ))}
          <button type="button" className="button" onClick={() => setObjectives((os) => [...os, emptyObjective()])}>
            {t('carePlan.addObjective')}
          </button>
        </>
      )}
    </RecordForm>
  );
}

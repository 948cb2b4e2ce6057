import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, request, type FieldProblem } from '../../api/client';
import { translateServerMessage } from '../../i18n/server-messages';
import { UpdateCaseDetailsDocument } from './operations';
import type { CaseDetail } from './useCase';

const detailFields = ['incidentNarrative', 'perpetratorDetails', 'safetyPlan'] as const;
type DetailField = (typeof detailFields)[number];
type Values = Record<DetailField, string>;

const isDetailField = (value: string | undefined): value is DetailField =>
  (detailFields as readonly (string | undefined)[]).includes(value);

type Saved = Pick<CaseDetail, 'updatedAt' | DetailField>;

/**
 * The confidential details, for the assigned worker only (the API refuses anyone else). An emptied
 * text clears the value. Field problems of the API appear under their field.
 */
export function CaseDetailsForm({
  record,
  onSaved,
  onCancel,
}: {
  record: CaseDetail;
  onSaved: (fields: Saved) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const idPrefix = useId();
  const [values, setValues] = useState<Values>({
    incidentNarrative: record.incidentNarrative ?? '',
    perpetratorDetails: record.perpetratorDetails ?? '',
    safetyPlan: record.safetyPlan ?? '',
  });
  const [problems, setProblems] = useState<Partial<Record<DetailField, string>>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  function showInputProblems(fields: FieldProblem[], fallback: string) {
    const found: Partial<Record<DetailField, string>> = {};
    let other: string | null = null;
    for (const problem of fields) {
      const name = problem.path[problem.path.length - 1];
      if (isDetailField(name)) found[name] ??= problem.message;
      else other ??= problem.message;
    }
    setProblems(found);
    setFormProblem(
      other
        ? translateServerMessage(t, other)
        : Object.keys(found).length
          ? t('case.details.errors.summary')
          : fallback,
    );
    const first = detailFields.find((f) => found[f]);
    if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setProblems({});
    setFormProblem(null);
    try {
      const { updateCaseDetails } = await request(UpdateCaseDetailsDocument, { caseId: record.id, input: values });
      onSaved({
        updatedAt: updateCaseDetails.updatedAt,
        incidentNarrative: updateCaseDetails.incidentNarrative ?? null,
        perpetratorDetails: updateCaseDetails.perpetratorDetails ?? null,
        safetyPlan: updateCaseDetails.safetyPlan ?? null,
      });
      return;
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT'))
        showInputProblems(error.fields, translateServerMessage(t, error.message));
      else if (isApiError(error, 'UNAUTHENTICATED'))
        return; // the app returns to sign-in
      else if (isApiError(error, 'FORBIDDEN') || isApiError(error, 'FORBIDDEN_FIELD'))
        setFormProblem(t('case.details.errors.forbidden'));
      else if (isApiError(error, 'NETWORK_ERROR')) setFormProblem(t('errors.network'));
      else setFormProblem(t('case.details.errors.failed'));
    }
    setSubmitting(false);
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-busy={submitting} className="case-details-form">
      <div role="alert">{formProblem && <p className="notice notice-error">{formProblem}</p>}</div>
      {detailFields.map((field) => {
        const id = `${idPrefix}-${field}`;
        const problem = problems[field];
        return (
          <div key={field} className={['field', problem && 'has-error'].filter(Boolean).join(' ')}>
            <label htmlFor={id}>{t(`case.fields.${field}`)}</label>
            <textarea
              id={id}
              rows={4}
              value={values[field]}
              aria-invalid={problem !== undefined}
              aria-describedby={problem ? `${id}-error` : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
            />
            {problem && (
              <p className="field-error" id={`${id}-error`}>
                {translateServerMessage(t, problem)}
              </p>
            )}
          </div>
        );
      })}
      <p className="field-hint">{t('case.details.clearHint')}</p>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {submitting ? t('case.details.saving') : t('case.details.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('case.details.cancel')}
        </button>
      </div>
    </form>
  );
}

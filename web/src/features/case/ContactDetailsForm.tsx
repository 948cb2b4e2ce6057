import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, request, type FieldProblem } from '../../api/client';
import type { UpdatePersonInput } from '../../gql/graphql';
import { translateServerMessage } from '../../i18n/server-messages';
import { UpdateContactDetailsDocument } from './operations';
import type { CaseDetail } from './useCase';

const contactFields = ['contactPhone', 'currentAddress'] as const;
type ContactField = (typeof contactFields)[number];

const isContactField = (value: string | undefined): value is ContactField =>
  (contactFields as readonly (string | undefined)[]).includes(value);

type Saved = Pick<CaseDetail, 'updatedAt' | 'person'>;

/**
 * The restricted contact details (phone, address), for the assigned worker; anyone else is refused by
 * the API (FORBIDDEN_FIELD naming the fields). An emptied field clears the recorded value; only changed
 * fields are sent.
 */
export function ContactDetailsForm({
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
  const [values, setValues] = useState<Record<ContactField, string>>({
    contactPhone: record.person.contactPhone ?? '',
    currentAddress: record.person.currentAddress ?? '',
  });
  const [problems, setProblems] = useState<Partial<Record<ContactField, string>>>({});
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  function showInputProblems(fields: FieldProblem[], fallback: string) {
    const found: Partial<Record<ContactField, string>> = {};
    let other: string | null = null;
    for (const problem of fields) {
      const name = problem.path[problem.path.length - 1];
      if (isContactField(name)) found[name] ??= problem.message;
      else other ??= problem.message;
    }
    setProblems(found);
    setFormProblem(
      other ? translateServerMessage(t, other) : Object.keys(found).length ? t('contact.errors.summary') : fallback,
    );
    const first = contactFields.find((f) => found[f]);
    if (first) document.getElementById(`${idPrefix}-${first}`)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const input: UpdatePersonInput = {};
    const clear: ContactField[] = [];
    for (const field of contactFields) {
      const value = values[field].trim();
      const recorded = record.person[field] ?? '';
      if (value === recorded) continue;
      if (value === '') clear.push(field);
      else input[field] = value;
    }
    if (clear.length) input.clear = clear;
    if (Object.keys(input).length === 0) {
      onCancel(); // nothing changed
      return;
    }
    setSubmitting(true);
    setProblems({});
    setFormProblem(null);
    try {
      const { updatePerson } = await request(UpdateContactDetailsDocument, { caseId: record.id, input });
      onSaved({
        updatedAt: updatePerson.updatedAt,
        person: {
          ...record.person,
          contactPhone: updatePerson.person.contactPhone ?? null,
          currentAddress: updatePerson.person.currentAddress ?? null,
        },
      });
      return;
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT'))
        showInputProblems(error.fields, translateServerMessage(t, error.message));
      else if (isApiError(error, 'UNAUTHENTICATED'))
        return; // the app returns to sign-in
      else if (isApiError(error, 'FORBIDDEN_FIELD')) showInputProblems(error.fields, t('contact.errors.forbidden'));
      else if (isApiError(error, 'FORBIDDEN')) setFormProblem(t('contact.errors.forbidden'));
      else if (isApiError(error, 'NETWORK_ERROR')) setFormProblem(t('errors.network'));
      else setFormProblem(t('contact.errors.failed'));
    }
    setSubmitting(false);
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-busy={submitting} className="case-details-form">
      <div role="alert">{formProblem && <p className="notice notice-error">{formProblem}</p>}</div>
      {contactFields.map((field) => {
        const id = `${idPrefix}-${field}`;
        const problem = problems[field];
        const control = {
          id,
          value: values[field],
          'aria-invalid': problem !== undefined,
          'aria-describedby': problem ? `${id}-error` : undefined,
          onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value })),
        };
        return (
          <div key={field} className={['field', problem && 'has-error'].filter(Boolean).join(' ')}>
            <label htmlFor={id}>{t(`case.fields.${field}`)}</label>
            {field === 'currentAddress' ? (
              <textarea {...control} rows={3} />
            ) : (
              <input {...control} type="tel" dir="ltr" autoComplete="off" />
            )}
            {problem && (
              <p className="field-error" id={`${id}-error`}>
                {translateServerMessage(t, problem)}
              </p>
            )}
          </div>
        );
      })}
      <p className="field-hint">{t('contact.clearHint')}</p>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {submitting ? t('contact.saving') : t('contact.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('contact.cancel')}
        </button>
      </div>
    </form>
  );
}

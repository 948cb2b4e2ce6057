import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, request, type FieldProblem } from '../../api/client';
import type { Sex } from '../../gql/graphql';
import { translateServerMessage } from '../../i18n/server-messages';
import { asSex, caseTypeName, sexes, useCaseTypes, type CaseType } from './enums';
import { DuplicateSearch } from './DuplicateSearch';
import { CreateCaseDocument } from './operations';
import type { CaseRow } from './useCaseload';

type FieldName = 'caseType' | 'givenName' | 'familyName' | 'sex' | 'dateOfBirth';
const fieldOrder: FieldName[] = ['caseType', 'givenName', 'familyName', 'sex', 'dateOfBirth'];

interface Values {
  caseType: CaseType | '';
  givenName: string;
  familyName: string;
  sex: Sex | '';
  dateOfBirth: string;
}

const empty: Values = { caseType: '', givenName: '', familyName: '', sex: '', dateOfBirth: '' };

/** Kept as data rather than text, so a problem shown before a language switch is shown in the new one. */
type Problem = { kind: 'choose'; key: 'chooseCaseType' | 'chooseSex' } | { kind: 'server'; message: string };
type FormProblem = 'summary' | 'forbidden' | 'network' | 'failed' | { server: string };

function isFieldName(value: string | undefined): value is FieldName {
  return (fieldOrder as (string | undefined)[]).includes(value);
}

/** Server paths look like ["input","person","givenName"]: the last part names the form field. */
function byField(problems: FieldProblem[]): { fields: Partial<Record<FieldName, Problem>>; other: FieldProblem[] } {
  const fields: Partial<Record<FieldName, Problem>> = {};
  const other: FieldProblem[] = [];
  for (const problem of problems) {
    const name = problem.path[problem.path.length - 1];
    if (isFieldName(name)) fields[name] ??= { kind: 'server', message: problem.message };
    else other.push(problem);
  }
  return { fields, other };
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

interface FieldProps {
  id: string;
  label: string;
  optional?: boolean;
  /** Takes a whole row of the form grid. */
  wide?: boolean;
  problem: string | null;
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}

function Field({ id, label, optional, wide, problem, children }: FieldProps) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <div className={['field', wide && 'field-wide', problem && 'has-error'].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> ({t('newCase.optional')})</span>}
      </label>
      {children({ id, 'aria-invalid': problem !== null, 'aria-describedby': problem ? errorId : undefined })}
      {problem && (
        <p className="field-error" id={errorId}>
          {problem}
        </p>
      )}
    </div>
  );
}

/** Registers a person and opens a case; the API validates, and its field problems appear beside the fields. */
export function NewCaseForm({ onCreated, onCancel }: { onCreated: (row: CaseRow) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const idPrefix = useId();
  // The agency's active case types (configuration), named in the UI language.
  const caseTypes = useCaseTypes();
  const [values, setValues] = useState<Values>(empty);
  const [problems, setProblems] = useState<Partial<Record<FieldName, Problem>>>({});
  const [formProblem, setFormProblem] = useState<FormProblem | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [focusField, setFocusField] = useState<FieldName | null>('caseType');
  const controls = useRef<Partial<Record<FieldName, HTMLInputElement | HTMLSelectElement | null>>>({});
  // Search before create: likely duplicates must be looked at (and denied) before creating.
  const [duplicateBlock, setDuplicateBlock] = useState(false);
  const [confirmRequested, setConfirmRequested] = useState(0);

  // Focus moves after React has rendered the error text, so it is read out with the field.
  useEffect(() => {
    if (!focusField) return;
    controls.current[focusField]?.focus();
    setFocusField(null);
  }, [focusField]);

  const id = (name: FieldName) => `${idPrefix}-${name}`;
  const register = (name: FieldName) => (element: HTMLInputElement | HTMLSelectElement | null) => {
    controls.current[name] = element;
  };
  const describe = (name: FieldName): string | null => {
    const problem = problems[name];
    if (!problem) return null;
    return problem.kind === 'choose' ? t(`newCase.errors.${problem.key}`) : translateServerMessage(t, problem.message);
  };
  const set = <K extends keyof Values>(name: K, value: Values[K]) => setValues((v) => ({ ...v, [name]: value }));

  function showProblems(found: Partial<Record<FieldName, Problem>>, form: FormProblem) {
    setProblems(found);
    setFormProblem(form);
    const first = fieldOrder.find((name) => found[name]);
    if (first) setFocusField(first);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const { caseType, sex } = values;
    // Only the choices are checked here; the API is the one judge of everything else.
    if (!caseType || !sex) {
      const missing: Partial<Record<FieldName, Problem>> = {};
      if (!caseType) missing.caseType = { kind: 'choose', key: 'chooseCaseType' };
      if (!sex) missing.sex = { kind: 'choose', key: 'chooseSex' };
      showProblems(missing, 'summary');
      return;
    }
    if (duplicateBlock) {
      setConfirmRequested((n) => n + 1);
      return;
    }
    setSubmitting(true);
    setProblems({});
    setFormProblem(null);
    try {
      const { createCase } = await request(CreateCaseDocument, {
        input: {
          caseType,
          person: {
            givenName: values.givenName,
            familyName: values.familyName,
            sex,
            dateOfBirth: values.dateOfBirth === '' ? null : values.dateOfBirth,
          },
        },
      });
      onCreated(createCase);
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT')) {
        const { fields, other } = byField(error.fields);
        const firstOther = other[0];
        showProblems(
          fields,
          firstOther
            ? { server: firstOther.message }
            : Object.keys(fields).length
              ? 'summary'
              : { server: error.message },
        );
      } else if (isApiError(error, 'UNAUTHENTICATED')) {
        // The app returns to sign-in.
      } else if (isApiError(error, 'FORBIDDEN')) {
        setFormProblem('forbidden');
      } else if (isApiError(error, 'NETWORK_ERROR')) {
        setFormProblem('network');
      } else {
        setFormProblem('failed');
      }
      setSubmitting(false);
    }
  }

  const formMessage =
    formProblem === null
      ? null
      : typeof formProblem === 'object'
        ? translateServerMessage(t, formProblem.server)
        : formProblem === 'summary'
          ? t('newCase.errors.summary')
          : formProblem === 'forbidden'
            ? t('newCase.errors.forbidden')
            : formProblem === 'network'
              ? t('errors.network')
              : t('newCase.errors.failed');

  return (
    <section className="panel new-case" id="new-case" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t('newCase.title')}</h2>
      <p className="muted">{t('newCase.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={submitting}>
        <div role="alert">{formMessage && <p className="notice notice-error">{formMessage}</p>}</div>
        <div className="form-grid">
          <Field id={id('caseType')} wide label={t('newCase.fields.caseType')} problem={describe('caseType')}>
            {(control) => (
              <select
                {...control}
                ref={register('caseType')}
                value={values.caseType}
                onChange={(e) => set('caseType', e.target.value)}
              >
                <option value="">{t('newCase.choose')}</option>
                {(caseTypes ?? []).map((type) => (
                  <option key={type.key} value={type.key}>
                    {caseTypeName(t, type.key, type.label, i18n.resolvedLanguage)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id('givenName')} label={t('newCase.fields.givenName')} problem={describe('givenName')}>
            {(control) => (
              <input
                {...control}
                ref={register('givenName')}
                type="text"
                autoComplete="off"
                value={values.givenName}
                onChange={(e) => set('givenName', e.target.value)}
              />
            )}
          </Field>
          <Field id={id('familyName')} label={t('newCase.fields.familyName')} problem={describe('familyName')}>
            {(control) => (
              <input
                {...control}
                ref={register('familyName')}
                type="text"
                autoComplete="off"
                value={values.familyName}
                onChange={(e) => set('familyName', e.target.value)}
              />
            )}
          </Field>
          <Field id={id('sex')} label={t('newCase.fields.sex')} problem={describe('sex')}>
            {(control) => (
              <select
                {...control}
                ref={register('sex')}
                value={values.sex}
                onChange={(e) => set('sex', asSex(e.target.value))}
              >
                <option value="">{t('newCase.choose')}</option>
                {sexes.map((value) => (
                  <option key={value} value={value}>
                    {t(`enums.sex.${value}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            id={id('dateOfBirth')}
            label={t('newCase.fields.dateOfBirth')}
            optional
            problem={describe('dateOfBirth')}
          >
            {(control) => (
              <input
                {...control}
                ref={register('dateOfBirth')}
                type="date"
                min="1900-01-01"
                max={today()}
                value={values.dateOfBirth}
                onChange={(e) => set('dateOfBirth', e.target.value)}
              />
            )}
          </Field>
        </div>
        <DuplicateSearch input={values} onBlockingChange={setDuplicateBlock} confirmRequested={confirmRequested} />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {submitting ? t('newCase.submitting') : t('newCase.submit')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('newCase.cancel')}
          </button>
        </div>
      </form>
    </section>
  );
}

import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { translateServerMessage } from '../../i18n/server-messages';
import type { RecordClassification } from '../../gql/graphql';

/** What a refused mutation means for a form: problems by field (the last part of each path) and a message. */
export interface Refusal {
  fields: Record<string, string>;
  message: string;
}

export function refusalOf(
  error: unknown,
  t: (key: 'records.errors.check' | 'records.errors.forbidden' | 'records.errors.failed' | 'errors.network') => string,
): Refusal {
  if (isApiError(error, 'BAD_USER_INPUT')) {
    const fields: Record<string, string> = {};
    for (const f of error.fields) {
      const name = f.path[f.path.length - 1] ?? '';
      fields[name] ??= f.message;
    }
    return { fields, message: Object.keys(fields).length > 0 ? t('records.errors.check') : error.message };
  }
  if (isApiError(error, 'FORBIDDEN')) return { fields: {}, message: t('records.errors.forbidden') };
  if (isApiError(error, 'NETWORK_ERROR')) return { fields: {}, message: t('errors.network') };
  // Other refusals (a missing consent, a conflict) say why in the API's words.
  if (isApiError(error) && error.code !== 'UNKNOWN' && error.code !== 'HTTP_ERROR')
    return { fields: {}, message: error.message };
  return { fields: {}, message: t('records.errors.failed') };
}

/** A labelled control with the API's problem beside it. */
export function Field({
  label,
  problem,
  optional,
  wide,
  children,
}: {
  label: string;
  problem?: string;
  optional?: boolean;
  wide?: boolean;
  children: (control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={['field', wide && 'field-wide', problem && 'has-error'].filter(Boolean).join(' ')}>
      <label htmlFor={id}>
        {label}
        {optional && <span className="optional"> ({t('forms.optional')})</span>}
      </label>
      {children({ id, 'aria-invalid': problem !== undefined, 'aria-describedby': problem ? `${id}-error` : undefined })}
      {problem && (
        <p className="field-error" id={`${id}-error`}>
          {translateServerMessage(t, problem)}
        </p>
      )}
    </div>
  );
}

const classifications: RecordClassification[] = ['STANDARD', 'RESTRICTED', 'CONFIDENTIAL'];

/** The classification of a new note or document: who may read it. */
export function ClassificationField({
  value,
  onChange,
  problem,
}: {
  value: RecordClassification;
  onChange: (value: RecordClassification) => void;
  problem?: string;
}) {
  const { t } = useTranslation();
  return (
    <Field label={t('records.classificationLabel')} problem={problem}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => onChange(e.target.value as RecordClassification)}>
          {classifications.map((x) => (
            <option key={x} value={x}>
              {t(`records.classification.${x}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** The marker for records the viewer may not see: their number, never their content. */
export function WithheldNotice({ text }: { text: string }) {
  const { t } = useTranslation();
  return (
    <p className="withheld-notice">
      <span className="restricted" title={t('case.restrictedHint')}>
        {t('case.restricted')}
      </span>{' '}
      {text}
    </p>
  );
}

/** "2026-03-04T10:15" in the browser's zone for datetime-local, from now. */
export function localNow(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export const labelOf = (name: unknown, language: string): string => {
  if (name && typeof name === 'object') {
    const texts = name as Record<string, string>;
    return texts[language] ?? texts.en ?? '';
  }
  return typeof name === 'string' ? name : '';
};

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldDefinition, Path } from '@haven/core/forms/types';
import { useFormat } from '../../i18n/format';
import { FileInput } from './FileInput';
import { labelIn, todayUtc } from './labels';
import { LocationInput } from './LocationInput';
import { PersonPicker } from './PersonPicker';
import { SignatureInput } from './SignatureInput';

/** What some fields need from the page: the case (file uploads) and its person (person references). */
export interface FieldContext {
  caseId?: string;
  person?: { id: string; name: string };
}

interface FieldControlProps {
  id: string;
  field: FieldDefinition;
  path: Path;
  value: unknown;
  problem: string | null;
  withheld: boolean;
  onChange: (value: unknown) => void;
  onBlur: () => void;
  context?: FieldContext;
  renderChild: (child: FieldDefinition, index: number) => ReactNode;
}

const asString = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** "2026-03-04T10:15:00.000Z" → "2026-03-04T11:15" in the browser's time zone, for datetime-local. */
function toLocalInput(iso: unknown): string {
  if (typeof iso !== 'string' || Number.isNaN(Date.parse(iso))) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A number as typed: a number when it reads as one, else the text (the validator then says "must be a number"). */
function parseNumber(text: string): unknown {
  const trimmed = text.trim().replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

/** One field of a form: its label, control, help and problem, for each field type of core/src/forms. */
export function FieldControl(props: FieldControlProps) {
  const { id, field, value, problem, withheld, onChange, onBlur, context, renderChild } = props;
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? 'en';
  const label = labelIn(field.label, language);
  const errorId = `${id}-error`;
  const helpId = `${id}-help`;
  const describedBy = [field.help && helpId, problem && errorId].filter(Boolean).join(' ') || undefined;
  const control = { id, 'aria-invalid': problem !== null, 'aria-describedby': describedBy, onBlur };
  const optional = !field.required && field.type !== 'calculated';
  const className = ['field', 'form-field', `form-field-${field.type}`, problem && 'has-error']
    .filter(Boolean)
    .join(' ');

  const caption = (
    <>
      {label}
      {optional && <span className="optional"> ({t('forms.optional')})</span>}
      {field.classification && field.classification !== 'standard' && (
        <span className={`classification classification-${field.classification}`}>
          {' '}
          {t(`forms.classification.${field.classification}`)}
        </span>
      )}
    </>
  );
  const after = (
    <>
      {field.help && (
        <p className="field-hint" id={helpId}>
          {labelIn(field.help, language)}
        </p>
      )}
      {problem && (
        <p className="field-error" id={errorId}>
          {problem}
        </p>
      )}
    </>
  );

  if (withheld) {
    return (
      <div className={className}>
        <span className="form-field-label">{caption}</span>
        <span className="restricted" title={t('case.restrictedHint')}>
          {t('case.restricted')}
        </span>
      </div>
    );
  }

  // Fields made of several controls are a fieldset with the label as its legend.
  const group = (children: ReactNode) => (
    <fieldset
      className={className}
      aria-describedby={describedBy}
      aria-invalid={problem !== null}
      id={`${id}-set`}
      tabIndex={-1}
    >
      <legend>{caption}</legend>
      {children}
      {after}
    </fieldset>
  );
  const single = (children: ReactNode) => (
    <div className={className}>
      <label htmlFor={id}>{caption}</label>
      {children}
      {after}
    </div>
  );

  switch (field.type) {
    case 'text':
      return single(
        <input {...control} type="text" value={asString(value)} onChange={(e) => onChange(e.target.value)} />,
      );
    case 'longText':
      return single(
        <textarea {...control} rows={4} value={asString(value)} onChange={(e) => onChange(e.target.value)} />,
      );
    case 'number':
      return single(
        <input
          {...control}
          type="text"
          inputMode={field.integer ? 'numeric' : 'decimal'}
          value={asString(value)}
          onChange={(e) => onChange(parseNumber(e.target.value))}
        />,
      );
    case 'date': {
      const bound = (b: string | undefined) => (b === 'today' ? todayUtc() : b);
      return single(
        <input
          {...control}
          type="date"
          min={bound(field.minDate)}
          max={bound(field.maxDate)}
          value={asString(value)}
          onChange={(e) => onChange(e.target.value || undefined)}
        />,
      );
    }
    case 'dateTime':
      return single(
        <input
          {...control}
          type="datetime-local"
          value={toLocalInput(value)}
          onChange={(e) =>
            onChange(
              e.target.value && !Number.isNaN(Date.parse(e.target.value))
                ? new Date(e.target.value).toISOString()
                : undefined,
            )
          }
        />,
      );
    case 'singleChoice': {
      const options = field.options ?? [];
      if (options.length > 5) {
        return single(
          <select {...control} value={asString(value)} onChange={(e) => onChange(e.target.value || undefined)}>
            <option value="">{t('forms.choose')}</option>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {labelIn(o.label, language)}
              </option>
            ))}
          </select>,
        );
      }
      return group(
        <div className="choice-list" role="radiogroup" aria-invalid={problem !== null}>
          {options.map((o, i) => (
            <label key={o.value} className="choice">
              <input
                type="radio"
                name={id}
                id={i === 0 ? id : undefined}
                value={o.value}
                checked={value === o.value}
                aria-invalid={i === 0 ? problem !== null : undefined}
                onChange={() => onChange(o.value)}
                onBlur={onBlur}
              />{' '}
              {labelIn(o.label, language)}
            </label>
          ))}
          {!field.required && value !== undefined && value !== null && (
            <button type="button" className="button button-quiet button-small" onClick={() => onChange(undefined)}>
              {t('forms.clearChoice')}
            </button>
          )}
        </div>,
      );
    }
    case 'multipleChoice': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      return group(
        <div className="choice-list">
          {(field.options ?? []).map((o, i) => (
            <label key={o.value} className="choice">
              <input
                type="checkbox"
                id={i === 0 ? id : undefined}
                checked={chosen.includes(o.value)}
                aria-invalid={i === 0 ? problem !== null : undefined}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? (field.options ?? []).map((x) => x.value).filter((v) => v === o.value || chosen.includes(v))
                      : chosen.filter((v) => v !== o.value),
                  )
                }
                onBlur={onBlur}
              />{' '}
              {labelIn(o.label, language)}
            </label>
          ))}
        </div>,
      );
    }
    case 'yesNo':
      return group(
        <div className="choice-list choice-list-inline" role="radiogroup">
          {[true, false].map((answer, i) => (
            <label key={String(answer)} className="choice">
              <input
                type="radio"
                name={id}
                id={i === 0 ? id : undefined}
                checked={value === answer}
                aria-invalid={i === 0 ? problem !== null : undefined}
                onChange={() => onChange(answer)}
                onBlur={onBlur}
              />{' '}
              {answer ? t('forms.yes') : t('forms.no')}
            </label>
          ))}
          {!field.required && typeof value === 'boolean' && (
            <button type="button" className="button button-quiet button-small" onClick={() => onChange(undefined)}>
              {t('forms.clearChoice')}
            </button>
          )}
        </div>,
      );
    case 'location':
      return group(
        <LocationInput
          id={id}
          field={field}
          value={value}
          invalid={problem !== null}
          onChange={onChange}
          onBlur={onBlur}
        />,
      );
    case 'person':
      return group(
        <PersonPicker
          id={id}
          value={typeof value === 'string' ? value : null}
          invalid={problem !== null}
          casePerson={context?.person}
          onChange={onChange}
          onBlur={onBlur}
        />,
      );
    case 'signature':
      return group(
        <SignatureInput
          id={id}
          value={isObject(value) ? value : null}
          invalid={problem !== null}
          onChange={onChange}
          onBlur={onBlur}
        />,
      );
    case 'file':
      return group(
        <FileInput
          id={id}
          caseId={context?.caseId}
          value={isObject(value) ? value : null}
          invalid={problem !== null}
          onChange={onChange}
          onBlur={onBlur}
        />,
      );
    case 'calculated':
      return (
        <div className={className}>
          <span className="form-field-label" id={`${id}-label`}>
            {caption}
          </span>
          <output id={id} aria-labelledby={`${id}-label`} aria-live="polite" className="calculated-value">
            {value === null || value === undefined || value === ''
              ? t('forms.notCalculated')
              : typeof value === 'number'
                ? format.number(value)
                : typeof value === 'boolean'
                  ? value
                    ? t('forms.yes')
                    : t('forms.no')
                  : Array.isArray(value)
                    ? format.list(value.map(String))
                    : String(value)}
          </output>
          {after}
        </div>
      );
    case 'group': {
      const items = Array.isArray(value) ? value : [];
      const max = field.maxItems ?? 100;
      return group(
        <>
          {items.length === 0 && <p className="muted">{t('forms.group.empty')}</p>}
          <ol className="group-items">
            {items.map((_, index) => (
              <li key={index} className="group-item">
                <fieldset>
                  <legend>{t('forms.group.item', { label, n: format.number(index + 1) })}</legend>
                  <div className="form-section-fields">
                    {(field.fields ?? []).map((child) => renderChild(child, index))}
                  </div>
                  <button
                    type="button"
                    className="button button-quiet button-small"
                    onClick={() => onChange(items.filter((_, i) => i !== index))}
                  >
                    {t('forms.group.remove', { n: format.number(index + 1) })}
                  </button>
                </fieldset>
              </li>
            ))}
          </ol>
          {items.length < max && (
            <button
              type="button"
              className="button"
              id={items.length === 0 ? id : undefined}
              onClick={() => onChange([...items, {}])}
            >
              {t('forms.group.add', { label })}
            </button>
          )}
        </>,
      );
    }
  }
}

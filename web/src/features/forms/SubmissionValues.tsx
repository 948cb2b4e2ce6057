import { useTranslation } from 'react-i18next';
import type { FieldDefinition, FormDefinition, FormValues } from '@haven/core/forms/types';
import { useFormat } from '../../i18n/format';
import { labelIn } from './labels';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A filled-in form read-only: each section's fields with their values; withheld ones "[Restricted]". */
export function SubmissionValues({
  definition,
  values,
  withheld,
}: {
  definition: FormDefinition;
  values: FormValues;
  withheld: readonly string[];
}) {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="submission-values">
      {definition.sections.map((section) => (
        <section key={section.key} className="submission-section" aria-label={labelIn(section.title, language)}>
          <h3>{labelIn(section.title, language)}</h3>
          <dl className="case-fields case-fields-long">
            {section.fields.map((field) => (
              <div key={field.key} className="case-item">
                <dt>{labelIn(field.label, language)}</dt>
                <dd>
                  <ShownValue field={field} value={values[field.key]} withheld={withheld.includes(field.key)} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
    </div>
  );
}

function ShownValue({ field, value, withheld }: { field: FieldDefinition; value: unknown; withheld: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? 'en';
  if (withheld) {
    return (
      <span className="restricted" title={t('case.restrictedHint')}>
        {t('case.restricted')}
      </span>
    );
  }
  if (value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)) {
    return <span className="muted">{t('case.notRecorded')}</span>;
  }
  const option = (v: unknown) => {
    const o = field.options?.find((x) => x.value === v);
    return o ? labelIn(o.label, language) : String(v);
  };
  switch (field.type) {
    case 'singleChoice':
      return <>{option(value)}</>;
    case 'multipleChoice':
      return <>{format.list((value as unknown[]).map(option))}</>;
    case 'yesNo':
      return <>{value ? t('forms.yes') : t('forms.no')}</>;
    case 'number':
      return <>{typeof value === 'number' ? format.number(value) : String(value)}</>;
    case 'dateTime':
      return <>{typeof value === 'string' ? format.dateTime(value) : String(value)}</>;
    case 'location':
      return <bdi>{(value as unknown[]).map(String).join(' › ')}</bdi>;
    case 'signature':
      return isObject(value) ? (
        <>
          <bdi>{String(value.name ?? '')}</bdi>
          {typeof value.signedAt === 'string' && <span className="muted"> · {format.dateTime(value.signedAt)}</span>}
          {typeof value.image === 'string' && (
            <img className="signature-image" src={value.image} alt={t('forms.signature.image')} />
          )}
        </>
      ) : null;
    case 'file':
      return isObject(value) ? <bdi>{String(value.name ?? '')}</bdi> : null;
    case 'group':
      return (
        <ol className="group-values">
          {(value as unknown[]).map((item, i) => (
            <li key={i}>
              <dl className="case-fields">
                {(field.fields ?? []).map((child) => (
                  <div key={child.key} className="case-item">
                    <dt>{labelIn(child.label, language)}</dt>
                    <dd>
                      <ShownValue field={child} value={isObject(item) ? item[child.key] : undefined} withheld={false} />
                    </dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      );
    default:
      return <bdi className={field.type === 'longText' ? 'multiline' : undefined}>{String(value)}</bdi>;
  }
}

import { useTranslation } from 'react-i18next';

interface FileInputProps {
  id: string;
  caseId?: string;
  value: Record<string, unknown> | null;
  invalid: boolean;
  onChange: (value: unknown) => void;
  onBlur: () => void;
}

/** A file field: the document uploaded to the case (documentId, name, media type). */
export function FileInput({ id, value, invalid, onChange, onBlur }: FileInputProps) {
  const { t } = useTranslation();
  const name = typeof value?.name === 'string' ? value.name : null;
  return (
    <div className="file-input">
      <p id={`${id}-value`}>{name ? <bdi>{name}</bdi> : t('forms.file.none')}</p>
      {value && (
        <button type="button" className="button button-quiet button-small" onClick={() => onChange(undefined)}>
          {t('forms.file.remove')}
        </button>
      )}
      <input id={id} type="file" disabled aria-invalid={invalid} onBlur={onBlur} />
      <p className="field-hint">{t('forms.file.unavailable')}</p>
    </div>
  );
}

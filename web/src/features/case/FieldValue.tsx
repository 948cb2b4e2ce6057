import { useTranslation } from 'react-i18next';
import { failedAt, isRestricted, type PartialError } from '../../api/client';

interface FieldValueProps {
  /** The field's response path, e.g. ["case","person","contactPhone"]. */
  path: (string | number)[];
  value: string | null | undefined;
  errors: readonly PartialError[];
  /** Long texts keep their line breaks. */
  multiline?: boolean;
}

/**
 * One value of a case as this viewer may see it. A field the API withheld (FORBIDDEN_FIELD at its
 * path) shows "[Restricted]", never an empty value: an empty value would read as "nothing recorded".
 */
export function FieldValue({ path, value, errors, multiline }: FieldValueProps) {
  const { t } = useTranslation();
  if (isRestricted(errors, path)) {
    return (
      <span className="restricted" title={t('case.restrictedHint')}>
        {t('case.restricted')}
      </span>
    );
  }
  if (failedAt(errors, path)) return <span className="muted">{t('case.unavailable')}</span>;
  if (value == null || value === '') return <span className="muted">{t('case.notRecorded')}</span>;
  return <bdi className={multiline ? 'multiline' : undefined}>{value}</bdi>;
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import { readAsBase64 } from '../records/files';
import { UploadDocumentDocument } from '../records/operations';
import { refusalOf } from '../records/shared';

interface FileInputProps {
  id: string;
  caseId?: string;
  value: Record<string, unknown> | null;
  invalid: boolean;
  onChange: (value: unknown) => void;
  onBlur: () => void;
}

/**
 * A file field: the file is uploaded as a document of the case (restricted, checked for size and
 * type by the API, encrypted at rest) and the field holds its documentId, name and media type.
 */
export function FileInput({ id, caseId, value, invalid, onChange, onBlur }: FileInputProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const name = typeof value?.name === 'string' ? value.name : null;

  async function upload(file: File | undefined) {
    if (!file || !caseId) return;
    setBusy(true);
    setProblem(null);
    try {
      const contentType = file.type || 'application/octet-stream';
      const { uploadDocument } = await request(UploadDocumentDocument, {
        caseId,
        input: {
          title: file.name,
          documentType: 'OTHER',
          fileName: file.name,
          contentType,
          contentBase64: await readAsBase64(file),
        },
      });
      onChange({ documentId: uploadDocument.id, name: file.name, mediaType: contentType });
    } catch (error) {
      const r = refusalOf(error, t);
      setProblem(Object.values(r.fields)[0] ?? r.message);
    }
    setBusy(false);
  }

  return (
    <div className="file-input">
      <p id={`${id}-value`}>{name ? <bdi>{name}</bdi> : t('forms.file.none')}</p>
      {value && (
        <button type="button" className="button button-quiet button-small" onClick={() => onChange(undefined)}>
          {t('forms.file.remove')}
        </button>
      )}
      {caseId ? (
        <>
          <label htmlFor={id}>{t('forms.file.choose')}</label>
          <input
            id={id}
            type="file"
            aria-invalid={invalid}
            aria-describedby={`${id}-value`}
            disabled={busy}
            onChange={(e) => void upload(e.target.files?.[0])}
            onBlur={onBlur}
          />
        </>
      ) : (
        <p className="field-hint">{t('forms.file.unavailable')}</p>
      )}
      <div role="status" className="announcement">
        {busy && <p className="muted">{t('forms.file.uploading')}</p>}
      </div>
      {problem && <p className="field-error">{problem}</p>}
    </div>
  );
}

import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, request } from '../../api/client';
import type { ExportCaseMutation } from '../../gql/graphql';
import { translateServerMessage } from '../../i18n/server-messages';
import { ExportCaseDocument } from './operations';
import type { CaseDetail } from './useCase';

type CaseExport = ExportCaseMutation['exportCase'];

interface Download {
  url: string;
  fileName: string;
  withheld: string[];
}

/** "person.contactPhone" → "Phone" where the page has a label for it; other names as the API sent them. */
function useFieldLabel() {
  const { t, i18n } = useTranslation();
  return (name: string) => {
    const last = name.split('.').pop() ?? name;
    const key = `case.fields.${last}`;
    return i18n.exists(key) ? t(key as 'case.fields.contactPhone') : name;
  };
}

function toDownload(exported: CaseExport): Download {
  const json = JSON.stringify(exported, null, 2);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  return { url, fileName: `${exported.caseNumber}.json`, withheld: exported.withheldFields };
}

/**
 * "Export" for those who work the case: the API exports what the viewer may read, keeps the reason in
 * the audit trail, and names the fields it withheld. The file is built in the browser (a Blob link).
 */
export function ExportPanel({ record }: { record: CaseDetail }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const idPrefix = useId();
  const reasonId = `${idPrefix}-reason`;
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [download, setDownload] = useState<Download | null>(null);

  // A replaced or abandoned file is let go.
  useEffect(() => {
    if (!download) return;
    return () => URL.revokeObjectURL(download.url);
  }, [download]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setProblem(null);
    setFormProblem(null);
    setDownload(null);
    try {
      const { exportCase } = await request(ExportCaseDocument, { caseId: record.id, reason });
      setDownload(toDownload(exportCase));
      setReason('');
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT')) {
        const found = error.fields.find((f) => f.path[f.path.length - 1] === 'reason') ?? error.fields[0];
        setProblem(found ? translateServerMessage(t, found.message) : null);
        setFormProblem(found ? t('export.errors.summary') : translateServerMessage(t, error.message));
        if (found) document.getElementById(reasonId)?.focus();
      } else if (isApiError(error, 'UNAUTHENTICATED')) {
        // the app returns to sign-in
      } else if (isApiError(error, 'FORBIDDEN') || isApiError(error, 'NOT_FOUND'))
        setFormProblem(t('export.errors.forbidden'));
      else if (isApiError(error, 'NETWORK_ERROR')) setFormProblem(t('errors.network'));
      else setFormProblem(t('export.errors.failed'));
    }
    setSubmitting(false);
  }

  return (
    <section className="panel" aria-labelledby={`${idPrefix}-title`}>
      <h2 id={`${idPrefix}-title`}>{t('export.title')}</h2>
      <p className="muted">{t('export.intro')}</p>
      <form noValidate onSubmit={(event) => void submit(event)} aria-busy={submitting}>
        <div role="alert">{formProblem && <p className="notice notice-error">{formProblem}</p>}</div>
        <div className="form-grid">
          <div className={['field', 'field-wide', problem && 'has-error'].filter(Boolean).join(' ')}>
            <label htmlFor={reasonId}>{t('export.reason')}</label>
            <input
              id={reasonId}
              type="text"
              autoComplete="off"
              value={reason}
              aria-invalid={problem !== null}
              aria-describedby={problem ? `${reasonId}-error` : `${reasonId}-hint`}
              onChange={(e) => setReason(e.target.value)}
            />
            <p className="field-hint" id={`${reasonId}-hint`}>
              {t('export.reasonHint')}
            </p>
            {problem && (
              <p className="field-error" id={`${reasonId}-error`}>
                {problem}
              </p>
            )}
          </div>
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {submitting ? t('export.submitting') : t('export.submit')}
          </button>
        </div>
      </form>
      <div role="status" className="announcement">
        {download && (
          <div className="notice notice-success export-result">
            <p>{t('export.ready')}</p>
            <p>
              <a className="button" href={download.url} download={download.fileName}>
                {t('export.download', { fileName: download.fileName })}
              </a>
            </p>
            {download.withheld.length === 0 ? (
              <p>{t('export.nothingWithheld')}</p>
            ) : (
              <>
                <p id={`${idPrefix}-withheld`}>{t('export.withheld')}</p>
                <ul className="withheld-fields" aria-labelledby={`${idPrefix}-withheld`}>
                  {download.withheld.map((name) => (
                    <li key={name}>{label(name)}</li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>
    </section>
  );
}

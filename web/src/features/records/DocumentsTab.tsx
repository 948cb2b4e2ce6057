import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, request } from '../../api/client';
import type { CaseDocumentsQuery, DocumentType, RecordClassification } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { blobUrl, readAsBase64 } from './files';
import { CaseDocumentsDocument, DocumentContentDocument, UploadDocumentDocument } from './operations';
import { Field, refusalOf, WithheldNotice, type Refusal } from './shared';

type Documents = CaseDocumentsQuery['case']['documents'];
type Doc = Documents['nodes'][number];
const documentTypes: DocumentType[] = [
  'IDENTITY_DOCUMENT',
  'CONSENT_FORM',
  'ASSESSMENT',
  'MEDICAL_REPORT',
  'LEGAL_DOCUMENT',
  'CORRESPONDENCE',
  'PHOTO',
  'OTHER',
];
const classifications: RecordClassification[] = ['STANDARD', 'RESTRICTED', 'CONFIDENTIAL'];

/** Documents of the case the viewer may see (withheld ones counted), with their versions; upload, download. */
export function DocumentsTab({ caseId, mayWrite }: { caseId: string; mayWrite: boolean }) {
  const { t } = useTranslation();
  const [documents, setDocuments] = useState<Documents | null>(null);
  const [failed, setFailed] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    request(CaseDocumentsDocument, { id: caseId }, { signal: controller.signal }).then(
      (r) => setDocuments(r.case.documents),
      (error: unknown) => !isAbortError(error) && setFailed(true),
    );
    return () => controller.abort();
  }, [caseId, attempt]);

  if (failed) return <p className="notice notice-error">{t('records.loadFailed')}</p>;
  if (!documents) return <p className="page-status">{t('records.loading')}</p>;
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">{t('documents.title')}</h2>
      <div role="status" className="announcement">
        {saved && <p className="notice notice-success">{saved}</p>}
      </div>
      {mayWrite &&
        (uploading ? (
          <UploadForm
            caseId={caseId}
            onSaved={(title) => {
              setUploading(false);
              setSaved(t('documents.uploaded', { title }));
              setAttempt((n) => n + 1);
            }}
            onCancel={() => setUploading(false)}
          />
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(null);
              setUploading(true);
            }}
          >
            {t('documents.upload')}
          </button>
        ))}
      {documents.withheldCount > 0 && (
        <WithheldNotice text={t('documents.withheld', { count: documents.withheldCount })} />
      )}
      {documents.nodes.length === 0 ? (
        <p className="muted">{t('documents.none')}</p>
      ) : (
        <ul className="record-list" aria-label={t('documents.listLabel')}>
          {documents.nodes.map((doc) => (
            <DocumentItem key={doc.id} doc={doc} />
          ))}
        </ul>
      )}
    </section>
  );
}

function DocumentItem({ doc }: { doc: Doc }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [link, setLink] = useState<{ url: string; name: string } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current = doc.versions.find((v) => v.version === doc.currentVersion) ?? doc.versions[doc.versions.length - 1];
  async function fetchContent() {
    setProblem(null);
    try {
      const { documentContent } = await request(DocumentContentDocument, { documentId: doc.id, version: null });
      setLink({
        url: blobUrl(documentContent.contentBase64, documentContent.contentType),
        name: documentContent.fileName,
      });
    } catch (error) {
      setProblem(refusalOf(error, t).message);
    }
  }
  return (
    <li className="record">
      <div>
        <p className="record-head">
          <strong>
            <bdi>{doc.title}</bdi>
          </strong>{' '}
          <span className="muted">· {t(`documents.types.${doc.documentType}`)}</span>{' '}
          {doc.classification !== 'STANDARD' && (
            <span className="classification">({t(`records.classification.${doc.classification}`)})</span>
          )}
          {doc.withdrawnAt && <span className="badge badge-draft">{t('documents.withdrawn')}</span>}
        </p>
        {current && (
          <p className="muted">
            {t('documents.meta', {
              file: current.fileName,
              size: format.number(Math.max(1, Math.round(current.sizeBytes / 1024))),
              version: format.number(current.version),
              who: current.uploadedBy.displayName,
              when: format.dateTime(current.uploadedAt),
            })}
          </p>
        )}
        {problem && <p className="field-error">{problem}</p>}
      </div>
      <div className="inline-actions">
        {link ? (
          <a className="button button-small" href={link.url} download={link.name}>
            {t('documents.download', { name: link.name })}
          </a>
        ) : (
          !doc.withdrawnAt && (
            <button type="button" className="button button-small" onClick={() => void fetchContent()}>
              {t('documents.prepare', { title: doc.title })}
            </button>
          )
        )}
      </div>
    </li>
  );
}

function UploadForm({
  caseId,
  onSaved,
  onCancel,
}: {
  caseId: string;
  onSaved: (title: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [documentType, setDocumentType] = useState<DocumentType>('OTHER');
  const [classification, setClassification] = useState<RecordClassification>('RESTRICTED');
  const [file, setFile] = useState<File | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (!file) {
      setRefusal({ fields: { file: t('documents.chooseFile') }, message: t('records.errors.check') });
      return;
    }
    setBusy(true);
    setRefusal(null);
    try {
      const contentBase64 = await readAsBase64(file);
      await request(UploadDocumentDocument, {
        caseId,
        input: {
          title: title.trim() || file.name,
          documentType,
          classification,
          fileName: file.name,
          contentType: file.type || 'application/octet-stream',
          contentBase64,
        },
      });
      onSaved(title.trim() || file.name);
    } catch (error) {
      const r = refusalOf(error, t);
      // The file's own problems (size, type, content) belong to the file input.
      const fileProblem = r.fields.contentBase64 ?? r.fields.contentType ?? r.fields.fileName;
      setRefusal(fileProblem ? { ...r, fields: { ...r.fields, file: fileProblem } } : r);
    }
    setBusy(false);
  }
  const problem = (name: string) => refusal?.fields[name];
  return (
    <form noValidate className="record-form" onSubmit={(e) => void submit(e)} aria-label={t('documents.upload')}>
      <div role="alert">{refusal && <p className="notice notice-error">{refusal.message}</p>}</div>
      <div className="form-grid">
        <Field label={t('documents.file')} problem={problem('file')} wide>
          {(c) => <input {...c} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />}
        </Field>
        <Field label={t('documents.titleLabel')} problem={problem('title')} optional>
          {(c) => <input {...c} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <Field label={t('documents.type')} problem={problem('documentType')}>
          {(c) => (
            <select {...c} value={documentType} onChange={(e) => setDocumentType(e.target.value as DocumentType)}>
              {documentTypes.map((x) => (
                <option key={x} value={x}>
                  {t(`documents.types.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('records.classificationLabel')} problem={problem('classification')}>
          {(c) => (
            <select
              {...c}
              value={classification}
              onChange={(e) => setClassification(e.target.value as RecordClassification)}
            >
              {classifications.map((x) => (
                <option key={x} value={x}>
                  {t(`records.classification.${x}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('documents.uploading') : t('documents.uploadSubmit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}

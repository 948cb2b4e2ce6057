import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import type { CaseDocumentsQuery, DocumentType, RecordClassification } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { blobUrl, readAsBase64 } from './files';
import { CaseDocumentsDocument, DocumentContentDocument, UploadDocumentDocument } from './operations';
import { RecordForm, RecordList, RecordTab } from './RecordTab';
import { ClassificationField, Field, refusalOf, WithheldNotice, type Refusal } from './shared';

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

const loadDocuments = (id: string, signal: AbortSignal) =>
  request(CaseDocumentsDocument, { id }, { signal }).then((r) => r.case.documents);

/** Documents of the case the viewer may see (withheld ones counted), with their versions; upload, download. */
export function DocumentsTab({ caseId, mayWrite }: { caseId: string; mayWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <RecordTab
      caseId={caseId}
      load={loadDocuments}
      titleId="documents-title"
      title={t('documents.title')}
      add={
        mayWrite
          ? () => ({
              label: t('documents.upload'),
              form: (saved, cancel) => (
                <UploadForm
                  caseId={caseId}
                  onSaved={(title) => saved((tr) => tr('documents.uploaded', { title }))}
                  onCancel={cancel}
                />
              ),
            })
          : undefined
      }
    >
      {(documents) => (
        <>
          {documents.withheldCount > 0 && (
            <WithheldNotice text={t('documents.withheld', { count: documents.withheldCount })} />
          )}
          <RecordList items={documents.nodes} label={t('documents.listLabel')} empty={t('documents.none')}>
            {(doc) => <DocumentItem key={doc.id} doc={doc} />}
          </RecordList>
        </>
      )}
    </RecordTab>
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

  async function send() {
    if (!file) return; // check() has refused it
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
  }
  function refused(error: unknown): Refusal {
    const r = refusalOf(error, t);
    // The file's own problems (size, type, content) belong to the file input.
    const fileProblem = r.fields.contentBase64 ?? r.fields.contentType ?? r.fields.fileName;
    return fileProblem ? { ...r, fields: { ...r.fields, file: fileProblem } } : r;
  }
  return (
    <RecordForm
      label={t('documents.upload')}
      submitLabel={t('documents.uploadSubmit')}
      busyLabel={t('documents.uploading')}
      check={() => (file ? null : { fields: { file: t('documents.chooseFile') }, message: t('records.errors.check') })}
      send={send}
      refused={refused}
      onCancel={onCancel}
    >
      {(problem) => (
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
          <ClassificationField
            value={classification}
            onChange={setClassification}
            problem={problem('classification')}
          />
        </div>
      )}
    </RecordForm>
  );
}

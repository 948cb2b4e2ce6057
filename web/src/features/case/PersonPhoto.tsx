import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isRestricted, request, requestPartial } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { readAsBase64 } from '../records/files';
import { AddToggle, RecordForm } from '../records/RecordTab';
import { Field } from '../records/shared';
import { CasePersonPhotoDocument, SetPersonPhotoDocument } from './operations';

/** The image types the API keeps as a photo (it checks the bytes as well). */
const imageTypes = ['image/jpeg', 'image/png', 'image/webp'];

interface Photo {
  version: number;
  uploadedAt: string;
  dataUrl: string;
}

type PhotoState =
  { status: 'loading' } | { status: 'failed' } | { status: 'restricted' } | { status: 'ready'; photo: Photo | null };

/**
 * The photo of the case's person, a restricted value: read on its own (the heaviest value of a case),
 * "[Restricted]" for a viewer the API withholds it from, and for those who may change the person's
 * contact details, a form to add or replace it.
 */
export function PersonPhoto({ caseId, name, mayChange }: { caseId: string; name: string; mayChange: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [state, setState] = useState<PhotoState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [changing, setChanging] = useState(false);
  const [saved, setSaved] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    requestPartial(CasePersonPhotoDocument, { id: caseId }, { signal: controller.signal }).then(
      ({ data, errors }) =>
        setState(
          isRestricted(errors, ['case', 'person', 'photo'])
            ? { status: 'restricted' }
            : errors.length > 0
              ? { status: 'failed' }
              : { status: 'ready', photo: data.case.person.photo ?? null },
        ),
      (error: unknown) => {
        if (!isAbortError(error)) setState({ status: 'failed' });
      },
    );
    return () => controller.abort();
  }, [caseId, attempt]);

  const photo = state.status === 'ready' ? state.photo : null;
  return (
    <div className="person-photo">
      <h3>{t('photo.title')}</h3>
      <p className="muted">{t('photo.hint')}</p>
      {state.status === 'loading' && <p className="muted">{t('photo.loading')}</p>}
      {state.status === 'failed' && <p className="muted">{t('photo.failed')}</p>}
      {state.status === 'restricted' && (
        <p>
          <span className="restricted" title={t('case.restrictedHint')}>
            {t('case.restricted')}
          </span>
        </p>
      )}
      {state.status === 'ready' &&
        (photo ? (
          <figure>
            <img src={photo.dataUrl} alt={t('photo.alt', { name })} />
            <figcaption className="muted">
              {t('photo.version', { version: photo.version, date: format.date(photo.uploadedAt) })}
            </figcaption>
          </figure>
        ) : (
          <p className="muted">{t('photo.none')}</p>
        ))}
      <div role="status" className="announcement">
        {saved && <p className="notice notice-success">{t('photo.saved')}</p>}
      </div>
      {mayChange && state.status === 'ready' && (
        <AddToggle
          label={photo ? t('photo.replace') : t('photo.add')}
          open={changing}
          onOpen={() => {
            setSaved(false);
            setChanging(true);
          }}
          onClose={() => setChanging(false)}
        >
          {(cancel) => (
            <PhotoForm
              caseId={caseId}
              onCancel={cancel}
              onSaved={() => {
                setChanging(false);
                setSaved(true);
                setAttempt((n) => n + 1);
              }}
            />
          )}
        </AddToggle>
      )}
    </div>
  );
}

function PhotoForm({ caseId, onSaved, onCancel }: { caseId: string; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  return (
    <RecordForm
      label={t('photo.form')}
      submitLabel={t('photo.save')}
      check={() =>
        file && imageTypes.includes(file.type)
          ? null
          : { fields: { file: t('photo.chooseImage') }, message: t('records.errors.check') }
      }
      send={async () => {
        if (!file) return; // check() has refused it
        const contentBase64 = await readAsBase64(file);
        await request(SetPersonPhotoDocument, {
          caseId,
          file: { fileName: file.name, contentType: file.type, contentBase64 },
        });
        onSaved();
      }}
      onCancel={onCancel}
    >
      {(problem) => (
        <Field label={t('photo.file')} problem={problem('file') ?? problem('contentBase64') ?? problem('contentType')}>
          {(c) => (
            <input
              {...c}
              type="file"
              accept={imageTypes.join(',')}
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          )}
        </Field>
      )}
    </RecordForm>
  );
}

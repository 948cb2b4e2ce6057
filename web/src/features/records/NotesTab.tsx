import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, request } from '../../api/client';
import type { CaseNotesQuery, NoteType, RecordClassification } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { AddCaseNoteDocument, CaseNotesDocument } from './operations';
import { Field, localNow, refusalOf, WithheldNotice, type Refusal } from './shared';

type Notes = CaseNotesQuery['case']['notes'];
const noteTypes: NoteType[] = [
  'CONTACT',
  'HOME_VISIT',
  'OFFICE_VISIT',
  'PHONE_CALL',
  'FOLLOW_UP',
  'CASE_CONFERENCE',
  'SUPERVISION',
  'OTHER',
];
const classifications: RecordClassification[] = ['STANDARD', 'RESTRICTED', 'CONFIDENTIAL'];

/** Case notes, newest first: typed, timestamped, attributed; corrected ones marked; withheld ones counted. */
export function NotesTab({ caseId, mayWrite }: { caseId: string; mayWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [notes, setNotes] = useState<Notes | null>(null);
  const [failed, setFailed] = useState(false);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState(false);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    request(CaseNotesDocument, { id: caseId, after: null }, { signal: controller.signal }).then(
      (r) => setNotes(r.case.notes),
      (error: unknown) => !isAbortError(error) && setFailed(true),
    );
    return () => controller.abort();
  }, [caseId, attempt]);

  const more = useCallback(async () => {
    if (!notes?.endCursor) return;
    const r = await request(CaseNotesDocument, { id: caseId, after: notes.endCursor });
    setNotes({ ...r.case.notes, nodes: [...notes.nodes, ...r.case.notes.nodes] });
  }, [caseId, notes]);

  if (failed) return <p className="notice notice-error">{t('records.loadFailed')}</p>;
  if (!notes) return <p className="page-status">{t('records.loading')}</p>;
  const withheld = notes.withheldRestricted + notes.withheldConfidential;
  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      <div role="status" className="announcement">
        {saved && <p className="notice notice-success">{t('notes.saved')}</p>}
      </div>
      {mayWrite &&
        (adding ? (
          <NoteForm
            caseId={caseId}
            onSaved={() => {
              setAdding(false);
              setSaved(true);
              setAttempt((n) => n + 1);
            }}
            onCancel={() => setAdding(false)}
          />
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSaved(false);
              setAdding(true);
            }}
          >
            {t('notes.add')}
          </button>
        ))}
      {withheld > 0 && (
        <WithheldNotice
          text={t('notes.withheld', { restricted: notes.withheldRestricted, confidential: notes.withheldConfidential })}
        />
      )}
      {notes.nodes.length === 0 ? (
        <p className="muted">{t('notes.none')}</p>
      ) : (
        <ul className="record-list" aria-label={t('notes.listLabel')}>
          {notes.nodes.map((note) => (
            <li
              key={note.id}
              className={['record', 'note', note.superseded && 'is-superseded'].filter(Boolean).join(' ')}
            >
              <article aria-label={note.subject ?? t(`notes.types.${note.noteType}`)}>
                <p className="record-head">
                  <strong>{t(`notes.types.${note.noteType}`)}</strong>
                  {note.subject && (
                    <>
                      {': '}
                      <bdi>{note.subject}</bdi>
                    </>
                  )}{' '}
                  {note.classification !== 'STANDARD' && (
                    <span className="classification">({t(`records.classification.${note.classification}`)})</span>
                  )}
                  {note.superseded && <span className="badge badge-draft">{t('notes.corrected')}</span>}
                </p>
                <p className="muted">
                  {t('notes.meta', { who: note.author.displayName, when: format.dateTime(note.occurredAt) })}
                  {note.durationMinutes != null && ` · ${t('notes.minutes', { count: note.durationMinutes })}`}
                </p>
                {note.body == null ? (
                  <span className="restricted">{t('case.restricted')}</span>
                ) : (
                  <p className="multiline">
                    <bdi>{note.body}</bdi>
                  </p>
                )}
              </article>
            </li>
          ))}
        </ul>
      )}
      {notes.hasNextPage && (
        <button type="button" className="button" onClick={() => void more()}>
          {t('notes.more')}
        </button>
      )}
    </section>
  );
}

function NoteForm({ caseId, onSaved, onCancel }: { caseId: string; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [noteType, setNoteType] = useState<NoteType>('CONTACT');
  const [occurredAt, setOccurredAt] = useState(localNow);
  const [duration, setDuration] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [classification, setClassification] = useState<RecordClassification>('STANDARD');
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setRefusal(null);
    try {
      await request(AddCaseNoteDocument, {
        caseId,
        input: {
          noteType,
          occurredAt: occurredAt && !Number.isNaN(Date.parse(occurredAt)) ? new Date(occurredAt).toISOString() : '',
          durationMinutes: duration.trim() === '' ? null : Number(duration),
          subject: subject.trim() === '' ? null : subject,
          body,
          classification,
        },
      });
      onSaved();
    } catch (error) {
      setRefusal(refusalOf(error, t));
    }
    setBusy(false);
  }
  const problem = (name: string) => refusal?.fields[name];
  return (
    <form noValidate className="record-form" onSubmit={(e) => void submit(e)} aria-label={t('notes.add')}>
      <div role="alert">{refusal && <p className="notice notice-error">{refusal.message}</p>}</div>
      <div className="form-grid">
        <Field label={t('notes.type')} problem={problem('noteType')}>
          {(c) => (
            <select {...c} value={noteType} onChange={(e) => setNoteType(e.target.value as NoteType)}>
              {noteTypes.map((n) => (
                <option key={n} value={n}>
                  {t(`notes.types.${n}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('notes.occurredAt')} problem={problem('occurredAt')}>
          {(c) => (
            <input {...c} type="datetime-local" value={occurredAt} onChange={(e) => setOccurredAt(e.target.value)} />
          )}
        </Field>
        <Field label={t('notes.duration')} problem={problem('durationMinutes')} optional>
          {(c) => (
            <input
              {...c}
              type="number"
              min={1}
              max={1440}
              value={duration}
              onChange={(e) => setDuration(e.target.value)}
            />
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
        <Field label={t('notes.subject')} problem={problem('subject')} optional wide>
          {(c) => <input {...c} type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />}
        </Field>
        <Field label={t('notes.body')} problem={problem('body')} wide>
          {(c) => <textarea {...c} rows={4} value={body} onChange={(e) => setBody(e.target.value)} />}
        </Field>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('records.saving') : t('notes.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}

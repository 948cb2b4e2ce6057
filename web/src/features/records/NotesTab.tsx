import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../api/client';
import type { NoteType, RecordClassification } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { AddCaseNoteDocument, CaseNotesDocument } from './operations';
import { RecordForm, RecordList, RecordTab } from './RecordTab';
import { ClassificationField, Field, localNow, WithheldNotice } from './shared';

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

const loadNotes = (id: string, signal: AbortSignal) =>
  request(CaseNotesDocument, { id, after: null }, { signal }).then((r) => r.case.notes);

/** Case notes, newest first: typed, timestamped, attributed; corrected ones marked; withheld ones counted. */
export function NotesTab({ caseId, mayWrite }: { caseId: string; mayWrite: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <RecordTab
      caseId={caseId}
      load={loadNotes}
      titleId="notes-title"
      title={t('notes.title')}
      add={
        mayWrite
          ? () => ({
              label: t('notes.add'),
              form: (saved, cancel) => (
                <NoteForm caseId={caseId} onSaved={() => saved((tr) => tr('notes.saved'))} onCancel={cancel} />
              ),
            })
          : undefined
      }
    >
      {(notes, { update }) => {
        const more = async () => {
          if (!notes.endCursor) return;
          const r = await request(CaseNotesDocument, { id: caseId, after: notes.endCursor });
          update({ ...r.case.notes, nodes: [...notes.nodes, ...r.case.notes.nodes] });
        };
        const withheld = notes.withheldRestricted + notes.withheldConfidential;
        return (
          <>
            {withheld > 0 && (
              <WithheldNotice
                text={t('notes.withheld', {
                  restricted: notes.withheldRestricted,
                  confidential: notes.withheldConfidential,
                })}
              />
            )}
            <RecordList items={notes.nodes} label={t('notes.listLabel')} empty={t('notes.none')}>
              {(note) => (
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
              )}
            </RecordList>
            {notes.hasNextPage && (
              <button type="button" className="button" onClick={() => void more()}>
                {t('notes.more')}
              </button>
            )}
          </>
        );
      }}
    </RecordTab>
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

  async function send() {
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
  }
  return (
    <RecordForm label={t('notes.add')} submitLabel={t('notes.save')} send={send} onCancel={onCancel}>
      {(problem) => (
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
          <ClassificationField
            value={classification}
            onChange={setClassification}
            problem={problem('classification')}
          />
          <Field label={t('notes.subject')} problem={problem('subject')} optional wide>
            {(c) => <input {...c} type="text" value={subject} onChange={(e) => setSubject(e.target.value)} />}
          </Field>
          <Field label={t('notes.body')} problem={problem('body')} wide>
            {(c) => <textarea {...c} rows={4} value={body} onChange={(e) => setBody(e.target.value)} />}
          </Field>
        </div>
      )}
    </RecordForm>
  );
}

import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDefinition, FormValues, Problem } from '@haven/core/forms/types';
import { isApiError, request } from '../../api/client';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import { useFormat } from '../../i18n/format';
import { FormRenderer, type SubmitOutcome } from './FormRenderer';
import type { FieldContext } from './FieldControl';
import { labelIn } from './labels';
import {
  FormDefinitionDocument,
  SaveFormDraftDocument,
  SubmitFormDocument,
  SubmitFormDraftDocument,
  UpdateSubmissionDocument,
} from './operations';
import { SubmissionValues } from './SubmissionValues';
import { asFormVersion, type CaseFormsState, type FormVersion, type Submission } from './useCaseForms';

interface FormsTabProps {
  caseId: string;
  forms: CaseFormsState;
  /** Whether the viewer works the case (assigned or supervisor): only they fill in its forms. */
  mayFill: boolean;
  context: FieldContext;
  onChanged: () => void;
}

type Mode =
  | { kind: 'list' }
  | { kind: 'fill'; formKey: string; version: number; draft: Submission | null }
  | { kind: 'view'; submission: Submission }
  | { kind: 'edit'; submission: Submission };

/** The API's refusal of a form as problems at its fields (paths under "values"). */
export function outcomeOf(
  error: unknown,
  t: (key: 'forms.errors.forbidden' | 'errors.network' | 'forms.errors.failed') => string,
): SubmitOutcome {
  if (isApiError(error, 'BAD_USER_INPUT') || isApiError(error, 'FORBIDDEN_FIELD')) {
    const problems: Problem[] = error.fields.map((f) => ({
      path: f.path[0] === 'values' ? f.path.slice(1) : f.path,
      message: f.message,
    }));
    return { ok: false, problems, message: problems.length === 0 ? error.message : undefined };
  }
  if (isApiError(error, 'FORBIDDEN')) return { ok: false, problems: [], message: t('forms.errors.forbidden') };
  if (isApiError(error, 'NETWORK_ERROR')) return { ok: false, problems: [], message: t('errors.network') };
  return { ok: false, problems: [], message: t('forms.errors.failed') };
}

/** Definitions of older versions, fetched once each, to show and edit submissions made with them. */
const versionCache = new Map<string, Promise<FormVersion>>();
function definitionOf(key: string, version: number): Promise<FormVersion> {
  const id = `${key}@${version}`;
  let found = versionCache.get(id);
  if (!found) {
    found = request(FormDefinitionDocument, { key, version }).then((r) => asFormVersion(r.formDefinition));
    found.catch(() => versionCache.delete(id));
    versionCache.set(id, found);
  }
  return found;
}

function useDefinition(key: string, version: number, known: FormVersion[]) {
  const local = known.find((d) => d.key === key && d.version === version) ?? null;
  const [loaded, setLoaded] = useState<FormVersion | null>(local);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (local) return;
    let live = true;
    definitionOf(key, version).then(
      (d) => live && setLoaded(d),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [key, version, local]);
  return { definition: local ?? loaded, failed };
}

/** The Forms tab: forms filled in for the case, newest first; fill in a form; open and change one. */
export function FormsTab({ caseId, forms, mayFill, context, onChanged }: FormsTabProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? 'en';
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [saved, setSaved] = useState<string | null>(null);

  if (forms.status === 'loading') return <p className="page-status">{t('forms.loading')}</p>;
  if (forms.status === 'failed') return <p className="notice notice-error">{t('forms.loadFailed')}</p>;
  const { definitions, submissions } = forms;
  const titleOf = (key: string) => {
    const d = definitions.find((x) => x.key === key);
    return d ? labelIn(d.definition.title, language) : key;
  };

  if (mode.kind === 'fill') {
    return (
      <FillPanel
        key={`${mode.formKey}:${mode.draft?.id ?? 'new'}`}
        caseId={caseId}
        formKey={mode.formKey}
        version={mode.version}
        draft={mode.draft}
        definitions={definitions}
        context={context}
        onCancel={() => {
          setMode({ kind: 'list' });
          onChanged();
        }}
        onSubmitted={(title) => {
          setSaved(t('forms.submitted', { title }));
          setMode({ kind: 'list' });
          onChanged();
        }}
      />
    );
  }
  if (mode.kind === 'view' || mode.kind === 'edit') {
    return (
      <SubmissionPanel
        key={`${mode.submission.id}:${mode.kind}`}
        submission={mode.submission}
        editing={mode.kind === 'edit'}
        mayEdit={mayFill}
        definitions={definitions}
        context={context}
        onEdit={() => setMode({ kind: 'edit', submission: mode.submission })}
        onClose={() => setMode({ kind: 'list' })}
        onSaved={(title) => {
          setSaved(t('forms.updated', { title }));
          setMode({ kind: 'list' });
          onChanged();
        }}
      />
    );
  }

  return (
    <div className="forms-tab">
      <div role="status" className="announcement">
        {saved && <p className="notice notice-success">{saved}</p>}
      </div>
      <section aria-labelledby="forms-filled-title">
        <h2 id="forms-filled-title">{t('forms.filledTitle')}</h2>
        {submissions.length === 0 ? (
          <p className="muted">{t('forms.noneFilled')}</p>
        ) : (
          <ul className="record-list">
            {submissions.map((s) => (
              <li key={s.id} className="record">
                <div>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => {
                      setSaved(null);
                      setMode(
                        s.status === 'DRAFT' && mayFill
                          ? { kind: 'fill', formKey: s.formKey, version: s.formVersion, draft: s }
                          : { kind: 'view', submission: s },
                      );
                    }}
                  >
                    {titleOf(s.formKey)}
                  </button>{' '}
                  {s.status === 'DRAFT' && <span className="badge badge-draft">{t('forms.draft')}</span>}{' '}
                  <span className="muted">
                    {t('forms.submittedBy', {
                      who: s.submittedBy.displayName,
                      when: format.dateTime(s.submittedAt),
                      version: format.number(s.formVersion),
                    })}
                  </span>
                </div>
                {s.withheldFields.length > 0 && <span className="restricted">{t('forms.someWithheld')}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      {mayFill && (
        <section aria-labelledby="forms-fill-title">
          <h2 id="forms-fill-title">{t('forms.fillTitle')}</h2>
          {definitions.length === 0 ? (
            <p className="muted">{t('forms.noneAvailable')}</p>
          ) : (
            <ul className="form-choices">
              {definitions.map((d) => (
                <li key={d.key}>
                  <button
                    type="button"
                    className="button"
                    onClick={() => {
                      setSaved(null);
                      setMode({ kind: 'fill', formKey: d.key, version: d.version, draft: null });
                    }}
                  >
                    {labelIn(d.definition.title, language)}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

interface FillPanelProps {
  caseId: string;
  formKey: string;
  version: number;
  /** A draft being continued (pinned to its version), or null for a new submission. */
  draft: Submission | null;
  definitions: FormVersion[];
  context: FieldContext;
  onCancel: () => void;
  onSubmitted: (title: string) => void;
}

/** Filling in a form: a new one (the newest published version) or a saved draft; save as draft, submit. */
function FillPanel({ caseId, formKey, version, draft, definitions, context, onCancel, onSubmitted }: FillPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { definition: form, failed } = useDefinition(formKey, version, definitions);
  const [draftId, setDraftId] = useState<string | null>(draft?.id ?? null);
  if (failed) return <p className="notice notice-error">{t('forms.loadFailed')}</p>;
  if (!form) return <p className="page-status">{t('forms.loading')}</p>;
  const title = labelIn(form.definition.title, language);
  return (
    <FormPanel title={title} version={form.version}>
      <FormRenderer
        definition={form.definition}
        initialValues={draft ? editableValues(form.definition, draft.values) : undefined}
        withheld={draft?.withheldFields}
        context={context}
        submitLabel={t('forms.submit')}
        onCancel={onCancel}
        onSaveDraft={async (values) => {
          try {
            const { saveFormDraft } = await request(SaveFormDraftDocument, {
              caseId,
              formKey,
              values,
              submissionId: draftId,
            });
            setDraftId(saveFormDraft.id);
            return { ok: true };
          } catch (error) {
            return outcomeOf(error, t);
          }
        }}
        onSubmit={async (values) => {
          try {
            if (draftId) await request(SubmitFormDraftDocument, { submissionId: draftId, values });
            else await request(SubmitFormDocument, { caseId, formKey, values });
            onSubmitted(title);
            return { ok: true };
          } catch (error) {
            return outcomeOf(error, t);
          }
        }}
      />
    </FormPanel>
  );
}

function FormPanel({ title, version, children }: { title: string; version: number; children: React.ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="form-panel" aria-labelledby="form-panel-title">
      <h2 id="form-panel-title" ref={heading} tabIndex={-1}>
        {title} <span className="muted version">{t('forms.version', { version: format.number(version) })}</span>
      </h2>
      {children}
    </section>
  );
}

interface SubmissionPanelProps {
  submission: Submission;
  editing: boolean;
  mayEdit: boolean;
  definitions: FormVersion[];
  context: FieldContext;
  onEdit: () => void;
  onClose: () => void;
  onSaved: (title: string) => void;
}

/** One filled-in form, with the version of the form it was made with; changed against that version. */
function SubmissionPanel({
  submission,
  editing,
  mayEdit,
  definitions,
  context,
  onEdit,
  onClose,
  onSaved,
}: SubmissionPanelProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const { definition: form, failed } = useDefinition(submission.formKey, submission.formVersion, definitions);
  if (failed) return <p className="notice notice-error">{t('forms.loadFailed')}</p>;
  if (!form) return <p className="page-status">{t('forms.loading')}</p>;
  const title = labelIn(form.definition.title, language);
  return (
    <FormPanel title={title} version={form.version}>
      {editing ? (
        <FormRenderer
          definition={form.definition}
          initialValues={editableValues(form.definition, submission.values)}
          withheld={submission.withheldFields}
          context={context}
          submitLabel={t('forms.saveChanges')}
          onCancel={onClose}
          onSubmit={async (values: FormValues) => {
            try {
              await request(UpdateSubmissionDocument, { submissionId: submission.id, values });
              onSaved(title);
              return { ok: true };
            } catch (error) {
              return outcomeOf(error, t);
            }
          }}
        />
      ) : (
        <>
          <SubmissionValues
            definition={form.definition}
            values={submission.values}
            withheld={submission.withheldFields}
          />
          <div className="form-actions">
            {mayEdit && (
              <button type="button" className="button button-primary" onClick={onEdit}>
                {t('forms.edit')}
              </button>
            )}
            <button type="button" className="button" onClick={onClose}>
              {t('forms.backToList')}
            </button>
          </div>
        </>
      )}
    </FormPanel>
  );
}

/** Stored values without the calculated ones (the form computes them again). */
function editableValues(definition: FormDefinition, values: FormValues): FormValues {
  const out: FormValues = {};
  for (const field of definition.sections.flatMap((s) => s.fields)) {
    if (field.type === 'calculated' || values[field.key] === undefined || values[field.key] === null) continue;
    const value = values[field.key];
    if (field.type === 'group' && Array.isArray(value)) {
      const calculated = new Set((field.fields ?? []).filter((c) => c.type === 'calculated').map((c) => c.key));
      out[field.key] = value.map((item) =>
        typeof item === 'object' && item !== null
          ? Object.fromEntries(Object.entries(item).filter(([k, v]) => !calculated.has(k) && v !== null))
          : item,
      );
    } else out[field.key] = value;
  }
  return out;
}

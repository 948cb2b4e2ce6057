import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, request } from '../../api/client';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import { useFormat } from '../../i18n/format';
import { labelIn } from '../forms/labels';
import {
  EditorCaseTypesDocument,
  FormDefinitionDocument,
  FormDefinitionsDocument,
  PublishFormDefinitionDocument,
} from '../forms/operations';
import { asFormVersion, type FormVersion } from '../forms/useCaseForms';
import { blankDraft, DefinitionEditor, type EditorDraft } from './DefinitionEditor';

/** The case types shipped with every agency; agencies may configure more. */
const builtInCaseTypes = ['CHILD_PROTECTION', 'GBV', 'GENERAL_PROTECTION'];
/** How far past the newest published version drafts are looked for. */
const MAX_DRAFTS_AHEAD = 20;

type Selected = { key: string; versions: FormVersion[]; open: FormVersion | null } | { key: null };

/**
 * Every version of a form: 1 … the newest published one, then drafts saved after it (versions are
 * numbered in order, so the first missing number ends the search).
 */
async function versionsOf(latest: FormVersion): Promise<FormVersion[]> {
  const earlier = await Promise.all(
    Array.from({ length: latest.version - 1 }, (_, i) =>
      request(FormDefinitionDocument, { key: latest.key, version: i + 1 }).then(
        (r) => asFormVersion(r.formDefinition),
        () => null,
      ),
    ),
  );
  const later: FormVersion[] = [];
  for (let v = latest.version + 1; v <= latest.version + MAX_DRAFTS_AHEAD; v++) {
    try {
      const { formDefinition } = await request(FormDefinitionDocument, { key: latest.key, version: v });
      later.push(asFormVersion(formDefinition));
    } catch (error) {
      if (isApiError(error, 'NOT_FOUND')) break;
      throw error;
    }
  }
  return [...earlier.filter((v): v is FormVersion => v !== null), latest, ...later].sort(
    (a, b) => b.version - a.version,
  );
}

/** Programme managers' form editor (form:manage): the agency's forms, their versions, editing, publishing. */
export function FormEditorPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? 'en';
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [forms, setForms] = useState<FormVersion[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [selected, setSelected] = useState<Selected>({ key: null });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [editorKey, setEditorKey] = useState(0);

  // The agency's case types; the built-in ones if they cannot be listed.
  const [caseTypes, setCaseTypes] = useState<{ key: string; label: Record<string, string> | null }[]>(
    builtInCaseTypes.map((key) => ({ key, label: null })),
  );
  useEffect(() => {
    request(EditorCaseTypesDocument, undefined).then(
      (r) =>
        setCaseTypes(
          r.caseTypes
            .filter((c) => c.active)
            .map((c) => ({ key: c.key, label: (c.label as Record<string, string> | null) ?? null })),
        ),
      () => undefined,
    );
  }, []);

  const loadForms = useCallback(() => {
    request(FormDefinitionsDocument, { caseType: null }).then(
      (r) => setForms(r.formDefinitions.map(asFormVersion)),
      () => setFailed(true),
    );
  }, []);
  useEffect(loadForms, [loadForms]);

  const openForm = async (latest: FormVersion, open?: number) => {
    setCreating(false);
    setProblem(null);
    try {
      const versions = await versionsOf(latest);
      setSelected({ key: latest.key, versions, open: versions.find((v) => v.version === open) ?? versions[0] ?? null });
      setEditorKey((n) => n + 1);
    } catch {
      setProblem(t('formEditor.errors.versions'));
    }
  };

  const openVersion = (version: FormVersion) => {
    if (selected.key === null) return;
    setSelected({ ...selected, open: version });
    setEditorKey((n) => n + 1);
    setNotice(null);
  };

  const onSaved = async (saved: FormVersion) => {
    setNotice(t('formEditor.saved', { version: format.number(saved.version) }));
    setCreating(false);
    if (selected.key === saved.key) {
      const versions = [saved, ...selected.versions.filter((v) => v.version !== saved.version)].sort(
        (a, b) => b.version - a.version,
      );
      setSelected({ key: saved.key, versions, open: saved });
    } else {
      // A new form: only this draft exists.
      setSelected({ key: saved.key, versions: [saved], open: saved });
    }
    setEditorKey((n) => n + 1);
  };

  const publish = async (version: FormVersion) => {
    setProblem(null);
    try {
      const { publishFormDefinition } = await request(PublishFormDefinitionDocument, {
        key: version.key,
        version: version.version,
      });
      const published = asFormVersion(publishFormDefinition);
      setNotice(t('formEditor.published', { version: format.number(published.version) }));
      if (selected.key !== null) {
        setSelected({
          ...selected,
          versions: selected.versions.map((v) => (v.version === published.version ? published : v)),
          open: selected.open?.version === published.version ? published : selected.open,
        });
      }
      loadForms();
    } catch (error) {
      setProblem(
        isApiError(error, 'CONFLICT')
          ? t('formEditor.errors.publishConflict')
          : isApiError(error, 'NETWORK_ERROR')
            ? t('errors.network')
            : t('formEditor.errors.publishFailed'),
      );
    }
  };

  const caseTypeChoices = caseTypes.map(({ key, label }) => ({
    key,
    label: label?.[language] ?? label?.en ?? t(`enums.caseType.${key}` as 'enums.caseType.GBV', { defaultValue: key }),
  }));

  const draft: EditorDraft | null = creating
    ? blankDraft(t)
    : selected.key !== null && selected.open
      ? { key: selected.open.key, caseTypes: [...selected.open.caseTypes], definition: selected.open.definition }
      : null;

  return (
    <div className="form-editor-page">
      <div className="page-heading">
        <h1 ref={heading} tabIndex={-1}>
          {t('formEditor.pageTitle')}
        </h1>
      </div>
      <p className="muted">{t('formEditor.intro')}</p>
      <div role="status" className="announcement">
        {notice && <p className="notice notice-success">{notice}</p>}
      </div>
      <div role="alert">{problem && <p className="notice notice-error">{problem}</p>}</div>
      <div className="form-editor-layout">
        <nav className="panel form-list" aria-labelledby="form-list-title">
          <h2 id="form-list-title">{t('formEditor.formsTitle')}</h2>
          {failed ? (
            <p className="notice notice-error">{t('formEditor.errors.list')}</p>
          ) : forms === null ? (
            <p className="muted">{t('app.loading')}</p>
          ) : (
            <ul>
              {forms.map((f) => (
                <li key={f.key}>
                  <button
                    type="button"
                    className="link-button"
                    aria-current={selected.key === f.key ? 'true' : undefined}
                    onClick={() => void openForm(f)}
                  >
                    {labelIn(f.definition.title, language)}
                  </button>{' '}
                  <span className="muted">
                    <code>{f.key}</code> · {t('forms.version', { version: format.number(f.version) })}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <button
            type="button"
            className="button"
            onClick={() => {
              setCreating(true);
              setSelected({ key: null });
              setNotice(null);
              setEditorKey((n) => n + 1);
            }}
          >
            {t('formEditor.newForm')}
          </button>
        </nav>
        <div className="form-editor-main">
          {selected.key !== null && (
            <section className="panel" aria-labelledby="versions-title">
              <h2 id="versions-title">{t('formEditor.versionsTitle', { key: selected.key })}</h2>
              <table className="case-table versions-table">
                <thead>
                  <tr>
                    <th scope="col">{t('formEditor.version')}</th>
                    <th scope="col">{t('formEditor.status')}</th>
                    <th scope="col">{t('formEditor.created')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('formEditor.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {selected.versions.map((v) => (
                    <tr key={v.version} aria-current={selected.open?.version === v.version ? 'true' : undefined}>
                      <th scope="row">{format.number(v.version)}</th>
                      <td>{t(`formEditor.statuses.${v.status}`)}</td>
                      <td>{format.dateTime(v.createdAt)}</td>
                      <td>
                        <div className="inline-actions">
                          <button type="button" className="button button-small" onClick={() => openVersion(v)}>
                            {t('formEditor.openVersion', { version: format.number(v.version) })}
                          </button>
                          {v.status === 'DRAFT' && (
                            <button
                              type="button"
                              className="button button-primary button-small"
                              onClick={() => void publish(v)}
                            >
                              {t('formEditor.publishVersion', { version: format.number(v.version) })}
                            </button>
                          )}
                        </div>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {draft ? (
            <section className="panel" aria-labelledby="editor-title">
              <h2 id="editor-title">
                {creating
                  ? t('formEditor.newFormTitle')
                  : t('formEditor.editingTitle', {
                      title: labelIn(draft.definition.title, language),
                      version: format.number(selected.key !== null && selected.open ? selected.open.version : 0),
                    })}
              </h2>
              <p className="muted">{t('formEditor.saveHint')}</p>
              <DefinitionEditor
                key={editorKey}
                initial={draft}
                keyEditable={creating}
                caseTypeChoices={caseTypeChoices}
                onSaved={(saved) => void onSaved(saved)}
              />
            </section>
          ) : (
            <p className="muted">{t('formEditor.chooseForm')}</p>
          )}
        </div>
      </div>
    </div>
  );
}

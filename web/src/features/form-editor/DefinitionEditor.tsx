import { createContext, useContext, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { validateDefinition } from '@haven/core/forms/definition';
import {
  classifications,
  fieldTypes,
  type FieldDefinition,
  type FieldType,
  type FormDefinition,
  type Label,
  type Option,
  type Path,
  type Problem,
  type SectionDefinition,
} from '@haven/core/forms/types';
import { isApiError, request } from '../../api/client';
import { FormRenderer } from '../forms/FormRenderer';
import { formMessage, labelIn } from '../forms/labels';
import { SaveFormDefinitionDocument } from '../forms/operations';
import { asFormVersion, type FormVersion } from '../forms/useCaseForms';
import { move, pathKey, setPath } from './paths';

export interface EditorDraft {
  key: string;
  caseTypes: string[];
  definition: FormDefinition;
}

interface Problems {
  /** Problems by the exact path they name (under the definition, or "key" and "caseTypes"). */
  at: (path: Path) => string[];
}
const ProblemsContext = createContext<Problems>({ at: () => [] });
const UpdateContext = createContext<(path: Path, value: unknown) => void>(() => undefined);

/** Field properties that have an input of their own; problems at any other property show on the field. */
const editedProps = new Set([
  'key',
  'type',
  'label',
  'help',
  'classification',
  'required',
  'showIf',
  'minLength',
  'maxLength',
  'pattern',
  'min',
  'max',
  'integer',
  'minDate',
  'maxDate',
  'options',
  'minSelected',
  'maxSelected',
  'levels',
  'minLevels',
  'fields',
  'minItems',
  'maxItems',
  'expression',
]);

const commonProps = ['key', 'type', 'label', 'help', 'classification', 'required', 'showIf', 'rules'];

/** A field of another type keeps what all fields share and gets what the new type needs. */
function retype(field: FieldDefinition, type: FieldType): FieldDefinition {
  const kept = Object.fromEntries(Object.entries(field).filter(([k]) => commonProps.includes(k))) as FieldDefinition;
  const next: FieldDefinition = { ...kept, type };
  if (type === 'singleChoice' || type === 'multipleChoice') {
    next.options = field.options ?? [
      { value: 'option1', label: { en: 'Option 1' } },
      { value: 'option2', label: { en: 'Option 2' } },
    ];
  }
  if (type === 'location') next.levels = field.levels ?? [{ en: 'Governorate' }, { en: 'District' }];
  if (type === 'group')
    next.fields = field.fields ?? [{ key: `${field.key}Item`, type: 'text', label: { en: 'Item' } }];
  if (type === 'calculated') {
    next.expression = field.expression ?? '';
    delete next.required;
  }
  return next;
}

let counter = 0;
const newKey = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-4)}${++counter}`;

/**
 * Edits one form definition without code: title, sections, fields of every type with their
 * labels in English and Arabic, options with scores, limits, skip logic and calculations as
 * expressions, classification; add, remove and reorder; the validator's problems inline as one
 * types (the same check the API runs), a preview with the renderer, and saving as a new draft version.
 */
export function DefinitionEditor({
  initial,
  keyEditable,
  caseTypeChoices,
  onSaved,
}: {
  initial: EditorDraft;
  keyEditable: boolean;
  caseTypeChoices: { key: string; label: string }[];
  onSaved: (saved: FormVersion) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const id = useId();
  const [draft, setDraft] = useState<EditorDraft>(initial);
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [preview, setPreview] = useState(0);
  const [previewChecked, setPreviewChecked] = useState(false);

  const localProblems = useMemo(() => validateDefinition(draft.definition), [draft.definition]);
  const problems = useMemo(() => {
    const all = [
      ...localProblems.map((p) => ({ path: ['definition', ...p.path], message: p.message })),
      ...serverProblems,
    ];
    const seen = new Set<string>();
    return all.filter((p) => {
      const k = `${pathKey(p.path)}|${p.message}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
  }, [localProblems, serverProblems]);
  const byPath = useMemo(() => {
    const map = new Map<string, string[]>();
    for (const p of problems) {
      const k = pathKey(p.path);
      map.set(k, [...(map.get(k) ?? []), formMessage(t, p.message, undefined, language)]);
    }
    return map;
  }, [problems, t, language]);
  const context = useMemo<Problems>(() => ({ at: (path) => byPath.get(pathKey(path)) ?? [] }), [byPath]);

  const update = (path: Path, value: unknown) => {
    setServerProblems((ps) => ps.filter((p) => pathKey(p.path) !== pathKey(path)));
    setPreviewChecked(false);
    setDraft((d) => setPath(d, path, value));
  };

  async function save() {
    if (saving) return;
    setFormProblem(null);
    if (localProblems.length > 0) {
      setFormProblem(t('formEditor.errors.fix', { count: localProblems.length }));
      return;
    }
    setSaving(true);
    try {
      const { saveFormDefinition } = await request(SaveFormDefinitionDocument, {
        key: draft.key,
        caseTypes: draft.caseTypes,
        definition: draft.definition,
      });
      setServerProblems([]);
      onSaved(asFormVersion(saveFormDefinition));
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT')) {
        setServerProblems(error.fields.map((f) => ({ path: f.path, message: f.message })));
        setFormProblem(t('formEditor.errors.server'));
      } else if (isApiError(error, 'FORBIDDEN')) setFormProblem(t('formEditor.errors.forbidden'));
      else if (isApiError(error, 'NETWORK_ERROR')) setFormProblem(t('errors.network'));
      else setFormProblem(t('formEditor.errors.failed'));
    } finally {
      setSaving(false);
    }
  }

  const def = draft.definition;
  const sections = def.sections;
  return (
    <ProblemsContext.Provider value={context}>
      <UpdateContext.Provider value={update}>
        <div className="form-editor">
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`${id}-key`}>{t('formEditor.key')}</label>
              <input
                id={`${id}-key`}
                type="text"
                value={draft.key}
                readOnly={!keyEditable}
                aria-invalid={context.at(['key']).length > 0}
                aria-describedby={`${id}-key-hint`}
                onChange={(e) => update(['key'], e.target.value)}
              />
              <p className="field-hint" id={`${id}-key-hint`}>
                {t('formEditor.keyHint')}
              </p>
              <ProblemList path={['key']} />
            </div>
            <fieldset className="field">
              <legend>{t('formEditor.caseTypes')}</legend>
              {caseTypeChoices.map((c) => (
                <label key={c.key} className="choice">
                  <input
                    type="checkbox"
                    checked={draft.caseTypes.includes(c.key)}
                    onChange={(e) =>
                      update(
                        ['caseTypes'],
                        e.target.checked ? [...draft.caseTypes, c.key] : draft.caseTypes.filter((x) => x !== c.key),
                      )
                    }
                  />{' '}
                  {c.label}
                </label>
              ))}
              <ProblemList path={['caseTypes']} />
            </fieldset>
          </div>
          <LabelInputs path={['definition', 'title']} value={def.title} caption={t('formEditor.title')} />
          <LabelInputs
            path={['definition', 'description']}
            value={def.description}
            caption={t('formEditor.description')}
            optional
          />
          <ProblemList path={['definition']} />
          <ProblemList path={['definition', 'sections']} />

          {sections.map((section, s) => (
            <SectionEditor key={s} section={section} index={s} count={sections.length} sections={sections} />
          ))}
          <button
            type="button"
            className="button"
            onClick={() =>
              update(
                ['definition', 'sections'],
                [
                  ...sections,
                  {
                    key: newKey('section'),
                    title: { en: t('formEditor.newSectionTitle') },
                    fields: [{ key: newKey('field'), type: 'text', label: { en: t('formEditor.newFieldLabel') } }],
                  },
                ],
              )
            }
          >
            {t('formEditor.addSection')}
          </button>

          <section className="panel editor-problems" aria-labelledby={`${id}-problems`}>
            <h3 id={`${id}-problems`}>
              {problems.length === 0
                ? t('formEditor.noProblems')
                : t('formEditor.problems', { count: problems.length })}
            </h3>
            {problems.length > 0 && (
              <ul>
                {problems.map((p) => (
                  <li key={`${pathKey(p.path)}|${p.message}`}>
                    <code>{p.path.join('.')}</code>: {formMessage(t, p.message, undefined, language)}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <div role="alert">{formProblem && <p className="notice notice-error">{formProblem}</p>}</div>
          <div className="form-actions">
            <button type="button" className="button button-primary" onClick={() => void save()} disabled={saving}>
              {saving ? t('formEditor.saving') : t('formEditor.save')}
            </button>
            <button
              type="button"
              className="button"
              disabled={localProblems.length > 0}
              onClick={() => {
                setPreview((n) => n + 1);
                setPreviewChecked(false);
              }}
            >
              {t('formEditor.preview')}
            </button>
          </div>
          {preview > 0 && localProblems.length === 0 && (
            <section className="panel form-preview" aria-labelledby={`${id}-preview`}>
              <h3 id={`${id}-preview`}>{t('formEditor.previewTitle', { title: labelIn(def.title, language) })}</h3>
              <p className="muted">{t('formEditor.previewHint')}</p>
              <div role="status" className="announcement">
                {previewChecked && <p className="notice notice-success">{t('formEditor.previewValid')}</p>}
              </div>
              <FormRenderer
                key={`${preview}:${JSON.stringify(def).length}`}
                definition={def}
                submitLabel={t('formEditor.previewCheck')}
                onSubmit={async () => {
                  setPreviewChecked(true);
                  return { ok: true };
                }}
              />
            </section>
          )}
        </div>
      </UpdateContext.Provider>
    </ProblemsContext.Provider>
  );
}

function ProblemList({ path, also }: { path: Path; also?: string[] }) {
  const { at } = useContext(ProblemsContext);
  const messages = [...at(path), ...(also ?? [])];
  if (messages.length === 0) return null;
  return (
    <ul className="field-error problem-list">
      {messages.map((m) => (
        <li key={m}>{m}</li>
      ))}
    </ul>
  );
}

/** The English and Arabic text of a label. */
function LabelInputs({
  path,
  value,
  caption,
  optional,
}: {
  path: Path;
  value: Label | undefined;
  caption: string;
  optional?: boolean;
}) {
  const { t } = useTranslation();
  const update = useContext(UpdateContext);
  const { at } = useContext(ProblemsContext);
  const id = useId();
  const set = (lang: 'en' | 'ar', text: string) => {
    const next: Record<string, string> = { ...(value ?? { en: '' }) };
    if (text === '' && lang !== 'en') delete next[lang];
    else next[lang] = text;
    const empty = Object.values(next).every((v) => v === '');
    update(path, optional && empty ? undefined : next);
  };
  return (
    <fieldset className="label-inputs">
      <legend>
        {caption}
        {optional && <span className="optional"> ({t('forms.optional')})</span>}
      </legend>
      {(['en', 'ar'] as const).map((lang) => (
        <div key={lang} className="field">
          <label htmlFor={`${id}-${lang}`}>{t(`formEditor.language.${lang}`)}</label>
          <input
            id={`${id}-${lang}`}
            type="text"
            dir={lang === 'ar' ? 'rtl' : 'ltr'}
            lang={lang}
            value={value?.[lang] ?? ''}
            aria-invalid={at([...path, lang]).length > 0}
            onChange={(e) => set(lang, e.target.value)}
          />
          <ProblemList path={[...path, lang]} />
        </div>
      ))}
      <ProblemList path={path} />
    </fieldset>
  );
}

function TextProp({
  path,
  value,
  label,
  hint,
  multiline,
  code,
}: {
  path: Path;
  value: unknown;
  label: string;
  hint?: string;
  multiline?: boolean;
  code?: boolean;
}) {
  const update = useContext(UpdateContext);
  const { at } = useContext(ProblemsContext);
  const id = useId();
  const invalid = at(path).length > 0;
  const common = {
    id,
    value: typeof value === 'string' ? value : '',
    'aria-invalid': invalid,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    dir: code ? 'ltr' : undefined,
    className: code ? 'code-input' : undefined,
    spellCheck: code ? false : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea
          {...common}
          rows={2}
          onChange={(e) => update(path, e.target.value === '' ? undefined : e.target.value)}
        />
      ) : (
        <input
          {...common}
          type="text"
          onChange={(e) => update(path, e.target.value === '' ? undefined : e.target.value)}
        />
      )}
      {hint && (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ProblemList path={path} />
    </div>
  );
}

function NumberProp({ path, value, label }: { path: Path; value: unknown; label: string }) {
  const update = useContext(UpdateContext);
  const { at } = useContext(ProblemsContext);
  const id = useId();
  return (
    <div className="field field-narrow">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        value={value === undefined ? '' : String(value)}
        aria-invalid={at(path).length > 0}
        onChange={(e) => {
          const text = e.target.value.trim();
          update(path, text === '' ? undefined : /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text);
        }}
      />
      <ProblemList path={path} />
    </div>
  );
}

function CheckProp({ path, value, label }: { path: Path; value: unknown; label: string }) {
  const update = useContext(UpdateContext);
  return (
    <div className="field field-checkbox">
      <label>
        <input type="checkbox" checked={value === true} onChange={(e) => update(path, e.target.checked || undefined)} />{' '}
        {label}
      </label>
      <ProblemList path={path} />
    </div>
  );
}

function MoveButtons({
  index,
  count,
  onMove,
  onRemove,
  what,
}: {
  index: number;
  count: number;
  onMove: (by: number) => void;
  onRemove: () => void;
  what: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="inline-actions editor-actions">
      <button type="button" className="button button-small" disabled={index === 0} onClick={() => onMove(-1)}>
        {t('formEditor.moveUp', { what })}
      </button>
      <button type="button" className="button button-small" disabled={index === count - 1} onClick={() => onMove(1)}>
        {t('formEditor.moveDown', { what })}
      </button>
      <button type="button" className="button button-quiet button-small" disabled={count <= 1} onClick={onRemove}>
        {t('formEditor.remove', { what })}
      </button>
    </div>
  );
}

function SectionEditor({
  section,
  index,
  count,
  sections,
}: {
  section: SectionDefinition;
  index: number;
  count: number;
  sections: SectionDefinition[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const update = useContext(UpdateContext);
  const path: Path = ['definition', 'sections', index];
  const name = labelIn(section.title, language) || section.key;
  return (
    <section className="panel section-editor" aria-label={t('formEditor.sectionLabel', { name })}>
      <h3>{t('formEditor.sectionHeading', { n: index + 1, name })}</h3>
      <MoveButtons
        index={index}
        count={count}
        what={name}
        onMove={(by) => update(['definition', 'sections'], move(sections, index, by))}
        onRemove={() =>
          update(
            ['definition', 'sections'],
            sections.filter((_, i) => i !== index),
          )
        }
      />
      <div className="form-grid">
        <TextProp path={[...path, 'key']} value={section.key} label={t('formEditor.sectionKey')} code />
        <TextProp
          path={[...path, 'showIf']}
          value={section.showIf}
          label={t('formEditor.showIf')}
          hint={t('formEditor.showIfHint')}
          code
        />
      </div>
      <LabelInputs path={[...path, 'title']} value={section.title} caption={t('formEditor.sectionTitle')} />
      <ProblemList path={path} />
      <ProblemList path={[...path, 'fields']} />
      <ol className="field-editors">
        {section.fields.map((field, f) => (
          <li key={f}>
            <FieldEditor
              field={field}
              path={[...path, 'fields', f]}
              index={f}
              siblings={section.fields}
              listPath={[...path, 'fields']}
              inGroup={false}
            />
          </li>
        ))}
      </ol>
      <AddField listPath={[...path, 'fields']} fields={section.fields} />
    </section>
  );
}

function AddField({ listPath, fields }: { listPath: Path; fields: FieldDefinition[] }) {
  const { t } = useTranslation();
  const update = useContext(UpdateContext);
  return (
    <button
      type="button"
      className="button"
      onClick={() =>
        update(listPath, [
          ...fields,
          { key: newKey('field'), type: 'text', label: { en: t('formEditor.newFieldLabel') } },
        ])
      }
    >
      {t('formEditor.addField')}
    </button>
  );
}

function FieldEditor({
  field,
  path,
  index,
  siblings,
  listPath,
  inGroup,
}: {
  field: FieldDefinition;
  path: Path;
  index: number;
  siblings: FieldDefinition[];
  listPath: Path;
  inGroup: boolean;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const update = useContext(UpdateContext);
  const { at } = useContext(ProblemsContext);
  const id = useId();
  const name = labelIn(field.label, language) || field.key;
  const type = field.type;
  // Problems at properties without an input of their own (or at the field itself) show here.
  const problemsHere = useFieldLevelProblems(path, field);
  const hasProblems = problemsHere.length > 0 || hasProblemsUnder(at, path, field);
  // A field with a problem opens; it never closes by itself while someone is typing in it.
  const details = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (hasProblems && details.current) details.current.open = true;
  }, [hasProblems]);
  return (
    <details ref={details} className={['field-editor', hasProblems && 'has-error'].filter(Boolean).join(' ')}>
      <summary>
        <span className="field-editor-name">{name}</span>{' '}
        <span className="muted">
          ({t(`formEditor.types.${type}` as 'formEditor.types.text')}
          {field.required ? `, ${t('formEditor.required')}` : ''})
        </span>
      </summary>
      <MoveButtons
        index={index}
        count={siblings.length}
        what={name}
        onMove={(by) => update(listPath, move(siblings, index, by))}
        onRemove={() =>
          update(
            listPath,
            siblings.filter((_, i) => i !== index),
          )
        }
      />
      <div className="form-grid">
        <TextProp
          path={[...path, 'key']}
          value={field.key}
          label={t('formEditor.fieldKey')}
          hint={t('formEditor.fieldKeyHint')}
          code
        />
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('formEditor.type')}</label>
          <select
            id={`${id}-type`}
            value={type}
            aria-invalid={at([...path, 'type']).length > 0}
            onChange={(e) => update(path, retype(field, e.target.value as FieldType))}
          >
            {fieldTypes
              .filter((ft) => !(inGroup && ft === 'group'))
              .map((ft) => (
                <option key={ft} value={ft}>
                  {t(`formEditor.types.${ft}` as 'formEditor.types.text')}
                </option>
              ))}
          </select>
          <ProblemList path={[...path, 'type']} />
        </div>
        {!inGroup && (
          <div className="field">
            <label htmlFor={`${id}-classification`}>{t('formEditor.classification')}</label>
            <select
              id={`${id}-classification`}
              value={field.classification ?? 'standard'}
              onChange={(e) =>
                update([...path, 'classification'], e.target.value === 'standard' ? undefined : e.target.value)
              }
            >
              {classifications.map((c) => (
                <option key={c} value={c}>
                  {t(`formEditor.classifications.${c}`)}
                </option>
              ))}
            </select>
            <ProblemList path={[...path, 'classification']} />
          </div>
        )}
        {type !== 'calculated' && (
          <CheckProp path={[...path, 'required']} value={field.required} label={t('formEditor.required')} />
        )}
      </div>
      <LabelInputs path={[...path, 'label']} value={field.label} caption={t('formEditor.fieldLabel')} />
      <LabelInputs path={[...path, 'help']} value={field.help} caption={t('formEditor.help')} optional />
      <TextProp
        path={[...path, 'showIf']}
        value={field.showIf}
        label={t('formEditor.showIf')}
        hint={t('formEditor.showIfHint')}
        code
      />
      <TypeProps field={field} path={path} />
      <ProblemList path={path} also={problemsHere} />
    </details>
  );
}

/** Messages at a property of the field that has no input here (rules, properties of another type). */
function useFieldLevelProblems(path: Path, field: FieldDefinition): string[] {
  const { at } = useContext(ProblemsContext);
  const extra = Object.keys(field).filter((k) => !editedProps.has(k));
  return [...new Set(['rules', ...extra])].flatMap((prop) => at([...path, prop]));
}

function hasProblemsUnder(at: (path: Path) => string[], path: Path, field: FieldDefinition): boolean {
  const props = [...editedProps, ...Object.keys(field)];
  for (const prop of props) {
    if (at([...path, prop]).length > 0) return true;
    if (at([...path, prop, 'en']).length > 0 || at([...path, prop, 'ar']).length > 0) return true;
  }
  const options = field.options ?? [];
  for (let i = 0; i < options.length; i++) {
    for (const p of ['value', 'score', 'label'])
      if (at([...path, 'options', i, p]).length + at([...path, 'options', i]).length > 0) return true;
    if (at([...path, 'options', i, 'label', 'en']).length > 0) return true;
  }
  return false;
}

function TypeProps({ field, path }: { field: FieldDefinition; path: Path }) {
  const { t } = useTranslation();
  const update = useContext(UpdateContext);
  switch (field.type) {
    case 'text':
    case 'longText':
      return (
        <div className="form-grid">
          <NumberProp path={[...path, 'minLength']} value={field.minLength} label={t('formEditor.minLength')} />
          <NumberProp path={[...path, 'maxLength']} value={field.maxLength} label={t('formEditor.maxLength')} />
          <TextProp path={[...path, 'pattern']} value={field.pattern} label={t('formEditor.pattern')} code />
        </div>
      );
    case 'number':
      return (
        <div className="form-grid">
          <NumberProp path={[...path, 'min']} value={field.min} label={t('formEditor.min')} />
          <NumberProp path={[...path, 'max']} value={field.max} label={t('formEditor.max')} />
          <CheckProp path={[...path, 'integer']} value={field.integer} label={t('formEditor.integer')} />
        </div>
      );
    case 'date':
      return (
        <div className="form-grid">
          <TextProp
            path={[...path, 'minDate']}
            value={field.minDate}
            label={t('formEditor.minDate')}
            hint={t('formEditor.dateHint')}
            code
          />
          <TextProp
            path={[...path, 'maxDate']}
            value={field.maxDate}
            label={t('formEditor.maxDate')}
            hint={t('formEditor.dateHint')}
            code
          />
        </div>
      );
    case 'singleChoice':
    case 'multipleChoice':
      return (
        <>
          <OptionsEditor options={field.options ?? []} path={[...path, 'options']} />
          {field.type === 'multipleChoice' && (
            <div className="form-grid">
              <NumberProp
                path={[...path, 'minSelected']}
                value={field.minSelected}
                label={t('formEditor.minSelected')}
              />
              <NumberProp
                path={[...path, 'maxSelected']}
                value={field.maxSelected}
                label={t('formEditor.maxSelected')}
              />
            </div>
          )}
        </>
      );
    case 'location': {
      const levels = field.levels ?? [];
      return (
        <fieldset className="sub-editor">
          <legend>{t('formEditor.levels')}</legend>
          {levels.map((level, i) => (
            <div key={i} className="level-editor">
              <LabelInputs path={[...path, 'levels', i]} value={level} caption={t('formEditor.level', { n: i + 1 })} />
              <button
                type="button"
                className="button button-quiet button-small"
                disabled={levels.length <= 1}
                onClick={() =>
                  update(
                    [...path, 'levels'],
                    levels.filter((_, j) => j !== i),
                  )
                }
              >
                {t('formEditor.removeLevel', { n: i + 1 })}
              </button>
            </div>
          ))}
          <button
            type="button"
            className="button button-small"
            onClick={() => update([...path, 'levels'], [...levels, { en: '' }])}
          >
            {t('formEditor.addLevel')}
          </button>
          <NumberProp path={[...path, 'minLevels']} value={field.minLevels} label={t('formEditor.minLevels')} />
          <ProblemList path={[...path, 'levels']} />
        </fieldset>
      );
    }
    case 'group': {
      const children = field.fields ?? [];
      return (
        <fieldset className="sub-editor">
          <legend>{t('formEditor.groupFields')}</legend>
          <ProblemList path={[...path, 'fields']} />
          <ol className="field-editors">
            {children.map((child, i) => (
              <li key={i}>
                <FieldEditor
                  field={child}
                  path={[...path, 'fields', i]}
                  index={i}
                  siblings={children}
                  listPath={[...path, 'fields']}
                  inGroup
                />
              </li>
            ))}
          </ol>
          <AddField listPath={[...path, 'fields']} fields={children} />
          <div className="form-grid">
            <NumberProp path={[...path, 'minItems']} value={field.minItems} label={t('formEditor.minItems')} />
            <NumberProp path={[...path, 'maxItems']} value={field.maxItems} label={t('formEditor.maxItems')} />
          </div>
        </fieldset>
      );
    }
    case 'calculated':
      return (
        <TextProp
          path={[...path, 'expression']}
          value={field.expression}
          label={t('formEditor.expression')}
          hint={t('formEditor.expressionHint')}
          multiline
          code
        />
      );
    default:
      return null;
  }
}

function OptionsEditor({ options, path }: { options: Option[]; path: Path }) {
  const { t } = useTranslation();
  const update = useContext(UpdateContext);
  const id = useId();
  return (
    <fieldset className="sub-editor options-editor">
      <legend>{t('formEditor.options')}</legend>
      <ProblemList path={path} />
      <table className="options-table">
        <thead>
          <tr>
            <th scope="col">{t('formEditor.optionValue')}</th>
            <th scope="col">{t('formEditor.language.en')}</th>
            <th scope="col">{t('formEditor.language.ar')}</th>
            <th scope="col">{t('formEditor.optionScore')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('formEditor.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {options.map((option, i) => {
            const at = [...path, i];
            const n = i + 1;
            return (
              <tr key={i}>
                <td>
                  <OptionCell
                    path={[...at, 'value']}
                    value={option.value}
                    label={t('formEditor.optionValueN', { n })}
                    id={`${id}-${i}-v`}
                    code
                  />
                </td>
                <td>
                  <OptionCell
                    path={[...at, 'label', 'en']}
                    value={option.label?.en}
                    label={t('formEditor.optionEnN', { n })}
                    id={`${id}-${i}-en`}
                  />
                </td>
                <td>
                  <OptionCell
                    path={[...at, 'label', 'ar']}
                    value={option.label?.ar}
                    label={t('formEditor.optionArN', { n })}
                    id={`${id}-${i}-ar`}
                    rtl
                  />
                </td>
                <td>
                  <OptionCell
                    path={[...at, 'score']}
                    value={option.score === undefined ? undefined : String(option.score)}
                    label={t('formEditor.optionScoreN', { n })}
                    id={`${id}-${i}-s`}
                    number
                  />
                </td>
                <td>
                  <div className="inline-actions">
                    <button
                      type="button"
                      className="button button-small"
                      disabled={i === 0}
                      aria-label={t('formEditor.moveOptionUp', { n })}
                      onClick={() => update(path, move(options, i, -1))}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      className="button button-quiet button-small"
                      disabled={options.length <= 1}
                      aria-label={t('formEditor.removeOption', { n })}
                      onClick={() =>
                        update(
                          path,
                          options.filter((_, j) => j !== i),
                        )
                      }
                    >
                      ✕
                    </button>
                  </div>
                  <ProblemList path={at} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          update(path, [
            ...options,
            { value: `option${options.length + 1}`, label: { en: `Option ${options.length + 1}` } },
          ])
        }
      >
        {t('formEditor.addOption')}
      </button>
    </fieldset>
  );
}

function OptionCell({
  path,
  value,
  label,
  id,
  code,
  rtl,
  number,
}: {
  path: Path;
  value: string | undefined;
  label: string;
  id: string;
  code?: boolean;
  rtl?: boolean;
  number?: boolean;
}) {
  const update = useContext(UpdateContext);
  const { at } = useContext(ProblemsContext);
  return (
    <>
      <input
        id={id}
        type="text"
        aria-label={label}
        dir={rtl ? 'rtl' : code ? 'ltr' : undefined}
        inputMode={number ? 'decimal' : undefined}
        value={value ?? ''}
        aria-invalid={at(path).length > 0}
        onChange={(e) => {
          const text = e.target.value;
          if (number) {
            const trimmed = text.trim();
            update(path, trimmed === '' ? undefined : /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed);
          } else if (path[path.length - 1] === 'ar') update(path, text === '' ? undefined : text);
          else update(path, text);
        }}
      />
      <ProblemList path={path} />
    </>
  );
}

export function blankDraft(t: (key: 'formEditor.newSectionTitle' | 'formEditor.newFieldLabel') => string): EditorDraft {
  return {
    key: '',
    caseTypes: [],
    definition: {
      title: { en: '' },
      sections: [
        {
          key: 'main',
          title: { en: t('formEditor.newSectionTitle') },
          fields: [{ key: 'firstQuestion', type: 'text', label: { en: t('formEditor.newFieldLabel') } }],
        },
      ],
    },
  };
}

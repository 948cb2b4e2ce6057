import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
// The same rules the API applies (core/src/forms is pure TypeScript for this reason).
import { validateSubmission, visibilityOf } from '@haven/core/forms/submission';
import type { FieldDefinition, FormDefinition, FormValues, Path, Problem } from '@haven/core/forms/types';
import { FieldControl, type FieldContext } from './FieldControl';
import { formMessage, labelIn, pathKey, todayUtc } from './labels';

/** What the caller made of the values: stored, or refused with the API's problems (paths under the values). */
export type SubmitOutcome = { ok: true } | { ok: false; problems: Problem[]; message?: string };

export interface FormRendererProps {
  definition: FormDefinition;
  initialValues?: FormValues;
  /** Restricted or confidential fields the API withheld: shown as "[Restricted]", never sent. */
  withheld?: readonly string[];
  /** Gets the values to send (hidden and calculated fields left out). */
  onSubmit: (values: FormValues) => Promise<SubmitOutcome>;
  /** Saves unfinished values (a draft): checked by the API only for their form, not for completeness. */
  onSaveDraft?: (values: FormValues) => Promise<SubmitOutcome>;
  onCancel?: () => void;
  submitLabel: string;
  context?: FieldContext;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isBlank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The values to send: calculated fields and fields skip logic hides are left out (the API refuses
 * values for them), as are withheld ones (the API keeps what it has) and empty ones.
 */
export function outgoingValues(
  definition: FormDefinition,
  values: FormValues,
  withheld: readonly string[] = [],
): FormValues {
  const visibility = visibilityOf(definition, values, { today: todayUtc() });
  const out: FormValues = {};
  for (const field of definition.sections.flatMap((s) => s.fields)) {
    const value = values[field.key];
    if (field.type === 'calculated' || withheld.includes(field.key) || isBlank(value)) continue;
    if (!visibility.field(field.key)) continue;
    if (field.type === 'group' && Array.isArray(value)) {
      out[field.key] = value.map((item, i) => {
        if (!isObject(item)) return item;
        const kept: Record<string, unknown> = {};
        for (const child of field.fields ?? []) {
          const v = item[child.key];
          if (child.type === 'calculated' || isBlank(v) || !visibility.field(child.key, field.key, i)) continue;
          kept[child.key] = v;
        }
        return kept;
      });
    } else out[field.key] = value;
  }
  return out;
}

/** The rendered field whose path is the longest prefix of a problem's path ("household.0.age.x" → household.0.age). */
function ownerOf(problemPath: Path, fieldPaths: ReadonlySet<string>): string | null {
  for (let n = problemPath.length; n > 0; n--) {
    const key = pathKey(problemPath.slice(0, n));
    if (fieldPaths.has(key)) return key;
  }
  return null;
}

/**
 * A form driven by its definition: every field type of core/src/forms, labels in the interface
 * language, skip logic, live calculations and inline validation run by the same code the API runs
 * (@haven/core/forms), and the API's problems shown at the fields their paths name.
 */
export function FormRenderer({
  definition,
  initialValues,
  withheld = [],
  onSubmit,
  onSaveDraft,
  onCancel,
  submitLabel,
  context,
}: FormRendererProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'en';
  const idPrefix = useId();
  const [values, setValues] = useState<FormValues>(() => initialValues ?? {});
  const [touched, setTouched] = useState<Set<string>>(new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverProblems, setServerProblems] = useState<Problem[]>([]);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'submit' | 'draft' | null>(null);
  const [draftSaved, setDraftSaved] = useState(false);
  const [focusFirst, setFocusFirst] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const today = todayUtc();
  const visibility = useMemo(() => visibilityOf(definition, values, { today }), [definition, values, today]);
  const clientProblems = useMemo(
    () =>
      validateSubmission(definition, outgoingValues(definition, values, withheld), { today }).filter(
        (p) => !withheld.includes(String(p.path[0])),
      ),
    [definition, values, withheld, today],
  );

  // Every path a problem can be shown at: the fields on screen (group items included).
  const fieldPaths = useMemo(() => {
    const paths = new Set<string>();
    for (const section of definition.sections) {
      for (const field of section.fields) {
        paths.add(pathKey([field.key]));
        const items = values[field.key];
        if (field.type === 'group' && Array.isArray(items)) {
          items.forEach((_, i) => (field.fields ?? []).forEach((c) => paths.add(pathKey([field.key, i, c.key]))));
        }
      }
    }
    return paths;
  }, [definition, values]);

  // Problems by field: the API's (until the field changes), then the browser's once a field was
  // left or a submission tried. Problems no field owns are listed above the form.
  const { byField, unplaced } = useMemo(() => {
    const map = new Map<string, string>();
    const rest: string[] = [];
    const place = (p: Problem) => {
      const owner = ownerOf(p.path, fieldPaths);
      // A signature without its time has not been signed yet: say how to sign.
      const text =
        p.path[p.path.length - 1] === 'signedAt'
          ? t('formMessages.signedAt')
          : formMessage(t, p.message, definition, language);
      if (owner === null) rest.push(text);
      else if (!map.has(owner)) map.set(owner, text);
    };
    serverProblems.forEach(place);
    for (const p of clientProblems) {
      const owner = ownerOf(p.path, fieldPaths);
      if (owner !== null && !attempted && !touched.has(owner)) continue;
      if (owner === null && !attempted) continue;
      place(p);
    }
    return { byField: map, unplaced: [...new Set(rest)] };
  }, [serverProblems, clientProblems, fieldPaths, attempted, touched, t, definition, language]);

  // After a refused submission, focus goes to the first field with a problem (once its text is rendered).
  useEffect(() => {
    if (focusFirst === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    first?.focus();
  }, [focusFirst]);

  const setAt = (path: Path, value: unknown) => {
    setDraftSaved(false);
    setValues((current) => setIn(current, path, value));
    // The API's problem at this field (or inside it) no longer applies.
    const key = pathKey(path);
    setServerProblems((ps) => ps.filter((p) => ownerOf(p.path, fieldPaths) !== key));
  };
  const touch = (path: Path) =>
    setTouched((s) => {
      const key = pathKey(path);
      return s.has(key) ? s : new Set(s).add(key);
    });

  async function run(kind: 'submit' | 'draft') {
    if (busy) return;
    setFormProblem(null);
    setDraftSaved(false);
    if (kind === 'submit') {
      setAttempted(true);
      if (clientProblems.length > 0) {
        setServerProblems([]);
        setFormProblem(t('forms.errors.summary'));
        setFocusFirst((n) => n + 1);
        return;
      }
    }
    const handler = kind === 'submit' ? onSubmit : onSaveDraft;
    if (!handler) return;
    setBusy(kind);
    try {
      const outcome = await handler(outgoingValues(definition, values, withheld));
      if (outcome.ok) {
        setServerProblems([]);
        if (kind === 'draft') setDraftSaved(true);
      } else {
        setServerProblems(outcome.problems);
        setFormProblem(outcome.message ?? t('forms.errors.server'));
        setFocusFirst((n) => n + 1);
      }
    } finally {
      setBusy(null);
    }
  }

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void run('submit');
  };

  const renderField = (field: FieldDefinition, path: Path, group?: { key: string; index: number }) => {
    const key = pathKey(path);
    const shown = group ? visibility.field(field.key, group.key, group.index) : visibility.field(field.key);
    if (!shown) return null;
    const computed = group
      ? (visibility.values[group.key] as Record<string, unknown>[] | undefined)?.[group.index]?.[field.key]
      : visibility.values[field.key];
    const raw = group
      ? (values[group.key] as Record<string, unknown>[] | undefined)?.[group.index]?.[field.key]
      : values[field.key];
    return (
      <FieldControl
        key={key}
        id={`${idPrefix}-${path.join('-')}`}
        field={field}
        path={path}
        value={field.type === 'calculated' ? computed : raw}
        problem={byField.get(key) ?? null}
        withheld={!group && withheld.includes(field.key)}
        onChange={(v) => setAt(path, v)}
        onBlur={() => touch(path)}
        context={context}
        renderChild={(child, index) => renderField(child, [field.key, index, child.key], { key: field.key, index })}
      />
    );
  };

  return (
    <form ref={formRef} noValidate onSubmit={submit} aria-busy={busy !== null} className="form-renderer">
      {definition.description && <p className="muted">{labelIn(definition.description, language)}</p>}
      <div role="alert">
        {formProblem && (
          <div className="notice notice-error">
            <p>{formProblem}</p>
            {unplaced.length > 0 && (
              <ul>
                {unplaced.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
      <div role="status" className="announcement">
        {draftSaved && <p className="notice notice-success">{t('forms.draftSaved')}</p>}
      </div>
      {definition.sections.map((section) =>
        visibility.section(section.key) ? (
          <fieldset key={section.key} className="form-section">
            <legend>{labelIn(section.title, language)}</legend>
            <div className="form-section-fields">{section.fields.map((field) => renderField(field, [field.key]))}</div>
          </fieldset>
        ) : null,
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy !== null}>
          {busy === 'submit' ? t('forms.submitting') : submitLabel}
        </button>
        {onSaveDraft && (
          <button type="button" className="button" disabled={busy !== null} onClick={() => void run('draft')}>
            {busy === 'draft' ? t('forms.savingDraft') : t('forms.saveDraft')}
          </button>
        )}
        {onCancel && (
          <button type="button" className="button" onClick={onCancel}>
            {t('forms.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}

/** A copy of the values with one value replaced at a path (["household", 1, "age"]). */
function setIn(values: FormValues, path: Path, value: unknown): FormValues {
  const [head, ...rest] = path;
  if (head === undefined) return values;
  if (rest.length === 0) {
    const next = { ...values };
    if (value === undefined) delete next[String(head)];
    else next[String(head)] = value;
    return next;
  }
  const container = values[String(head)];
  if (Array.isArray(container)) {
    const [index, ...tail] = rest;
    const items = [...container];
    const item = items[Number(index)];
    items[Number(index)] = setIn(isObject(item) ? item : {}, tail, value);
    return { ...values, [String(head)]: items };
  }
  return { ...values, [String(head)]: setIn(isObject(container) ? container : {}, rest, value) };
}

import { useCallback, useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError, request } from '../../api/client';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import type { WorkflowDefinitionsQuery } from '../../gql/graphql';
import { useFormat } from '../../i18n/format';
import { translateServerMessage } from '../../i18n/server-messages';
import {
  ANY,
  asDefinition,
  blankDefinition,
  checkDefinition,
  consentScopes,
  durationUnits,
  guardOfType,
  guardTypes,
  keyList,
  RESUME,
  stageLimitOf,
  withStageLimit,
  type Definition,
  type DurationUnit,
  type Guard,
  type GuardType,
  type Problem,
  type Stage,
  type Transition,
} from './definitionModel';
import {
  PublishWorkflowDefinitionDocument,
  SaveWorkflowDefinitionDocument,
  WorkflowDefinitionsDocument,
} from './operations';
import { errorMessage, labelOf } from './shared';

type Version = WorkflowDefinitionsQuery['workflowDefinitions'][number];
const WORKFLOW_KEY = /^[a-z0-9][a-z0-9_-]{1,62}$/;

/** Programme managers' workflow editor (workflow:manage): the agency's workflows, their versions, editing and publishing. */
export function WorkflowEditorPage() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? 'en';
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [versions, setVersions] = useState<Version[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [editing, setEditing] = useState<{ key: string; basedOn: number | null; definition: Definition } | null>(null);
  const [newKey, setNewKey] = useState('');
  const [newKeyProblem, setNewKeyProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    request(WorkflowDefinitionsDocument, { includeDrafts: true }, { signal: controller.signal }).then(
      ({ workflowDefinitions }) => setVersions(workflowDefinitions),
      (e: unknown) => {
        if (!isAbortError(e)) setFailed(errorMessage(t, e));
      },
    );
    return () => controller.abort();
  }, [attempt, t]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const keys = [...new Set((versions ?? []).map((v) => v.key))].sort();
  const ofKey = (versions ?? []).filter((v) => v.key === selectedKey).sort((a, b) => b.version - a.version);
  const nameOf = (key: string) => {
    const newest = (versions ?? []).filter((v) => v.key === key).sort((a, b) => b.version - a.version)[0];
    return labelOf((newest?.definition as { label?: unknown } | undefined)?.label, language, key);
  };

  async function publish(key: string, version: number) {
    setMessage(null);
    setFailed(null);
    try {
      await request(PublishWorkflowDefinitionDocument, { key, version });
      setMessage(t('workflow.editor.published', { version }));
      reload();
    } catch (e) {
      setFailed(errorMessage(t, e));
    }
  }

  return (
    <div className="workflow-editor-page">
      <h1 id="workflows-title" ref={heading} tabIndex={-1}>
        {t('workflow.editor.title')}
      </h1>
      <div role="status">{message && <p className="notice notice-success">{message}</p>}</div>
      {failed && (
        <p className="notice notice-error" role="alert">
          {failed}
        </p>
      )}
      <section className="panel" aria-labelledby="workflow-list-title">
        <h2 id="workflow-list-title">{t('workflow.editor.list')}</h2>
        {versions === null && !failed && <p className="page-status">{t('app.loading')}</p>}
        <ul className="workflow-list">
          {keys.map((key) => (
            <li key={key}>
              <button
                type="button"
                className="link-button"
                aria-current={key === selectedKey ? 'true' : undefined}
                onClick={() => {
                  setSelectedKey(key);
                  setEditing(null);
                  setMessage(null);
                }}
              >
                {nameOf(key)}
              </button>{' '}
              <span className="muted">
                <bdi>{key}</bdi>
              </span>
            </li>
          ))}
        </ul>
        <form
          className="inline-actions"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            const key = newKey.trim();
            if (!WORKFLOW_KEY.test(key)) return setNewKeyProblem(t('workflow.editor.keyFormat'));
            if (keys.includes(key)) return setNewKeyProblem(t('workflow.editor.keyTaken'));
            setNewKeyProblem(null);
            setSelectedKey(key);
            setEditing({ key, basedOn: null, definition: blankDefinition() });
          }}
        >
          <div className="field">
            <label htmlFor="new-workflow-key">{t('workflow.editor.newKey')}</label>
            <input
              id="new-workflow-key"
              value={newKey}
              aria-invalid={newKeyProblem ? true : undefined}
              onChange={(e) => setNewKey(e.target.value)}
            />
            {newKeyProblem && <p className="field-error">{newKeyProblem}</p>}
          </div>
          <button type="submit" className="button button-small">
            {t('workflow.editor.create')}
          </button>
        </form>
      </section>
      {selectedKey && ofKey.length > 0 && (
        <section className="panel" aria-labelledby="workflow-versions-title">
          <h2 id="workflow-versions-title">{t('workflow.editor.versions', { key: selectedKey })}</h2>
          <table className="case-table versions-table">
            <thead>
              <tr>
                <th scope="col">{t('workflow.editor.version')}</th>
                <th scope="col">{t('workflow.editor.status')}</th>
                <th scope="col">{t('workflow.editor.created')}</th>
                <th scope="col">{t('workflow.editor.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {ofKey.map((v) => (
                <tr key={v.id}>
                  <td>{v.version}</td>
                  <td>
                    {v.status === 'published' ? t('workflow.editor.statusPublished') : t('workflow.editor.statusDraft')}
                  </td>
                  <td>{format.dateTime(v.createdAt)}</td>
                  <td>
                    <button
                      type="button"
                      className="button button-small"
                      onClick={() => {
                        setMessage(null);
                        setEditing({ key: v.key, basedOn: v.version, definition: asDefinition(v.definition) });
                      }}
                    >
                      {t('workflow.editor.edit', { version: v.version })}
                    </button>{' '}
                    {v.status !== 'published' && (
                      <button
                        type="button"
                        className="button button-primary button-small"
                        onClick={() => void publish(v.key, v.version)}
                      >
                        {t('workflow.editor.publish', { version: v.version })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {editing && (
        <DefinitionForm
          key={`${editing.key}:${editing.basedOn ?? 'new'}`}
          workflowKey={editing.key}
          basedOn={editing.basedOn}
          initial={editing.definition}
          onSaved={(version) => {
            setMessage(t('workflow.editor.saved', { version }));
            setEditing(null);
            reload();
          }}
        />
      )}
    </div>
  );
}

function DefinitionForm({
  workflowKey,
  basedOn,
  initial,
  onSaved,
}: {
  workflowKey: string;
  basedOn: number | null;
  initial: Definition;
  onSaved: (version: number) => void;
}) {
  const { t } = useTranslation();
  const prefix = useId();
  const [def, setDef] = useState<Definition>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const at = (path: (string | number)[]) => problems.filter((p) => p.path === path.join('.'));
  const fieldId = (path: (string | number)[]) => `${prefix}-${path.join('-')}`;
  const setStage = (i: number, stage: Stage) =>
    setDef((d) => ({ ...d, stages: d.stages.map((s, j) => (j === i ? stage : s)) }));
  const setTransition = (i: number, tr: Transition) =>
    setDef((d) => ({ ...d, transitions: d.transitions.map((x, j) => (j === i ? tr : x)) }));

  async function save() {
    if (busy) return;
    setError(null);
    const found = checkDefinition(def, (key, values) =>
      t(`workflow.check.${key}`, { key: values?.key ?? '', stage: values?.stage ?? '', id: values?.id ?? '' }),
    );
    setProblems(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const { saveWorkflowDefinition } = await request(SaveWorkflowDefinitionDocument, {
        key: workflowKey,
        definition: def,
      });
      onSaved(saveWorkflowDefinition.version);
    } catch (e) {
      if (isApiError(e, 'BAD_USER_INPUT') && e.fields.length > 0)
        setProblems(
          e.fields.map((f) => ({
            path: (f.path[0] === 'definition' ? f.path.slice(1) : f.path).join('.'),
            message: translateServerMessage(t, f.message),
          })),
        );
      else setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  }

  const stageOptions = def.stages.map((s) => (
    <option key={s.key} value={s.key}>
      {s.key}
    </option>
  ));

  return (
    <section className="panel workflow-definition-form" aria-labelledby={`${prefix}-title`}>
      <h2 id={`${prefix}-title`}>
        {basedOn === null
          ? t('workflow.editor.editingNew', { key: workflowKey })
          : t('workflow.editor.editing', { key: workflowKey, version: basedOn })}
      </h2>
      <p className="muted">{t('workflow.editor.savesNew')}</p>
      {problems.length > 0 && (
        <div className="notice notice-error" role="alert">
          <p>{t('workflow.editor.problems')}</p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                <code>{p.path || t('workflow.editor.whole')}</code>: {p.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-grid">
        <TextField
          id={fieldId(['label', 'en'])}
          label={t('workflow.editor.nameEn')}
          value={def.label.en ?? ''}
          problems={at(['label'])}
          onChange={(v) => setDef((d) => ({ ...d, label: { ...d.label, en: v } }))}
        />
        <TextField
          id={fieldId(['label', 'ar'])}
          label={t('workflow.editor.nameAr')}
          value={def.label.ar ?? ''}
          problems={[]}
          onChange={(v) => setDef((d) => ({ ...d, label: { ...d.label, ar: v } }))}
        />
        <Field id={fieldId(['initialStage'])} label={t('workflow.editor.initialStage')} problems={at(['initialStage'])}>
          <select
            id={fieldId(['initialStage'])}
            value={def.initialStage}
            onChange={(e) => setDef((d) => ({ ...d, initialStage: e.target.value }))}
          >
            <option value="">{t('workflow.stageBar.choose')}</option>
            {stageOptions}
          </select>
        </Field>
      </div>

      <h3>{t('workflow.editor.stages')}</h3>
      {at(['stages']).map((p, i) => (
        <p key={i} className="field-error">
          {p.message}
        </p>
      ))}
      {def.stages.map((s, i) => {
        const limit = stageLimitOf(s);
        return (
          <fieldset key={i} className="sub-editor">
            <legend>{t('workflow.editor.stageN', { n: i + 1, key: s.key })}</legend>
            {at(['stages', i]).map((p, j) => (
              <p key={j} className="field-error">
                {p.message}
              </p>
            ))}
            <div className="form-grid">
              <TextField
                id={fieldId(['stages', i, 'key'])}
                label={t('workflow.editor.stageKey')}
                value={s.key}
                problems={at(['stages', i, 'key'])}
                onChange={(v) => setStage(i, { ...s, key: v })}
              />
              <TextField
                id={fieldId(['stages', i, 'label', 'en'])}
                label={t('workflow.editor.labelEn')}
                value={s.label.en ?? ''}
                problems={at(['stages', i, 'label'])}
                onChange={(v) => setStage(i, { ...s, label: { ...s.label, en: v } })}
              />
              <TextField
                id={fieldId(['stages', i, 'label', 'ar'])}
                label={t('workflow.editor.labelAr')}
                value={s.label.ar ?? ''}
                problems={[]}
                onChange={(v) => setStage(i, { ...s, label: { ...s.label, ar: v } })}
              />
              <Field
                id={fieldId(['stages', i, 'caseStatus'])}
                label={t('workflow.editor.caseStatus')}
                problems={at(['stages', i, 'caseStatus'])}
              >
                <select
                  id={fieldId(['stages', i, 'caseStatus'])}
                  value={s.caseStatus}
                  onChange={(e) => setStage(i, { ...s, caseStatus: e.target.value === 'closed' ? 'closed' : 'open' })}
                >
                  <option value="open">{t('workflow.editor.open')}</option>
                  <option value="closed">{t('workflow.editor.closed')}</option>
                </select>
              </Field>
              <Field
                id={fieldId(['stages', i, 'limit'])}
                label={t('workflow.editor.limit')}
                problems={problems.filter((p) => p.path.startsWith(`stages.${i}.onEnter`))}
              >
                <input
                  id={fieldId(['stages', i, 'limit'])}
                  type="number"
                  min={1}
                  max={3650}
                  value={limit?.amount ?? ''}
                  onChange={(e) => {
                    const amount = e.target.value === '' ? null : Number(e.target.value);
                    setStage(i, withStageLimit(s, amount === null ? null : { unit: limit?.unit ?? 'days', amount }));
                  }}
                />
              </Field>
              <Field id={fieldId(['stages', i, 'limitUnit'])} label={t('workflow.editor.limitUnit')} problems={[]}>
                <select
                  id={fieldId(['stages', i, 'limitUnit'])}
                  value={limit?.unit ?? 'days'}
                  disabled={!limit}
                  onChange={(e) =>
                    limit &&
                    setStage(i, withStageLimit(s, { unit: e.target.value as DurationUnit, amount: limit.amount }))
                  }
                >
                  {durationUnits.map((u) => (
                    <option key={u} value={u}>
                      {t(`workflow.editor.unit.${u}`)}
                    </option>
                  ))}
                </select>
              </Field>
              {s.caseStatus === 'closed' && (
                <ListField
                  id={fieldId(['stages', i, 'closureForms'])}
                  label={t('workflow.editor.closureForms')}
                  value={s.closureForms ?? []}
                  problems={problems.filter((p) => p.path.startsWith(`stages.${i}.closureForms`))}
                  onChange={(forms) => {
                    const next: Stage = { ...s, closureForms: forms };
                    if (forms.length === 0) delete next.closureForms;
                    setStage(i, next);
                  }}
                />
              )}
            </div>
            <button
              type="button"
              className="button button-quiet button-small"
              onClick={() => setDef((d) => ({ ...d, stages: d.stages.filter((_, j) => j !== i) }))}
            >
              {t('workflow.editor.removeStage', { key: s.key })}
            </button>
          </fieldset>
        );
      })}
      <button
        type="button"
        className="button button-small"
        onClick={() =>
          setDef((d) => ({ ...d, stages: [...d.stages, { key: '', label: { en: '', ar: '' }, caseStatus: 'open' }] }))
        }
      >
        {t('workflow.editor.addStage')}
      </button>

      <h3>{t('workflow.editor.transitions')}</h3>
      {def.transitions.map((tr, i) => (
        <fieldset key={i} className="sub-editor">
          <legend>{t('workflow.editor.transitionN', { n: i + 1, from: tr.from, to: tr.to })}</legend>
          {at(['transitions', i]).map((p, j) => (
            <p key={j} className="field-error">
              {p.message}
            </p>
          ))}
          <div className="form-grid">
            <Field
              id={fieldId(['transitions', i, 'from'])}
              label={t('workflow.editor.from')}
              problems={at(['transitions', i, 'from'])}
            >
              <select
                id={fieldId(['transitions', i, 'from'])}
                value={tr.from}
                onChange={(e) => setTransition(i, { ...tr, from: e.target.value })}
              >
                <option value="">{t('workflow.stageBar.choose')}</option>
                <option value={ANY}>{t('workflow.editor.anyOpen')}</option>
                {stageOptions}
              </select>
            </Field>
            <Field
              id={fieldId(['transitions', i, 'to'])}
              label={t('workflow.editor.to')}
              problems={at(['transitions', i, 'to'])}
            >
              <select
                id={fieldId(['transitions', i, 'to'])}
                value={tr.to}
                onChange={(e) => setTransition(i, { ...tr, to: e.target.value })}
              >
                <option value="">{t('workflow.stageBar.choose')}</option>
                <option value={RESUME}>{t('workflow.editor.resume')}</option>
                {stageOptions}
              </select>
            </Field>
            <TextField
              id={fieldId(['transitions', i, 'label', 'en'])}
              label={t('workflow.editor.actionEn')}
              value={tr.label?.en ?? ''}
              problems={[]}
              onChange={(v) => {
                const next: Transition = { ...tr, label: { ...tr.label, en: v } };
                if (!v && !tr.label?.ar) delete next.label;
                setTransition(i, next);
              }}
            />
            <TextField
              id={fieldId(['transitions', i, 'label', 'ar'])}
              label={t('workflow.editor.actionAr')}
              value={tr.label?.ar ?? ''}
              problems={[]}
              onChange={(v) => {
                const next: Transition = { ...tr, label: { ...tr.label, ar: v } };
                if (!v && !tr.label?.en) delete next.label;
                setTransition(i, next);
              }}
            />
            <Field
              id={fieldId(['transitions', i, 'approval'])}
              label={t('workflow.editor.approval')}
              problems={at(['transitions', i, 'approval'])}
            >
              <select
                id={fieldId(['transitions', i, 'approval'])}
                value={tr.approval ?? ''}
                onChange={(e) => {
                  const next: Transition = { ...tr, approval: e.target.value as 'supervisor' | 'panel' };
                  if (!e.target.value) delete next.approval;
                  setTransition(i, next);
                }}
              >
                <option value="">{t('workflow.editor.approvalNone')}</option>
                <option value="supervisor">{t('workflow.editor.approvalSupervisor')}</option>
                <option value="panel">{t('workflow.editor.approvalPanel')}</option>
              </select>
            </Field>
            <div className="field">
              <label className="choice">
                <input
                  type="checkbox"
                  checked={tr.reasonRequired ?? false}
                  onChange={(e) => {
                    const next: Transition = { ...tr, reasonRequired: true };
                    if (!e.target.checked) delete next.reasonRequired;
                    setTransition(i, next);
                  }}
                />{' '}
                {t('workflow.editor.reasonRequired')}
              </label>
            </div>
          </div>
          <h4>{t('workflow.editor.guards')}</h4>
          {(tr.guards ?? []).map((g, j) => (
            <GuardEditor
              key={j}
              id={fieldId(['transitions', i, 'guards', j])}
              guard={g}
              problems={problems.filter((p) => p.path.startsWith(`transitions.${i}.guards.${j}`))}
              onChange={(guard) =>
                setTransition(i, { ...tr, guards: (tr.guards ?? []).map((x, k) => (k === j ? guard : x)) })
              }
              onRemove={() => {
                const guards = (tr.guards ?? []).filter((_, k) => k !== j);
                const next: Transition = { ...tr, guards };
                if (guards.length === 0) delete next.guards;
                setTransition(i, next);
              }}
            />
          ))}
          <button
            type="button"
            className="button button-small"
            onClick={() => setTransition(i, { ...tr, guards: [...(tr.guards ?? []), guardOfType('forms_submitted')] })}
          >
            {t('workflow.editor.addGuard')}
          </button>{' '}
          <button
            type="button"
            className="button button-quiet button-small"
            onClick={() => setDef((d) => ({ ...d, transitions: d.transitions.filter((_, j) => j !== i) }))}
          >
            {t('workflow.editor.removeTransition')}
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        className="button button-small"
        onClick={() => setDef((d) => ({ ...d, transitions: [...d.transitions, { from: '', to: '' }] }))}
      >
        {t('workflow.editor.addTransition')}
      </button>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void save()}>
          {t('workflow.editor.save')}
        </button>
      </div>
    </section>
  );
}

function GuardEditor({
  id,
  guard,
  problems,
  onChange,
  onRemove,
}: {
  id: string;
  guard: Guard;
  problems: Problem[];
  onChange: (guard: Guard) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="guard-editor form-grid">
      <Field
        id={`${id}-type`}
        label={t('workflow.editor.guardType')}
        problems={problems.filter((p) => p.path.endsWith('type'))}
      >
        <select
          id={`${id}-type`}
          value={guard.type}
          onChange={(e) => onChange(guardOfType(e.target.value as GuardType))}
        >
          {guardTypes.map((g) => (
            <option key={g} value={g}>
              {t(`workflow.editor.guard.${g}`)}
            </option>
          ))}
        </select>
      </Field>
      {guard.type === 'forms_submitted' && (
        <ListField
          id={`${id}-forms`}
          label={t('workflow.editor.guardForms')}
          value={guard.forms ?? []}
          problems={problems.filter((p) => /\.forms(\.|$)/.test(p.path))}
          onChange={(forms) => onChange({ ...guard, forms })}
        />
      )}
      {guard.type === 'consent' && (
        <Field
          id={`${id}-scope`}
          label={t('workflow.editor.guardScope')}
          problems={problems.filter((p) => p.path.endsWith('scope'))}
        >
          <select
            id={`${id}-scope`}
            value={guard.scope ?? 'services'}
            onChange={(e) => onChange({ ...guard, scope: e.target.value })}
          >
            {consentScopes.map((s) => (
              <option key={s} value={s}>
                {t(`workflow.editor.scope.${s}`)}
              </option>
            ))}
          </select>
        </Field>
      )}
      {guard.type === 'permission' && (
        <TextField
          id={`${id}-permission`}
          label={t('workflow.editor.guardPermission')}
          value={guard.permission ?? ''}
          problems={problems.filter((p) => p.path.endsWith('permission'))}
          onChange={(v) => onChange({ ...guard, permission: v.trim() })}
        />
      )}
      {guard.type === 'role' && (
        <ListField
          id={`${id}-roles`}
          label={t('workflow.editor.guardRoles')}
          value={guard.roles ?? []}
          problems={problems.filter((p) => /\.roles(\.|$)/.test(p.path))}
          onChange={(roles) => onChange({ ...guard, roles })}
        />
      )}
      <div className="field">
        <button type="button" className="button button-quiet button-small" onClick={onRemove}>
          {t('workflow.editor.removeGuard')}
        </button>
      </div>
    </div>
  );
}

function Field({
  id,
  label,
  problems,
  children,
}: {
  id: string;
  label: string;
  problems: Problem[];
  children: ReactNode;
}) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
      {problems.map((p, i) => (
        <p key={i} className="field-error" id={`${id}-error-${i}`}>
          {p.message}
        </p>
      ))}
    </div>
  );
}

function TextField({
  id,
  label,
  value,
  problems,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  problems: Problem[];
  onChange: (value: string) => void;
}) {
  return (
    <Field id={id} label={label} problems={problems}>
      <input
        id={id}
        value={value}
        aria-invalid={problems.length > 0 ? true : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
    </Field>
  );
}

/** Keys typed as a comma-separated list; the text is kept as typed while the list follows it. */
function ListField({
  id,
  label,
  value,
  problems,
  onChange,
}: {
  id: string;
  label: string;
  value: string[];
  problems: Problem[];
  onChange: (value: string[]) => void;
}) {
  const [text, setText] = useState(value.join(', '));
  return (
    <TextField
      id={id}
      label={label}
      value={text}
      problems={problems}
      onChange={(v) => {
        setText(v);
        onChange(keyList(v));
      }}
    />
  );
}

import { permissions as permissionCatalogue } from '@haven/core/permissions';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, request, type FieldProblem } from '../../api/client';
import type { AdminDirectoryQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/format';
import { AdminField } from './AdminField';
import { AdminCreateRoleDocument, AdminUpdateRolePermissionsDocument } from './operations';
import { describeProblem, explainFailure, problemFor } from './problems';

interface Props {
  data: AdminDirectoryQuery;
  onChanged: (message: string) => Promise<void>;
}

interface PermissionChecklistProps {
  id: string;
  legend: string;
  chosen: string[];
  onChange: (next: string[]) => void;
  problem: string | null;
}

/** The catalogue of permissions as checkboxes. */
function PermissionChecklist({ id, legend, chosen, onChange, problem }: PermissionChecklistProps) {
  const errorId = `${id}-error`;
  return (
    <fieldset
      className={problem ? 'has-error' : undefined}
      aria-invalid={problem !== null}
      aria-describedby={problem ? errorId : undefined}
    >
      <legend>{legend}</legend>
      <ul className="checkbox-list checkbox-grid">
        {permissionCatalogue.map((p) => (
          <li key={p}>
            <label>
              <input
                type="checkbox"
                checked={chosen.includes(p)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, p] : chosen.filter((x) => x !== p))}
              />{' '}
              <code dir="ltr">{p}</code>
            </label>
          </li>
        ))}
      </ul>
      {problem && (
        <p className="field-error" id={errorId}>
          {problem}
        </p>
      )}
    </fieldset>
  );
}

/** Creates a role from the permission catalogue, and edits the permissions of a role. */
export function RoleForms({ data, onChanged }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [key, setKey] = useState('');
  const [name, setName] = useState('');
  const [newPermissions, setNewPermissions] = useState<string[]>([]);
  const [createProblems, setCreateProblems] = useState<FieldProblem[]>([]);
  const [createFailure, setCreateFailure] = useState<string | null>(null);
  const [roleId, setRoleId] = useState('');
  const [permissions, setPermissions] = useState<string[]>([]);
  const [editProblem, setEditProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const shown = (problems: FieldProblem[], field: string) => {
    const problem = problemFor(problems, field);
    return problem ? describeProblem(t, problem.message) : null;
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setCreateProblems([]);
    setCreateFailure(null);
    setBusy(true);
    try {
      await request(AdminCreateRoleDocument, { input: { key, name, permissions: newPermissions } });
      setKey('');
      setName('');
      setNewPermissions([]);
      await onChanged(t('admin.newRole.done', { name: isolate(name) }));
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT') && error.fields.length) {
        setCreateProblems(error.fields);
        const first = error.fields[0]?.path.at(-1);
        if (first) document.getElementById(`${id}-${first}`)?.focus();
      } else setCreateFailure(explainFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

  const chooseRole = (next: string) => {
    setRoleId(next);
    setEditProblem(null);
    setPermissions(data.roles.find((r) => r.id === next)?.permissions ?? []);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!roleId) return;
    setEditProblem(null);
    setBusy(true);
    try {
      await request(AdminUpdateRolePermissionsDocument, { roleId, permissions });
      await onChanged(t('admin.rolePermissions.done'));
    } catch (error) {
      const field = isApiError(error, 'BAD_USER_INPUT') ? problemFor(error.fields, 'permissions') : undefined;
      setEditProblem(field ? describeProblem(t, field.message) : explainFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section aria-labelledby={`${id}-new`} className="admin-section">
        <h2 id={`${id}-new`}>{t('admin.newRole.title')}</h2>
        <form onSubmit={(e) => void create(e)} noValidate>
          <AdminField id={`${id}-key`} label={t('admin.newRole.key')} problem={shown(createProblems, 'key')}>
            {(control) => <input {...control} dir="ltr" value={key} onChange={(e) => setKey(e.target.value)} />}
          </AdminField>
          <AdminField id={`${id}-name`} label={t('admin.newRole.name')} problem={shown(createProblems, 'name')}>
            {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
          </AdminField>
          <PermissionChecklist
            id={`${id}-permissions`}
            legend={t('admin.roles.permissions')}
            chosen={newPermissions}
            onChange={setNewPermissions}
            problem={shown(createProblems, 'permissions')}
          />
          <div role="alert">{createFailure && <p className="notice notice-error">{createFailure}</p>}</div>
          <button type="submit" className="button" disabled={busy}>
            {t('admin.newRole.submit')}
          </button>
        </form>
      </section>
      <section aria-labelledby={`${id}-edit`} className="admin-section">
        <h2 id={`${id}-edit`}>{t('admin.rolePermissions.title')}</h2>
        <form onSubmit={(e) => void save(e)}>
          <div className="field">
            <label htmlFor={`${id}-role`}>{t('admin.rolePermissions.role')}</label>
            <select id={`${id}-role`} value={roleId} onChange={(e) => chooseRole(e.target.value)}>
              <option value="">{t('admin.rolePermissions.chooseRole')}</option>
              {data.roles.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          </div>
          {roleId && (
            <PermissionChecklist
              id={`${id}-edit-permissions`}
              legend={t('admin.roles.permissions')}
              chosen={permissions}
              onChange={setPermissions}
              problem={editProblem}
            />
          )}
          <button type="submit" className="button" disabled={!roleId || busy}>
            {t('admin.rolePermissions.submit')}
          </button>
        </form>
      </section>
    </>
  );
}

import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, request } from '../../api/client';
import type { AdminDirectoryQuery } from '../../gql/graphql';
import { AdminAssignRolesDocument } from './operations';
import { describeProblem, explainFailure, problemFor } from './problems';

interface Props {
  data: AdminDirectoryQuery;
  selfId: string;
  onChanged: (message: string) => Promise<void>;
}

/** Replaces the roles of one user (never one's own: the API refuses that). */
export function UserRolesForm({ data, selfId, onChanged }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [userId, setUserId] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const users = data.staff.filter((u) => !u.disabled && u.id !== selfId);

  const choose = (next: string) => {
    setUserId(next);
    setProblem(null);
    setRoles(users.find((u) => u.id === next)?.roles.map((r) => r.key) ?? []);
  };

  const toggle = (key: string, on: boolean) =>
    setRoles((current) => (on ? [...current, key] : current.filter((k) => k !== key)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!userId) return;
    setProblem(null);
    setBusy(true);
    try {
      await request(AdminAssignRolesDocument, { userId, roles });
      await onChanged(t('admin.assignRoles.done'));
    } catch (error) {
      const field = isApiError(error, 'BAD_USER_INPUT') ? problemFor(error.fields, 'roles') : undefined;
      setProblem(field ? describeProblem(t, field.message) : explainFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} className="admin-section">
      <h2 id={`${id}-title`}>{t('admin.assignRoles.title')}</h2>
      <form onSubmit={(e) => void submit(e)}>
        <div className="field">
          <label htmlFor={`${id}-user`}>{t('admin.assignRoles.user')}</label>
          <select id={`${id}-user`} value={userId} onChange={(e) => choose(e.target.value)}>
            <option value="">{t('admin.assignRoles.chooseUser')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.displayName}
              </option>
            ))}
          </select>
        </div>
        {userId && (
          <fieldset aria-describedby={problem ? `${id}-error` : undefined}>
            <legend>{t('admin.assignRoles.roles')}</legend>
            <ul className="checkbox-list">
              {data.roles.map((r) => (
                <li key={r.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={roles.includes(r.key)}
                      onChange={(e) => toggle(r.key, e.target.checked)}
                    />{' '}
                    {r.name}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        )}
        <div aria-live="assertive">
          {problem && (
            <p className="field-error" id={`${id}-error`}>
              {problem}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={!userId || busy} aria-busy={busy}>
          {t('admin.assignRoles.submit')}
        </button>
      </form>
    </section>
  );
}

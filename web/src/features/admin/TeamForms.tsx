import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, request } from '../../api/client';
import type { AdminDirectoryQuery } from '../../gql/graphql';
import { isolate } from '../../i18n/format';
import { AdminField } from './AdminField';
import { AdminCreateTeamDocument, AdminSetTeamMembersDocument } from './operations';
import { describeProblem, explainFailure, problemFor } from './problems';

interface Props {
  data: AdminDirectoryQuery;
  onChanged: (message: string) => Promise<void>;
}

type Membership = Record<string, 'member' | 'supervisor'>;

/** Creates a team, and sets a team's members and supervisors. */
export function TeamForms({ data, onChanged }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [createProblem, setCreateProblem] = useState<string | null>(null);
  const [teamId, setTeamId] = useState('');
  const [membership, setMembership] = useState<Membership>({});
  const [membersProblem, setMembersProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const staff = data.staff.filter((u) => !u.disabled);
  const team = data.teams.find((x) => x.id === teamId);

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setNameProblem(null);
    setCreateProblem(null);
    setBusy(true);
    try {
      const { createTeam } = await request(AdminCreateTeamDocument, { name });
      setName('');
      await onChanged(t('admin.newTeam.done', { name: isolate(createTeam.name) }));
      chooseTeam(createTeam.id, []);
    } catch (error) {
      const field = isApiError(error, 'BAD_USER_INPUT') ? problemFor(error.fields, 'name') : undefined;
      if (field) setNameProblem(describeProblem(t, field.message));
      else setCreateProblem(explainFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

  const chooseTeam = (next: string, members?: { userId: string; isSupervisor: boolean }[]) => {
    setTeamId(next);
    setMembersProblem(null);
    const current = members ?? data.teams.find((x) => x.id === next)?.members ?? [];
    setMembership(
      Object.fromEntries(current.map((m) => [m.userId, m.isSupervisor ? 'supervisor' : 'member'] as const)),
    );
  };

  const setMember = (userId: string, value: 'member' | 'supervisor' | null) =>
    setMembership((current) => {
      const next = { ...current };
      if (value) next[userId] = value;
      else delete next[userId];
      return next;
    });

  const saveMembers = async (event: FormEvent) => {
    event.preventDefault();
    if (!teamId) return;
    setMembersProblem(null);
    setBusy(true);
    try {
      const members = Object.entries(membership).map(([userId, role]) => ({
        userId,
        supervisor: role === 'supervisor',
      }));
      await request(AdminSetTeamMembersDocument, { teamId, members });
      await onChanged(t('admin.teamMembers.done'));
    } catch (error) {
      const field = isApiError(error, 'BAD_USER_INPUT') ? error.fields[0] : undefined;
      setMembersProblem(field ? describeProblem(t, field.message) : explainFailure(t, error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <section aria-labelledby={`${id}-new`} className="admin-section">
        <h2 id={`${id}-new`}>{t('admin.newTeam.title')}</h2>
        <form onSubmit={(e) => void create(e)} noValidate>
          <AdminField id={`${id}-name`} label={t('admin.newTeam.name')} problem={nameProblem}>
            {(control) => <input {...control} value={name} onChange={(e) => setName(e.target.value)} />}
          </AdminField>
          <div role="alert">{createProblem && <p className="notice notice-error">{createProblem}</p>}</div>
          <button type="submit" className="button" disabled={busy}>
            {t('admin.newTeam.submit')}
          </button>
        </form>
      </section>
      <section aria-labelledby={`${id}-members`} className="admin-section">
        <h2 id={`${id}-members`}>{t('admin.teamMembers.title')}</h2>
        <form onSubmit={(e) => void saveMembers(e)}>
          <div className="field">
            <label htmlFor={`${id}-team`}>{t('admin.teamMembers.team')}</label>
            <select id={`${id}-team`} value={teamId} onChange={(e) => chooseTeam(e.target.value)}>
              <option value="">{t('admin.teamMembers.chooseTeam')}</option>
              {data.teams.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.name}
                </option>
              ))}
            </select>
          </div>
          {team && (
            <table>
              <caption>{t('admin.teamMembers.caption', { name: isolate(team.name) })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('admin.users.name')}</th>
                  <th scope="col">{t('admin.teamMembers.member')}</th>
                  <th scope="col">{t('admin.teamMembers.supervisor')}</th>
                </tr>
              </thead>
              <tbody>
                {staff.map((u) => (
                  <tr key={u.id}>
                    <th scope="row">
                      <bdi>{u.displayName}</bdi>
                    </th>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('admin.teamMembers.memberOf', { name: isolate(u.displayName) })}
                        checked={u.id in membership}
                        onChange={(e) => setMember(u.id, e.target.checked ? 'member' : null)}
                      />
                    </td>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={t('admin.teamMembers.supervisorOf', { name: isolate(u.displayName) })}
                        checked={membership[u.id] === 'supervisor'}
                        onChange={(e) => setMember(u.id, e.target.checked ? 'supervisor' : 'member')}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div role="alert">{membersProblem && <p className="notice notice-error">{membersProblem}</p>}</div>
          <button type="submit" className="button" disabled={!teamId || busy}>
            {t('admin.teamMembers.submit')}
          </button>
        </form>
      </section>
    </>
  );
}

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError, request } from '../../api/client';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import type { AdminDirectoryQuery } from '../../gql/graphql';
import {
  AdminCreateUserDocument,
  AdminDirectoryDocument,
  AdminDisableUserDocument,
  AdminForceSignOutDocument,
  AdminResetUserMfaDocument,
} from './operations';
import { BulkCreateForm } from './BulkCreateForm';
import { RoleForms } from './RoleForms';
import { SsoProviders } from './SsoProviders';
import { TeamForms } from './TeamForms';
import { UserRolesForm } from './UserRolesForm';

type Directory = AdminDirectoryQuery;

/** Administration of the agency's users, teams, roles and sign-in identity providers (user:manage). */
export function AdminPage({ selfId }: { selfId: string }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [data, setData] = useState<Directory | null>(null);
  const [failed, setFailed] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [setupToken, setSetupToken] = useState<string | null>(null);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState('');

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      setData(await request(AdminDirectoryDocument, undefined, { signal }));
      setFailed(false);
    } catch (error) {
      if (!isAbortError(error)) setFailed(true);
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const explain = (error: unknown) =>
    setMessage(
      isApiError(error, 'BAD_USER_INPUT')
        ? t('admin.errors.input')
        : isApiError(error, 'FORBIDDEN')
          ? t('admin.errors.forbidden')
          : t('admin.errors.failed'),
    );

  const createUser = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    setSetupToken(null);
    try {
      const { createUser } = await request(AdminCreateUserDocument, {
        input: { email, displayName, roles: role ? [role] : [], teams: [] },
      });
      setSetupToken(createUser.setupToken);
      setEmail('');
      setDisplayName('');
      await load();
    } catch (error) {
      explain(error);
    }
  };

  const changed = useCallback(
    async (done: string) => {
      setMessage(done);
      await load();
    },
    [load],
  );

  const act = async (run: () => Promise<unknown>, done: string) => {
    setMessage(null);
    try {
      await run();
      setMessage(done);
      await load();
    } catch (error) {
      explain(error);
    }
  };

  return (
    <section aria-labelledby="admin-title">
      <h1 id="admin-title" ref={heading} tabIndex={-1}>
        {t('admin.title')}
      </h1>
      {failed && (
        <p className="notice notice-error" role="alert">
          {t('admin.errors.loadFailed')}
        </p>
      )}
      {message && (
        <p className="notice" role="status">
          {message}
        </p>
      )}
      <h2>{t('admin.newUser.title')}</h2>
      <form onSubmit={(e) => void createUser(e)}>
        <label>
          {t('admin.newUser.email')}
          <input type="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
        </label>
        <label>
          {t('admin.newUser.displayName')}
          <input required value={displayName} onChange={(e) => setDisplayName(e.target.value)} />
        </label>
        <label>
          {t('admin.newUser.role')}
          <select value={role} onChange={(e) => setRole(e.target.value)}>
            <option value="">{t('admin.newUser.noRole')}</option>
            {data?.roles.map((r) => (
              <option key={r.id} value={r.key}>
                {r.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="button">
          {t('admin.newUser.submit')}
        </button>
      </form>
      {setupToken && (
        <div className="notice" role="status">
          <p>{t('admin.newUser.setupToken')}</p>
          <code>{setupToken}</code>
        </div>
      )}
      {data && (
        <>
          <table>
            <caption>{t('admin.users.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.users.name')}</th>
                <th scope="col">{t('admin.users.email')}</th>
                <th scope="col">{t('admin.users.roles')}</th>
                <th scope="col">{t('admin.users.teams')}</th>
                <th scope="col">{t('admin.users.status')}</th>
                <th scope="col">{t('admin.users.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.staff.map((u) => (
                <tr key={u.id}>
                  <td>{u.displayName}</td>
                  <td>{u.email}</td>
                  <td>{u.roles.map((r) => r.name).join(', ')}</td>
                  <td>{u.teams.map((x) => x.name).join(', ')}</td>
                  <td>{u.disabled ? t('admin.users.disabled') : t('admin.users.active')}</td>
                  <td>
                    {!u.disabled && u.id !== selfId && (
                      <>
                        <button
                          type="button"
                          className="button"
                          onClick={() =>
                            void act(
                              () => request(AdminForceSignOutDocument, { userId: u.id }),
                              t('admin.users.signedOut'),
                            )
                          }
                        >
                          {t('admin.users.forceSignOut')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          onClick={() =>
                            void act(
                              () => request(AdminDisableUserDocument, { userId: u.id }),
                              t('admin.users.wasDisabled'),
                            )
                          }
                        >
                          {t('admin.users.disable')}
                        </button>
                        <button
                          type="button"
                          className="button"
                          onClick={() =>
                            void act(
                              () => request(AdminResetUserMfaDocument, { userId: u.id }),
                              t('admin.users.mfaWasReset'),
                            )
                          }
                        >
                          {t('admin.users.resetMfa')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>{t('admin.teams.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.teams.name')}</th>
                <th scope="col">{t('admin.teams.members')}</th>
                <th scope="col">{t('admin.teams.supervisors')}</th>
              </tr>
            </thead>
            <tbody>
              {data.teams.map((team) => (
                <tr key={team.id}>
                  <td>{team.name}</td>
                  <td>{team.members.length}</td>
                  <td>{team.supervisors.map((s) => s.displayName).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <table>
            <caption>{t('admin.roles.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.roles.name')}</th>
                <th scope="col">{t('admin.roles.permissions')}</th>
              </tr>
            </thead>
            <tbody>
              {data.roles.map((r) => (
                <tr key={r.id}>
                  <td>{r.name}</td>
                  <td>{r.permissions.join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <UserRolesForm data={data} selfId={selfId} onChanged={changed} />
          <TeamForms data={data} onChanged={changed} />
          <RoleForms data={data} onChanged={changed} />
          <BulkCreateForm onChanged={changed} />
          <SsoProviders roles={data.roles} onChanged={changed} />
        </>
      )}
    </section>
  );
}

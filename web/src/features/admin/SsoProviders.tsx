import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError, request, type FieldProblem } from '../../api/client';
import { useReturnFocus } from '../../app/useReturnFocus';
import type { AdminDirectoryQuery, SsoProviderFieldsFragment, SsoUnknownUsers } from '../../gql/graphql';
import { isolate } from '../../i18n/format';
import { AdminField } from './AdminField';
import {
  AdminSaveSsoProviderDocument,
  AdminSetSsoProviderEnabledDocument,
  AdminSsoProvidersDocument,
} from './operations';
import { describeProblem, explainFailure } from './problems';

type Provider = SsoProviderFieldsFragment;
type Role = AdminDirectoryQuery['roles'][number];

interface Draft {
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  emailClaim: string;
  nameClaim: string;
  roleClaim: string;
  roleMapping: { value: string; roleKey: string }[];
  unknownUsers: SsoUnknownUsers;
  defaultRoleKey: string;
}

const empty: Draft = {
  displayName: '',
  issuer: 'https://',
  clientId: '',
  clientSecret: '',
  emailClaim: 'email',
  nameClaim: 'name',
  roleClaim: '',
  roleMapping: [],
  unknownUsers: 'REFUSE',
  defaultRoleKey: '',
};

const draftOf = (p: Provider): Draft => ({
  displayName: p.displayName,
  issuer: p.issuer,
  clientId: p.clientId,
  clientSecret: '',
  emailClaim: p.emailClaim,
  nameClaim: p.nameClaim,
  roleClaim: p.roleClaim ?? '',
  roleMapping: p.roleMapping.map((m) => ({ value: m.value, roleKey: m.roleKey })),
  unknownUsers: p.unknownUsers,
  defaultRoleKey: p.defaultRoleKey ?? '',
});

/** Where the identity provider sends people back to: registered there as the client's redirect URI. */
export const redirectUriOf = (providerId: string) => `${window.location.origin}/auth/sso/${providerId}/callback`;

/**
 * Sign-in with the agency's identity providers (OpenID Connect): the providers, each with the redirect
 * URI to register at the provider, enabled or not; a form to add one or change one (the whole
 * provider is sent: the API replaces every field). The client secret is write-only: left empty when
 * changing a provider, the stored one is kept.
 */
export function SsoProviders({ roles, onChanged }: { roles: Role[]; onChanged: (message: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [providers, setProviders] = useState<Provider[] | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  // null: no form; 'new': a new provider; otherwise the id of the provider being changed.
  const [editing, setEditing] = useState<string | null>(null);
  const focus = useReturnFocus(editing !== null);

  const load = useCallback(
    async (signal?: AbortSignal) => {
      try {
        setProviders((await request(AdminSsoProvidersDocument, undefined, { signal })).ssoProviders);
      } catch (error) {
        if (!isAbortError(error)) setFailure(explainFailure(t, error));
      }
    },
    [t],
  );

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  const done = async (message: string) => {
    setEditing(null);
    await load();
    await onChanged(message);
  };

  const setEnabled = async (provider: Provider, enabled: boolean) => {
    setFailure(null);
    try {
      await request(AdminSetSsoProviderEnabledDocument, { id: provider.id, enabled });
      await done(
        t(enabled ? 'admin.sso.enabledDone' : 'admin.sso.disabledDone', { name: isolate(provider.displayName) }),
      );
    } catch (error) {
      setFailure(explainFailure(t, error));
    }
  };

  const changing = providers?.find((p) => p.id === editing);
  return (
    <section aria-labelledby="sso-title" className="sso-providers">
      <h2 id="sso-title">{t('admin.sso.title')}</h2>
      <p className="muted">{t('admin.sso.intro')}</p>
      {failure && (
        <p className="notice notice-error" role="alert">
          {failure}
        </p>
      )}
      {providers?.length === 0 && <p className="muted">{t('admin.sso.none')}</p>}
      {providers && providers.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('admin.sso.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.sso.displayName')}</th>
              <th scope="col">{t('admin.sso.issuer')}</th>
              <th scope="col">{t('admin.sso.redirectUri')}</th>
              <th scope="col">{t('admin.sso.unknownUsers')}</th>
              <th scope="col">{t('admin.users.status')}</th>
              <th scope="col">{t('admin.users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {providers.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <bdi>{p.displayName}</bdi>
                </th>
                <td>
                  <code>{p.issuer}</code>
                </td>
                <td>
                  <code>{redirectUriOf(p.id)}</code>
                </td>
                <td>{t(`admin.sso.unknownUsersShort.${p.unknownUsers}`)}</td>
                <td>{p.enabled ? t('admin.sso.on') : t('admin.sso.off')}</td>
                <td>
                  <button
                    type="button"
                    className="button"
                    disabled={editing !== null}
                    aria-label={t('admin.sso.changeNamed', { name: p.displayName })}
                    onClick={() => {
                      setFailure(null);
                      setEditing(p.id);
                    }}
                  >
                    {t('admin.sso.change')}
                  </button>{' '}
                  <button type="button" className="button" onClick={() => void setEnabled(p, !p.enabled)}>
                    {p.enabled
                      ? t('admin.sso.disableNamed', { name: p.displayName })
                      : t('admin.sso.enableNamed', { name: p.displayName })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing === null ? (
        <button
          ref={focus.ref}
          type="button"
          className="button"
          onClick={() => {
            setFailure(null);
            setEditing('new');
          }}
        >
          {t('admin.sso.add')}
        </button>
      ) : (
        <ProviderForm
          key={editing}
          provider={changing ?? null}
          roles={roles}
          onSaved={(saved, created) =>
            void done(t(created ? 'admin.sso.created' : 'admin.sso.saved', { name: isolate(saved.displayName) }))
          }
          onCancel={() => {
            focus.cancelled();
            setEditing(null);
          }}
        />
      )}
    </section>
  );
}

function ProviderForm({
  provider,
  roles,
  onSaved,
  onCancel,
}: {
  provider: Provider | null;
  roles: Role[];
  onSaved: (saved: Provider, created: boolean) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [draft, setDraft] = useState<Draft>(provider ? draftOf(provider) : empty);
  const [problems, setProblems] = useState<FieldProblem[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setMapping = (index: number, patch: Partial<Draft['roleMapping'][number]>) =>
    set({ roleMapping: draft.roleMapping.map((m, i) => (i === index ? { ...m, ...patch } : m)) });

  /** The problem the API reported at input.<path>, in the current language. */
  const problemAt = (...path: (string | number)[]): string | null => {
    const found = problems.find(
      (p) => p.path.length === path.length + 1 && path.every((part, i) => p.path[i + 1] === part),
    );
    if (!found) return null;
    if (path[0] === 'roleMapping' && found.message === 'duplicate') return t('admin.sso.duplicateValue');
    return describeProblem(t, found.message);
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblems([]);
    setFailure(null);
    const optional = (v: string) => (v.trim() ? v.trim() : null);
    try {
      const { saveSsoProvider } = await request(AdminSaveSsoProviderDocument, {
        id: provider?.id ?? null,
        input: {
          displayName: draft.displayName.trim(),
          issuer: draft.issuer.trim(),
          clientId: draft.clientId.trim(),
          // Write-only: empty when changing a provider keeps the stored secret.
          clientSecret: draft.clientSecret ? draft.clientSecret : null,
          emailClaim: optional(draft.emailClaim),
          nameClaim: optional(draft.nameClaim),
          roleClaim: optional(draft.roleClaim),
          roleMapping: draft.roleMapping.map((m) => ({ value: m.value.trim(), roleKey: m.roleKey })),
          unknownUsers: draft.unknownUsers,
          defaultRoleKey: optional(draft.defaultRoleKey),
        },
      });
      onSaved(saveSsoProvider, provider === null);
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT') && error.fields.length > 0) {
        setProblems(error.fields);
        setFailure(t('admin.errors.input'));
      } else setFailure(explainFailure(t, error));
    }
    setBusy(false);
  };

  const title = provider ? t('admin.sso.changeTitle', { name: isolate(provider.displayName) }) : t('admin.sso.add');
  return (
    <form noValidate className="record-form sso-form" aria-label={title} onSubmit={(e) => void save(e)}>
      <h3>{title}</h3>
      <div role="alert">{failure && <p className="notice notice-error">{failure}</p>}</div>
      {provider && (
        <p className="field-hint">
          {t('admin.sso.registerRedirect')} <code>{redirectUriOf(provider.id)}</code>
        </p>
      )}
      {!provider && <p className="field-hint">{t('admin.sso.redirectAfterSave')}</p>}
      <div className="form-grid">
        <AdminField id={`${id}-name`} label={t('admin.sso.displayName')} problem={problemAt('displayName')}>
          {(c) => <input {...c} value={draft.displayName} onChange={(e) => set({ displayName: e.target.value })} />}
        </AdminField>
        <AdminField id={`${id}-issuer`} label={t('admin.sso.issuer')} problem={problemAt('issuer')}>
          {(c) => <input {...c} type="url" value={draft.issuer} onChange={(e) => set({ issuer: e.target.value })} />}
        </AdminField>
        <AdminField id={`${id}-client`} label={t('admin.sso.clientId')} problem={problemAt('clientId')}>
          {(c) => <input {...c} value={draft.clientId} onChange={(e) => set({ clientId: e.target.value })} />}
        </AdminField>
        <AdminField
          id={`${id}-secret`}
          label={provider?.hasClientSecret ? t('admin.sso.newClientSecret') : t('admin.sso.clientSecret')}
          problem={problemAt('clientSecret')}
        >
          {(c) => (
            <input
              {...c}
              type="password"
              autoComplete="new-password"
              value={draft.clientSecret}
              onChange={(e) => set({ clientSecret: e.target.value })}
            />
          )}
        </AdminField>
        <AdminField id={`${id}-email`} label={t('admin.sso.emailClaim')} problem={problemAt('emailClaim')}>
          {(c) => <input {...c} value={draft.emailClaim} onChange={(e) => set({ emailClaim: e.target.value })} />}
        </AdminField>
        <AdminField id={`${id}-nameclaim`} label={t('admin.sso.nameClaim')} problem={problemAt('nameClaim')}>
          {(c) => <input {...c} value={draft.nameClaim} onChange={(e) => set({ nameClaim: e.target.value })} />}
        </AdminField>
        <AdminField id={`${id}-roleclaim`} label={t('admin.sso.roleClaim')} problem={problemAt('roleClaim')}>
          {(c) => <input {...c} value={draft.roleClaim} onChange={(e) => set({ roleClaim: e.target.value })} />}
        </AdminField>
      </div>
      {provider?.hasClientSecret && <p className="field-hint">{t('admin.sso.secretKept')}</p>}

      <fieldset className="form-section">
        <legend>{t('admin.sso.roleMapping')}</legend>
        <p className="field-hint">{t('admin.sso.roleMappingHint')}</p>
        {draft.roleMapping.map((m, i) => (
          <div key={i} className="form-grid">
            <AdminField
              id={`${id}-map-${i}-value`}
              label={t('admin.sso.mappingValue', { n: i + 1 })}
              problem={problemAt('roleMapping', i, 'value')}
            >
              {(c) => <input {...c} value={m.value} onChange={(e) => setMapping(i, { value: e.target.value })} />}
            </AdminField>
            <AdminField
              id={`${id}-map-${i}-role`}
              label={t('admin.sso.mappingRole', { n: i + 1 })}
              problem={problemAt('roleMapping', i, 'roleKey')}
            >
              {(c) => (
                <select {...c} value={m.roleKey} onChange={(e) => setMapping(i, { roleKey: e.target.value })}>
                  <option value="">{t('forms.choose')}</option>
                  {roles.map((r) => (
                    <option key={r.id} value={r.key}>
                      {r.name}
                    </option>
                  ))}
                </select>
              )}
            </AdminField>
            <button
              type="button"
              className="button button-quiet"
              onClick={() => set({ roleMapping: draft.roleMapping.filter((_, j) => j !== i) })}
            >
              {t('admin.sso.removeMapping', { n: i + 1 })}
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button"
          onClick={() => set({ roleMapping: [...draft.roleMapping, { value: '', roleKey: '' }] })}
        >
          {t('admin.sso.addMapping')}
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('admin.sso.unknownUsers')}</legend>
        {(['REFUSE', 'PROVISION'] as const).map((choice) => (
          <label key={choice} className="choice">
            <input
              type="radio"
              name={`${id}-unknown`}
              checked={draft.unknownUsers === choice}
              onChange={() => set({ unknownUsers: choice })}
            />{' '}
            {t(`admin.sso.unknownUsersChoice.${choice}`)}
          </label>
        ))}
        <AdminField id={`${id}-default`} label={t('admin.sso.defaultRole')} problem={problemAt('defaultRoleKey')}>
          {(c) => (
            <select {...c} value={draft.defaultRoleKey} onChange={(e) => set({ defaultRoleKey: e.target.value })}>
              <option value="">{t('admin.sso.noDefaultRole')}</option>
              {roles.map((r) => (
                <option key={r.id} value={r.key}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        </AdminField>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? t('admin.sso.checking') : t('admin.sso.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}

import { isUuid } from '@haven/core/ids';
import { assertPermission, type Caller } from '@haven/core/access';
import type { Database } from '@haven/core/db/database';
import type { FieldProblem } from '@haven/core/errors';
import type { Viewer } from '@haven/core/viewer';
import { assertGrantable, bad, mutate, notFound, record } from '../admin/admin.service';
import { findRoles } from '../admin/admin.store';
import { discoveryProblem, isAcceptableIssuer } from './oidc';
import type { SsoProvider, SsoProviderDraft, SsoProviderView } from './sso';
import * as store from './sso.store';

/** Claim names: no spaces; namespaced claims such as `https://example.org/groups` are allowed. */
const CLAIM = /^[A-Za-z0-9_.:/-]{1,200}$/;
const MAX_MAPPINGS = 100;
/** How long saving waits for the issuer's discovery document. */
const DISCOVERY_TIMEOUT_SECONDS = 5;

/** The agency's identity providers, for administrators (`user:manage`); never a client secret. */
export async function listSsoProvidersForAdmin(db: Database, viewer: Viewer): Promise<SsoProviderView[]> {
  assertPermission(viewer, 'user:manage');
  const found = await db.transaction({ viewer }, (tx) => store.findProvidersOfAgency(tx, viewer.agencyId));
  return found.map(store.toView);
}

const blankToNull = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

function normalise(input: SsoProviderDraft): SsoProviderDraft {
  return {
    displayName: input.displayName.trim(),
    issuer: input.issuer.trim(),
    clientId: input.clientId.trim(),
    // A secret is taken as typed (no trimming): it must match the identity provider's byte for byte.
    clientSecret: input.clientSecret === null || input.clientSecret === '' ? null : input.clientSecret,
    emailClaim: input.emailClaim.trim(),
    nameClaim: input.nameClaim.trim(),
    roleClaim: blankToNull(input.roleClaim),
    roleMapping: input.roleMapping.map((m) => ({ value: m.value.trim(), roleKey: m.roleKey.trim() })),
    unknownUsers: input.unknownUsers,
    defaultRoleKey: blankToNull(input.defaultRoleKey),
  };
}

/** Problems that need no database: every one found, with its path under "input". */
function shapeProblems(draft: SsoProviderDraft, creating: boolean): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (path: (string | number)[], message: string) => problems.push({ path: ['input', ...path], message });
  if (!draft.displayName || draft.displayName.length > 100) problem(['displayName'], 'must_be_1_to_100_characters');
  if (draft.issuer.length > 500 || !isAcceptableIssuer(draft.issuer))
    problem(['issuer'], 'must_be_an_https_url (http only for localhost or 127.0.0.1)');
  if (!draft.clientId || draft.clientId.length > 500) problem(['clientId'], 'must_not_be_empty');
  if (creating && draft.clientSecret === null) problem(['clientSecret'], 'required');
  if (draft.clientSecret !== null && draft.clientSecret.length > 2000) problem(['clientSecret'], 'too_long');
  if (!CLAIM.test(draft.emailClaim)) problem(['emailClaim'], 'must_be_a_claim_name');
  if (!CLAIM.test(draft.nameClaim)) problem(['nameClaim'], 'must_be_a_claim_name');
  if (draft.roleClaim !== null && !CLAIM.test(draft.roleClaim)) problem(['roleClaim'], 'must_be_a_claim_name');
  if (draft.roleMapping.length && draft.roleClaim === null) problem(['roleClaim'], 'required_with_a_role_mapping');
  if (draft.roleMapping.length > MAX_MAPPINGS) problem(['roleMapping'], `at_most_${MAX_MAPPINGS}_mappings`);
  const seen = new Set<string>();
  draft.roleMapping.forEach((m, i) => {
    if (!m.value || m.value.length > 200) problem(['roleMapping', i, 'value'], 'must_not_be_empty');
    else if (seen.has(m.value)) problem(['roleMapping', i, 'value'], 'duplicate');
    seen.add(m.value);
  });
  // Provisioning needs a role for everyone it creates: a default role, or a role claim with mappings
  // (then an unknown user whose claim maps to no role is refused at sign-in).
  if (draft.unknownUsers === 'provision' && !draft.defaultRoleKey && !(draft.roleClaim && draft.roleMapping.length))
    problem(['defaultRoleKey'], 'required_to_provision (or a role claim with mappings)');
  return problems;
}

/** The fields an update changes; the secret appears as its name only. */
function changedFields(before: SsoProvider, after: SsoProviderDraft): string[] {
  const mapping = (m: Record<string, string>) => JSON.stringify(Object.entries(m).sort());
  const fields: string[] = [];
  const compare = [
    'displayName',
    'issuer',
    'clientId',
    'emailClaim',
    'nameClaim',
    'roleClaim',
    'unknownUsers',
    'defaultRoleKey',
  ] as const;
  for (const field of compare) if (before[field] !== after[field]) fields.push(field);
  if (mapping(before.roleMapping) !== mapping(toRecord(after))) fields.push('roleMapping');
  if (after.clientSecret !== null && after.clientSecret !== before.clientSecret) fields.push('clientSecret');
  return fields;
}

const toRecord = (draft: SsoProviderDraft) => Object.fromEntries(draft.roleMapping.map((m) => [m.value, m.roleKey]));

/**
 * Creates (no id) or updates an identity provider of the administrator's agency. Every problem is
 * reported at once (BAD_USER_INPUT, paths under "input"), including an issuer whose OpenID discovery
 * fails (checked before the transaction, with a short timeout, so no connection waits on the network).
 * The client secret is write-only: required on create, kept when absent on update. Roles given by the
 * mapping or as the default role follow assignRoles: none granting a permission the administrator lacks.
 */
export async function saveSsoProvider(
  db: Database,
  caller: Caller,
  id: string | null,
  input: SsoProviderDraft,
): Promise<SsoProviderView> {
  assertPermission(caller.viewer, 'user:manage');
  const creating = id === null;
  const draft = normalise(input);
  const problems = shapeProblems(draft, creating);
  if (!problems.some((p) => p.path[1] === 'issuer')) {
    const failure = await discoveryProblem(draft.issuer, draft.clientId, DISCOVERY_TIMEOUT_SECONDS);
    if (failure)
      problems.push({
        path: ['input', 'issuer'],
        message: `discovery_failed: OpenID discovery at this issuer did not work (${failure})`.slice(0, 500),
      });
  }
  const action = creating ? 'sso_provider.create' : 'sso_provider.update';
  return mutate(db, caller, { action, targetType: 'sso_provider', targetId: id ?? undefined }, async (tx) => {
    const agencyId = caller.viewer.agencyId;
    const existing = id !== null && isUuid(id) ? await store.findProviderOfAgency(tx, agencyId, id) : null;
    if (id !== null && !existing) throw notFound('identity provider');
    // The stored secret goes only to the issuer and client it was given for: pointing the provider
    // elsewhere without a new secret would send it to whoever answers there at the next sign-in.
    if (
      existing &&
      draft.clientSecret === null &&
      (existing.issuer !== draft.issuer || existing.clientId !== draft.clientId)
    )
      problems.push({ path: ['input', 'clientSecret'], message: 'required_when_the_issuer_or_client_id_changes' });
    const roles = await findRoles(tx, agencyId);
    const roleOf = (key: string) => roles.find((r) => r.key === key);
    draft.roleMapping.forEach((m, i) => {
      if (m.roleKey && !roleOf(m.roleKey))
        problems.push({ path: ['input', 'roleMapping', i, 'roleKey'], message: `unknown_role: ${m.roleKey}` });
      else if (!m.roleKey)
        problems.push({ path: ['input', 'roleMapping', i, 'roleKey'], message: 'must_not_be_empty' });
    });
    if (draft.defaultRoleKey && !roleOf(draft.defaultRoleKey))
      problems.push({ path: ['input', 'defaultRoleKey'], message: `unknown_role: ${draft.defaultRoleKey}` });
    const sameName = (await store.findProvidersOfAgency(tx, agencyId)).find(
      (p) => p.id !== existing?.id && p.displayName.toLowerCase() === draft.displayName.toLowerCase(),
    );
    if (draft.displayName && sameName) problems.push({ path: ['input', 'displayName'], message: 'already_in_use' });
    if (problems.length) throw bad(problems);

    const granted = [
      ...draft.roleMapping.map((m) => m.roleKey),
      ...(draft.defaultRoleKey ? [draft.defaultRoleKey] : []),
    ];
    assertGrantable(
      caller.viewer,
      granted.flatMap((key) => roleOf(key)?.permissions ?? []),
    );
    const values = {
      displayName: draft.displayName,
      issuer: draft.issuer,
      clientId: draft.clientId,
      emailClaim: draft.emailClaim,
      nameClaim: draft.nameClaim,
      roleClaim: draft.roleClaim,
      roleMapping: toRecord(draft),
      unknownUsers: draft.unknownUsers,
      defaultRoleKey: draft.defaultRoleKey,
    };
    if (!existing) {
      const created = await store.insertProvider(tx, { ...values, agencyId, clientSecret: draft.clientSecret! });
      await record(tx, caller, {
        action,
        targetType: 'sso_provider',
        targetId: created.id,
        fields: [...Object.keys(values), 'clientSecret'],
        outcome: 'allowed',
      });
      return store.toView(created);
    }
    const fields = changedFields(existing, draft);
    const updated = await store.updateProvider(tx, existing.id, {
      ...values,
      ...(draft.clientSecret !== null ? { clientSecret: draft.clientSecret } : {}),
    });
    await record(tx, caller, { action, targetType: 'sso_provider', targetId: existing.id, fields, outcome: 'allowed' });
    return store.toView(updated);
  });
}

/** Turns a provider on or off; a disabled one signs nobody in. Setting the state it has changes nothing. */
export async function setSsoProviderEnabled(
  db: Database,
  caller: Caller,
  id: string,
  enabled: boolean,
): Promise<SsoProviderView> {
  const action = enabled ? 'sso_provider.enable' : 'sso_provider.disable';
  return mutate(db, caller, { action, targetType: 'sso_provider', targetId: id }, async (tx) => {
    const found = isUuid(id) ? await store.findProviderOfAgency(tx, caller.viewer.agencyId, id) : null;
    if (!found) throw notFound('identity provider');
    if (found.enabled === enabled) return store.toView(found);
    const updated = await store.updateProvider(tx, found.id, { enabled });
    await record(tx, caller, {
      action,
      targetType: 'sso_provider',
      targetId: found.id,
      fields: ['enabled'],
      outcome: 'allowed',
    });
    return store.toView(updated);
  });
}

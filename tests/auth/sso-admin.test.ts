/**
 * Administration of an agency's OpenID Connect identity providers through GraphQL (user:manage):
 * create and update with every problem reported at once and the issuer's discovery checked (against
 * the in-process oidc-provider, and a closed port), the client secret write-only (in no answer and no
 * audit row), enable and disable (a disabled provider signs nobody in), other agencies' providers
 * NOT_FOUND, and FORBIDDEN without user:manage.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type GraphQLResponse, type TestHaven } from '../support/haven';
import { CLIENT_ID, CLIENT_SECRET, Jar, follow, startTestIdp, type TestIdp } from './idp';

let t: TestHaven;
let idp: TestIdp;
let agency: TestAgency;
let other: TestAgency;
let admin: string;
/** An issuer on a port nobody listens on. */
let closedIssuer: string;

const PROVIDER_FIELDS = `id displayName issuer clientId emailClaim nameClaim roleClaim
  roleMapping { value roleKey } unknownUsers defaultRoleKey enabled createdAt hasClientSecret`;
const LIST = `{ ssoProviders { ${PROVIDER_FIELDS} } }`;
const SAVE = `mutation($id: ID, $input: SsoProviderInput!) { saveSsoProvider(id: $id, input: $input) { ${PROVIDER_FIELDS} } }`;
const SET_ENABLED = `mutation($id: ID!, $enabled: Boolean!) { setSsoProviderEnabled(id: $id, enabled: $enabled) { id enabled } }`;

interface ProviderView {
  id: string;
  displayName: string;
  issuer: string;
  clientId: string;
  emailClaim: string;
  nameClaim: string;
  roleClaim: string | null;
  roleMapping: { value: string; roleKey: string }[];
  unknownUsers: 'REFUSE' | 'PROVISION';
  defaultRoleKey: string | null;
  enabled: boolean;
  createdAt: string;
  hasClientSecret: boolean;
}

const fieldsOf = (r: GraphQLResponse) =>
  (r.errors ?? []).flatMap((e) => (e.extensions?.fields as { path: unknown[]; message: string }[] | undefined) ?? []);

const validInput = (overrides: Record<string, unknown> = {}) => ({
  displayName: 'Staff login',
  issuer: idp.issuer,
  clientId: CLIENT_ID,
  clientSecret: CLIENT_SECRET,
  unknownUsers: 'REFUSE',
  ...overrides,
});

const save = (input: Record<string, unknown>, id?: string, as = admin) =>
  t.graphql<{ saveSsoProvider: ProviderView }>(SAVE, { id: id ?? null, input }, { as });
const setEnabled = (id: string, enabled: boolean, as = admin) =>
  t.graphql<{ setSsoProviderEnabled: { id: string; enabled: boolean } }>(SET_ENABLED, { id, enabled }, { as });

/** Every audit row about a provider, as text (to look for the secret anywhere in it). */
const auditOf = (providerId: string) =>
  t.db.rows<{ action: string; outcome: string; fields: string[] | null; row: string }>(
    sql`select action, outcome, fields, row_to_json(e)::text as row from audit.events e
        where target_id = ${providerId} order by seq`,
  );

const storedSecret = async (providerId: string) =>
  (
    await t.db.rows<{ client_secret: string }>(
      sql`select client_secret from identity.sso_providers where id = ${providerId}::uuid`,
    )
  )[0]!.client_secret;

/** Creates a provider through the API and lets the identity provider send browsers back to it. */
async function created(input: Record<string, unknown> = {}): Promise<ProviderView> {
  const r = await save(validInput(input));
  expect(r.errors).toBeUndefined();
  return r.data!.saveSsoProvider;
}

const signIn = (providerId: string, subject: string) => {
  idp.nextSubject = subject;
  return follow(t.haven.url, `${t.haven.url}/auth/sso/${providerId}/start`, new Jar());
};

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  admin = agency.users.system_administrator;
  idp = await startTestIdp();
  const [email] = await t.db.rows<{ email: string }>(
    sql`select email from identity.users where id = ${agency.users.caseworker}::uuid`,
  );
  idp.accounts.caseworker = { email: email!.email, name: 'Caseworker' };
  const closed = http.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  closedIssuer = `http://127.0.0.1:${(closed.address() as AddressInfo).port}`;
  await new Promise((resolve) => closed.close(resolve));
});
afterAll(async () => {
  await idp?.close();
  await t?.close();
});

describe('SSO provider administration', () => {
  it('creates a provider after discovery works, lists it, and never returns or audits the secret', async () => {
    const r = await save(
      validInput({
        displayName: 'Partner network',
        clientSecret: 'first-secret-value-0123456789',
        roleClaim: 'groups',
        roleMapping: [{ value: 'haven-supervisors', roleKey: 'supervisor' }],
        unknownUsers: 'PROVISION',
        defaultRoleKey: 'caseworker',
      }),
    );
    expect(r.errors).toBeUndefined();
    const provider = r.data!.saveSsoProvider;
    expect(provider).toMatchObject({
      displayName: 'Partner network',
      issuer: idp.issuer,
      clientId: CLIENT_ID,
      emailClaim: 'email',
      nameClaim: 'name',
      roleClaim: 'groups',
      roleMapping: [{ value: 'haven-supervisors', roleKey: 'supervisor' }],
      unknownUsers: 'PROVISION',
      defaultRoleKey: 'caseworker',
      enabled: true,
      hasClientSecret: true,
    });
    expect(new Date(provider.createdAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(JSON.stringify(r)).not.toContain('first-secret-value');

    const list = await t.graphql<{ ssoProviders: ProviderView[] }>(LIST, {}, { as: admin });
    expect(list.errors).toBeUndefined();
    expect(list.data!.ssoProviders.find((p) => p.id === provider.id)).toEqual(provider);
    expect(JSON.stringify(list)).not.toContain('first-secret-value');
    // Another agency's administrator does not see it.
    const theirs = await t.graphql<{ ssoProviders: ProviderView[] }>(
      LIST,
      {},
      { as: other.users.system_administrator },
    );
    expect(theirs.data!.ssoProviders.map((p) => p.id)).not.toContain(provider.id);

    expect(await storedSecret(provider.id)).toBe('first-secret-value-0123456789');
    const rows = await auditOf(provider.id);
    expect(rows.map((a) => [a.action, a.outcome])).toEqual([['sso_provider.create', 'allowed']]);
    expect(rows[0]!.fields).toContain('clientSecret');
    expect(rows.map((a) => a.row).join('\n')).not.toContain('first-secret-value');
  });

  it('updates a provider: an absent secret keeps the stored one, a new one replaces it (audited by name only)', async () => {
    const provider = await created({ displayName: 'To be renamed', clientSecret: 'kept-secret-value-0123456789' });
    const renamed = await save(
      {
        displayName: 'Renamed login',
        issuer: idp.issuer,
        clientId: CLIENT_ID,
        unknownUsers: 'REFUSE',
        roleClaim: 'roles',
        roleMapping: [{ value: 'case-workers', roleKey: 'caseworker' }],
      },
      provider.id,
    );
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data!.saveSsoProvider).toMatchObject({
      id: provider.id,
      displayName: 'Renamed login',
      roleClaim: 'roles',
      roleMapping: [{ value: 'case-workers', roleKey: 'caseworker' }],
      hasClientSecret: true,
    });
    expect(await storedSecret(provider.id)).toBe('kept-secret-value-0123456789');

    const rotated = await save(
      validInput({ displayName: 'Renamed login', clientSecret: 'rotated-secret-value-987' }),
      provider.id,
    );
    expect(rotated.errors).toBeUndefined();
    expect(JSON.stringify(rotated)).not.toContain('rotated-secret-value');
    expect(await storedSecret(provider.id)).toBe('rotated-secret-value-987');

    // Another client (or issuer) without a new secret: the stored one is not sent to it.
    const moved = await save(
      validInput({ displayName: 'Renamed login', clientId: 'another-client', clientSecret: null }),
      provider.id,
    );
    expect(fieldsOf(moved)).toEqual([
      { path: ['input', 'clientSecret'], message: 'required_when_the_issuer_or_client_id_changes' },
    ]);
    expect(await storedSecret(provider.id)).toBe('rotated-secret-value-987');

    const rows = await auditOf(provider.id);
    expect(rows.map((a) => [a.action, a.outcome])).toEqual([
      ['sso_provider.create', 'allowed'],
      ['sso_provider.update', 'allowed'],
      ['sso_provider.update', 'allowed'],
    ]);
    expect(rows[1]!.fields).toEqual(['displayName', 'roleClaim', 'roleMapping']);
    expect(rows[2]!.fields).toEqual(['roleClaim', 'roleMapping', 'clientSecret']);
    const text = rows.map((a) => a.row).join('\n');
    expect(text).not.toContain('kept-secret-value');
    expect(text).not.toContain('rotated-secret-value');
  });

  it('reports every problem at once, with paths under input, and saves nothing', async () => {
    const before = await t.db.rows(
      sql`select count(*)::int as n from identity.sso_providers where agency_id = ${agency.agencyId}::uuid`,
    );
    const r = await save({
      displayName: ' ',
      issuer: 'http://idp.example.org',
      clientId: '',
      emailClaim: 'e mail',
      nameClaim: '',
      roleMapping: [
        { value: 'a', roleKey: 'no_such_role' },
        { value: 'a', roleKey: 'caseworker' },
        { value: '', roleKey: 'caseworker' },
      ],
      unknownUsers: 'PROVISION',
      defaultRoleKey: 'nobody',
    });
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    const problems = fieldsOf(r);
    expect(problems.map((p) => p.path)).toEqual([
      ['input', 'displayName'],
      ['input', 'issuer'],
      ['input', 'clientId'],
      ['input', 'clientSecret'],
      ['input', 'emailClaim'],
      ['input', 'nameClaim'],
      ['input', 'roleClaim'],
      ['input', 'roleMapping', 1, 'value'],
      ['input', 'roleMapping', 2, 'value'],
      ['input', 'roleMapping', 0, 'roleKey'],
      ['input', 'defaultRoleKey'],
    ]);
    expect(problems.find((p) => p.path[1] === 'issuer')!.message).toMatch(/https/);
    expect(problems.find((p) => p.path[1] === 'defaultRoleKey')!.message).toBe('unknown_role: nobody');
    expect(
      await t.db.rows(
        sql`select count(*)::int as n from identity.sso_providers where agency_id = ${agency.agencyId}::uuid`,
      ),
    ).toEqual(before);
  });

  it.each<[string, Record<string, unknown>, (string | number)[]]>([
    ['a display name over 100 characters', { displayName: 'x'.repeat(101) }, ['input', 'displayName']],
    ['a display name already in use (any case)', { displayName: 'DUPLICATE login' }, ['input', 'displayName']],
    ['an issuer that is not a URL', { issuer: 'not a url' }, ['input', 'issuer']],
    ['plain http to a host other than localhost', { issuer: 'http://10.0.0.1:8080' }, ['input', 'issuer']],
    [
      'a mapping without a role claim',
      { roleMapping: [{ value: 'x', roleKey: 'caseworker' }] },
      ['input', 'roleClaim'],
    ],
    ['provisioning with no default role and no mapping', { unknownUsers: 'PROVISION' }, ['input', 'defaultRoleKey']],
  ])('refuses %s', async (_name, overrides, path) => {
    if (overrides.displayName === 'DUPLICATE login') await created({ displayName: 'Duplicate Login' });
    const r = await save(validInput(overrides));
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    expect(fieldsOf(r).map((p) => p.path)).toEqual([path]);
  });

  it('allows provisioning with a role claim and mappings but no default role', async () => {
    const provider = await created({
      displayName: 'Mapped only',
      unknownUsers: 'PROVISION',
      roleClaim: 'groups',
      roleMapping: [{ value: 'staff', roleKey: 'caseworker' }],
    });
    expect(provider).toMatchObject({ unknownUsers: 'PROVISION', defaultRoleKey: null });
  });

  it('refuses an issuer whose OpenID discovery fails (nothing listening) on input.issuer', async () => {
    const r = await save(validInput({ displayName: 'Unreachable', issuer: closedIssuer }));
    expect(errorCodes(r)).toEqual(['BAD_USER_INPUT']);
    const problems = fieldsOf(r);
    expect(problems.map((p) => p.path)).toEqual([['input', 'issuer']]);
    expect(problems[0]!.message).toMatch(/^discovery_failed: OpenID discovery at this issuer did not work/);
    // An update is checked the same way.
    const provider = await created({ displayName: 'Reachable' });
    const moved = await save(validInput({ displayName: 'Reachable', issuer: closedIssuer }), provider.id);
    expect(fieldsOf(moved).map((p) => p.path)).toEqual([['input', 'issuer']]);
  });

  it('refuses mapping to a role granting a permission the administrator does not hold (FORBIDDEN, denied)', async () => {
    const r = await save(
      validInput({
        displayName: 'Auditors',
        roleClaim: 'groups',
        roleMapping: [{ value: 'audit', roleKey: 'auditor' }],
      }),
    );
    expect(errorCodes(r)).toEqual(['FORBIDDEN']);
    const denied = await t.db.rows<{ outcome: string }>(
      sql`select outcome from audit.events where action = 'sso_provider.create' and actor_id = ${admin}::uuid and outcome = 'denied'`,
    );
    expect(denied.length).toBeGreaterThan(0);
  });

  it('a disabled provider signs nobody in, even a sign-in started before; enabled again it does', async () => {
    const provider = await created({ displayName: 'Switchable' });
    idp.allowRedirects([`${t.haven.url}/auth/sso/${provider.id}/callback`]);
    const first = await signIn(provider.id, 'caseworker');
    expect(first.location).toBe('/');
    expect(first.session).toMatch(/^haven_session=hvs_/);

    // A sign-in started while enabled, finished after the provider was disabled.
    idp.nextSubject = 'caseworker';
    const jar = new Jar();
    const startUrl = new URL(`${t.haven.url}/auth/sso/${provider.id}/start`);
    const start = await fetch(startUrl, { redirect: 'manual' });
    jar.store(startUrl, start);
    const off = await setEnabled(provider.id, false);
    expect(off.errors).toBeUndefined();
    expect(off.data!.setSsoProviderEnabled).toEqual({ id: provider.id, enabled: false });
    const late = await follow(t.haven.url, start.headers.get('location')!, jar);
    expect(late.location).toBe('/?sso_error=SSO_FAILED');
    expect(late.session).toBeNull();

    const refused = await fetch(`${t.haven.url}/auth/sso/${provider.id}/start`, { redirect: 'manual' });
    expect(refused.headers.get('location')).toBe('/?sso_error=SSO_FAILED');
    const listed = await fetch(`${t.haven.url}/auth/sso/providers?agency=${agency.code}`);
    expect(((await listed.json()) as { providers: { id: string }[] }).providers.map((p) => p.id)).not.toContain(
      provider.id,
    );
    const reasons = await t.db.rows<{ reason: string }>(
      sql`select reason from audit.events where action = 'auth.sign_in_failed' and agency_id = ${agency.agencyId}::uuid`,
    );
    // Recorded for the provider's agency although the provider is disabled.
    expect(reasons.map((r) => r.reason)).toContain('sso: unknown or disabled identity provider');

    // Disabling again changes nothing and records nothing.
    expect((await setEnabled(provider.id, false)).data!.setSsoProviderEnabled.enabled).toBe(false);
    expect((await setEnabled(provider.id, true)).data!.setSsoProviderEnabled.enabled).toBe(true);
    expect((await signIn(provider.id, 'caseworker')).location).toBe('/');
    expect((await auditOf(provider.id)).map((a) => [a.action, a.outcome, a.fields])).toEqual([
      ['sso_provider.create', 'allowed', expect.arrayContaining(['clientSecret'])],
      ['sso_provider.disable', 'allowed', ['enabled']],
      ['sso_provider.enable', 'allowed', ['enabled']],
    ]);
  });

  it('answers NOT_FOUND for another agency’s provider (or no provider) and records the refusal', async () => {
    const theirs = await t.graphql<{ saveSsoProvider: ProviderView }>(
      SAVE,
      { input: validInput({ displayName: 'Their login' }) },
      { as: other.users.system_administrator },
    );
    const id = theirs.data!.saveSsoProvider.id;
    expect(errorCodes(await save(validInput({ displayName: 'Taken over' }), id))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await setEnabled(id, false))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await setEnabled('not-a-uuid', false))).toEqual(['NOT_FOUND']);
    expect(errorCodes(await save(validInput(), '00000000-0000-0000-0000-000000000000'))).toEqual(['NOT_FOUND']);
    const [row] = await t.db.rows<{ display_name: string; enabled: boolean }>(
      sql`select display_name, enabled from identity.sso_providers where id = ${id}::uuid`,
    );
    expect(row).toEqual({ display_name: 'Their login', enabled: true });
    expect((await auditOf(id)).map((a) => [a.action, a.outcome])).toEqual([
      ['sso_provider.create', 'allowed'],
      ['sso_provider.update', 'denied'],
      ['sso_provider.disable', 'denied'],
    ]);
  });

  it('refuses users without user:manage (FORBIDDEN) for the query and both mutations', async () => {
    const provider = await created({ displayName: 'Guarded' });
    for (const user of [agency.users.caseworker, agency.users.supervisor, agency.users.auditor]) {
      expect(errorCodes(await t.graphql(LIST, {}, { as: user }))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await save(validInput({ displayName: 'Hijacked' }), undefined, user))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await save(validInput({ displayName: 'Hijacked' }), provider.id, user))).toEqual(['FORBIDDEN']);
      expect(errorCodes(await setEnabled(provider.id, false, user))).toEqual(['FORBIDDEN']);
    }
    const [row] = await t.db.rows<{ display_name: string; enabled: boolean }>(
      sql`select display_name, enabled from identity.sso_providers where id = ${provider.id}::uuid`,
    );
    expect(row).toEqual({ display_name: 'Guarded', enabled: true });
  });
});

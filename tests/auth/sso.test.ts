/**
 * OpenID Connect single sign-on end to end: the real HTTP flow (Haven's /auth/sso routes, an
 * in-process oidc-provider, redirects followed by hand, cookies carried) from the sign-in button to
 * a working session; a tampered ID token, an unknown user (refused or provisioned), a state
 * mismatch and another agency's provider are refused with a clear code and no session.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSsoProvider, type SsoProvider } from '@haven/identity';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type TestHaven } from '../support/haven';
import { CLIENT_ID, CLIENT_SECRET, Jar, follow, startTestIdp, type FlowResult, type TestIdp } from './idp';
import { auditRows, countRows } from './support';

let t: TestHaven;
let agency: TestAgency;
let otherAgency: TestAgency;
let idp: TestIdp;
let issuer: string;
/** Fictional people the identity provider knows, by subject. */
let accounts: TestIdp['accounts'];
const providers = {} as Record<'refusing' | 'provisioning' | 'otherAgency', SsoProvider>;

function signInWith(provider: SsoProvider, subject: string, rewrite?: (url: URL) => URL): Promise<FlowResult> {
  idp.nextSubject = subject;
  return follow(t.haven.url, `${t.haven.url}/auth/sso/${provider.id}/start`, new Jar(), rewrite);
}

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  otherAgency = await createTestAgency(t.db);
  idp = await startTestIdp();
  issuer = idp.issuer;
  accounts = idp.accounts;
  await t.db.transaction({ system: 'test' }, async (tx) => {
    const common = { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET };
    providers.refusing = await createSsoProvider(tx, {
      ...common,
      agencyId: agency.agencyId,
      displayName: 'Agency login',
    });
    providers.provisioning = await createSsoProvider(tx, {
      ...common,
      agencyId: agency.agencyId,
      displayName: 'Partner network login',
      unknownUsers: 'provision',
      defaultRoleKey: 'caseworker',
      roleClaim: 'groups',
      roleMapping: { 'haven-supervisors': 'supervisor' },
    });
    providers.otherAgency = await createSsoProvider(tx, {
      ...common,
      agencyId: otherAgency.agencyId,
      displayName: 'Other agency login',
    });
  });
  idp.allowRedirects(Object.values(providers).map((p) => `${t.haven.url}/auth/sso/${p.id}/callback`));
  const email = async (userId: string) =>
    (await t.db.rows<{ email: string }>(sql`select email from identity.users where id = ${userId}::uuid`))[0]!.email;
  accounts.caseworker = { email: (await email(agency.users.caseworker)).toUpperCase(), name: 'Caseworker' };
  accounts.supervisor = { email: await email(agency.users.supervisor), name: 'Supervisor' };
  accounts.newcomer = { email: `newcomer.${agency.code.toLowerCase()}@test.haven.invalid`, name: 'Nadia Newcomer' };
  accounts.newSupervisor = {
    email: `new.supervisor.${agency.code.toLowerCase()}@test.haven.invalid`,
    name: 'Samir Supervisor',
    groups: ['staff', 'haven-supervisors'],
  };
});
afterAll(async () => {
  await idp?.close();
  await t?.close();
});

async function graphqlAs(session: string) {
  const status = await fetch(`${t.haven.url}/auth/session`, { headers: { cookie: session } });
  const { csrfToken } = (await status.json()) as { csrfToken: string };
  return t.graphql<{ me: { user: { id: string } } }>(
    '{ me { user { id } } }',
    {},
    {
      headers: { cookie: session, 'x-csrf-token': csrfToken },
    },
  );
}

const userIdByEmail = async (email: string) =>
  (await t.db.rows<{ id: string }>(sql`select id from identity.users where email = ${email.toLowerCase()}`))[0]?.id;

describe('OpenID Connect sign-in', () => {
  it('lists an agency’s providers for the sign-in page, without client ids or secrets', async () => {
    const res = await fetch(`${t.haven.url}/auth/sso/providers?agency=${agency.code}`);
    const body = (await res.json()) as { providers: Record<string, unknown>[] };
    expect(body.providers).toEqual([
      { id: providers.refusing.id, displayName: 'Agency login' },
      { id: providers.provisioning.id, displayName: 'Partner network login' },
    ]);
    expect(JSON.stringify(body)).not.toContain(CLIENT_SECRET);
    const none = await fetch(`${t.haven.url}/auth/sso/providers?agency=NOSUCHAGENCY`);
    expect(await none.json()).toEqual({ providers: [] });
  });

  it('redirects to the identity provider with PKCE, state and nonce', async () => {
    const res = await fetch(`${t.haven.url}/auth/sso/${providers.refusing.id}/start`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location')!);
    expect(location.origin).toBe(issuer);
    for (const p of ['state', 'nonce', 'code_challenge'])
      expect(location.searchParams.get(p)?.length).toBeGreaterThan(20);
    expect(location.searchParams.get('code_challenge_method')).toBe('S256');
    expect(res.headers.get('set-cookie')).toMatch(/^haven_sso_state=[\w-]+; Path=\/auth\/sso; HttpOnly; SameSite=Lax/);
  });

  it('signs in a known user: a working session cookie, audited as an SSO sign-in', async () => {
    const flow = await signInWith(providers.refusing, 'caseworker');
    expect(flow.location).toBe('/');
    expect(flow.session).toMatch(/^haven_session=hvs_/);
    const viewer = await graphqlAs(flow.session!);
    expect(errorCodes(viewer)).toEqual([]);
    expect(viewer.data?.me.user.id).toBe(agency.users.caseworker);
    const [session] = await t.db.rows<{ auth_method: string }>(
      sql`select auth_method from identity.sessions where user_id = ${agency.users.caseworker}::uuid`,
    );
    expect(session!.auth_method).toBe('sso');
    expect(await auditRows(t.db, agency.users.caseworker)).toContainEqual({
      action: 'auth.sign_in',
      outcome: 'allowed',
      reason: 'sso',
    });
  });

  it('refuses a tampered ID token (signature no longer matches) and creates no session', async () => {
    const before = await countRows(t.db, 'identity.sessions', agency.users.supervisor);
    // Someone on the way swaps in another person's address: the payload changes, the signature cannot follow.
    idp.tamperIdToken = (claims) => void (claims.email = accounts.supervisor!.email);
    try {
      const flow = await signInWith(providers.refusing, 'newcomer');
      expect(flow.location).toBe('/?sso_error=SSO_FAILED');
      expect(flow.session).toBeNull();
    } finally {
      idp.tamperIdToken = null;
    }
    expect(await countRows(t.db, 'identity.sessions', agency.users.supervisor)).toBe(before);
    const refusals = await t.db.rows<{ reason: string }>(
      sql`select reason from audit.events where action = 'auth.sign_in_failed' and agency_id = ${agency.agencyId}::uuid`,
    );
    expect(
      refusals.map((r) => r.reason).filter((r) => /^sso: .*JWT signature verification failed/.test(r)),
    ).toHaveLength(1);
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const flow = await signInWith(providers.refusing, 'supervisor', (url) => {
      const forged = new URL(url);
      forged.searchParams.set('state', 'a-state-this-browser-never-started-with-0123');
      return forged;
    });
    expect(flow.location).toBe('/?sso_error=SSO_FAILED');
    expect(flow.session).toBeNull();
    expect(await countRows(t.db, 'identity.sessions', agency.users.supervisor)).toBe(0);
    const rows = await t.db.rows<{ reason: string }>(
      sql`select reason from audit.events where action = 'auth.sign_in_failed' and agency_id = ${agency.agencyId}::uuid`,
    );
    expect(rows.map((r) => r.reason).filter((r) => /state/.test(r))).toHaveLength(1);
  });

  it('refuses a callback with no state cookie at all (a link planted by someone else)', async () => {
    const start = await fetch(`${t.haven.url}/auth/sso/${providers.refusing.id}/start`, { redirect: 'manual' });
    const state = new URL(start.headers.get('location')!).searchParams.get('state');
    const res = await fetch(`${t.haven.url}/auth/sso/${providers.refusing.id}/callback?code=x&state=${state}`, {
      redirect: 'manual',
    });
    expect(res.headers.get('location')).toBe('/?sso_error=SSO_FAILED');
    expect(res.headers.getSetCookie().some((c) => c.startsWith('haven_session='))).toBe(false);
  });

  it('refuses an unknown user when the provider does not provision, and creates nobody', async () => {
    const flow = await signInWith(providers.refusing, 'newcomer');
    expect(flow.location).toBe('/?sso_error=SSO_UNKNOWN_USER');
    expect(flow.session).toBeNull();
    expect(await userIdByEmail(accounts.newcomer!.email)).toBeUndefined();
    const rows = await t.db.rows<{ reason: string }>(
      sql`select reason from audit.events where action = 'auth.sign_in_failed' and agency_id = ${agency.agencyId}::uuid`,
    );
    expect(rows.map((r) => r.reason)).toContain('sso: unknown user and the identity provider does not provision');
  });

  it('provisions an unknown user just in time with the mapped role, or the default role', async () => {
    const flow = await signInWith(providers.provisioning, 'newSupervisor');
    expect(flow.location).toBe('/');
    const id = await userIdByEmail(accounts.newSupervisor!.email);
    expect(id).toBeDefined();
    expect((await graphqlAs(flow.session!)).data?.me.user.id).toBe(id);
    const roles = await t.db.rows<{ key: string; display_name: string }>(
      sql`select r.key, u.display_name from identity.user_roles ur join identity.roles r on r.id = ur.role_id
          join identity.users u on u.id = ur.user_id where ur.user_id = ${id}::uuid`,
    );
    expect(roles).toEqual([{ key: 'supervisor', display_name: 'Samir Supervisor' }]);
    expect((await auditRows(t.db, id!)).map((r) => r.action)).toEqual(['auth.sso_user_provisioned', 'auth.sign_in']);

    const plain = await signInWith(providers.provisioning, 'newcomer');
    expect(plain.location).toBe('/');
    const newcomer = await userIdByEmail(accounts.newcomer!.email);
    const [role] = await t.db.rows<{ key: string }>(
      sql`select r.key from identity.user_roles ur join identity.roles r on r.id = ur.role_id where ur.user_id = ${newcomer}::uuid`,
    );
    expect(role!.key).toBe('caseworker');
  });

  it('does not let another agency’s provider sign in a user of this agency', async () => {
    const before = await countRows(t.db, 'identity.sessions', agency.users.caseworker);
    const flow = await signInWith(providers.otherAgency, 'caseworker');
    expect(flow.location).toBe('/?sso_error=SSO_UNKNOWN_USER');
    expect(flow.session).toBeNull();
    expect(await countRows(t.db, 'identity.sessions', agency.users.caseworker)).toBe(before);
    const rows = await t.db.rows<{ reason: string }>(
      sql`select reason from audit.events where action = 'auth.sign_in_failed' and agency_id = ${otherAgency.agencyId}::uuid`,
    );
    expect(rows.map((r) => r.reason)).toContain('sso: the user belongs to another agency than the identity provider');
  });

  it('refuses an unknown provider id', async () => {
    const res = await fetch(`${t.haven.url}/auth/sso/00000000-0000-0000-0000-000000000000/start`, {
      redirect: 'manual',
    });
    expect(res.headers.get('location')).toBe('/?sso_error=SSO_FAILED');
  });
});

/**
 * OpenID Connect single sign-on end to end: the real HTTP flow (Haven's /auth/sso routes, an
 * in-process oidc-provider, redirects followed by hand, cookies carried) from the sign-in button to
 * a working session; a tampered ID token, an unknown user (refused or provisioned), a state
 * mismatch and another agency's provider are refused with a clear code and no session.
 */
import { generateKeyPairSync } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import Provider from 'oidc-provider';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSsoProvider, type SsoProvider } from '@haven/identity';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type TestHaven } from '../support/haven';
import { auditRows, countRows } from './support';

const CLIENT_ID = 'haven-test-client';
const CLIENT_SECRET = 'a-test-client-secret-that-is-long-enough';

/** Fictional people the identity provider knows, by subject. */
const accounts: Record<string, { email: string; name: string; groups?: string[] }> = {};

let t: TestHaven;
let agency: TestAgency;
let otherAgency: TestAgency;
let idp: Provider;
let idpServer: http.Server;
let issuer: string;
/** Who signs in at the identity provider next. */
let nextSubject = '';
/** When set, the token endpoint's ID token is altered on its way to Haven (payload changed, signature kept). */
let tamperIdToken: ((payload: Record<string, unknown>) => void) | null = null;
const providers = {} as Record<'refusing' | 'provisioning' | 'otherAgency', SsoProvider>;

/** A tiny cookie jar per origin: enough for a flow that follows its redirects by hand. */
class Jar {
  private cookies = new Map<string, Map<string, string>>();
  header(url: URL): string {
    return [...(this.cookies.get(url.origin) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  store(url: URL, res: Response): void {
    const jar = this.cookies.get(url.origin) ?? new Map<string, string>();
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      const expired = attributes.some(
        (a) => /^\s*max-age=0\s*$/i.test(a) || (/^\s*expires=/i.test(a) && new Date(a.split('=')[1]!) < new Date()),
      );
      if (expired || !value) jar.delete(name);
      else jar.set(name, value);
    }
    this.cookies.set(url.origin, jar);
  }
  get(origin: string, name: string): string | undefined {
    return this.cookies.get(origin)?.get(name);
  }
}

interface FlowResult {
  /** Where Haven's callback sent the browser. */
  location: string;
  jar: Jar;
  /** The session cookie ("haven_session=…") if one was set. */
  session: string | null;
}

/** Follows redirects by hand, carrying cookies per origin, until a response that is not a redirect or Haven's /. */
async function follow(start: string, jar: Jar, rewrite?: (url: URL) => URL): Promise<FlowResult> {
  let url = new URL(start);
  for (let hop = 0; hop < 15; hop++) {
    if (rewrite && url.origin === t.haven.url && url.pathname.endsWith('/callback')) url = rewrite(url);
    const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header(url) } });
    jar.store(url, res);
    const location = res.headers.get('location');
    if (res.status < 300 || res.status >= 400 || !location) throw new Error(`stopped at ${url.href}: ${res.status}`);
    const next = new URL(location, url);
    if (url.origin === t.haven.url && url.pathname.endsWith('/callback')) {
      const session = jar.get(t.haven.url, 'haven_session');
      return { location: `${next.pathname}${next.search}`, jar, session: session ? `haven_session=${session}` : null };
    }
    url = next;
  }
  throw new Error('too many redirects');
}

function signInWith(provider: SsoProvider, subject: string, rewrite?: (url: URL) => URL): Promise<FlowResult> {
  nextSubject = subject;
  return follow(`${t.haven.url}/auth/sso/${provider.id}/start`, new Jar(), rewrite);
}

async function startIdp(): Promise<void> {
  idpServer = http.createServer((req, res) => {
    void (async () => {
      if (req.url?.startsWith('/interaction/')) {
        // The login page of a real identity provider: here the test says who signs in.
        const details = await idp.interactionDetails(req, res);
        const grant = new idp.Grant({ accountId: nextSubject, clientId: String(details.params.client_id) });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        await idp.interactionFinished(
          req,
          res,
          { login: { accountId: nextSubject }, consent: { grantId } },
          { mergeWithLastSubmission: false },
        );
        return;
      }
      if (req.url === '/token' && tamperIdToken) {
        const tamper = tamperIdToken;
        const end = res.end.bind(res) as (chunk?: unknown) => http.ServerResponse;
        (res as { end: unknown }).end = (chunk?: unknown) => {
          const body = JSON.parse(String(chunk)) as { id_token: string };
          const [header, payload, signature] = body.id_token.split('.');
          const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as Record<string, unknown>;
          tamper(claims);
          body.id_token = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
          const text = JSON.stringify(body);
          res.setHeader('content-length', Buffer.byteLength(text));
          return end(text);
        };
      }
      idp.callback()(req, res);
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => idpServer.listen(0, '127.0.0.1', resolve));
  issuer = `http://127.0.0.1:${(idpServer.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  otherAgency = await createTestAgency(t.db);
  await startIdp();
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
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  idp = new Provider(issuer, {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: CLIENT_SECRET,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        redirect_uris: Object.values(providers).map((p) => `${t.haven.url}/auth/sso/${p.id}/callback`),
      },
    ],
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' }] },
    findAccount: (_ctx, sub) =>
      accounts[sub] ? { accountId: sub, claims: () => ({ sub, email_verified: true, ...accounts[sub] }) } : undefined,
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['a-test-cookie-signing-key'] },
  });
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
  await new Promise((resolve) => idpServer?.close(resolve));
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
    tamperIdToken = (claims) => void (claims.email = accounts.supervisor!.email);
    try {
      const flow = await signInWith(providers.refusing, 'newcomer');
      expect(flow.location).toBe('/?sso_error=SSO_FAILED');
      expect(flow.session).toBeNull();
    } finally {
      tamperIdToken = null;
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

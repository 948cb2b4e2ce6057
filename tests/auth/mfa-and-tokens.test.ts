/** TOTP enrolment and the MFA sign-in step; mandatory MFA; personal access tokens and OAuth client credentials. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '@haven/identity';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type TestHaven } from '../support/haven';
import { auditRows, browser, givePassword, PASSWORD, post, signIn } from './support';

let t: TestHaven;
let agency: TestAgency;

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
});
afterAll(() => t?.close());

const reasons = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (r.errors ?? []).map((e) => e.extensions?.reason);
const secretOf = async (userId: string) =>
  (
    await t.db.rows<{ secret: string }>(
      sql`select secret from identity.totp_credentials where user_id = ${userId}::uuid`,
    )
  )[0]!.secret;

describe('TOTP MFA', () => {
  it('enrols with a QR code, then sign-in asks for the code; wrong and reused codes are refused', async () => {
    const user = agency.users.supervisor;
    const email = await givePassword(t.db, user);
    const first = browser(await signIn(t, email, PASSWORD));
    const start = await t.graphql<{ startMfaEnrolment: { otpauthUri: string; qrCodeDataUrl: string; secret: string } }>(
      'mutation { startMfaEnrolment { otpauthUri qrCodeDataUrl secret } }',
      {},
      { headers: first },
    );
    expect(start.data!.startMfaEnrolment.otpauthUri).toMatch(/^otpauth:\/\/totp\/Haven:/);
    expect(start.data!.startMfaEnrolment.qrCodeDataUrl).toMatch(/^data:image\/svg\+xml;base64,/);
    const secret = start.data!.startMfaEnrolment.secret;
    const confirm = 'mutation($code: String!) { confirmMfaEnrolment(code: $code) }';
    const wrong = await t.graphql(confirm, { code: '000000' }, { headers: first });
    expect(errorCodes(wrong)).toEqual(['BAD_USER_INPUT']);
    const ok = await t.graphql<{ confirmMfaEnrolment: string[] }>(
      confirm,
      // The server's clock, not the machine's: under load the two can be a step apart, and the step
      // after enrolment would then be the enrolment's own step (its code refused as reused).
      { code: await totpCodeAt(secret, t.clock.now()) },
      { headers: first },
    );
    const recovery = ok.data!.confirmMfaEnrolment;
    expect(recovery).toHaveLength(10);
    expect((await auditRows(t.db, user)).map((r) => r.action)).toContain('auth.mfa_enrolled');

    // The enrolment used the current step; move to the next one.
    t.clock.advance(30_000);
    const pending = await signIn(t, email, PASSWORD);
    expect(pending.body.status).toBe('mfa_required');
    // A session waiting for its second factor is no viewer.
    expect(reasons(await t.graphql('{ me { user { id } } }', {}, { headers: browser(pending) }))).toEqual([
      'MFA_REQUIRED',
    ]);
    const bad = await post(t, '/auth/sign-in/mfa', { code: '123456' }, browser(pending));
    expect(bad.body.error?.code).toBe('INVALID_MFA_CODE');
    const code = await totpCodeAt(await secretOf(user), t.clock.now());
    const good = await post(t, '/auth/sign-in/mfa', { code }, browser(pending));
    expect(good.body.status).toBe('signed_in');
    expect(good.cookie).not.toBe(pending.cookie); // a new token once the second factor is shown
    const viewer = await t.graphql<{ me: { user: { id: string } } }>(
      '{ me { user { id } } }',
      {},
      { headers: browser(good) },
    );
    expect(viewer.data!.me.user.id).toBe(user);
    expect(reasons(await t.graphql('{ me { user { id } } }', {}, { headers: browser(pending) }))).toEqual([
      'SESSION_INVALID',
    ]);

    // The same code again, in the same step, for another sign-in: refused.
    const again = await signIn(t, email, PASSWORD);
    const reused = await post(t, '/auth/sign-in/mfa', { code }, browser(again));
    expect(reused.body.error?.code).toBe('MFA_CODE_REUSED');

    // A recovery code works once.
    const viaRecovery = await post(t, '/auth/sign-in/mfa', { code: recovery[0] }, browser(again));
    expect(viaRecovery.body.status).toBe('signed_in');
    const third = await signIn(t, email, PASSWORD);
    expect((await post(t, '/auth/sign-in/mfa', { code: recovery[0] }, browser(third))).body.error?.code).toBe(
      'INVALID_MFA_CODE',
    );
  });

  it('an agency can make MFA mandatory for a role: until enrolled, its users can only enrol', async () => {
    const other = await createTestAgency(t.db);
    await t.db.transaction({ system: 'test' }, (tx) =>
      tx.execute(
        sql`insert into identity.sign_in_settings (agency_id, mfa_required_roles) values (${other.agencyId}::uuid, array['caseworker'])`,
      ),
    );
    const session = browser(await signIn(t, await givePassword(t.db, other.users.caseworker), PASSWORD));
    expect(errorCodes(await t.graphql('{ myCaseload { totalCount } }', {}, { headers: session }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(errorCodes(await t.graphql('{ me { user { id } } }', {}, { headers: session }))).toEqual([]);
    expect(errorCodes(await t.graphql('mutation { startMfaEnrolment { secret } }', {}, { headers: session }))).toEqual(
      [],
    );
    // Another role of that agency is not affected.
    expect(errorCodes(await t.graphql('{ myCaseload { totalCount } }', {}, { as: other.users.supervisor }))).toEqual(
      [],
    );
  });
});

describe('personal access tokens and OAuth client credentials', () => {
  const create =
    'mutation($scopes: [String!]!) { createPersonalAccessToken(name: "BI export", scopes: $scopes) { token personalAccessToken { id } } }';

  it('a token carries only its scopes, needs no CSRF token, and is refused once revoked', async () => {
    const created = await t.graphql<{
      createPersonalAccessToken: { token: string; personalAccessToken: { id: string } };
    }>(create, { scopes: ['user:read'] }, { as: agency.users.caseworker });
    const { token, personalAccessToken } = created.data!.createPersonalAccessToken;
    expect(token).toMatch(/^hvp_/);
    const stored = await t.db.rows<{ token_hash: string }>(
      sql`select token_hash from identity.api_tokens where id = ${personalAccessToken.id}::uuid`,
    );
    expect(stored[0]!.token_hash).not.toContain(token);
    const bearer = { authorization: `Bearer ${token}` };
    expect(errorCodes(await t.graphql('{ users { id } }', {}, { headers: bearer }))).toEqual([]);
    expect(errorCodes(await t.graphql('{ myCaseload { totalCount } }', {}, { headers: bearer }))).toEqual([
      'FORBIDDEN',
    ]);
    // A token cannot mint tokens.
    expect(errorCodes(await t.graphql(create, { scopes: ['user:read'] }, { headers: bearer }))).toEqual(['FORBIDDEN']);

    const revoke = 'mutation($id: ID!) { revokePersonalAccessToken(id: $id) { revoked } }';
    expect(
      errorCodes(await t.graphql(revoke, { id: personalAccessToken.id }, { as: agency.users.caseworker })),
    ).toEqual([]);
    const refused = await t.graphql('{ users { id } }', {}, { headers: bearer });
    expect(errorCodes(refused)).toEqual(['UNAUTHENTICATED']);
    expect(reasons(refused)).toEqual(['TOKEN_REVOKED']);
    const actions = (await auditRows(t.db, personalAccessToken.id)).map((r) => r.action);
    expect(actions).toEqual(['auth.token_created', 'auth.token_revoked']);
  });

  it('refuses scopes the creator does not hold, and another agency’s token id', async () => {
    const widened = await t.graphql(create, { scopes: ['audit:read'] }, { as: agency.users.caseworker });
    expect(errorCodes(widened)).toEqual(['BAD_USER_INPUT']);
    const other = await createTestAgency(t.db);
    const theirs = await t.graphql<{ createPersonalAccessToken: { personalAccessToken: { id: string } } }>(
      create,
      { scopes: ['user:read'] },
      { as: other.users.caseworker },
    );
    const attempt = await t.graphql(
      'mutation($id: ID!) { revokePersonalAccessToken(id: $id) { revoked } }',
      { id: theirs.data!.createPersonalAccessToken.personalAccessToken.id },
      { as: agency.users.system_administrator },
    );
    expect(errorCodes(attempt)).toEqual(['NOT_FOUND']);
  });

  it('OAuth client credentials: a client id and secret buy a short-lived bearer token', async () => {
    const created = await t.graphql<{
      createOAuthClient: { clientSecret: string; client: { clientId: string; id: string } };
    }>(
      'mutation { createOAuthClient(name: "Dashboard", scopes: ["report:aggregate"]) { clientSecret client { clientId id } } }',
      {},
      { as: agency.users.meal_officer },
    );
    const { clientSecret, client } = created.data!.createOAuthClient;
    const form = (secret: string) =>
      new URLSearchParams({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: secret });
    const wrong = await fetch(`${t.haven.url}/auth/oauth/token`, { method: 'POST', body: form('hvc_wrong') });
    expect(wrong.status).toBe(401);
    const res = await fetch(`${t.haven.url}/auth/oauth/token`, { method: 'POST', body: form(clientSecret) });
    const token = (await res.json()) as { access_token: string; expires_in: number; token_type: string };
    expect(token).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const bearer = { authorization: `Bearer ${token.access_token}` };
    expect(errorCodes(await t.graphql('{ users { id } }', {}, { headers: bearer }))).toEqual(['FORBIDDEN']);
    t.clock.advance(3601_000);
    expect(reasons(await t.graphql('{ users { id } }', {}, { headers: bearer }))).toEqual(['TOKEN_EXPIRED']);
  });
});

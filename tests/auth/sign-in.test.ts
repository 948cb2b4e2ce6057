/**
 * Password sign-in, sessions (cookie, CSRF, idle and absolute expiry, revocation, per-role limit)
 * and lockout, through the gateway's /auth routes and /graphql, with the clock moved by hand.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type TestHaven } from '../support/haven';
import { auditRows, browser, countRows, givePassword, PASSWORD, post, signIn } from './support';

let t: TestHaven;
let agency: TestAgency;

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
});
afterAll(() => t?.close());

const me = '{ me { user { id } } }';
const gql = (headers: Record<string, string>, query = me) =>
  t.graphql<{ me: { user: { id: string } } }>(query, {}, { headers });
const reasons = (r: { errors?: { extensions?: Record<string, unknown> }[] }) =>
  (r.errors ?? []).map((e) => e.extensions?.reason);

describe('password sign-in', () => {
  it('signs in, sets an HttpOnly SameSite=Strict cookie, and the session is the viewer', async () => {
    const email = await givePassword(t.db, agency.users.caseworker);
    const res = await fetch(`${t.haven.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: email.toUpperCase(), password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^haven_session=hvs_[\w-]+; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
    const body = (await res.json()) as { status: string; csrfToken: string };
    expect(body.status).toBe('signed_in');
    const viewer = await gql({ cookie: cookie.split(';')[0]!, 'x-csrf-token': body.csrfToken });
    expect(viewer.data?.me.user.id).toBe(agency.users.caseworker);
    expect((await auditRows(t.db, agency.users.caseworker)).map((r) => r.action)).toContain('auth.sign_in');
    // The token is stored only as a hash.
    const stored = await t.db.rows<{ token_hash: string }>(
      sql`select token_hash from identity.sessions where user_id = ${agency.users.caseworker}::uuid`,
    );
    expect(stored.every((s) => !cookie.includes(s.token_hash))).toBe(true);
  });

  it('sets Secure when the request came over https', async () => {
    const email = await givePassword(t.db, agency.users.auditor);
    const res = await fetch(`${t.haven.url}/auth/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
  });

  it.each([
    ['a wrong password', 'caseworkerB', 'not-the-right-password'],
    ['an unknown address', null, PASSWORD],
  ])('refuses %s with INVALID_CREDENTIALS and creates no session', async (_name, who, password) => {
    const user = who ? agency.users[who as 'caseworkerB'] : null;
    const email = user ? await givePassword(t.db, user) : 'nobody@test.haven.invalid';
    const res = await signIn(t, email, password);
    expect(res.status).toBe(401);
    expect(res.body.error?.code).toBe('INVALID_CREDENTIALS');
    expect(res.cookie).toBeNull();
    if (user) {
      expect(await countRows(t.db, 'identity.sessions', user)).toBe(0);
      expect(await auditRows(t.db, user)).toEqual([
        { action: 'auth.sign_in_failed', outcome: 'denied', reason: 'wrong password' },
      ]);
    }
  });

  it('locks the account after five failures, with a back-off, and says so', async () => {
    const user = agency.users.meal_officer;
    const email = await givePassword(t.db, user);
    for (let i = 1; i <= 4; i++)
      expect((await signIn(t, email, `wrong-password-${i}`)).body.error?.code).toBe('INVALID_CREDENTIALS');
    const fifth = await signIn(t, email, 'wrong-password-5');
    expect(fifth.status).toBe(423);
    expect(fifth.body.error?.code).toBe('ACCOUNT_LOCKED');
    // Even the right password is refused while locked, and no session appears.
    const locked = await signIn(t, email, PASSWORD);
    expect(locked.body.error?.code).toBe('ACCOUNT_LOCKED');
    expect(await countRows(t.db, 'identity.sessions', user)).toBe(0);
    expect((await auditRows(t.db, user)).filter((r) => r.action === 'auth.locked')).toHaveLength(1);

    // One minute later: one more failure locks for two minutes (back-off).
    t.clock.advance(61_000);
    expect((await signIn(t, email, 'wrong-password-6')).body.error?.code).toBe('ACCOUNT_LOCKED');
    t.clock.advance(61_000);
    expect((await signIn(t, email, PASSWORD)).body.error?.code).toBe('ACCOUNT_LOCKED');
    t.clock.advance(61_000);
    const ok = await signIn(t, email, PASSWORD);
    expect(ok.body.status).toBe('signed_in');
  });

  it('refuses a disabled account like a wrong password', async () => {
    const user = agency.users.hq_manager;
    const email = await givePassword(t.db, user);
    await t.db.transaction({ system: 'test' }, (tx) =>
      tx.execute(sql`update identity.users set disabled_at = now() where id = ${user}::uuid`),
    );
    expect((await signIn(t, email, PASSWORD)).body.error?.code).toBe('INVALID_CREDENTIALS');
  });
});

describe('sessions', () => {
  it('refuses a cookie-authenticated POST without the CSRF token, and changes nothing', async () => {
    const session = await t.sessionFor(agency.users.caseworker);
    const create =
      'mutation { createCase(input: { caseType: GBV, person: { givenName: "Csrf", familyName: "Test", sex: FEMALE } }) { id } }';
    const refused = await gql({ cookie: session.cookie }, create);
    expect(errorCodes(refused)).toEqual(['FORBIDDEN']);
    expect(reasons(refused)).toEqual(['CSRF_TOKEN_INVALID']);
    const wrong = await gql({ cookie: session.cookie, 'x-csrf-token': 'x'.repeat(43) }, create);
    expect(reasons(wrong)).toEqual(['CSRF_TOKEN_INVALID']);
    const [row] = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from "case".persons where given_name = 'Csrf'`,
    );
    expect(row!.n).toBe(0);
    // GET carries no CSRF token: queries only, and SameSite=Strict keeps the cookie off cross-site requests.
    const get = await fetch(`${t.haven.graphqlUrl}?query=${encodeURIComponent(me)}`, {
      headers: { cookie: session.cookie },
    });
    expect(((await get.json()) as { data: { me: { user: { id: string } } } }).data.me.user.id).toBe(
      agency.users.caseworker,
    );
  });

  it('ends after the idle time-out (20 minutes by default) and after its absolute lifetime', async () => {
    const email = await givePassword(t.db, agency.users.programme_manager);
    const idle = browser(await signIn(t, email, PASSWORD));
    t.clock.advance(19 * 60_000);
    expect((await gql(idle)).data?.me.user.id).toBe(agency.users.programme_manager);
    t.clock.advance(20 * 60_000 + 1000);
    const expired = await gql(idle);
    expect(errorCodes(expired)).toEqual(['UNAUTHENTICATED']);
    expect(reasons(expired)).toEqual(['SESSION_EXPIRED']);

    const busy = browser(await signIn(t, email, PASSWORD));
    for (let hour = 0; hour < 12 * 4 - 1; hour++) {
      t.clock.advance(15 * 60_000);
      expect(errorCodes(await gql(busy))).toEqual([]);
    }
    t.clock.advance(15 * 60_000);
    expect(reasons(await gql(busy))).toEqual(['SESSION_EXPIRED']);
  });

  it('follows the agency’s idle time-out setting', async () => {
    const other = await createTestAgency(t.db);
    await t.db.transaction({ system: 'test' }, (tx) =>
      tx.execute(
        sql`insert into identity.sign_in_settings (agency_id, idle_timeout_minutes) values (${other.agencyId}::uuid, 15)`,
      ),
    );
    const session = browser(await signIn(t, await givePassword(t.db, other.users.caseworker), PASSWORD));
    t.clock.advance(15 * 60_000);
    expect(reasons(await gql(session))).toEqual(['SESSION_EXPIRED']);
    const status = await fetch(`${t.haven.url}/auth/session`, { headers: session });
    expect(status.status).toBe(401);
  });

  it('lists my sessions and revokes one; the revoked session is refused', async () => {
    const user = agency.users.supervisorB;
    const email = await givePassword(t.db, user);
    const phone = browser(await signIn(t, email, PASSWORD));
    const laptop = browser(await signIn(t, email, PASSWORD));
    const list = await t.graphql<{ mySessions: { id: string; current: boolean }[] }>(
      '{ mySessions { id current } }',
      {},
      { headers: laptop },
    );
    expect(list.data!.mySessions).toHaveLength(2);
    const phoneId = list.data!.mySessions.find((s) => !s.current)!.id;
    const revoke = 'mutation($id: ID!) { revokeMySession(id: $id) { id } }';
    expect(errorCodes(await t.graphql(revoke, { id: phoneId }, { headers: laptop }))).toEqual([]);
    const refused = await gql(phone);
    expect(reasons(refused)).toEqual(['SESSION_REVOKED']);
    expect((await auditRows(t.db, phoneId)).map((r) => r.action)).toContain('auth.session_revoked');
  });

  it('signs out: the cookie is cleared and the session cannot be used again', async () => {
    const email = await givePassword(t.db, agency.users.supervisor);
    const session = browser(await signIn(t, email, PASSWORD));
    const out = await post(t, '/auth/sign-out', {}, session);
    expect(out.cookie).toBe('haven_session=');
    expect(reasons(await gql(session))).toEqual(['SESSION_REVOKED']);
  });

  it('keeps at most the role’s limit of concurrent sessions, ending the least recently used', async () => {
    const other = await createTestAgency(t.db);
    await t.db.transaction({ system: 'test' }, (tx) =>
      tx.execute(
        sql`insert into identity.role_session_limits (role_id, max_sessions) select id, 2 from identity.roles where agency_id = ${other.agencyId}::uuid and key = 'caseworker'`,
      ),
    );
    const email = await givePassword(t.db, other.users.caseworker);
    const first = browser(await signIn(t, email, PASSWORD));
    t.clock.advance(20_000);
    const second = browser(await signIn(t, email, PASSWORD));
    t.clock.advance(20_000);
    const third = browser(await signIn(t, email, PASSWORD));
    expect(reasons(await gql(first))).toEqual(['SESSION_REVOKED']);
    expect(errorCodes(await gql(second))).toEqual([]);
    expect(errorCodes(await gql(third))).toEqual([]);
  });

  it('refuses an unknown session cookie', async () => {
    const res = await gql({
      cookie: 'haven_session=hvs_bm90LWEtcmVhbC1zZXNzaW9uLXRva2VuLWF0LWFsbA',
      'x-csrf-token': 'x',
    });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']); // the CSRF token cannot match a made-up cookie
  });

  it('one agency’s user cannot revoke another agency’s session', async () => {
    const other = await createTestAgency(t.db);
    const theirs = await t.sessionFor(other.users.caseworker);
    const res = await t.graphql(
      'mutation($id: ID!) { revokeMySession(id: $id) { id } }',
      { id: theirs.sessionId },
      { as: agency.users.system_administrator },
    );
    expect(errorCodes(res)).toEqual(['NOT_FOUND']);
    expect(errorCodes(await gql(theirs.headers))).toEqual([]);
  });
});

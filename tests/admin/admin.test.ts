/** Identity administration: users, teams and roles, within the administrator's own agency. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestAgency, type TestAgency } from '../support/factories';
import { errorCodes, startTestHaven, type TestHaven } from '../support/haven';
import { PASSWORD, post, signIn } from '../auth/support';

let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;
let admin: string;

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  admin = agency.users.system_administrator;
});
afterAll(() => t?.close());

type Gql = { errors?: { extensions?: Record<string, unknown> }[] };
const fieldsOf = (r: Gql) =>
  (r.errors ?? []).flatMap((e) =>
    ((e.extensions?.fields as { path: unknown[] }[] | undefined) ?? []).map((f) => f.path),
  );

const audit = (action: string, targetId?: string) =>
  t.db.rows<{ outcome: string; actor_id: string }>(
    targetId
      ? sql`select outcome, actor_id from audit.events where action = ${action} and target_id = ${targetId} order by seq`
      : sql`select outcome, actor_id from audit.events where action = ${action} and actor_id = ${admin}::uuid order by seq`,
  );

/** A fingerprint of the identity tables of an agency: equal before and after a refused mutation. */
async function snapshot(agencyId: string) {
  return t.db.rows(sql`
    select
      (select count(*)::int from identity.users where agency_id = ${agencyId}::uuid) as users,
      (select count(*)::int from identity.users where agency_id = ${agencyId}::uuid and disabled_at is not null) as disabled,
      (select count(*)::int from identity.user_roles ur join identity.users u on u.id = ur.user_id where u.agency_id = ${agencyId}::uuid) as grants,
      (select count(*)::int from identity.team_members tm join identity.teams tt on tt.id = tm.team_id where tt.agency_id = ${agencyId}::uuid) as members,
      (select count(*)::int from identity.teams where agency_id = ${agencyId}::uuid) as teams,
      (select string_agg(key || ':' || array_to_string(permissions, ' '), ',' order by key) from identity.roles where agency_id = ${agencyId}::uuid) as roles,
      (select count(*)::int from identity.sessions s where s.agency_id = ${agencyId}::uuid and revoked_at is null) as live_sessions`);
}

const roleId = async (agencyId: string, key: string) =>
  (
    await t.db.rows<{ id: string }>(
      sql`select id from identity.roles where agency_id = ${agencyId}::uuid and key = ${key}`,
    )
  )[0]!.id;

const CREATE_USER = `mutation($input: CreateUserInput!) {
  createUser(input: $input) {
    setupToken
    user { id email displayName disabled roles { key } teams { teamId isSupervisor } }
  }
}`;
const BULK = `mutation($csv: String!) {
  bulkCreateUsers(csv: $csv) { setupToken user { id email roles { key } teams { name } } }
}`;
const DISABLE = 'mutation($id: ID!) { disableUser(userId: $id) { id disabled } }';
const RESET_MFA = 'mutation($id: ID!) { resetUserMfa(userId: $id) { id } }';
const FORCE = 'mutation($id: ID!) { forceSignOut(userId: $id) }';
const ASSIGN =
  'mutation($id: ID!, $roles: [String!]!) { assignRoles(userId: $id, roles: $roles) { id roles { key } } }';
const CREATE_TEAM = 'mutation($name: String!) { createTeam(name: $name) { id name members { userId } } }';
const SET_MEMBERS = `mutation($id: ID!, $members: [TeamMemberInput!]!) {
  setTeamMembers(teamId: $id, members: $members) { id members { userId isSupervisor } supervisors { userId } }
}`;
const CREATE_ROLE = 'mutation($input: CreateRoleInput!) { createRole(input: $input) { id key permissions } }';
const UPDATE_ROLE =
  'mutation($id: ID!, $p: [String!]!) { updateRolePermissions(roleId: $id, permissions: $p) { id permissions } }';

describe('administration mutations', () => {
  it('creates a user with roles and teams, without a password, and audits it', async () => {
    const email = `new.${agency.code.toLowerCase()}@test.haven.invalid`;
    const r = await t.graphql<{
      createUser: { setupToken: string; user: { id: string; roles: { key: string }[]; teams: { teamId: string }[] } };
    }>(
      CREATE_USER,
      { input: { email, displayName: 'New Worker', roles: ['caseworker'], teams: [agency.teams.a] } },
      { as: admin },
    );
    expect(r.errors).toBeUndefined();
    const user = r.data!.createUser.user;
    const setupToken = r.data!.createUser.setupToken;
    expect(user.roles.map((x) => x.key)).toEqual(['caseworker']);
    expect(user.teams.map((x) => x.teamId)).toEqual([agency.teams.a]);
    const pw = await t.db.rows(sql`select 1 from identity.password_credentials where user_id = ${user.id}::uuid`);
    expect(pw).toHaveLength(0);

    // The set-up token is not a bearer token; it sets the password once, then sign-in works.
    const bearer = await t.graphql(
      '{ me { user { id } } }',
      {},
      { headers: { authorization: `Bearer ${setupToken}` } },
    );
    expect(errorCodes(bearer)).toEqual(['UNAUTHENTICATED']);
    const weak = await post(t, '/auth/password/setup', { token: setupToken, password: 'short' });
    expect([weak.status, weak.body.error?.code]).toEqual([400, 'PASSWORD_POLICY']);
    const set = await post(t, '/auth/password/setup', { token: setupToken, password: PASSWORD });
    expect([set.status, set.body]).toEqual([200, { passwordSet: true }]);
    const again = await post(t, '/auth/password/setup', { token: setupToken, password: `${PASSWORD}-2` });
    expect([again.status, again.body.error?.code]).toEqual([401, 'TOKEN_REVOKED']);
    expect((await signIn(t, email, PASSWORD)).body.status).toBe('signed_in');
    expect(await audit('auth.password_set', user.id)).toHaveLength(1);
    expect((await audit('admin.user_created', user.id)).map((a) => [a.outcome, a.actor_id])).toEqual([
      ['allowed', admin],
    ]);

    const list = await t.graphql<{ staff: { id: string; disabled: boolean; roles: { key: string }[] }[] }>(
      '{ staff { id disabled roles { key } teams { name } } }',
      {},
      { as: agency.users.caseworker },
    );
    expect(list.data!.staff.find((s) => s.id === user.id)).toMatchObject({
      disabled: false,
      roles: [{ key: 'caseworker' }],
    });
    expect(list.data!.staff.some((s) => s.id === other.users.caseworker)).toBe(false);
  });

  it('bulk-creates users from CSV', async () => {
    const c = agency.code.toLowerCase();
    const csv = [
      'email,display_name,roles,teams',
      `bulk1.${c}@test.haven.invalid,Bulk One,caseworker,Team A`,
      `bulk2.${c}@test.haven.invalid,"Two, Bulk",caseworker;supervisor,Team A;Team B`,
    ].join('\n');
    const r = await t.graphql<{
      bulkCreateUsers: {
        setupToken: string;
        user: { id: string; roles: { key: string }[]; teams: { name: string }[] };
      }[];
    }>(BULK, { csv }, { as: admin });
    expect(r.errors).toBeUndefined();
    expect(r.data!.bulkCreateUsers).toHaveLength(2);
    expect(r.data!.bulkCreateUsers[1]!.user.teams.map((x) => x.name)).toEqual(['Team A', 'Team B']);
    for (const u of r.data!.bulkCreateUsers) {
      expect(u.setupToken).toMatch(/^hvs_/);
      expect(await audit('admin.user_created', u.user.id)).toHaveLength(1);
    }
  });

  it('creates a team, sets members and supervisors', async () => {
    const team = await t.graphql<{ createTeam: { id: string } }>(CREATE_TEAM, { name: 'Outreach' }, { as: admin });
    const id = team.data!.createTeam.id;
    const r = await t.graphql<{ setTeamMembers: { members: unknown[]; supervisors: { userId: string }[] } }>(
      SET_MEMBERS,
      {
        id,
        members: [
          { userId: agency.users.caseworker, supervisor: false },
          { userId: agency.users.supervisor, supervisor: true },
        ],
      },
      { as: admin },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.setTeamMembers.members).toHaveLength(2);
    expect(r.data!.setTeamMembers.supervisors).toEqual([{ userId: agency.users.supervisor }]);
    expect(await audit('admin.team_created', id)).toHaveLength(1);
    expect(await audit('admin.team_members_set', id)).toHaveLength(1);
    const teams = await t.graphql<{ teams: { name: string; supervisors: { userId: string }[] }[] }>(
      '{ teams { name supervisors { userId } } }',
      {},
      { as: admin },
    );
    expect(teams.data!.teams.map((x) => x.name)).toEqual(['Outreach', 'Team A', 'Team B']);
  });

  it('creates a role over the catalogue, updates its permissions and assigns it', async () => {
    const created = await t.graphql<{ createRole: { id: string; permissions: string[] } }>(
      CREATE_ROLE,
      { input: { key: 'intake', name: 'Intake worker', permissions: ['case:create', 'user:read'] } },
      { as: admin },
    );
    expect(created.errors).toBeUndefined();
    const id = created.data!.createRole.id;
    const updated = await t.graphql<{ updateRolePermissions: { permissions: string[] } }>(
      UPDATE_ROLE,
      { id, p: ['case:create', 'case:read', 'user:read'] },
      { as: admin },
    );
    expect(updated.data!.updateRolePermissions.permissions).toEqual(['case:create', 'case:read', 'user:read']);
    const assigned = await t.graphql<{ assignRoles: { roles: { key: string }[] } }>(
      ASSIGN,
      { id: agency.users.caseworkerB, roles: ['caseworker', 'intake'] },
      { as: admin },
    );
    expect(assigned.data!.assignRoles.roles.map((x) => x.key).sort()).toEqual(['caseworker', 'intake']);
    expect(await audit('admin.role_created', id)).toHaveLength(1);
    expect(await audit('admin.role_updated', id)).toHaveLength(1);
    expect(await audit('admin.roles_assigned', agency.users.caseworkerB)).toHaveLength(1);
    const roles = await t.graphql<{ roles: { key: string }[] }>('{ roles { key permissions } }', {}, { as: admin });
    expect(roles.data!.roles.map((x) => x.key)).toContain('intake');
  });

  it('resets MFA and forces sign-out', async () => {
    const user = agency.users.meal_officer;
    await t.db.transaction({ system: 'test' }, (tx) =>
      tx.execute(
        sql`insert into identity.totp_credentials (user_id, secret, confirmed_at) values (${user}::uuid, 'JBSWY3DPEHPK3PXP', now())`,
      ),
    );
    const reset = await t.graphql(RESET_MFA, { id: user }, { as: admin });
    expect(reset.errors).toBeUndefined();
    expect(await t.db.rows(sql`select 1 from identity.totp_credentials where user_id = ${user}::uuid`)).toHaveLength(0);
    expect(await audit('admin.mfa_reset', user)).toHaveLength(1);

    expect(errorCodes(await t.graphql('{ me { user { id } } }', {}, { as: user }))).toEqual([]);
    const forced = await t.graphql<{ forceSignOut: number }>(FORCE, { id: user }, { as: admin });
    expect(forced.data!.forceSignOut).toBe(1);
    expect(errorCodes(await t.graphql('{ me { user { id } } }', {}, { as: user }))).toEqual(['UNAUTHENTICATED']);
    expect(await audit('admin.sign_out_forced', user)).toHaveLength(1);
  });

  it('disables a user: their session stops working and their tokens are revoked', async () => {
    const user = agency.users.programme_manager;
    expect(errorCodes(await t.graphql('{ me { user { id } } }', {}, { as: user }))).toEqual([]);
    await t.db.transaction({ system: 'test' }, (tx) =>
      tx.execute(sql`insert into identity.api_tokens (agency_id, user_id, kind, name, token_hash, scopes, created_at)
        values (${agency.agencyId}::uuid, ${user}::uuid, 'personal', 'bi', ${`h-${user}`}, '{user:read}', now())`),
    );
    const r = await t.graphql<{ disableUser: { disabled: boolean } }>(DISABLE, { id: user }, { as: admin });
    expect(r.data!.disableUser.disabled).toBe(true);
    expect(errorCodes(await t.graphql('{ me { user { id } } }', {}, { as: user }))).toEqual(['UNAUTHENTICATED']);
    const live = await t.db.rows(
      sql`select 1 from identity.api_tokens where user_id = ${user}::uuid and revoked_at is null`,
    );
    expect(live).toHaveLength(0);
    expect(await audit('admin.user_disabled', user)).toHaveLength(1);
    const staff = await t.graphql<{ staff: { id: string; disabled: boolean }[] }>(
      '{ staff { id disabled } }',
      {},
      { as: admin },
    );
    expect(staff.data!.staff.find((s) => s.id === user)!.disabled).toBe(true);
  });
});

describe('refusals change nothing', () => {
  const refusals: {
    name: string;
    as: () => string;
    query: string;
    variables: () => Record<string, unknown>;
    code: string;
    fields?: unknown[][];
    deniedAction?: string;
  }[] = [
    {
      name: 'a caseworker creating a user',
      as: () => agency.users.caseworker,
      query: CREATE_USER,
      variables: () => ({ input: { email: 'x@y.invalid', displayName: 'X', roles: [], teams: [] } }),
      code: 'FORBIDDEN',
      deniedAction: 'access.denied',
    },
    {
      name: 'a supervisor disabling a user',
      as: () => agency.users.supervisor,
      query: DISABLE,
      variables: () => ({ id: agency.users.caseworker }),
      code: 'FORBIDDEN',
    },
    {
      name: 'an auditor creating a role',
      as: () => agency.users.auditor,
      query: CREATE_ROLE,
      variables: () => ({ input: { key: 'x', name: 'X', permissions: [] } }),
      code: 'FORBIDDEN',
    },
    {
      name: 'the admin adding case:read to their own role',
      as: () => admin,
      query: UPDATE_ROLE,
      variables: () => ({ id: roleIdOf.admin, p: ['user:read', 'user:manage', 'transfer:read', 'case:read'] }),
      code: 'FORBIDDEN',
      deniedAction: 'admin.role_updated',
    },
    {
      name: 'the admin assigning themself the caseworker role',
      as: () => admin,
      query: ASSIGN,
      variables: () => ({ id: admin, roles: ['system_administrator', 'caseworker'] }),
      code: 'FORBIDDEN',
      deniedAction: 'admin.roles_assigned',
    },
    {
      name: 'the admin making themself a team supervisor',
      as: () => admin,
      query: SET_MEMBERS,
      variables: () => ({ id: agency.teams.b, members: [{ userId: admin, supervisor: true }] }),
      code: 'FORBIDDEN',
      deniedAction: 'admin.team_members_set',
    },
    {
      name: 'the admin granting audit:read, which they do not hold',
      as: () => admin,
      query: UPDATE_ROLE,
      variables: () => ({ id: roleIdOf.caseworker, p: ['case:read', 'audit:read'] }),
      code: 'FORBIDDEN',
      deniedAction: 'admin.role_updated',
    },
    {
      name: 'the admin assigning the auditor role (audit:read not held)',
      as: () => admin,
      query: ASSIGN,
      variables: () => ({ id: agency.users.caseworker, roles: ['auditor'] }),
      code: 'FORBIDDEN',
    },
    {
      name: 'an unknown permission',
      as: () => admin,
      query: CREATE_ROLE,
      variables: () => ({ input: { key: 'bogus', name: 'Bogus', permissions: ['case:read', 'case:delete'] } }),
      code: 'BAD_USER_INPUT',
      fields: [['input', 'permissions']],
    },
    {
      name: 'bad CSV rows, each named',
      as: () => admin,
      query: BULK,
      variables: () => ({
        csv: [
          'email,display_name,roles,teams',
          `ok.${agency.code.toLowerCase()}@test.haven.invalid,Fine Row,caseworker,Team A`,
          'not-an-email,Bad Email,caseworker,Team A',
          `r3.${agency.code.toLowerCase()}@test.haven.invalid,,wizard,Team Z`,
          `${'caseworker'}.${agency.code.toLowerCase()}@test.haven.invalid,Taken,caseworker,`,
        ].join('\n'),
      }),
      code: 'BAD_USER_INPUT',
      fields: [
        ['csv', 3, 'email'],
        ['csv', 4, 'display_name'],
        ['csv', 4, 'roles'],
        ['csv', 4, 'teams'],
        ['csv', 5, 'email'],
      ],
    },
    {
      name: "disabling another agency's user",
      as: () => admin,
      query: DISABLE,
      variables: () => ({ id: other.users.caseworker }),
      code: 'NOT_FOUND',
      deniedAction: 'admin.user_disabled',
    },
    {
      name: "assigning roles to another agency's user",
      as: () => admin,
      query: ASSIGN,
      variables: () => ({ id: other.users.caseworker, roles: ['caseworker'] }),
      code: 'NOT_FOUND',
    },
    {
      name: "editing another agency's role",
      as: () => admin,
      query: UPDATE_ROLE,
      variables: () => ({ id: roleIdOf.otherCaseworker, p: ['case:read'] }),
      code: 'NOT_FOUND',
    },
    {
      name: "setting members of another agency's team",
      as: () => admin,
      query: SET_MEMBERS,
      variables: () => ({ id: other.teams.a, members: [] }),
      code: 'NOT_FOUND',
    },
    {
      name: "adding another agency's user to a team",
      as: () => admin,
      query: SET_MEMBERS,
      variables: () => ({ id: agency.teams.b, members: [{ userId: other.users.caseworker, supervisor: false }] }),
      code: 'BAD_USER_INPUT',
      fields: [['members', 0, 'userId']],
    },
  ];
  const roleIdOf = { admin: '', caseworker: '', otherCaseworker: '' };
  beforeAll(async () => {
    roleIdOf.admin = await roleId(agency.agencyId, 'system_administrator');
    roleIdOf.caseworker = await roleId(agency.agencyId, 'caseworker');
    roleIdOf.otherCaseworker = await roleId(other.agencyId, 'caseworker');
  });

  it.each(refusals.map((r) => [r.name, r] as const))('refuses %s', async (_name, r) => {
    await t.sessionFor(r.as());
    const before = [await snapshot(agency.agencyId), await snapshot(other.agencyId)];
    const deniedBefore = r.deniedAction
      ? (
          await t.db.rows(
            sql`select 1 from audit.events where action = ${r.deniedAction} and outcome = 'denied' and actor_id = ${r.as()}::uuid`,
          )
        ).length
      : 0;
    const res = await t.graphql(r.query, r.variables(), { as: r.as() });
    expect(errorCodes(res)).toEqual([r.code]);
    if (r.fields) expect(fieldsOf(res)).toEqual(r.fields);
    expect([await snapshot(agency.agencyId), await snapshot(other.agencyId)]).toEqual(before);
    if (r.deniedAction) {
      const denied = await t.db.rows(
        sql`select 1 from audit.events where action = ${r.deniedAction} and outcome = 'denied' and actor_id = ${r.as()}::uuid`,
      );
      expect(denied.length).toBe(deniedBefore + 1);
    }
  });
});

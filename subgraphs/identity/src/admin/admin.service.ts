import { isUuid } from '@haven/core/ids';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import { assertPermission, type Caller } from '@haven/core/access';
import type { Database, Executor } from '@haven/core/db/database';
import { HavenError, type FieldProblem } from '@haven/core/errors';
import { isPermission } from '@haven/core/permissions';
import type { Viewer } from '@haven/core/viewer';
import { deleteMfa } from '../mfa/mfa.store';
import { revokeAllSessions } from '../sessions/sessions.service';
import { revokeTokensOfUser } from '../tokens/tokens.store';
import { issuePasswordSetupToken } from '../auth/password-setup.service';
import type { AdminTeam, AgencyRole, CreatedUser, StaffMember, UserDraft } from './admin';
import { parseCsv } from './csv';
import * as store from './admin.store';

const EMAIL = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]+$/;
const ROLE_KEY = /^[a-z][a-z0-9_]{1,49}$/;
const MAX_BULK_ROWS = 1000;
const CSV_HEADER = ['email', 'display_name', 'roles', 'teams'];

/**
 * Permissions that open case data. An administrator never gives them to themself, but may give them
 * to others without holding them (administrators hold none by design).
 */
export const isCaseDataPermission = (p: string) => /^(case|careplan|workflow|transfer|consent):/.test(p);

/** What the viewer may hand out: permissions they hold, and case-data permissions (to others only). */
function ungrantable(viewer: Viewer, permissions: string[]): string[] {
  return permissions.filter((p) => !isCaseDataPermission(p) && !(viewer.permissions as string[]).includes(p));
}

const forbidden = (message: string) => new HavenError('FORBIDDEN', message);
export const notFound = (what: string) => new HavenError('NOT_FOUND', `No such ${what}`);
export const bad = (fields: FieldProblem[]) =>
  new HavenError('BAD_USER_INPUT', `Invalid input: ${fields.map((f) => f.path.join('.')).join(', ')}`, { fields });

/**
 * One transaction per mutation. A refusal (FORBIDDEN, NOT_FOUND) is recorded after that transaction
 * has rolled back, in one of its own: the embedded database has one connection, so never nested.
 */
export async function mutate<T>(
  db: Database,
  caller: Caller,
  audit: { action: string; targetType: string; targetId?: string },
  work: (tx: Executor) => Promise<T>,
): Promise<T> {
  assertPermission(caller.viewer, 'user:manage');
  try {
    return await db.transaction({ viewer: caller.viewer }, work);
  } catch (error) {
    if (error instanceof HavenError && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) {
      const targetId = audit.targetId && isUuid(audit.targetId) ? audit.targetId : undefined;
      await db.transaction({ viewer: caller.viewer }, (tx) =>
        recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
          action: audit.action,
          targetType: audit.targetType,
          targetId,
          reason: error.message,
          outcome: 'denied',
        }),
      );
    }
    throw error;
  }
}

export const record = (tx: Executor, caller: Caller, entry: Parameters<typeof recordAudit>[2]) =>
  recordAudit(tx, actorOf(caller.viewer, caller.requestId), entry);

async function staffMember(tx: Executor, viewer: Viewer, userId: string): Promise<StaffMember> {
  const [found] = isUuid(userId) ? await store.findStaff(tx, viewer.agencyId, [userId]) : [];
  if (!found) throw notFound('user');
  return found;
}

async function role(tx: Executor, viewer: Viewer, roleId: string): Promise<AgencyRole> {
  const found = isUuid(roleId) ? (await store.findRoles(tx, viewer.agencyId)).find((r) => r.id === roleId) : null;
  if (!found) throw notFound('role');
  return found;
}

async function team(tx: Executor, viewer: Viewer, teamId: string): Promise<AdminTeam> {
  const [found] = isUuid(teamId) ? await store.findTeams(tx, viewer.agencyId, [teamId]) : [];
  if (!found) throw notFound('team');
  return found;
}

function assertNotSelf(viewer: Viewer, userId: string, what: string) {
  if (userId === viewer.userId) throw forbidden(`An administrator cannot change their own ${what}`);
}

export function assertGrantable(viewer: Viewer, permissions: string[]) {
  const refused = ungrantable(viewer, permissions);
  if (refused.length) throw forbidden(`You cannot grant permissions you do not hold: ${refused.join(' ')}`);
}

// Queries

export async function listStaff(db: Database, viewer: Viewer): Promise<StaffMember[]> {
  assertPermission(viewer, 'user:read');
  return db.transaction({ viewer }, (tx) => store.findStaff(tx, viewer.agencyId));
}

export async function listRoles(db: Database, viewer: Viewer): Promise<AgencyRole[]> {
  assertPermission(viewer, 'user:read');
  return db.transaction({ viewer }, (tx) => store.findRoles(tx, viewer.agencyId));
}

export async function listTeams(db: Database, viewer: Viewer): Promise<AdminTeam[]> {
  assertPermission(viewer, 'user:read');
  return db.transaction({ viewer }, (tx) => store.findTeams(tx, viewer.agencyId));
}

// Users

/**
 * Checks drafts against the agency's roles (by key) and teams (by name or id) and the e-mails in use;
 * returns each draft's role and team ids, or the problems found (path prefix per draft).
 */
async function resolveDrafts(
  tx: Executor,
  viewer: Viewer,
  drafts: { draft: UserDraft; path: (string | number)[]; column: (name: string) => string | number }[],
): Promise<{ problems: FieldProblem[]; resolved: { draft: UserDraft; roles: AgencyRole[]; teamIds: string[] }[] }> {
  const roles = await store.findRoles(tx, viewer.agencyId);
  const teams = await store.findTeams(tx, viewer.agencyId);
  const taken = await store.findTakenEmails(
    tx,
    drafts.map((d) => d.draft.email).filter((e) => EMAIL.test(e)),
  );
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  const resolved = drafts.map(({ draft, path, column }) => {
    const problem = (name: string, message: string) => problems.push({ path: [...path, column(name)], message });
    if (!EMAIL.test(draft.email)) problem('email', 'invalid_email');
    else if (taken.has(draft.email)) problem('email', 'already_in_use');
    else if (seen.has(draft.email)) problem('email', 'duplicate_in_input');
    seen.add(draft.email);
    if (!draft.displayName || draft.displayName.length > 200) problem('displayName', 'must_not_be_empty');
    const found = draft.roles.map((key) => roles.find((r) => r.key === key));
    const unknownRoles = draft.roles.filter((_k, i) => !found[i]);
    if (unknownRoles.length) problem('roles', `unknown_role: ${unknownRoles.join(' ')}`);
    const teamIds = draft.teams.map((t) => teams.find((x) => x.id === t || x.name === t)?.id);
    const unknownTeams = draft.teams.filter((_t, i) => !teamIds[i]);
    if (unknownTeams.length) problem('teams', `unknown_team: ${unknownTeams.join(' ')}`);
    return {
      draft,
      roles: found.filter((r): r is AgencyRole => !!r),
      teamIds: [...new Set(teamIds.filter((t): t is string => !!t))],
    };
  });
  return { problems, resolved };
}

async function insertDrafts(
  tx: Executor,
  caller: Caller,
  resolved: { draft: UserDraft; roles: AgencyRole[]; teamIds: string[] }[],
  action: string,
  now: Date,
): Promise<CreatedUser[]> {
  assertGrantable(
    caller.viewer,
    resolved.flatMap((r) => r.roles.flatMap((x) => x.permissions)),
  );
  const ids: string[] = [];
  const tokens = new Map<string, string>();
  for (const { draft, roles, teamIds } of resolved) {
    const id = await store.insertUser(tx, {
      agencyId: caller.viewer.agencyId,
      email: draft.email,
      displayName: draft.displayName,
    });
    await store.replaceUserRoles(
      tx,
      id,
      roles.map((r) => r.id),
    );
    await store.addMemberships(tx, id, teamIds);
    await record(tx, caller, {
      action,
      targetType: 'user',
      targetId: id,
      fields: ['email', 'displayName', 'roles', 'teams'],
      outcome: 'allowed',
    });
    tokens.set(id, await issuePasswordSetupToken(tx, { id, agencyId: caller.viewer.agencyId }, now));
    ids.push(id);
  }
  const created = await store.findStaff(tx, caller.viewer.agencyId, ids);
  return ids.map((id) => ({ user: created.find((u) => u.id === id)!, setupToken: tokens.get(id)! }));
}

const normaliseDraft = (d: UserDraft): UserDraft => ({
  email: d.email.trim().toLowerCase(),
  displayName: d.displayName.trim(),
  roles: [...new Set(d.roles.map((r) => r.trim()).filter(Boolean))],
  teams: [...new Set(d.teams.map((t) => t.trim()).filter(Boolean))],
});

/**
 * A new member of staff with roles (by key) and teams (by id). No password: the answer carries a
 * one-time set-up token (POST /auth/password/setup), shown only this once.
 */
export async function createUser(
  db: Database,
  caller: Caller,
  input: UserDraft,
  now = new Date(),
): Promise<CreatedUser> {
  return mutate(db, caller, { action: 'admin.user_created', targetType: 'user' }, async (tx) => {
    const draft = normaliseDraft(input);
    const { problems, resolved } = await resolveDrafts(tx, caller.viewer, [
      { draft, path: ['input'], column: (name) => name },
    ]);
    if (problems.length) throw bad(problems);
    return (await insertDrafts(tx, caller, resolved, 'admin.user_created', now))[0]!;
  });
}

/**
 * Users from CSV text with the header email,display_name,roles,teams (roles: keys, teams: names,
 * each separated by ";"). All or nothing: any bad row fails the import, naming every failing row
 * (its line number) and column, and nothing is written.
 */
export async function bulkCreateUsers(
  db: Database,
  caller: Caller,
  csv: string,
  now = new Date(),
): Promise<CreatedUser[]> {
  return mutate(db, caller, { action: 'admin.user_created', targetType: 'user' }, async (tx) => {
    const rows = parseCsv(csv.replace(/^\uFEFF/, ''));
    const header = rows[0]?.map((h) => h.trim().toLowerCase()) ?? [];
    if (header.join(',') !== CSV_HEADER.join(','))
      throw bad([{ path: ['csv', 1], message: `header_must_be: ${CSV_HEADER.join(',')}` }]);
    const body = rows
      .map((cells, i) => ({ cells, line: i + 1 }))
      .slice(1)
      .filter((r) => r.cells.some((c) => c.trim()));
    if (body.length === 0) throw bad([{ path: ['csv'], message: 'no_rows' }]);
    if (body.length > MAX_BULK_ROWS) throw bad([{ path: ['csv'], message: `at_most_${MAX_BULK_ROWS}_rows` }]);
    const problems: FieldProblem[] = [];
    const column = (name: string) =>
      ({ email: 'email', displayName: 'display_name', roles: 'roles', teams: 'teams' })[name] ?? name;
    const drafts = body.map(({ cells, line }) => {
      if (cells.length !== CSV_HEADER.length) problems.push({ path: ['csv', line], message: 'expected_4_columns' });
      const split = (s: string | undefined) => (s ?? '').split(';');
      return {
        draft: normaliseDraft({
          email: cells[0] ?? '',
          displayName: cells[1] ?? '',
          roles: split(cells[2]),
          teams: split(cells[3]),
        }),
        path: ['csv', line],
        column,
      };
    });
    const checked = await resolveDrafts(tx, caller.viewer, drafts);
    problems.push(...checked.problems);
    if (problems.length) throw bad(problems);
    return insertDrafts(tx, caller, checked.resolved, 'admin.user_created', now);
  });
}

/** Disables a user and ends every session and token they hold. */
export async function disableUser(db: Database, caller: Caller, userId: string, now = new Date()) {
  return mutate(db, caller, { action: 'admin.user_disabled', targetType: 'user', targetId: userId }, async (tx) => {
    const user = await staffMember(tx, caller.viewer, userId);
    if (user.id === caller.viewer.userId) throw new HavenError('CONFLICT', 'You cannot disable yourself');
    if (!(await store.disableUser(tx, user.id, now))) throw new HavenError('CONFLICT', 'The user is already disabled');
    const sessions = await revokeAllSessions(tx, user.id, now, 'user_disabled');
    await revokeTokensOfUser(tx, user.id, now);
    await record(tx, caller, {
      action: 'admin.user_disabled',
      targetType: 'user',
      targetId: user.id,
      fields: ['disabled'],
      outcome: 'allowed',
    });
    for (const id of sessions)
      await record(tx, caller, {
        action: 'auth.session_revoked',
        targetType: 'session',
        targetId: id,
        outcome: 'allowed',
      });
    return { ...user, disabled: true };
  });
}

/** Removes the user's TOTP secret and recovery codes: they enrol again at their next sign-in. */
export async function resetUserMfa(db: Database, caller: Caller, userId: string) {
  return mutate(db, caller, { action: 'admin.mfa_reset', targetType: 'user', targetId: userId }, async (tx) => {
    const user = await staffMember(tx, caller.viewer, userId);
    assertNotSelf(caller.viewer, user.id, 'MFA');
    await deleteMfa(tx, user.id);
    await record(tx, caller, { action: 'admin.mfa_reset', targetType: 'user', targetId: user.id, outcome: 'allowed' });
    return user;
  });
}

/** Revokes every web session of the user; returns how many were live. */
export async function forceSignOut(db: Database, caller: Caller, userId: string, now = new Date()): Promise<number> {
  return mutate(db, caller, { action: 'admin.sign_out_forced', targetType: 'user', targetId: userId }, async (tx) => {
    const user = await staffMember(tx, caller.viewer, userId);
    const sessions = await revokeAllSessions(tx, user.id, now, 'forced_sign_out');
    await record(tx, caller, {
      action: 'admin.sign_out_forced',
      targetType: 'user',
      targetId: user.id,
      targetIds: sessions,
      outcome: 'allowed',
    });
    return sessions.length;
  });
}

/** Replaces the user's roles. Never one's own; never a role granting what the administrator lacks. */
export async function assignRoles(db: Database, caller: Caller, userId: string, roleKeys: string[]) {
  return mutate(db, caller, { action: 'admin.roles_assigned', targetType: 'user', targetId: userId }, async (tx) => {
    const user = await staffMember(tx, caller.viewer, userId);
    assertNotSelf(caller.viewer, user.id, 'roles');
    const roles = await store.findRoles(tx, caller.viewer.agencyId);
    const keys = [...new Set(roleKeys)];
    const unknown = keys.filter((k) => !roles.some((r) => r.key === k));
    if (unknown.length) throw bad([{ path: ['roles'], message: `unknown_role: ${unknown.join(' ')}` }]);
    const chosen = roles.filter((r) => keys.includes(r.key));
    assertGrantable(
      caller.viewer,
      chosen.flatMap((r) => r.permissions),
    );
    await store.replaceUserRoles(
      tx,
      user.id,
      chosen.map((r) => r.id),
    );
    await record(tx, caller, {
      action: 'admin.roles_assigned',
      targetType: 'user',
      targetId: user.id,
      fields: ['roles'],
      change: { before: { roles: user.roles.map((r) => r.key) }, after: { roles: chosen.map((r) => r.key) } },
      outcome: 'allowed',
    });
    return (await store.findStaff(tx, caller.viewer.agencyId, [user.id]))[0]!;
  });
}

// Teams

export async function createTeam(db: Database, caller: Caller, name: string): Promise<AdminTeam> {
  return mutate(db, caller, { action: 'admin.team_created', targetType: 'team' }, async (tx) => {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 100) throw bad([{ path: ['name'], message: 'must_not_be_empty' }]);
    if ((await store.findTeams(tx, caller.viewer.agencyId)).some((t) => t.name === trimmed))
      throw bad([{ path: ['name'], message: 'already_in_use' }]);
    const created = await store.insertTeam(tx, caller.viewer.agencyId, trimmed);
    await record(tx, caller, {
      action: 'admin.team_created',
      targetType: 'team',
      targetId: created.id,
      outcome: 'allowed',
    });
    return created;
  });
}

/** Replaces a team's members and supervisors. The administrator's own membership cannot change. */
export async function setTeamMembers(
  db: Database,
  caller: Caller,
  teamId: string,
  members: { userId: string; supervisor: boolean }[],
): Promise<AdminTeam> {
  return mutate(db, caller, { action: 'admin.team_members_set', targetType: 'team', targetId: teamId }, async (tx) => {
    const found = await team(tx, caller.viewer, teamId);
    const ids = members.map((m) => m.userId);
    const staff = await store.findStaff(tx, caller.viewer.agencyId, [...new Set(ids.filter((id) => isUuid(id)))]);
    const problems: FieldProblem[] = [];
    members.forEach((m, i) => {
      if (!staff.some((s) => s.id === m.userId))
        problems.push({ path: ['members', i, 'userId'], message: 'unknown_user' });
      else if (ids.indexOf(m.userId) !== i) problems.push({ path: ['members', i, 'userId'], message: 'duplicate' });
    });
    if (problems.length) throw bad(problems);
    const mine = (list: { userId: string; isSupervisor: boolean }[]) =>
      JSON.stringify(list.filter((m) => m.userId === caller.viewer.userId));
    const next = members.map((m) => ({ userId: m.userId, isSupervisor: m.supervisor }));
    if (mine(found.members) !== mine(next)) throw forbidden('An administrator cannot change their own teams');
    await store.replaceTeamMembers(tx, found.id, next);
    await record(tx, caller, {
      action: 'admin.team_members_set',
      targetType: 'team',
      targetId: found.id,
      targetIds: ids,
      fields: ['members'],
      outcome: 'allowed',
    });
    return (await store.findTeams(tx, caller.viewer.agencyId, [found.id]))[0]!;
  });
}

// Roles

function checkPermissions(permissions: string[], path: string[]): string[] {
  const unknown = permissions.filter((p) => !isPermission(p));
  if (unknown.length) throw bad([{ path, message: `unknown_permission: ${unknown.join(' ')}` }]);
  return [...new Set(permissions)].sort();
}

export async function createRole(
  db: Database,
  caller: Caller,
  input: { key: string; name: string; permissions: string[] },
): Promise<AgencyRole> {
  return mutate(db, caller, { action: 'admin.role_created', targetType: 'role' }, async (tx) => {
    const problems: FieldProblem[] = [];
    const key = input.key.trim();
    const name = input.name.trim();
    if (!ROLE_KEY.test(key)) problems.push({ path: ['input', 'key'], message: 'lowercase_letters_digits_underscores' });
    if (!name || name.length > 100) problems.push({ path: ['input', 'name'], message: 'must_not_be_empty' });
    const unknown = input.permissions.filter((p) => !isPermission(p));
    if (unknown.length)
      problems.push({ path: ['input', 'permissions'], message: `unknown_permission: ${unknown.join(' ')}` });
    const existing = await store.findRoles(tx, caller.viewer.agencyId);
    if (existing.some((r) => r.key === key)) problems.push({ path: ['input', 'key'], message: 'already_in_use' });
    if (problems.length) throw bad(problems);
    const permissions = checkPermissions(input.permissions, ['input', 'permissions']);
    assertGrantable(caller.viewer, permissions);
    const created = await store.insertRole(tx, { agencyId: caller.viewer.agencyId, key, name, permissions });
    await record(tx, caller, {
      action: 'admin.role_created',
      targetType: 'role',
      targetId: created.id,
      fields: permissions,
      outcome: 'allowed',
    });
    return created;
  });
}

/**
 * Replaces a role's permissions. Refused: unknown permissions; adding one the administrator does not
 * hold (case data excepted); adding case data to a role the administrator holds.
 */
export async function updateRolePermissions(
  db: Database,
  caller: Caller,
  roleId: string,
  permissions: string[],
): Promise<AgencyRole> {
  return mutate(db, caller, { action: 'admin.role_updated', targetType: 'role', targetId: roleId }, async (tx) => {
    const found = await role(tx, caller.viewer, roleId);
    const next = checkPermissions(permissions, ['permissions']);
    const added = next.filter((p) => !found.permissions.includes(p));
    assertGrantable(caller.viewer, added);
    if (caller.viewer.roles.includes(found.key) && added.some(isCaseDataPermission))
      throw forbidden('An administrator cannot give a role they hold access to case data');
    await store.updateRolePermissions(tx, found.id, next);
    await record(tx, caller, {
      action: 'admin.role_updated',
      targetType: 'role',
      targetId: found.id,
      fields: ['permissions'],
      change: { before: { permissions: found.permissions }, after: { permissions: next } },
      outcome: 'allowed',
    });
    return { ...found, permissions: next };
  });
}

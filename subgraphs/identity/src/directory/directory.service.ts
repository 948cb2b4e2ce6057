import { assertPermission } from '@haven/core/access';
import { HavenError } from '@haven/core/errors';
import {
  defaultRoles,
  defaultRoleKeys,
  isPermission,
  type DefaultRoleKey,
  type Permission,
} from '@haven/core/permissions';
import type { Database, Executor } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import type { Agency, Membership, RoleGrant, Team, User } from './directory';
import * as store from './directory.store';

/** Creates an agency with the default roles. Returns the role ids by key for the caller to grant. */
export async function provisionAgency(
  tx: Executor,
  values: { code: string; name: string },
): Promise<{ agency: Agency; roleIds: Record<DefaultRoleKey, string> }> {
  const agency = await store.insertAgency(tx, values);
  const roleIds = {} as Record<DefaultRoleKey, string>;
  for (const key of defaultRoleKeys) {
    const role = defaultRoles[key];
    roleIds[key] = (
      await store.insertRole(tx, { agencyId: agency.id, key, name: role.name, permissions: role.permissions })
    ).id;
  }
  return { agency, roleIds };
}

export const createTeam = (tx: Executor, values: { agencyId: string; name: string }): Promise<Team> =>
  store.insertTeam(tx, values);

/** Creates a staff user with roles and team memberships (administration mutations come with sign-in). */
export async function createStaffUser(
  tx: Executor,
  values: {
    agencyId: string;
    email: string;
    displayName: string;
    locale?: string;
    roleIds: string[];
    teams?: { teamId: string; supervisor?: boolean }[];
  },
): Promise<User> {
  const user = await store.insertUser(tx, {
    agencyId: values.agencyId,
    email: values.email.toLowerCase(),
    displayName: values.displayName,
    locale: values.locale,
  });
  for (const roleId of values.roleIds) await store.grantRole(tx, user.id, roleId);
  for (const team of values.teams ?? []) await store.addTeamMember(tx, team.teamId, user.id, team.supervisor ?? false);
  return user;
}

/**
 * Builds the viewer the gateway vouches for: the user's agency, roles, the union of their
 * permissions and their teams. Disabled or unknown users get no viewer.
 */
export async function resolveViewer(db: Database, userId: string, authMethod: string): Promise<Viewer | null> {
  return db.transaction({ system: 'resolve-viewer' }, async (tx) => {
    const user = await store.findUser(tx, userId);
    if (!user || user.disabled) return null;
    const grants = (await store.findRoleGrants(tx, [user.id])).get(user.id) ?? [];
    return viewerOf(user, grants, await store.findMemberships(tx, user.id), authMethod);
  });
}

/** The viewer of an active user with these role grants and team memberships. */
export function viewerOf(
  user: { id: string; agencyId: string },
  grants: readonly RoleGrant[],
  memberships: readonly Membership[],
  authMethod: string,
): Viewer {
  return {
    userId: user.id,
    agencyId: user.agencyId,
    roles: grants.map((g) => g.key),
    permissions: [...new Set(grants.flatMap((g) => g.permissions))].filter(isPermission).sort(),
    teamIds: memberships.map((m) => m.teamId),
    supervisedTeamIds: memberships.filter((m) => m.isSupervisor).map((m) => m.teamId),
    authMethod,
    clientAddress: null,
  };
}

/**
 * Where a staff member stands, for other contexts deciding about them (whom a case may be shared
 * with or assigned to): active or not, permissions, teams. Null outside the agency.
 */
export async function staffStanding(
  tx: Executor,
  agencyId: string,
  userId: string,
): Promise<{ active: boolean; permissions: Permission[]; teamIds: string[] } | null> {
  const user = await store.findUser(tx, userId);
  if (!user || user.agencyId !== agencyId) return null;
  const grants = (await store.findRoleGrants(tx, [user.id])).get(user.id) ?? [];
  return {
    active: !user.disabled,
    permissions: [...new Set(grants.flatMap((g) => g.permissions))].filter(isPermission),
    teamIds: (await store.findMemberships(tx, user.id)).map((m) => m.teamId),
  };
}

export interface Me {
  user: User;
  agency: Agency;
  roles: RoleGrant[];
  teams: { id: string; name: string; isSupervisor: boolean }[];
  permissions: string[];
}

export async function me(db: Database, viewer: Viewer): Promise<Me> {
  return db.transaction({ viewer }, async (tx) => {
    const user = await store.findUser(tx, viewer.userId);
    const agency = await store.findAgency(tx, viewer.agencyId);
    if (!user || !agency || user.agencyId !== agency.id) throw new HavenError('UNAUTHENTICATED', 'Unknown viewer');
    const roles = (await store.findRoleGrants(tx, [user.id])).get(user.id) ?? [];
    const teams = (await store.findMemberships(tx, user.id)).map((m) => ({
      id: m.teamId,
      name: m.teamName,
      isSupervisor: m.isSupervisor,
    }));
    return { user, agency, roles, teams, permissions: viewer.permissions };
  });
}

/** Staff of the viewer's own agency only: other agencies' users are invisible. */
export async function usersByIds(db: Database, viewer: Viewer, ids: readonly string[]): Promise<Map<string, User>> {
  return db.transaction({ viewer }, (tx) => store.findUsersByIds(tx, viewer.agencyId, ids));
}

export async function listUsers(db: Database, viewer: Viewer): Promise<User[]> {
  assertPermission(viewer, 'user:read');
  return db.transaction({ viewer }, (tx) => store.findActiveUsers(tx, viewer.agencyId));
}

import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { roles, teamMembers, teams, userRoles, users } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { AdminTeam, AgencyRole, StaffMember } from './admin';

const toRole = (row: typeof roles.$inferSelect): AgencyRole => ({
  id: row.id,
  key: row.key,
  name: row.name,
  permissions: row.permissions,
});

/** Staff of one agency (disabled ones included) with their roles and teams; optionally only some ids. */
export async function findStaff(tx: Executor, agencyId: string, ids?: string[]): Promise<StaffMember[]> {
  if (ids && ids.length === 0) return [];
  const rows = await tx
    .select()
    .from(users)
    .where(and(eq(users.agencyId, agencyId), ids ? inArray(users.id, ids) : undefined))
    .orderBy(asc(users.displayName));
  if (rows.length === 0) return [];
  const userIds = rows.map((r) => r.id);
  const grants = await tx
    .select({ userId: userRoles.userId, role: roles })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(inArray(userRoles.userId, userIds))
    .orderBy(asc(roles.name));
  const memberships = await tx
    .select({ userId: teamMembers.userId, teamId: teams.id, name: teams.name, isSupervisor: teamMembers.isSupervisor })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(inArray(teamMembers.userId, userIds))
    .orderBy(asc(teams.name));
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    disabled: row.disabledAt !== null,
    roles: grants.filter((g) => g.userId === row.id).map((g) => toRole(g.role)),
    teams: memberships
      .filter((m) => m.userId === row.id)
      .map((m) => ({ teamId: m.teamId, name: m.name, isSupervisor: m.isSupervisor })),
  }));
}

/** E-mail addresses are unique across agencies; returns those already taken. */
export async function findTakenEmails(tx: Executor, emails: string[]): Promise<Set<string>> {
  if (emails.length === 0) return new Set();
  const rows = await tx.select({ email: users.email }).from(users).where(inArray(users.email, emails));
  return new Set(rows.map((r) => r.email));
}

export async function findRoles(tx: Executor, agencyId: string): Promise<AgencyRole[]> {
  const rows = await tx.select().from(roles).where(eq(roles.agencyId, agencyId)).orderBy(asc(roles.name));
  return rows.map(toRole);
}

export async function insertRole(
  tx: Executor,
  values: { agencyId: string; key: string; name: string; permissions: string[] },
): Promise<AgencyRole> {
  const [row] = await tx.insert(roles).values(values).returning();
  return toRole(row!);
}

export async function updateRolePermissions(tx: Executor, roleId: string, permissions: string[]): Promise<void> {
  await tx.update(roles).set({ permissions }).where(eq(roles.id, roleId));
}

export async function findTeams(tx: Executor, agencyId: string, ids?: string[]): Promise<AdminTeam[]> {
  if (ids && ids.length === 0) return [];
  const rows = await tx
    .select()
    .from(teams)
    .where(and(eq(teams.agencyId, agencyId), ids ? inArray(teams.id, ids) : undefined))
    .orderBy(asc(teams.name));
  if (rows.length === 0) return [];
  const members = await tx
    .select({
      teamId: teamMembers.teamId,
      userId: users.id,
      displayName: users.displayName,
      isSupervisor: teamMembers.isSupervisor,
    })
    .from(teamMembers)
    .innerJoin(users, eq(users.id, teamMembers.userId))
    .where(
      inArray(
        teamMembers.teamId,
        rows.map((r) => r.id),
      ),
    )
    .orderBy(asc(users.displayName));
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    members: members
      .filter((m) => m.teamId === row.id)
      .map((m) => ({ userId: m.userId, displayName: m.displayName, isSupervisor: m.isSupervisor })),
  }));
}

export async function insertTeam(tx: Executor, agencyId: string, name: string): Promise<AdminTeam> {
  const [row] = await tx.insert(teams).values({ agencyId, name }).returning();
  return { id: row!.id, name: row!.name, members: [] };
}

export async function insertUser(
  tx: Executor,
  values: { agencyId: string; email: string; displayName: string },
): Promise<string> {
  const [row] = await tx.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

export async function replaceUserRoles(tx: Executor, userId: string, roleIds: string[]): Promise<void> {
  await tx.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roleIds.length) await tx.insert(userRoles).values(roleIds.map((roleId) => ({ userId, roleId })));
}

export async function addMemberships(tx: Executor, userId: string, teamIds: string[]): Promise<void> {
  if (teamIds.length)
    await tx.insert(teamMembers).values(teamIds.map((teamId) => ({ teamId, userId, isSupervisor: false })));
}

export async function replaceTeamMembers(
  tx: Executor,
  teamId: string,
  members: { userId: string; isSupervisor: boolean }[],
): Promise<void> {
  await tx.delete(teamMembers).where(eq(teamMembers.teamId, teamId));
  if (members.length) await tx.insert(teamMembers).values(members.map((m) => ({ teamId, ...m })));
}

export async function disableUser(tx: Executor, userId: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(users)
    .set({ disabledAt: now })
    .where(and(eq(users.id, userId), isNull(users.disabledAt)))
    .returning({ id: users.id });
  return rows.length > 0;
}

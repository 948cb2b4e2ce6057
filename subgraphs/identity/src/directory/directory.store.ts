import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { agencies, roles, teamMembers, teams, userRoles, users } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { Agency, Membership, RoleGrant, Team, User } from './directory';

export function toUser(row: typeof users.$inferSelect): User {
  return {
    id: row.id,
    agencyId: row.agencyId,
    email: row.email,
    displayName: row.displayName,
    locale: row.locale,
    disabled: row.disabledAt !== null,
  };
}

export async function insertAgency(tx: Executor, values: { code: string; name: string }): Promise<Agency> {
  const [row] = await tx.insert(agencies).values(values).returning();
  return { id: row!.id, code: row!.code, name: row!.name };
}

export async function findAgency(tx: Executor, id: string): Promise<Agency | null> {
  const [row] = await tx.select().from(agencies).where(eq(agencies.id, id));
  return row ? { id: row.id, code: row.code, name: row.name } : null;
}

export async function findAgencyByCode(tx: Executor, code: string): Promise<Agency | null> {
  const [row] = await tx.select().from(agencies).where(eq(agencies.code, code));
  return row ? { id: row.id, code: row.code, name: row.name } : null;
}

export async function insertRole(
  tx: Executor,
  values: { agencyId: string; key: string; name: string; permissions: string[] },
): Promise<{ id: string }> {
  const [row] = await tx.insert(roles).values(values).returning({ id: roles.id });
  return row!;
}

export async function insertTeam(tx: Executor, values: { agencyId: string; name: string }): Promise<Team> {
  const [row] = await tx.insert(teams).values(values).returning();
  return { id: row!.id, agencyId: row!.agencyId, name: row!.name };
}

export async function insertUser(
  tx: Executor,
  values: { agencyId: string; email: string; displayName: string; locale?: string },
): Promise<User> {
  const [row] = await tx.insert(users).values(values).returning();
  return toUser(row!);
}

export async function grantRole(tx: Executor, userId: string, roleId: string): Promise<void> {
  await tx.insert(userRoles).values({ userId, roleId }).onConflictDoNothing();
}

export async function addTeamMember(
  tx: Executor,
  teamId: string,
  userId: string,
  isSupervisor: boolean,
): Promise<void> {
  await tx.insert(teamMembers).values({ teamId, userId, isSupervisor }).onConflictDoNothing();
}

export async function findUser(tx: Executor, id: string): Promise<User | null> {
  const [row] = await tx.select().from(users).where(eq(users.id, id));
  return row ? toUser(row) : null;
}

export async function findUsersByIds(
  tx: Executor,
  agencyId: string,
  ids: readonly string[],
): Promise<Map<string, User>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(users)
    .where(and(eq(users.agencyId, agencyId), inArray(users.id, [...ids])));
  return new Map(rows.map((row) => [row.id, toUser(row)]));
}

export async function findActiveUsers(tx: Executor, agencyId?: string): Promise<User[]> {
  const rows = await tx
    .select()
    .from(users)
    .where(and(isNull(users.disabledAt), agencyId ? eq(users.agencyId, agencyId) : undefined))
    .orderBy(asc(users.displayName));
  return rows.map(toUser);
}

export async function findRoleGrants(tx: Executor, userIds: readonly string[]): Promise<Map<string, RoleGrant[]>> {
  const out = new Map<string, RoleGrant[]>();
  if (userIds.length === 0) return out;
  const rows = await tx
    .select({ userId: userRoles.userId, key: roles.key, name: roles.name, permissions: roles.permissions })
    .from(userRoles)
    .innerJoin(roles, eq(roles.id, userRoles.roleId))
    .where(inArray(userRoles.userId, [...userIds]))
    .orderBy(asc(roles.name));
  for (const row of rows) {
    const list = out.get(row.userId) ?? [];
    list.push({ key: row.key, name: row.name, permissions: row.permissions });
    out.set(row.userId, list);
  }
  return out;
}

export async function findMemberships(tx: Executor, userId: string): Promise<(Membership & { teamName: string })[]> {
  return tx
    .select({ teamId: teamMembers.teamId, isSupervisor: teamMembers.isSupervisor, teamName: teams.name })
    .from(teamMembers)
    .innerJoin(teams, eq(teams.id, teamMembers.teamId))
    .where(eq(teamMembers.userId, userId))
    .orderBy(asc(teams.name));
}

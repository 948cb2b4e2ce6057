import { randomBytes } from 'node:crypto';
import type { Caller } from '@haven/core/access';
import type { Database } from '@haven/core/db/database';
import { defaultRoleKeys, type DefaultRoleKey } from '@haven/core/permissions';
import { createStaffUser, createTeam, resolveViewer } from '@haven/identity';
import { provisionAgency } from '@haven/gateway/provisioning';

export interface TestAgency {
  agencyId: string;
  code: string;
  prefix: string;
  teams: { a: string; b: string };
  /** One user per default role, plus caseworkerB (team b) and supervisorB (team b). */
  users: Record<DefaultRoleKey | 'caseworkerB' | 'supervisorB', string>;
}

const letters = (n: number) =>
  Array.from(randomBytes(n), (b) => String.fromCharCode(65 + (b % 26))).join('');

/**
 * An isolated agency per test, so tests can run concurrently on one database: its own teams,
 * one user per default role in team a, and a second caseworker and supervisor in team b.
 */
export async function createTestAgency(db: Database): Promise<TestAgency> {
  const code = `T${letters(8)}`;
  const prefix = letters(4);
  const { agency, roleIds } = await provisionAgency(db, { code, name: `Test agency ${code}`, caseNumberPrefix: prefix });
  return db.transaction({ system: 'test-factory' }, async (tx) => {
    const a = await createTeam(tx, { agencyId: agency.id, name: 'Team A' });
    const b = await createTeam(tx, { agencyId: agency.id, name: 'Team B' });
    const users = {} as TestAgency['users'];
    const add = async (key: keyof TestAgency['users'], role: DefaultRoleKey, team?: string, supervisor = false) => {
      const user = await createStaffUser(tx, {
        agencyId: agency.id,
        email: `${key}.${code.toLowerCase()}@test.haven.invalid`,
        displayName: `${key} of ${code}`,
        roleIds: [roleIds[role]],
        teams: team ? [{ teamId: team, supervisor }] : [],
      });
      users[key] = user.id;
    };
    for (const role of defaultRoleKeys) {
      const inTeam = role === 'caseworker' || role === 'supervisor';
      await add(role, role, inTeam ? a.id : undefined, role === 'supervisor');
    }
    await add('caseworkerB', 'caseworker', b.id);
    await add('supervisorB', 'supervisor', b.id, true);
    return { agencyId: agency.id, code, prefix, teams: { a: a.id, b: b.id }, users };
  });
}

/** A user of a test agency as a service's caller: signed in with a password, no request id. */
export async function callerOf(db: Database, userId: string): Promise<Caller> {
  const viewer = await resolveViewer(db, userId, 'password');
  if (!viewer) throw new Error(`user ${userId} has no viewer`);
  return { viewer, requestId: null };
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { createCase } from '@haven/case';
import { resolveViewer } from '@haven/identity';
import { resultRows, type Database } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import { openTestDatabase } from '../support/database';
import { createTestAgency, type TestAgency } from '../support/factories';

/**
 * The case layer in the database, bypassing the services: raw SQL as the runtime role sees only
 * the rows the viewer set in the transaction may reach. (On PGlite the session is superuser, so
 * there RLS guards against mistakes in code, not against an attacker who can run SQL; the same
 * assertions hold on both.)
 */
let db: Database;
let agency: TestAgency;
let other: TestAgency;
const cases: Record<'mine' | 'teamB' | 'otherAgency', string> = { mine: '', teamB: '', otherAgency: '' };

const viewerOf = async (userId: string): Promise<Viewer> => (await resolveViewer(db, userId, 'password'))!;

async function register(userId: string): Promise<string> {
  const viewer = await viewerOf(userId);
  const created = await createCase(
    db,
    { viewer, requestId: null },
    {
      caseType: 'gbv',
      person: { givenName: 'Fictiva', familyName: 'Rowlevel', sex: 'female', contactPhone: '+000 555 0100' },
    },
  );
  return created.id;
}

/** Runs raw SQL as the runtime role with the given settings, like a service that forgot every check. */
async function asRuntimeRole<T extends Record<string, unknown>>(
  settings: { viewer?: string; agency?: string; supervised?: string[]; role?: string },
  query: SQL,
): Promise<T[]> {
  return db.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', ${settings.role ?? 'haven_app'}, true),
                 set_config('haven.viewer_id', ${settings.viewer ?? ''}, true),
                 set_config('haven.agency_id', ${settings.agency ?? ''}, true),
                 set_config('haven.supervised_team_ids', ${(settings.supervised ?? []).join(',')}, true)`,
    );
    return resultRows<T>(await tx.execute(query));
  });
}

const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

beforeAll(async () => {
  db = await openTestDatabase();
  agency = await createTestAgency(db);
  other = await createTestAgency(db);
  cases.mine = await register(agency.users.caseworker);
  cases.teamB = await register(agency.users.caseworkerB);
  cases.otherAgency = await register(other.users.caseworker);
});
afterAll(() => db?.close());

describe('row-level security on case data', () => {
  it('is enabled and forced on every table holding case data, and the runtime role owns none of them', async () => {
    const tables = await db.rows<{ name: string; rls: boolean; forced: boolean; owner: string }>(sql`
      select n.nspname || '.' || c.relname as name, c.relrowsecurity as rls, c.relforcerowsecurity as forced,
             pg_get_userbyid(c.relowner) as owner
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind = 'r' and n.nspname in ('case', 'workflow', 'exchange')`);
    expect(tables.length).toBeGreaterThanOrEqual(14);
    for (const table of tables) {
      expect({ table: table.name, rls: table.rls, forced: table.forced }).toEqual({
        table: table.name,
        rls: true,
        forced: true,
      });
      expect(table.owner).not.toBe('haven_app');
    }
    const [role] = await db.rows<{ rolsuper: boolean; rolbypassrls: boolean }>(
      sql`select rolsuper, rolbypassrls from pg_roles where rolname = 'haven_app'`,
    );
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false });
  });

  it('shows a caseworker only her own case, its person, stage and changes', async () => {
    const me = { viewer: agency.users.caseworker, agency: agency.agencyId };
    expect(ids(await asRuntimeRole(me, sql`select id from "case".cases`))).toEqual([cases.mine]);
    const persons = await asRuntimeRole<{ n: number }>(me, sql`select count(*)::int as n from "case".persons`);
    expect(persons[0]!.n).toBe(1);
    const stages = await asRuntimeRole<{ id: string }>(me, sql`select case_id as id from workflow.case_stages`);
    expect(ids(stages)).toEqual([cases.mine]);
  });

  it('shows a supervisor the cases of the teams she supervises, and nothing without a viewer', async () => {
    const sup = await viewerOf(agency.users.supervisor);
    const seen = await asRuntimeRole<{ id: string }>(
      { viewer: sup.userId, agency: sup.agencyId, supervised: sup.supervisedTeamIds },
      sql`select id from "case".cases`,
    );
    expect(ids(seen)).toEqual([cases.mine]);
    expect(await asRuntimeRole({}, sql`select id from "case".cases`)).toEqual([]);
    // A viewer id from one agency with another agency set sees nothing of either.
    expect(
      await asRuntimeRole(
        { viewer: agency.users.caseworker, agency: other.agencyId },
        sql`select id from "case".cases`,
      ),
    ).toEqual([]);
  });

  it('keeps confidential values to the assigned worker even for her supervisor', async () => {
    await db.transaction({ system: 'test' }, (tx) =>
      tx.execute(sql`insert into "case".confidential_values (agency_id, case_id, field, key_id, ciphertext, updated_by)
        values (${agency.agencyId}::uuid, ${cases.mine}::uuid, 'safetyPlan', 'k-test', '\\x00'::bytea, ${agency.users.caseworker}::uuid)`),
    );
    const sup = await viewerOf(agency.users.supervisor);
    const count = sql`select count(*)::int as n from "case".confidential_values`;
    const forSup = await asRuntimeRole<{ n: number }>(
      { viewer: sup.userId, agency: sup.agencyId, supervised: sup.supervisedTeamIds },
      count,
    );
    const forWorker = await asRuntimeRole<{ n: number }>(
      { viewer: agency.users.caseworker, agency: agency.agencyId },
      count,
    );
    expect([forSup[0]!.n, forWorker[0]!.n]).toEqual([0, 1]);
  });

  it('follows live shares: a grantee sees the shared case, until it expires', async () => {
    const grantee = { viewer: agency.users.caseworkerB, agency: agency.agencyId };
    const [share] = await db.transaction({ system: 'test' }, async (tx) =>
      resultRows<{ id: string }>(
        await tx.execute(sql`insert into "case".case_shares (agency_id, case_id, grantee_id, granted_by, reason, expires_at)
          values (${agency.agencyId}::uuid, ${cases.mine}::uuid, ${agency.users.caseworkerB}::uuid, ${agency.users.caseworker}::uuid,
                  'row-level test', now() + interval '1 day') returning id`),
      ),
    );
    expect(ids(await asRuntimeRole(grantee, sql`select id from "case".cases`))).toEqual(
      [cases.mine, cases.teamB].sort(),
    );
    await db.transaction({ system: 'test' }, (tx) =>
      tx.execute(
        sql`update "case".case_shares set expires_at = now() - interval '1 second' where id = ${share!.id}::uuid`,
      ),
    );
    expect(ids(await asRuntimeRole(grantee, sql`select id from "case".cases`))).toEqual([cases.teamB]);
  });

  it('refuses writes outside reach: updates touch nothing, inserts for someone else fail', async () => {
    const me = { viewer: agency.users.caseworker, agency: agency.agencyId };
    const updated = await asRuntimeRole<{ id: string }>(
      me,
      sql`update "case".cases set status = 'closed' where id in (${cases.teamB}::uuid, ${cases.otherAgency}::uuid) returning id`,
    );
    expect(updated).toEqual([]);
    await expect(
      asRuntimeRole(
        me,
        sql`insert into "case".cases (agency_id, case_number, case_type, person_id, assigned_worker_id, created_by)
            select agency_id, 'X-1', case_type, person_id, ${agency.users.caseworkerB}::uuid, ${agency.users.caseworker}::uuid
            from "case".cases where id = ${cases.mine}::uuid`,
      ),
    ).rejects.toThrow();
    const [row] = await db.rows<{ status: string }>(
      sql`select status from "case".cases where id = ${cases.teamB}::uuid`,
    );
    expect(row!.status).toBe('open');
  });

  it('lets the reporting role count its agency’s cases but read no personal data', async () => {
    const reporting = { role: 'haven_reporting', viewer: agency.users.programme_manager, agency: agency.agencyId };
    const counted = await asRuntimeRole<{ n: number }>(reporting, sql`select count(*)::int as n from "case".cases`);
    expect(counted[0]!.n).toBe(2);
    await expect(asRuntimeRole(reporting, sql`select given_name from "case".persons`)).rejects.toThrow();
    await expect(asRuntimeRole(reporting, sql`select person_id from "case".cases`)).rejects.toThrow();
  });
});

import { expect } from 'vitest';
import { sql, type SQL } from 'drizzle-orm';
import { resultRows, type Database } from '@haven/core/db/database';
import type { GraphQLResponse, TestHaven } from '../support/haven';
import type { TestAgency } from '../support/factories';

/** Shared by the case-record tests (households, notes, documents, persons). */
export function ok<T>(res: GraphQLResponse<T>): T {
  expect(res.errors).toBeUndefined();
  return res.data!;
}

export function codeOf(res: GraphQLResponse): unknown {
  return res.errors?.[0]?.extensions?.code;
}

export async function createCase(
  t: TestHaven,
  as: string,
  person: { givenName: string; familyName: string; sex?: string } = { givenName: 'Fictiva', familyName: 'Recordson' },
  identifiers: { kind: string; value: string }[] = [],
): Promise<{ id: string; personId: string }> {
  const res = await t.graphql<{ createCase: { id: string; person: { id: string } } }>(
    `mutation ($input: CreateCaseInput!) { createCase(input: $input) { id person { id } } }`,
    {
      input: {
        caseType: 'GBV',
        person: { givenName: person.givenName, familyName: person.familyName, sex: person.sex ?? 'FEMALE' },
        identifiers,
      },
    },
    { as },
  );
  const data = ok(res);
  return { id: data.createCase.id, personId: data.createCase.person.id };
}

export async function share(t: TestHaven, agency: TestAgency, caseId: string, to: string, includesRestricted: boolean) {
  ok(
    await t.graphql(
      `mutation ($caseId: ID!, $to: ID!, $at: DateTime!, $r: Boolean) {
        shareCase(caseId: $caseId, granteeId: $to, reason: "Consultation on the case", expiresAt: $at, includesRestricted: $r) { id }
      }`,
      { caseId, to, at: new Date(Date.now() + 86_400_000).toISOString(), r: includesRestricted },
      { as: agency.users.caseworker },
    ),
  );
}

/** Raw SQL as the runtime role for a viewer, like a service that forgot every check. */
export async function asRuntimeRole<T extends Record<string, unknown>>(
  db: Database,
  settings: { viewer: string; agency: string; supervised?: string[] },
  query: SQL,
): Promise<T[]> {
  return db.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'haven_app', true),
                 set_config('haven.viewer_id', ${settings.viewer}, true),
                 set_config('haven.agency_id', ${settings.agency}, true),
                 set_config('haven.supervised_team_ids', ${(settings.supervised ?? []).join(',')}, true)`,
    );
    return resultRows<T>(await tx.execute(query));
  });
}

export async function countRows(db: Database, query: SQL): Promise<number> {
  const rows = await db.rows<{ n: number }>(query);
  return Number(rows[0]!.n);
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestAgency, type TestAgency } from '../support/factories';
import { startTestHaven, type TestHaven } from '../support/haven';
import { asRuntimeRole, codeOf, countRows, createCase, ok, share } from '../documents/helpers';

const HOUSEHOLD = `id label head { personId relationship } members { personId relationship current leftAt personWithheld person { id givenName } }`;
const CREATE = `mutation ($caseId: ID!, $label: String) { createHousehold(caseId: $caseId, label: $label) { ${HOUSEHOLD} } }`;
const ADD = `mutation ($id: ID!, $input: HouseholdMemberInput!) { addHouseholdMember(householdId: $id, input: $input) { ${HOUSEHOLD} } }`;
const HEAD = `mutation ($id: ID!, $p: ID!) { setHouseholdHead(householdId: $id, personId: $p, previousHeadRelationship: SPOUSE_PARTNER) { ${HOUSEHOLD} } }`;
const END = `mutation ($id: ID!, $p: ID!) { endHouseholdMembership(householdId: $id, personId: $p) { ${HOUSEHOLD} } }`;
const OF_CASE = `query ($id: ID!) { case(id: $id) { person { households { ${HOUSEHOLD} } } } }`;

interface Member {
  personId: string | null;
  relationship: string;
  current: boolean;
  leftAt: string | null;
  personWithheld: string | null;
  person: { id: string; givenName: string } | null;
}
interface Household {
  id: string;
  label: string | null;
  head: { personId: string; relationship: string } | null;
  members: Member[];
}

let t: TestHaven;
let agency: TestAgency;
let other: TestAgency;
let mother: { id: string; personId: string };
let household: Household;

const memberRows = (id: string) =>
  countRows(t.db, sql`select count(*)::int as n from "case".household_members where household_id = ${id}::uuid`);

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  other = await createTestAgency(t.db);
  mother = await createCase(t, agency.users.caseworker, { givenName: 'Maternia', familyName: 'Housel' });
  household = ok(
    await t.graphql<{ createHousehold: Household }>(
      CREATE,
      { caseId: mother.id, label: 'Housel family (fictional)' },
      { as: agency.users.caseworker },
    ),
  ).createHousehold;
});
afterAll(() => t?.close());

describe('households', () => {
  it("creates a household with the case's person as its head", () => {
    expect(household.head).toEqual({ personId: mother.personId, relationship: 'HEAD' });
    expect(household.members).toHaveLength(1);
  });

  it('adds a new relative (no case of her own) and an existing person the worker reaches', async () => {
    const withChild = ok(
      await t.graphql<{ addHouseholdMember: Household }>(
        ADD,
        {
          id: household.id,
          input: {
            relationship: 'CHILD',
            newPerson: { givenName: 'Filia', familyName: 'Housel', sex: 'FEMALE', dateOfBirth: '2015-04-01' },
          },
        },
        { as: agency.users.caseworker },
      ),
    ).addHouseholdMember;
    const child = withChild.members.find((m) => m.relationship === 'CHILD')!;
    expect(child.person?.givenName).toBe('Filia');
    const [row] = await t.db.rows<{ n: number }>(
      sql`select count(*)::int as n from "case".cases where person_id = ${child.personId}::uuid`,
    );
    expect(row!.n).toBe(0);
    const brother = await createCase(t, agency.users.caseworker, {
      givenName: 'Frater',
      familyName: 'Housel',
      sex: 'MALE',
    });
    const withBrother = ok(
      await t.graphql<{ addHouseholdMember: Household }>(
        ADD,
        { id: household.id, input: { relationship: 'SIBLING', personId: brother.personId } },
        { as: agency.users.caseworker },
      ),
    ).addHouseholdMember;
    expect(withBrother.members).toHaveLength(3);
    // The relative is seen through the household on the mother's case page.
    const page = ok(
      await t.graphql<{ case: { person: { households: Household[] } } }>(
        OF_CASE,
        { id: mother.id },
        { as: agency.users.caseworker },
      ),
    );
    expect(page.case.person.households[0]!.members.map((m) => m.person?.givenName).sort()).toEqual([
      'Filia',
      'Frater',
      'Maternia',
    ]);
  });

  it('refuses bad input with paths and stores nothing', async () => {
    const before = await memberRows(household.id);
    const bad: [Record<string, unknown>, string][] = [
      [{ relationship: 'CHILD' }, 'personId'],
      [
        {
          relationship: 'CHILD',
          personId: mother.personId,
          newPerson: { givenName: 'A', familyName: 'B', sex: 'MALE' },
        },
        'newPerson',
      ],
      [{ relationship: 'CHILD', newPerson: { givenName: ' ', familyName: 'B', sex: 'MALE' } }, 'newPerson'],
      [
        {
          relationship: 'CHILD',
          newPerson: { givenName: 'A', familyName: 'B', sex: 'MALE', dateOfBirth: '2999-01-01' },
        },
        'newPerson',
      ],
      [{ relationship: 'HEAD', newPerson: { givenName: 'A', familyName: 'B', sex: 'MALE' } }, 'relationship'],
      [{ relationship: 'SPOUSE_PARTNER', personId: mother.personId }, 'personId'],
    ];
    for (const [input, field] of bad) {
      const res = await t.graphql(ADD, { id: household.id, input }, { as: agency.users.caseworker });
      expect(codeOf(res), JSON.stringify(input)).toBe('BAD_USER_INPUT');
      expect((res.errors![0]!.extensions!.fields as { path: string[] }[])[0]!.path.slice(0, 2)).toEqual([
        'input',
        field,
      ]);
    }
    expect(await memberRows(household.id)).toBe(before);
    const persons = await countRows(
      t.db,
      sql`select count(*)::int as n from "case".persons where agency_id = ${agency.agencyId}::uuid and given_name = 'A'`,
    );
    expect(persons).toBe(0);
  });

  it('changes the head and ends a membership, keeping history', async () => {
    const child = household.members[0]!;
    const current = ok(
      await t.graphql<{ case: { person: { households: Household[] } } }>(
        OF_CASE,
        { id: mother.id },
        { as: agency.users.caseworker },
      ),
    ).case.person.households[0]!;
    const brother = current.members.find((m) => m.relationship === 'SIBLING')!;
    const headed = ok(
      await t.graphql<{ setHouseholdHead: Household }>(
        HEAD,
        { id: household.id, p: brother.personId },
        { as: agency.users.caseworker },
      ),
    ).setHouseholdHead;
    expect(headed.head?.personId).toBe(brother.personId);
    expect(headed.members.find((m) => m.personId === mother.personId)?.relationship).toBe('SPOUSE_PARTNER');
    const ended = ok(
      await t.graphql<{ endHouseholdMembership: Household }>(
        END,
        { id: household.id, p: brother.personId },
        { as: agency.users.caseworker },
      ),
    ).endHouseholdMembership;
    expect(ended.head).toBeNull();
    const left = ended.members.find((m) => m.personId === brother.personId)!;
    expect(left.current).toBe(false);
    expect(left.leftAt).not.toBeNull();
    expect(
      codeOf(await t.graphql(END, { id: household.id, p: brother.personId }, { as: agency.users.caseworker })),
    ).toBe('BAD_USER_INPUT');
    expect(child).toBeDefined();
  });

  it('refuses other agencies, unreached workers, shares and roles without permission; nothing changes', async () => {
    const before = await memberRows(household.id);
    const input = { relationship: 'CHILD', newPerson: { givenName: 'Intrusa', familyName: 'X', sex: 'FEMALE' } };
    expect(codeOf(await t.graphql(ADD, { id: household.id, input }, { as: other.users.caseworker }))).toBe('NOT_FOUND');
    expect(codeOf(await t.graphql(ADD, { id: household.id, input }, { as: agency.users.caseworkerB }))).toBe(
      'NOT_FOUND',
    );
    expect(codeOf(await t.graphql(ADD, { id: household.id, input }, { as: agency.users.programme_manager }))).toBe(
      'FORBIDDEN',
    );
    expect(codeOf(await t.graphql(CREATE, { caseId: mother.id }, { as: other.users.caseworker }))).toBe('NOT_FOUND');
    await share(t, agency, mother.id, agency.users.supervisorB, true);
    expect(codeOf(await t.graphql(ADD, { id: household.id, input }, { as: agency.users.supervisorB }))).toBe(
      'FORBIDDEN',
    );
    expect(
      codeOf(await t.graphql(END, { id: household.id, p: mother.personId }, { as: agency.users.supervisorB })),
    ).toBe('FORBIDDEN');
    expect(await memberRows(household.id)).toBe(before);
    // Each refusal of a change is in the audit trail against the household, with its code as the reason.
    const refusal = async (actor: string, action: string) =>
      (
        await t.db.rows<{ target_type: string; target_id: string; reason: string | null }>(
          sql`select target_type, target_id, reason from audit.events
              where actor_id = ${actor}::uuid and action = ${action} and outcome = 'denied' order by seq`,
        )
      ).at(-1);
    const against = (reason: string) => ({ target_type: 'household', target_id: household.id, reason });
    expect(await refusal(other.users.caseworker, 'household.add_member')).toEqual(against('NOT_FOUND'));
    expect(await refusal(agency.users.supervisorB, 'household.add_member')).toEqual(against('FORBIDDEN'));
    expect(await refusal(agency.users.supervisorB, 'household.end_membership')).toEqual(against('FORBIDDEN'));
    // The share reads the household (standard), the relative included.
    const shared = ok(
      await t.graphql<{ case: { person: { households: Household[] } } }>(
        OF_CASE,
        { id: mother.id },
        { as: agency.users.supervisorB },
      ),
    );
    expect(shared.case.person.households[0]!.members.some((m) => m.person?.givenName === 'Filia')).toBe(true);
  });

  it('in SQL as haven_app, the relative is reached only through the household', async () => {
    const q = sql`select id from "case".persons where given_name = 'Filia' and agency_id = ${agency.agencyId}::uuid`;
    expect(await asRuntimeRole(t.db, { viewer: agency.users.caseworker, agency: agency.agencyId }, q)).toHaveLength(1);
    const unrelated = await createTestAgency(t.db);
    expect(await asRuntimeRole(t.db, { viewer: agency.users.caseworkerB, agency: agency.agencyId }, q)).toHaveLength(0);
    expect(await asRuntimeRole(t.db, { viewer: unrelated.users.caseworker, agency: unrelated.agencyId }, q)).toEqual(
      [],
    );
  });
  it('in SQL as haven_app, a worker cannot record a person she does not reach in her own household', async () => {
    // Another worker's client, with a household of her own: a legitimate household to add to.
    const client = await createCase(t, agency.users.caseworkerB, { givenName: 'Propria', familyName: 'Client' });
    const own = ok(
      await t.graphql<{ createHousehold: Household }>(CREATE, { caseId: client.id }, { as: agency.users.caseworkerB }),
    ).createHousehold;
    const [filia] = await t.db.rows<{ id: string }>(
      sql`select id::text from "case".persons where given_name = 'Filia' and agency_id = ${agency.agencyId}::uuid`,
    );
    const cousin = await createCase(t, agency.users.caseworker, { givenName: 'Alia', familyName: 'Elsewhere' });
    const asB = { viewer: agency.users.caseworkerB, agency: agency.agencyId };
    const insert = (personId: string) =>
      asRuntimeRole(
        t.db,
        asB,
        sql`insert into "case".household_members (household_id, person_id, agency_id, relationship, added_by)
          values (${own.id}::uuid, ${personId}::uuid, ${agency.agencyId}::uuid, 'other_relative', ${agency.users.caseworkerB}::uuid)`,
      );
    // Neither the other worker's caseless relative nor another worker's client (drizzle wraps the
    // database's error; its cause names the policy).
    const refusal = (error: unknown) => String((error as { cause?: unknown }).cause ?? error);
    await expect(insert(filia!.id).catch(refusal)).resolves.toMatch(/row-level security/);
    await expect(insert(cousin.personId).catch(refusal)).resolves.toMatch(/row-level security/);
    // Nor can a member row be moved onto such a person.
    await expect(
      asRuntimeRole(
        t.db,
        asB,
        sql`update "case".household_members set person_id = ${filia!.id}::uuid where household_id = ${own.id}::uuid`,
      ).catch(refusal),
    ).resolves.toMatch(/permission denied/);
    const q = sql`select id from "case".persons where given_name in ('Filia', 'Alia') and agency_id = ${agency.agencyId}::uuid`;
    expect(await asRuntimeRole(t.db, asB, q)).toEqual([]);
    // Her household still holds her client only.
    expect(await memberRows(own.id)).toBe(1);
  });
  it('shows a member with a case of her own that the viewer does not reach without her name', async () => {
    const cousin = await createCase(t, agency.users.caseworkerB, { givenName: 'Secreta', familyName: 'Elsewhere' });
    // The mother's worker may add only persons she reaches; she does not reach the cousin.
    const refused = await t.graphql(
      ADD,
      { id: household.id, input: { relationship: 'OTHER_RELATIVE', personId: cousin.personId } },
      { as: agency.users.caseworker },
    );
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    // Recorded by the system (as if by someone who reached both), the member is withheld from the worker.
    await t.db.transaction({ system: 'test' }, (tx) =>
      tx.execute(sql`insert into "case".household_members (household_id, person_id, agency_id, relationship, added_by)
        values (${household.id}::uuid, ${cousin.personId}::uuid, ${agency.agencyId}::uuid, 'other_relative', ${agency.users.caseworkerB}::uuid)`),
    );
    const page = ok(
      await t.graphql<{ case: { person: { households: Household[] } } }>(
        OF_CASE,
        { id: mother.id },
        { as: agency.users.caseworker },
      ),
    );
    const hidden = page.case.person.households[0]!.members.find((m) => m.relationship === 'OTHER_RELATIVE')!;
    expect(hidden).toMatchObject({ person: null, personId: null, personWithheld: 'NOT_REACHED' });
    expect(JSON.stringify(page)).not.toContain('Secreta');
  });
});

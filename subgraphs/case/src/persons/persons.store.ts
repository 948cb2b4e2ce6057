import { randomUUID } from 'node:crypto';
import { inArray, and, eq } from 'drizzle-orm';
import { persons } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { NewPerson, Person } from './person';

function toPerson(row: typeof persons.$inferSelect): Person {
  return {
    id: row.id,
    agencyId: row.agencyId,
    givenName: row.givenName,
    familyName: row.familyName,
    sex: row.sex,
    dateOfBirth: row.dateOfBirth,
    contactPhone: row.contactPhone,
    currentAddress: row.currentAddress,
    createdAt: row.createdAt,
  };
}

/**
 * No RETURNING: row-level security lets the registering worker insert a person, but reading it back
 * needs a case that reaches it, which is inserted next.
 */
export async function insertPerson(tx: Executor, person: NewPerson): Promise<Person> {
  const id = randomUUID();
  const createdAt = new Date();
  await tx.insert(persons).values({ ...person, id, createdAt });
  const { createdBy: _createdBy, ...fields } = person;
  return {
    ...fields,
    contactPhone: fields.contactPhone ?? null,
    currentAddress: fields.currentAddress ?? null,
    id,
    createdAt,
  };
}

export async function findPersonsByIds(
  tx: Executor,
  agencyId: string,
  ids: readonly string[],
): Promise<Map<string, Person>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(persons)
    .where(and(eq(persons.agencyId, agencyId), inArray(persons.id, [...ids])));
  return new Map(rows.map((row) => [row.id, toPerson(row)]));
}

export async function findPerson(tx: Executor, agencyId: string, id: string): Promise<Person | null> {
  return (await findPersonsByIds(tx, agencyId, [id])).get(id) ?? null;
}

export async function updatePersonFields(
  tx: Executor,
  agencyId: string,
  id: string,
  changes: Partial<
    Pick<Person, 'givenName' | 'familyName' | 'sex' | 'dateOfBirth' | 'contactPhone' | 'currentAddress'>
  >,
): Promise<Person> {
  const [row] = await tx
    .update(persons)
    .set(changes)
    .where(and(eq(persons.agencyId, agencyId), eq(persons.id, id)))
    .returning();
  return toPerson(row!);
}

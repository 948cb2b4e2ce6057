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
    createdAt: row.createdAt,
  };
}

export async function insertPerson(tx: Executor, person: NewPerson): Promise<Person> {
  const [row] = await tx.insert(persons).values(person).returning();
  return toPerson(row!);
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
  changes: Partial<Pick<Person, 'givenName' | 'familyName' | 'sex' | 'dateOfBirth'>>,
): Promise<Person> {
  const [row] = await tx
    .update(persons)
    .set(changes)
    .where(and(eq(persons.agencyId, agencyId), eq(persons.id, id)))
    .returning();
  return toPerson(row!);
}

import { randomUUID } from 'node:crypto';
import { inArray, and, eq, asc } from 'drizzle-orm';
import { personIdentifiers, persons } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import { nameIndex } from '../dedupe/transliterate';
import { normalizeIdentifier } from '../dedupe/matching';
import type { NewPerson, Person, PersonIdentifier } from './person';

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
  // Indexed for duplicate detection as it is written (search_name, name_keys).
  await tx.insert(persons).values({ ...person, ...nameIndex(person.givenName, person.familyName), id, createdAt });
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
  // A corrected name is re-indexed for duplicate detection in the same statement.
  const named = changes.givenName !== undefined || changes.familyName !== undefined;
  const current =
    named && (changes.givenName === undefined || changes.familyName === undefined)
      ? await findPerson(tx, agencyId, id)
      : null;
  const index = named
    ? nameIndex(changes.givenName ?? current!.givenName, changes.familyName ?? current!.familyName)
    : {};
  const [row] = await tx
    .update(persons)
    .set({ ...changes, ...index })
    .where(and(eq(persons.agencyId, agencyId), eq(persons.id, id)))
    .returning();
  return toPerson(row!);
}

/**
 * Adds identifiers to a person (normalised for matching); one already recorded with the same kind
 * and normalised value is skipped. Row-level security: only once a case the viewer manages reaches
 * the person.
 */
export async function insertIdentifiers(
  tx: Executor,
  agencyId: string,
  personId: string,
  identifiers: readonly { kind: string; value: string }[],
): Promise<PersonIdentifier[]> {
  const existing = await findIdentifiersOfPersons(tx, [personId]);
  const seen = new Set(existing.map((i) => `${i.kind}\u0000${i.normalized}`));
  const added: PersonIdentifier[] = [];
  for (const { kind, value } of identifiers) {
    const normalized = normalizeIdentifier(kind, value);
    if (seen.has(`${kind}\u0000${normalized}`)) continue;
    seen.add(`${kind}\u0000${normalized}`);
    const row = { id: randomUUID(), agencyId, personId, kind, value, normalized, createdAt: new Date() };
    // No RETURNING: the insert policy and the read policy differ (manages vs reaches).
    await tx.insert(personIdentifiers).values(row);
    added.push({ id: row.id, personId, kind, value, normalized, createdAt: row.createdAt });
  }
  return added;
}

/** Identifiers of some persons, oldest first (only persons the viewer reaches, under row-level security). */
export async function findIdentifiersOfPersons(
  tx: Executor,
  personIds: readonly string[],
): Promise<PersonIdentifier[]> {
  if (personIds.length === 0) return [];
  const rows = await tx
    .select()
    .from(personIdentifiers)
    .where(inArray(personIdentifiers.personId, [...personIds]))
    .orderBy(asc(personIdentifiers.createdAt), asc(personIdentifiers.id));
  return rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    kind: r.kind,
    value: r.value,
    normalized: r.normalized,
    createdAt: r.createdAt,
  }));
}

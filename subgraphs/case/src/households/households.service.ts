import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database, Executor } from '@haven/core/db/database';
import { badInput, type FieldProblem } from '@haven/core/errors';
import { isUuid } from '@haven/core/ids';
import { hasControlCharacters } from '@haven/core/text';
import type { Viewer } from '@haven/core/viewer';
import { manages } from '../access';
import { caseTransaction, Refusal, workedCase } from '../cases';
import { dateOfBirth, insertPerson, personName, sexes, type Sex } from '../persons';
import { zodProblems } from '../zod-problems';
import type { PersonView } from '../persons/schema';
import { personViews, reachableCasesOfPersons } from '../persons/persons.service';
import { relationships, type Household, type HouseholdMember, type Relationship } from './household';
import * as store from './households.store';

/** A member as one viewer sees it: the person only when she may see them. */
export interface MemberView extends HouseholdMember {
  person: PersonView | null;
  /** Why the person is not shown (null when shown). */
  personWithheld: string | null;
}

export interface HouseholdView extends Household {
  members: MemberView[];
}

export const WITHHELD_NOT_REACHED = 'NOT_REACHED';

const label = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((v) => !hasControlCharacters(v), 'must not contain control characters');

const newPersonSchema = z.object({
  givenName: personName,
  familyName: personName,
  sex: z.enum(sexes),
  dateOfBirth: dateOfBirth.nullish(),
});

const notFound = () => new Refusal('NOT_FOUND', 'No such household');
const notWorked = () =>
  new Refusal('FORBIDDEN', 'Only those who work the case of a member of this household may change it');

/**
 * Households with their members as the viewer sees them: members whose person she may not see
 * (a case of their own she does not reach) come with the relationship only and a reason.
 */
export async function householdViews(tx: Executor, viewer: Viewer, ids: readonly string[]): Promise<HouseholdView[]> {
  const found = await store.findHouseholds(tx, viewer.agencyId, ids);
  const members = await store.findMembers(
    tx,
    found.map((h) => h.id),
  );
  const persons = await personViews(tx, viewer, [...new Set(members.map((m) => m.personId))]);
  return found.map((h) => ({
    ...h,
    members: members
      .filter((m) => m.householdId === h.id)
      .map((m) => {
        const person = persons.get(m.personId) ?? null;
        return { ...m, person, personWithheld: person ? null : WITHHELD_NOT_REACHED };
      }),
  }));
}

/** The households (past and present memberships) of some persons, as the viewer sees them; audited. */
export async function householdsOfPersons(
  db: Database,
  caller: Caller,
  personIds: readonly string[],
): Promise<Map<string, HouseholdView[]>> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  return db.transaction({ viewer }, async (tx) => {
    const memberships = await store.findMembershipsOfPersons(tx, personIds);
    const views = await householdViews(tx, viewer, [...new Set(memberships.map((m) => m.householdId))]);
    const byId = new Map(views.map((h) => [h.id, h]));
    const out = new Map<string, HouseholdView[]>(personIds.map((id) => [id, []]));
    for (const m of memberships) {
      const h = byId.get(m.householdId);
      if (h) out.get(m.personId)?.push(h);
    }
    if (views.length > 0) {
      const shown = views.flatMap((h) => h.members.filter((m) => m.person).map((m) => m.personId));
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: 'household.read',
        targetType: 'household',
        targetIds: views.map((h) => h.id),
        fields: ['person.households', ...[...new Set(shown)].map((id) => `person:${id}`)],
        outcome: 'allowed',
      });
    }
    return out;
  });
}

/**
 * A household the viewer may change: she works (assigned or supervisor) the case of one of its
 * current members. Refused with NOT_FOUND when she does not see it, FORBIDDEN when she sees it but
 * works none.
 */
async function workedHousehold(
  tx: Executor,
  viewer: Viewer,
  id: string,
): Promise<{ household: Household; members: HouseholdMember[] }> {
  if (!isUuid(id)) throw notFound();
  const [household] = await store.findHouseholds(tx, viewer.agencyId, [id]);
  if (!household) throw notFound();
  const members = await store.findMembers(tx, [id]);
  const current = members.filter((m) => !m.leftAt).map((m) => m.personId);
  const cases = await reachableCasesOfPersons(tx, viewer, current);
  const works = [...cases.values()].some((list) => list.some((c) => manages(c.access)));
  if (!works) throw notWorked();
  return { household, members };
}

async function audit(tx: Executor, caller: Caller, action: string, householdId: string, fields: string[]) {
  await recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
    action,
    targetType: 'household',
    targetId: householdId,
    fields,
    outcome: 'allowed',
  });
}

async function viewOf(tx: Executor, viewer: Viewer, id: string): Promise<HouseholdView> {
  const [view] = await householdViews(tx, viewer, [id]);
  if (!view) throw new Error(`household ${id} not visible after a change`);
  return view;
}

/**
 * Creates a household around the person of a case the viewer works; the person becomes its first
 * member (by default its head).
 */
export async function createHousehold(
  db: Database,
  caller: Caller,
  input: { caseId: string; label?: string | null; relationship?: Relationship | null },
): Promise<HouseholdView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const problems: FieldProblem[] = [];
  let text: string | null = null;
  if (input.label !== null && input.label !== undefined) {
    const parsed = label.safeParse(input.label);
    if (parsed.success) text = parsed.data;
    else problems.push(...zodProblems(parsed.error, ['label']));
  }
  const relationship = input.relationship ?? 'head';
  if (!relationships.includes(relationship))
    problems.push({ path: ['relationship'], message: 'is not a relationship' });
  if (problems.length) throw badInput(problems);
  return caseTransaction(db, caller, { action: 'household.create', target: input.caseId }, async (tx) => {
    const record = await workedCase(
      tx,
      viewer,
      input.caseId,
      'Only those who work a case may create a household for it',
    );
    const id = randomUUID();
    await store.insertHousehold(tx, {
      id,
      agencyId: viewer.agencyId,
      label: text,
      headPersonId: relationship === 'head' ? record.personId : null,
      createdBy: viewer.userId,
    });
    await store.insertMember(tx, {
      householdId: id,
      personId: record.personId,
      agencyId: viewer.agencyId,
      relationship,
      addedBy: viewer.userId,
    });
    await audit(tx, caller, 'household.create', id, [
      `case:${record.id}`,
      `member:${record.personId}`,
      `relationship:${relationship}`,
      ...(text ? ['label'] : []),
    ]);
    return viewOf(tx, viewer, id);
  });
}

export interface AddMemberInput {
  personId?: string | null;
  newPerson?: { givenName: string; familyName: string; sex: Sex; dateOfBirth?: string | null } | null;
  relationship: Relationship;
}

/**
 * Adds a member: an existing person the viewer reaches, or a new person recorded without a case of
 * their own (a relative). A head is set with setHouseholdHead, or by adding the first head.
 */
export async function addHouseholdMember(
  db: Database,
  caller: Caller,
  householdId: string,
  input: AddMemberInput,
): Promise<HouseholdView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const problems: FieldProblem[] = [];
  const hasExisting = input.personId !== null && input.personId !== undefined;
  const hasNew = input.newPerson !== null && input.newPerson !== undefined;
  if (hasExisting === hasNew)
    problems.push({ path: ['input', hasNew ? 'newPerson' : 'personId'], message: 'give either personId or newPerson' });
  if (hasExisting && !isUuid(String(input.personId)))
    problems.push({ path: ['input', 'personId'], message: 'is not a person you reach' });
  let newPerson: z.infer<typeof newPersonSchema> | null = null;
  if (hasNew) {
    const parsed = newPersonSchema.safeParse(input.newPerson);
    if (parsed.success) newPerson = parsed.data;
    else problems.push(...zodProblems(parsed.error, ['input', 'newPerson']));
  }
  if (!relationships.includes(input.relationship))
    problems.push({ path: ['input', 'relationship'], message: 'is not a relationship' });
  if (problems.length) throw badInput(problems);
  const refused = { action: 'household.add_member', target: { type: 'household', id: householdId } };
  return caseTransaction(db, caller, refused, async (tx) => {
    const { household, members } = await workedHousehold(tx, viewer, householdId);
    if (input.relationship === 'head' && household.headPersonId) {
      throw badInput([
        { path: ['input', 'relationship'], message: 'the household has a head; change it with setHouseholdHead' },
      ]);
    }
    let personId: string;
    if (newPerson) {
      const person = await insertPerson(tx, {
        agencyId: viewer.agencyId,
        givenName: newPerson.givenName,
        familyName: newPerson.familyName,
        sex: newPerson.sex,
        dateOfBirth: newPerson.dateOfBirth ?? null,
        createdBy: viewer.userId,
      });
      personId = person.id;
    } else {
      personId = String(input.personId);
      const seen = await personViews(tx, viewer, [personId]);
      if (!seen.has(personId)) throw badInput([{ path: ['input', 'personId'], message: 'is not a person you reach' }]);
    }
    const existing = members.find((m) => m.personId === personId);
    if (existing && !existing.leftAt) {
      throw badInput([{ path: ['input', 'personId'], message: 'is already a member of this household' }]);
    }
    if (existing) {
      // A former member joins again; the audit trail keeps the earlier membership.
      await store.updateMember(tx, household.id, personId, {
        relationship: input.relationship,
        leftAt: null,
        joinedAt: new Date(),
      });
    } else {
      await store.insertMember(tx, {
        householdId: household.id,
        personId,
        agencyId: viewer.agencyId,
        relationship: input.relationship,
        addedBy: viewer.userId,
      });
    }
    if (input.relationship === 'head' && (await store.setHead(tx, household.id, personId)) === 0) {
      throw new Error(`household ${household.id} head not set`);
    }
    await audit(tx, caller, 'household.add_member', household.id, [
      `member:${personId}`,
      `relationship:${input.relationship}`,
      ...(newPerson ? ['newPerson', 'person.givenName', 'person.familyName', 'person.sex'] : []),
      ...(newPerson?.dateOfBirth ? ['person.dateOfBirth'] : []),
      ...(existing ? ['rejoined'] : []),
    ]);
    return viewOf(tx, viewer, household.id);
  });
}

function assertMemberId(personId: string): void {
  if (!isUuid(personId)) throw badInput([{ path: ['personId'], message: 'is not a member of this household' }]);
}

/** Makes a current member the head; the former head stays a member with the relationship given. */
export async function setHouseholdHead(
  db: Database,
  caller: Caller,
  householdId: string,
  personId: string,
  previousHeadRelationship: Relationship | null | undefined,
): Promise<HouseholdView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  assertMemberId(personId);
  const previous = previousHeadRelationship ?? 'other_relative';
  if (!relationships.includes(previous) || previous === 'head') {
    throw badInput([{ path: ['previousHeadRelationship'], message: 'must be a relationship other than head' }]);
  }
  const refused = { action: 'household.set_head', target: { type: 'household', id: householdId } };
  return caseTransaction(db, caller, refused, async (tx) => {
    const { household, members } = await workedHousehold(tx, viewer, householdId);
    const member = members.find((m) => m.personId === personId && !m.leftAt);
    if (!member) throw badInput([{ path: ['personId'], message: 'is not a current member of this household' }]);
    if (household.headPersonId === personId) return viewOf(tx, viewer, household.id);
    if (household.headPersonId) {
      await store.updateMember(tx, household.id, household.headPersonId, { relationship: previous });
    }
    await store.updateMember(tx, household.id, personId, { relationship: 'head' });
    if ((await store.setHead(tx, household.id, personId)) === 0) throw new Error('household head not set');
    await audit(tx, caller, 'household.set_head', household.id, [
      `head:${personId}`,
      ...(household.headPersonId ? [`former_head:${household.headPersonId}`, `relationship:${previous}`] : []),
    ]);
    return viewOf(tx, viewer, household.id);
  });
}

/** Ends a membership (left_at); the row stays as history. A head who leaves leaves the household headless. */
export async function endHouseholdMembership(
  db: Database,
  caller: Caller,
  householdId: string,
  personId: string,
): Promise<HouseholdView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  assertMemberId(personId);
  const refused = { action: 'household.end_membership', target: { type: 'household', id: householdId } };
  return caseTransaction(db, caller, refused, async (tx) => {
    const { household, members } = await workedHousehold(tx, viewer, householdId);
    const member = members.find((m) => m.personId === personId && !m.leftAt);
    if (!member) throw badInput([{ path: ['personId'], message: 'is not a current member of this household' }]);
    await store.updateMember(tx, household.id, personId, { leftAt: new Date() });
    if (household.headPersonId === personId) await store.setHead(tx, household.id, null);
    await audit(tx, caller, 'household.end_membership', household.id, [`member:${personId}`]);
    return viewOf(tx, viewer, household.id);
  });
}

import { isUuid } from '@haven/core/ids';
import { z } from 'zod';
import { assertPermission, type Caller } from '@haven/core/access';
import { badInput, HavenError } from '@haven/core/errors';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database, Executor } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import { startCaseWorkflow } from '@haven/workflow';
import { insertPerson, sexes, findPersonsByIds, findPerson, updatePersonFields, type Person } from '../persons';
import { caseTypes, type Case, type CaseType } from './case';
import { mayReadField } from './fields';
import * as store from './cases.store';

export interface CreateCaseInput {
  caseType: CaseType;
  person: { givenName: string; familyName: string; sex: (typeof sexes)[number]; dateOfBirth?: string | null };
}

const name = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(100, 'must be at most 100 characters')
  .refine((v) => !/\p{Cc}/u.test(v), 'must not contain control characters');

const dateOfBirth = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
  .refine((v) => v >= '1900-01-01', 'must not be before 1900')
  .refine((v) => v <= new Date().toISOString().slice(0, 10), 'must not be in the future');

const createCaseSchema = z.object({
  caseType: z.enum(caseTypes),
  person: z.object({
    givenName: name,
    familyName: name,
    sex: z.enum(sexes),
    dateOfBirth: dateOfBirth.nullish(),
  }),
});

function validate<T>(schema: z.ZodType<T>, input: unknown, root: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badInput(
    result.error.issues.map((issue) => ({
      path: [root, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))],
      message: issue.message,
    })),
  );
}

/** Registers a person and opens a case for them, assigned to the registering worker; one transaction. */
export async function createCase(db: Database, caller: Caller, input: CreateCaseInput): Promise<Case> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:create');
  const valid = validate(createCaseSchema, input, 'input');
  return db.transaction({ viewer }, async (tx) => {
    const year = new Date().getUTCFullYear();
    const caseNumber = await store.nextCaseNumber(tx, viewer.agencyId, year);
    if (!caseNumber) throw new HavenError('CONFLICT', 'This agency is not set up to register cases');
    const person = await insertPerson(tx, {
      agencyId: viewer.agencyId,
      givenName: valid.person.givenName,
      familyName: valid.person.familyName,
      sex: valid.person.sex,
      dateOfBirth: valid.person.dateOfBirth ?? null,
      createdBy: viewer.userId,
    });
    const created = await store.insertCase(tx, {
      agencyId: viewer.agencyId,
      caseNumber,
      caseType: valid.caseType,
      personId: person.id,
      assignedWorkerId: viewer.userId,
      createdBy: viewer.userId,
    });
    await startCaseWorkflow(tx, {
      caseId: created.id,
      agencyId: viewer.agencyId,
      caseType: created.caseType,
      startedBy: viewer.userId,
    });
    const after = { caseType: valid.caseType, ...personValues(person) };
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'case.create',
      targetType: 'case',
      targetId: created.id,
      fields: Object.keys(after),
      change: { before: {}, after },
      outcome: 'allowed',
    });
    return created;
  });
}

export interface CaseloadPage {
  nodes: Case[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

function encodeCursor(c: Case): string {
  return Buffer.from(JSON.stringify([c.updatedAt.toISOString(), c.id])).toString('base64url');
}

function decodeCursor(cursor: string): store.CaseloadCursor {
  try {
    const [updatedAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof updatedAt === 'string' && !Number.isNaN(Date.parse(updatedAt)) && typeof id === 'string' && isUuid(id)) {
      return { updatedAt, id };
    }
  } catch {
    // fall through
  }
  throw badInput([{ path: ['after'], message: 'is not a cursor returned by this API' }]);
}

/** The viewer's own caseload, most recently updated first. */
export async function myCaseload(
  db: Database,
  caller: Caller,
  args: { first: number; after?: string | null },
  fieldsRead: string[],
): Promise<CaseloadPage> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100) {
    throw badInput([{ path: ['first'], message: 'must be between 1 and 100' }]);
  }
  const after = args.after ? decodeCursor(args.after) : null;
  return db.transaction({ viewer }, async (tx) => {
    const rows = await store.findCaseload(tx, viewer.agencyId, viewer.userId, args.first + 1, after);
    const totalCount = await store.countCaseload(tx, viewer.agencyId, viewer.userId);
    const nodes = rows.slice(0, args.first);
    // A list read records which cases it returned; if that cannot be written, nothing is returned.
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'case.list',
      targetType: 'case',
      targetIds: nodes.map((n) => n.id),
      fields: fieldsRead,
      outcome: 'allowed',
    });
    const last = nodes.at(-1);
    return { nodes, totalCount, hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor(last) : null };
  });
}

/** The case-access rule: today the assigned worker; shares and supervision come with access control. */
function reaches(viewer: Viewer, record: Case): boolean {
  return record.assignedWorkerId === viewer.userId;
}

/** Finds a case the viewer reaches, inside their transaction; null when missing or out of reach. */
async function reachableCase(tx: Executor, viewer: Viewer, id: string): Promise<Case | null> {
  const found = isUuid(id) ? await store.findCaseById(tx, viewer.agencyId, id) : null;
  return found && reaches(viewer, found) ? found : null;
}

/**
 * A case out of reach and a missing case look the same to the caller (NOT_FOUND). The refusal is
 * recorded after the request's own transaction has ended, in one of its own, so it survives that
 * transaction's rollback (and never waits on it: the embedded database has one connection).
 */
async function refuse(db: Database, caller: Caller, id: string, action: string): Promise<never> {
  await db.transaction({ viewer: caller.viewer }, (tx) =>
    recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
      action,
      targetType: 'case',
      targetId: id,
      outcome: 'denied',
    }),
  );
  throw new HavenError('NOT_FOUND', 'No such case');
}

/** One case the viewer reaches; the read and the fields it returns are audited. */
export async function getCase(db: Database, caller: Caller, id: string, fieldsRead: string[]): Promise<Case> {
  assertPermission(caller.viewer, 'case:read');
  const found = await db.transaction({ viewer: caller.viewer }, async (tx) => {
    const record = await reachableCase(tx, caller.viewer, id);
    if (!record) return null;
    await recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
      action: 'case.read',
      targetType: 'case',
      targetId: record.id,
      fields: fieldsRead,
      outcome: 'allowed',
    });
    return record;
  });
  return found ?? refuse(db, caller, id, 'case.read');
}

function personValues(person: Pick<Person, 'givenName' | 'familyName' | 'sex' | 'dateOfBirth'>) {
  return {
    'person.givenName': person.givenName,
    'person.familyName': person.familyName,
    'person.sex': person.sex,
    'person.dateOfBirth': person.dateOfBirth,
  };
}

export interface UpdatePersonInput {
  givenName?: string | null;
  familyName?: string | null;
  sex?: (typeof sexes)[number] | null;
  dateOfBirth?: string | null;
  /** Set to true to clear the date of birth (null alone means "unchanged"). */
  clearDateOfBirth?: boolean | null;
}

const updatePersonSchema = z.object({
  givenName: name.optional(),
  familyName: name.optional(),
  sex: z.enum(sexes).optional(),
  dateOfBirth: dateOfBirth.optional(),
  clearDateOfBirth: z.boolean().optional(),
});

/**
 * Corrects the registration details of the case's person. Each changed field is kept in the case's
 * change history with old and new values; the audit trail gets the field names and value hashes.
 * All in one transaction.
 */
export async function updatePerson(
  db: Database,
  caller: Caller,
  caseId: string,
  input: UpdatePersonInput,
): Promise<Case> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const cleaned = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
  const valid = validate(updatePersonSchema, cleaned, 'input');
  const updated = await db.transaction({ viewer }, async (tx) => {
    const record = await reachableCase(tx, viewer, caseId);
    if (!record) return null;
    const person = await findPerson(tx, viewer.agencyId, record.personId);
    if (!person) throw new Error(`person of case ${record.id} missing`);
    const wanted = {
      givenName: valid.givenName ?? person.givenName,
      familyName: valid.familyName ?? person.familyName,
      sex: valid.sex ?? person.sex,
      dateOfBirth: valid.clearDateOfBirth ? null : (valid.dateOfBirth ?? person.dateOfBirth),
    };
    const before = personValues(person);
    const after = personValues(wanted);
    const changed = (Object.keys(after) as (keyof typeof after)[]).filter((k) => after[k] !== before[k]);
    if (changed.length === 0) return record;
    await updatePersonFields(tx, viewer.agencyId, person.id, wanted);
    await store.touchCase(tx, record.id);
    await store.insertChanges(
      tx,
      changed.map((field) => ({
        agencyId: viewer.agencyId,
        caseId: record.id,
        field,
        oldValue: before[field],
        newValue: after[field],
        changedBy: viewer.userId,
        requestId: caller.requestId,
      })),
    );
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'case.update',
      targetType: 'case',
      targetId: record.id,
      fields: changed,
      change: {
        before: Object.fromEntries(changed.map((f) => [f, before[f]])),
        after: Object.fromEntries(changed.map((f) => [f, after[f]])),
      },
      outcome: 'allowed',
    });
    return (await store.findCaseById(tx, viewer.agencyId, record.id))!;
  });
  return updated ?? refuse(db, caller, caseId, 'case.update');
}

export interface HistoryEntry extends store.CaseChange {
  /** False when the viewer may see that a field changed but not its values. */
  valuesVisible: boolean;
}

/**
 * Who changed which field when, for a batch of cases (one query for a whole caseload); values only
 * for fields this viewer may see. Cases the viewer does not reach get no history.
 */
export async function caseHistories(
  db: Database,
  caller: Caller,
  caseIds: readonly string[],
): Promise<Map<string, HistoryEntry[]>> {
  assertPermission(caller.viewer, 'case:read');
  const { viewer } = caller;
  return db.transaction({ viewer }, async (tx) => {
    const reachable = (await store.findCasesByIds(tx, viewer.agencyId, caseIds)).filter((c) => reaches(viewer, c));
    const histories = new Map<string, HistoryEntry[]>(reachable.map((c) => [c.id, []]));
    const records = new Map(reachable.map((c) => [c.id, c]));
    for (const change of await store.findChanges(tx, viewer.agencyId, [...records.keys()])) {
      const visible = mayReadField(viewer, records.get(change.caseId)!, change.field);
      histories.get(change.caseId)!.push({
        ...change,
        valuesVisible: visible,
        oldValue: visible ? change.oldValue : null,
        newValue: visible ? change.newValue : null,
      });
    }
    return histories;
  });
}

export async function loadPersons(db: Database, viewer: Viewer, ids: readonly string[]): Promise<Map<string, Person>> {
  return db.transaction({ viewer }, (tx) => findPersonsByIds(tx, viewer.agencyId, ids));
}

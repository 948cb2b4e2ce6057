import { z } from 'zod';
import { assertPermission } from '@haven/core/access';
import { badInput, HavenError } from '@haven/core/errors';
import type { Database } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import { startCaseWorkflow } from '@haven/workflow';
import { insertPerson, sexes, findPersonsByIds, type Person } from '../persons';
import { caseTypes, type Case, type CaseType } from './case';
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

const createCaseSchema = z.object({
  caseType: z.enum(caseTypes),
  person: z.object({
    givenName: name,
    familyName: name,
    sex: z.enum(sexes),
    dateOfBirth: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD')
      .refine((v) => v >= '1900-01-01', 'must not be before 1900')
      .refine((v) => v <= new Date().toISOString().slice(0, 10), 'must not be in the future')
      .nullish(),
  }),
});

function validate<T>(schema: z.ZodType<T>, input: unknown, root: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badInput(
    result.error.issues.map((issue) => ({ path: [root, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message: issue.message })),
  );
}

/** Registers a person and opens a case for them, assigned to the registering worker; one transaction. */
export async function createCase(db: Database, viewer: Viewer, input: CreateCaseInput): Promise<Case> {
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
    if (typeof updatedAt === 'string' && !Number.isNaN(Date.parse(updatedAt)) && typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id)) {
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
  viewer: Viewer,
  args: { first: number; after?: string | null },
): Promise<CaseloadPage> {
  assertPermission(viewer, 'case:read');
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100) {
    throw badInput([{ path: ['first'], message: 'must be between 1 and 100' }]);
  }
  const after = args.after ? decodeCursor(args.after) : null;
  return db.transaction({ viewer }, async (tx) => {
    const rows = await store.findCaseload(tx, viewer.agencyId, viewer.userId, args.first + 1, after);
    const totalCount = await store.countCaseload(tx, viewer.agencyId, viewer.userId);
    const nodes = rows.slice(0, args.first);
    const last = nodes.at(-1);
    return { nodes, totalCount, hasNextPage: rows.length > args.first, endCursor: last ? encodeCursor(last) : null };
  });
}

/**
 * One case, if the viewer may reach it. Today that is the assigned worker only; shares and
 * supervision arrive with the access-control layer. Unreachable and missing cases look the same.
 */
export async function getCase(db: Database, viewer: Viewer, id: string): Promise<Case> {
  assertPermission(viewer, 'case:read');
  const found = /^[0-9a-f-]{36}$/i.test(id)
    ? await db.transaction({ viewer }, (tx) => store.findCaseById(tx, viewer.agencyId, id))
    : null;
  if (!found || found.assignedWorkerId !== viewer.userId) throw new HavenError('NOT_FOUND', 'No such case');
  return found;
}

export async function loadPersons(db: Database, viewer: Viewer, ids: readonly string[]): Promise<Map<string, Person>> {
  return db.transaction({ viewer }, (tx) => findPersonsByIds(tx, viewer.agencyId, ids));
}

import { isUuid } from '@haven/core/ids';
import { z } from 'zod';
import { assertPermission, type Caller } from '@haven/core/access';
import { badInput, HavenError } from '@haven/core/errors';
import { actorOf, recordAudit, requireReason } from '@haven/core/audit/audit';
import type { Database, Executor } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import { confidentialAad, openConfidentialValue, sealField, type FieldKeyring } from '@haven/core/crypto/field-cipher';
import { startCaseWorkflow } from '@haven/workflow';
import {
  insertIdentifiers,
  insertPerson,
  sexes,
  dateOfBirth,
  personName,
  findPersonsByIds,
  findPerson,
  updatePersonFields,
  type Person,
} from '../persons';
import { identifierKind, identifierValue } from '../dedupe/matching';
import { accessTo, findGrants, manages, mayRead, mayUpdate, type CaseAccess } from '../access';
import { parseCaseNumber, type Case, type CaseType } from './case';
import { classificationsOfCaseTypes, requireActiveCaseType } from '../case-types/case-types.service';
import { caseTypeKeyPattern, registrationFields } from '../case-types/case-type';
import { classificationOf, confidentialFields, type ConfidentialField } from './fields';
import * as store from './cases.store';
import { zodProblems } from '../zod-problems';
import { hasControlCharacters } from '@haven/core/text';

/** A case as one viewer reaches it: the record and how she reaches it (the field rules read this). */
export type CaseView = Case & { access: CaseAccess };

export interface CreateCaseInput {
  caseType: CaseType;
  /** A number from one of the viewer's reserved blocks (a case registered offline); by default the next one. */
  caseNumber?: string | null;
  /** The team the case is worked in; by default the registering worker's first team. */
  teamId?: string | null;
  person: {
    givenName: string;
    familyName: string;
    sex: (typeof sexes)[number];
    dateOfBirth?: string | null;
    contactPhone?: string | null;
    currentAddress?: string | null;
  };
  /** Identifiers of the person (national id, registration numbers), matched by duplicate detection. */
  identifiers?: { kind: string; value: string }[] | null;
}

const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{5,30}$/, 'must be a phone number: digits, spaces, ( ) - and an optional leading +');

const address = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(500, 'must be at most 500 characters')
  .refine((v) => !hasControlCharacters(v, '\n'), 'must not contain control characters');

const narrative = z
  .string()
  .max(20_000, 'must be at most 20000 characters')
  .refine((v) => !hasControlCharacters(v, '\n\r\t'), 'must not contain control characters');

const createCaseSchema = z.object({
  caseType: z.string().regex(caseTypeKeyPattern, 'must be a case type key'),
  caseNumber: z.string().trim().max(40).nullish(),
  teamId: z.string().refine(isUuid, 'must be a team id').nullish(),
  person: z.object({
    givenName: personName,
    familyName: personName,
    sex: z.enum(sexes),
    dateOfBirth: dateOfBirth.nullish(),
    contactPhone: phone.nullish(),
    currentAddress: address.nullish(),
  }),
  identifiers: z
    .array(z.object({ kind: identifierKind, value: identifierValue }))
    .max(20)
    .nullish(),
});

function validate<T>(schema: z.ZodType<T>, input: unknown, root: string): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw badInput(zodProblems(result.error, [root]));
}

/** Registers a person and opens a case for them, assigned to the registering worker; one transaction. */
export async function createCase(db: Database, caller: Caller, input: CreateCaseInput): Promise<CaseView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:create');
  const valid = validate(createCaseSchema, input, 'input');
  const teamId = valid.teamId ?? viewer.teamIds[0] ?? null;
  if (teamId && !viewer.teamIds.includes(teamId)) {
    throw badInput([{ path: ['input', 'teamId'], message: 'must be a team you belong to' }]);
  }
  const run = () =>
    db.transaction({ viewer }, async (tx) => {
      const caseType = await requireActiveCaseType(tx, viewer.agencyId, valid.caseType, ['input', 'caseType']);
      const filled: Record<string, boolean> = {
        'person.dateOfBirth': !!valid.person.dateOfBirth,
        'person.contactPhone': !!valid.person.contactPhone,
        'person.currentAddress': !!valid.person.currentAddress,
        'person.identifiers': !!valid.identifiers?.length,
        teamId: !!teamId,
      };
      const missing = caseType.mandatoryFields.filter((f) => f in registrationFields && !filled[f]);
      if (missing.length > 0) {
        throw badInput(
          missing.map((f) => ({ path: registrationFields[f]!, message: `is required for ${caseType.label.en} cases` })),
        );
      }
      const year = new Date().getUTCFullYear();
      const caseNumber = valid.caseNumber
        ? await blockNumber(tx, viewer, valid.caseNumber)
        : await store.nextCaseNumber(tx, viewer.agencyId, year);
      if (!caseNumber) throw new HavenError('CONFLICT', 'This agency is not set up to register cases');
      const person = await insertPerson(tx, {
        agencyId: viewer.agencyId,
        givenName: valid.person.givenName,
        familyName: valid.person.familyName,
        sex: valid.person.sex,
        dateOfBirth: valid.person.dateOfBirth ?? null,
        contactPhone: valid.person.contactPhone ?? null,
        currentAddress: valid.person.currentAddress ?? null,
        createdBy: viewer.userId,
      });
      const created = await store.insertCase(tx, {
        agencyId: viewer.agencyId,
        caseNumber,
        caseType: valid.caseType,
        personId: person.id,
        assignedWorkerId: viewer.userId,
        teamId,
        createdBy: viewer.userId,
      });
      // After the case: row-level security accepts identifiers once a case reaches the person.
      if (valid.identifiers?.length) await insertIdentifiers(tx, viewer.agencyId, person.id, valid.identifiers);
      await startCaseWorkflow(tx, {
        caseId: created.id,
        agencyId: viewer.agencyId,
        caseType: created.caseType,
        startedBy: viewer.userId,
      });
      // Fields recorded: those given a value.
      const after = Object.fromEntries(
        Object.entries({
          caseType: valid.caseType,
          ...personValues(person),
          'person.identifiers': valid.identifiers?.length ? valid.identifiers.map((i) => `${i.kind}:${i.value}`) : null,
        }).filter(([, v]) => v !== null),
      );
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: 'case.create',
        targetType: 'case',
        targetId: created.id,
        fields: Object.keys(after),
        change: { before: {}, after },
        outcome: 'allowed',
      });
      const access = { ...accessTo(viewer, created)!, fieldClassifications: caseType.fieldClassifications };
      return { ...created, access };
    });
  try {
    return await run();
  } catch (error) {
    if (valid.caseNumber && isUniqueViolation(error)) {
      throw new HavenError('CONFLICT', `Case number ${valid.caseNumber} is already in use`, {
        fields: [{ path: ['input', 'caseNumber'], message: 'is already used by another case' }],
      });
    }
    throw error;
  }
}

/** A unique-index violation, whichever driver raised it (drizzle wraps driver errors). */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '23505') return true;
  }
  return false;
}

/** Checks that a case number comes from one of the viewer's reserved blocks; returns it. */
async function blockNumber(tx: Executor, viewer: Viewer, text: string): Promise<string> {
  const parsed = parseCaseNumber(text);
  const prefix = await store.agencyPrefix(tx, viewer.agencyId);
  const blocks = parsed && parsed.prefix === prefix ? await store.findBlocks(tx, parsed.year) : [];
  if (!parsed || !blocks.some((b) => parsed.serial >= b.firstSerial && parsed.serial <= b.lastSerial)) {
    throw badInput([{ path: ['input', 'caseNumber'], message: 'is not a number from one of your reserved blocks' }]);
  }
  return text;
}

/** Largest block a device may reserve at once. */
export const MAX_BLOCK_SIZE = 500;

/**
 * Reserves a block of case numbers for one of the viewer's devices, from the agency's series for
 * this year, so that the device can register cases offline with numbers unique in the agency.
 */
export async function reserveCaseNumberBlock(
  db: Database,
  caller: Caller,
  input: { size: number; deviceLabel: string },
): Promise<store.CaseNumberBlock & { prefix: string }> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:create');
  const problems = [];
  if (!Number.isInteger(input.size) || input.size < 1 || input.size > MAX_BLOCK_SIZE)
    problems.push({ path: ['size'], message: `must be between 1 and ${MAX_BLOCK_SIZE}` });
  const label = input.deviceLabel.trim();
  if (label.length < 1 || label.length > 100 || hasControlCharacters(label, ''))
    problems.push({ path: ['deviceLabel'], message: 'must be 1 to 100 characters without control characters' });
  if (problems.length) throw badInput(problems);
  return db.transaction({ viewer }, async (tx) => {
    const year = new Date().getUTCFullYear();
    const serials = await store.reserveSerials(tx, viewer.agencyId, year, input.size);
    if (!serials) throw new HavenError('CONFLICT', 'This agency is not set up to register cases');
    const block = await store.insertBlock(tx, {
      agencyId: viewer.agencyId,
      year,
      firstSerial: serials.first,
      lastSerial: serials.last,
      reservedFor: viewer.userId,
      deviceLabel: label,
    });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'case.number_block_reserve',
      targetType: 'case_number_block',
      targetId: block.id,
      fields: [`size:${input.size}`],
      outcome: 'allowed',
    });
    return { ...block, prefix: serials.prefix };
  });
}

/** The viewer's reserved blocks, newest first. */
export async function myCaseNumberBlocks(
  db: Database,
  caller: Caller,
): Promise<(store.CaseNumberBlock & { prefix: string })[]> {
  assertPermission(caller.viewer, 'case:create');
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const prefix = (await store.agencyPrefix(tx, caller.viewer.agencyId)) ?? '';
    return (await store.findBlocks(tx)).map((b) => ({ ...b, prefix }));
  });
}

export interface CaseloadPage {
  nodes: CaseView[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
  /** The persons of the nodes, when asked for (read in the page's transaction). */
  persons?: Map<string, Person>;
}

/** What a caseload read fetches besides the cases: their persons, when the client asks for them. */
export interface CaseloadOptions {
  persons: boolean;
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
export function myCaseload(
  db: Database,
  caller: Caller,
  args: { first: number; after?: string | null },
  fieldsRead: string[],
  options: CaseloadOptions = { persons: false },
): Promise<CaseloadPage> {
  return caseload(db, caller, { workerId: caller.viewer.userId }, args, fieldsRead, options);
}

/** The cases of the teams the viewer supervises, most recently updated first. */
export function teamCaseload(
  db: Database,
  caller: Caller,
  args: { first: number; after?: string | null },
  fieldsRead: string[],
  options: CaseloadOptions = { persons: false },
): Promise<CaseloadPage> {
  return caseload(db, caller, { teamIds: caller.viewer.supervisedTeamIds }, args, fieldsRead, options);
}

async function caseload(
  db: Database,
  caller: Caller,
  owner: store.CaseloadOwner,
  args: { first: number; after?: string | null },
  fieldsRead: string[],
  options: CaseloadOptions,
): Promise<CaseloadPage> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100) {
    throw badInput([{ path: ['first'], message: 'must be between 1 and 100' }]);
  }
  const after = args.after ? decodeCursor(args.after) : null;
  const actor = actorOf(viewer, caller.requestId);
  return db.transaction({ viewer }, async (tx) => {
    // Independent reads are sent together (one round trip on the transaction's connection).
    const [rows, totalCount] = await Promise.all([
      store.findCaseload(tx, viewer.agencyId, owner, args.first + 1, after),
      store.countCaseload(tx, viewer.agencyId, owner),
    ]);
    const nodes = await withAccess(tx, viewer, rows.slice(0, args.first));
    const persons = options.persons
      ? findPersonsByIds(tx, viewer.agencyId, [...new Set(nodes.map((n) => n.personId))])
      : undefined;
    // Its failure is reported where it is awaited below (or the transaction's own failure wins).
    persons?.catch(() => {});
    // A list read records which cases it returned and the fields read; if that cannot be written,
    // nothing is returned. Fields withheld from some of the cases are recorded as a denial.
    const withheldFrom = nodes.filter((n) => splitFields(n.access, fieldsRead).withheld.length > 0);
    const withheld = [...new Set(withheldFrom.flatMap((n) => splitFields(n.access, fieldsRead).withheld))];
    await recordAudit(tx, actor, {
      action: 'case.list',
      targetType: 'case',
      targetIds: nodes.map((n) => n.id),
      fields: fieldsRead.filter((f) =>
        nodes.some((n) => mayRead(n.access, classificationOf(f, n.access.fieldClassifications))),
      ),
      outcome: 'allowed',
    });
    if (withheldFrom.length > 0) {
      await recordAudit(tx, actor, {
        action: 'case.read_field',
        targetType: 'case',
        targetIds: withheldFrom.map((n) => n.id),
        fields: withheld,
        outcome: 'denied',
      });
    }
    const last = rows.slice(0, args.first).at(-1);
    return {
      nodes,
      totalCount,
      hasNextPage: rows.length > args.first,
      endCursor: last ? encodeCursor(last) : null,
      persons: await persons,
    };
  });
}

/**
 * The case layer in the service: each record with how the viewer reaches it; records she does not
 * reach are dropped. Grants (shares, emergency access) are looked up only for cases she neither
 * works nor supervises, in one query for the batch.
 */
export async function withAccess(tx: Executor, viewer: Viewer, records: readonly Case[]): Promise<CaseView[]> {
  const needGrants = records.filter((r) => !accessTo(viewer, r)).map((r) => r.id);
  const grants = await findGrants(tx, viewer.userId, needGrants, new Date());
  const reached = records.flatMap((r) => {
    const access = accessTo(viewer, r, grants.get(r.id));
    return access ? [{ ...r, access }] : [];
  });
  // The field layer of each case takes its case type's tightened classifications.
  const tightened = await classificationsOfCaseTypes(tx, viewer.agencyId, [...new Set(reached.map((r) => r.caseType))]);
  for (const r of reached) {
    const fields = tightened.get(r.caseType);
    if (fields && Object.keys(fields).length > 0) r.access.fieldClassifications = fields;
  }
  return reached;
}

/** Finds a case the viewer reaches, inside their transaction; null when missing or out of reach. */
export async function reachableCase(tx: Executor, viewer: Viewer, id: string): Promise<CaseView | null> {
  const found = isUuid(id) ? await store.findCaseById(tx, viewer.agencyId, id) : null;
  return found ? ((await withAccess(tx, viewer, [found]))[0] ?? null) : null;
}

/**
 * A refusal decided inside the viewer's transaction (workedCase, or a service's own check): thrown to
 * end the transaction, then recorded by caseTransaction once it has rolled back.
 */
export class Refusal extends HavenError {}

/** A missing case and one out of reach look the same. */
const noSuchCase = () => new Refusal('NOT_FOUND', 'No such case');

/**
 * The case the viewer works, inside her transaction: she reaches it (else NOT_FOUND with `notFound`;
 * a missing and an unreachable case look the same) and is its assigned worker or supervises its team
 * (else FORBIDDEN with `forbidden`: a share or emergency access only reads). Refusals are thrown.
 */
export async function workedCase(
  tx: Executor,
  viewer: Viewer,
  id: string,
  forbidden: string,
  notFound = 'No such case',
): Promise<CaseView> {
  const record = await reachableCase(tx, viewer, id);
  if (!record) throw new Refusal('NOT_FOUND', notFound);
  if (!manages(record.access)) throw new Refusal('FORBIDDEN', forbidden);
  return record;
}

/**
 * What a refusal is recorded against when no case was found for it (a household, a note, a
 * document, a person): its row names that record, carries no fields, and gives the error's code as
 * its reason unless the caller gave one.
 */
export interface RefusedRecord {
  type: string;
  id: string;
}

/** How caseTransaction records a refusal: a denial of `action` against `target`, with what the caller gave. */
export interface RefusalRecord {
  action: string;
  /** The case (or another record), once known: a function is read after the transaction. */
  target: string | RefusedRecord | (() => string | RefusedRecord);
  /** The reason the caller gave, kept with the refusal of a reason-bound action. */
  reason?: string | null;
  /** Fields the refused attempt named (on a case's refusal). */
  fields?: string[];
}

/**
 * Runs `fn` in the viewer's transaction. A Refusal thrown in it (workedCase's, or the service's own:
 * NOT_FOUND, FORBIDDEN, CONFLICT…) is recorded with `refuse` once the transaction has rolled back, as
 * `refusal` says, and is what the caller gets. Other errors pass through unrecorded.
 */
export async function caseTransaction<T>(
  db: Database,
  caller: Caller,
  refusal: RefusalRecord,
  fn: (tx: Executor) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction({ viewer: caller.viewer }, fn);
  } catch (error) {
    if (!(error instanceof Refusal)) throw error;
    const { action, target, reason, fields } = refusal;
    return refuse(db, caller, typeof target === 'function' ? target() : target, action, { error, reason, fields });
  }
}

/** The cases of a batch the viewer reaches, by id, in two queries whatever the batch size. */
export async function reachableCases(
  tx: Executor,
  viewer: Viewer,
  ids: readonly string[],
): Promise<Map<string, CaseView>> {
  const valid = ids.filter(isUuid);
  const found = valid.length ? await store.findCasesByIds(tx, viewer.agencyId, valid) : [];
  return new Map((await withAccess(tx, viewer, found)).map((c) => [c.id, c]));
}

/** Splits field paths into those the viewer may read and those withheld from her. */
export function splitFields(access: CaseAccess, fields: readonly string[]): { read: string[]; withheld: string[] } {
  const read: string[] = [];
  const withheld: string[] = [];
  for (const f of fields) (mayRead(access, classificationOf(f, access.fieldClassifications)) ? read : withheld).push(f);
  return { read, withheld };
}

/**
 * A case out of reach and a missing case look the same to the caller (NOT_FOUND). The refusal is
 * recorded after the request's own transaction has ended, in one of its own, so it survives that
 * transaction's rollback (and never waits on it: the embedded database has one connection). It is
 * recorded against the case `target`, or the other record named when no case was found.
 */
export async function refuse(
  db: Database,
  caller: Caller,
  target: string | RefusedRecord,
  action: string,
  options: {
    /** What the caller gets; a missing and an unreachable case look the same by default. */
    error?: HavenError;
    /** Fields the refused attempt named (kept on a case's refusal only). */
    fields?: string[];
    /** The reason the caller gave, kept with the refusal of a reason-bound action. */
    reason?: string | null;
  } = {},
): Promise<never> {
  const { error = new HavenError('NOT_FOUND', 'No such case'), fields, reason } = options;
  const onCase = typeof target === 'string';
  await db.transaction({ viewer: caller.viewer }, (tx) =>
    recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
      action,
      targetType: onCase ? 'case' : target.type,
      targetId: onCase ? target : target.id,
      fields: onCase ? fields : undefined,
      reason: reason ?? (onCase ? null : error.code),
      outcome: 'denied',
    }),
  );
  throw error;
}

/** What a case read fetches besides the case, in the case's own transaction, when the client asks for it. */
export interface CaseReadOptions {
  /** The case's person (Case.person). */
  person?: boolean;
  /** The confidential values, decrypted with these keys, when the viewer may read them. */
  confidentialKeys?: FieldKeyring | null;
}

export interface CaseRead {
  record: CaseView;
  person?: Person;
  confidential?: Partial<Record<ConfidentialField, string>>;
}

/**
 * One case, audited as read with the fields asked (and, apart, those withheld), with its person and
 * confidential values when asked: one transaction for what a case page's first resolvers need.
 */
export async function getCase(
  db: Database,
  caller: Caller,
  id: string,
  fieldsAsked: string[],
  options: CaseReadOptions = {},
): Promise<CaseRead> {
  assertPermission(caller.viewer, 'case:read');
  const actor = actorOf(caller.viewer, caller.requestId);
  const found = await db.transaction({ viewer: caller.viewer }, async (tx): Promise<CaseRead | null> => {
    const record = await reachableCase(tx, caller.viewer, id);
    if (!record) return null;
    const { read, withheld } = splitFields(record.access, fieldsAsked);
    const { confidentialKeys } = options;
    const [persons, confidential] = await Promise.all([
      options.person ? findPersonsByIds(tx, caller.viewer.agencyId, [record.personId]) : null,
      confidentialKeys && mayRead(record.access, 'confidential')
        ? readConfidentialValues(tx, caller.viewer, confidentialKeys, [record.id])
        : null,
      recordAudit(tx, actor, {
        action: 'case.read',
        targetType: 'case',
        targetId: record.id,
        fields: read,
        reason: record.access.emergency && !manages(record.access) ? 'emergency access' : null,
        outcome: 'allowed',
      }),
    ]);
    if (withheld.length > 0) {
      await recordAudit(tx, actor, {
        action: 'case.read_field',
        targetType: 'case',
        targetId: record.id,
        fields: withheld,
        outcome: 'denied',
      });
    }
    return { record, person: persons?.get(record.personId), confidential: confidential?.get(record.id) };
  });
  return found ?? refuse(db, caller, id, 'case.read');
}

type PersonFields = Pick<
  Person,
  'givenName' | 'familyName' | 'sex' | 'dateOfBirth' | 'contactPhone' | 'currentAddress'
>;

function personValues(person: PersonFields) {
  return {
    'person.givenName': person.givenName,
    'person.familyName': person.familyName,
    'person.sex': person.sex,
    'person.dateOfBirth': person.dateOfBirth,
    'person.contactPhone': person.contactPhone,
    'person.currentAddress': person.currentAddress,
  };
}

export interface UpdatePersonInput {
  givenName?: string | null;
  familyName?: string | null;
  sex?: (typeof sexes)[number] | null;
  dateOfBirth?: string | null;
  /** Set to true to clear the date of birth (null alone means "unchanged"). */
  clearDateOfBirth?: boolean | null;
  contactPhone?: string | null;
  currentAddress?: string | null;
  /** Names of fields to clear: contactPhone, currentAddress. */
  clear?: string[] | null;
}

const updatePersonSchema = z.object({
  givenName: personName.optional(),
  familyName: personName.optional(),
  sex: z.enum(sexes).optional(),
  dateOfBirth: dateOfBirth.optional(),
  clearDateOfBirth: z.boolean().optional(),
  contactPhone: phone.optional(),
  currentAddress: address.optional(),
  clear: z.array(z.enum(['contactPhone', 'currentAddress'])).optional(),
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
): Promise<CaseView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const cleaned = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== null && v !== undefined));
  const valid = validate(updatePersonSchema, cleaned, 'input');
  const refusal: RefusalRecord = { action: 'case.update', target: caseId };
  return caseTransaction(db, caller, refusal, async (tx) => {
    const record = await reachableCase(tx, viewer, caseId);
    if (!record) throw noSuchCase();
    // The field layer: a field may be changed only by those who work the case and may see it.
    const touched = Object.keys(valid)
      .flatMap((k) => (k === 'clear' ? (valid.clear ?? []) : [k === 'clearDateOfBirth' ? 'dateOfBirth' : k]))
      .map((k) => `person.${k}`);
    const forbidden = [...new Set(touched)].filter(
      (f) => !mayUpdate(record.access, classificationOf(f, record.access.fieldClassifications)),
    );
    if (forbidden.length > 0) {
      refusal.fields = forbidden;
      throw forbiddenFields(forbidden.map((f) => ['input', f.slice('person.'.length)]));
    }
    const person = await findPerson(tx, viewer.agencyId, record.personId);
    if (!person) throw new Error(`person of case ${record.id} missing`);
    const clear = new Set(valid.clear ?? []);
    const wanted: PersonFields = {
      givenName: valid.givenName ?? person.givenName,
      familyName: valid.familyName ?? person.familyName,
      sex: valid.sex ?? person.sex,
      dateOfBirth: valid.clearDateOfBirth ? null : (valid.dateOfBirth ?? person.dateOfBirth),
      contactPhone: clear.has('contactPhone') ? null : (valid.contactPhone ?? person.contactPhone),
      currentAddress: clear.has('currentAddress') ? null : (valid.currentAddress ?? person.currentAddress),
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
    return { ...(await store.findCaseById(tx, viewer.agencyId, record.id))!, access: record.access };
  });
}

/** A change refused by the field layer: FORBIDDEN_FIELD, naming each input field. */
function forbiddenFields(paths: (string | number)[][]): Refusal {
  return new Refusal('FORBIDDEN_FIELD', 'You may not change these fields of this case', {
    fields: paths.map((path) => ({ path, message: 'is restricted for you' })),
  });
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
    const reachable = await withAccess(tx, viewer, await store.findCasesByIds(tx, viewer.agencyId, caseIds));
    const histories = new Map<string, HistoryEntry[]>(reachable.map((c) => [c.id, []]));
    const records = new Map(reachable.map((c) => [c.id, c]));
    for (const change of await store.findChanges(tx, viewer.agencyId, [...records.keys()])) {
      const access = records.get(change.caseId)!.access;
      const visible = mayRead(access, classificationOf(change.field, access.fieldClassifications));
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

/** Persons of cases, each carrying the access of the case it was reached through. */
export async function loadPersons(db: Database, viewer: Viewer, ids: readonly string[]): Promise<Map<string, Person>> {
  return db.transaction({ viewer }, (tx) => findPersonsByIds(tx, viewer.agencyId, ids));
}

/**
 * Decrypted confidential values of a batch of cases. Called only for fields the shield rule let
 * through (the assigned worker); row-level security returns no rows to anyone else anyway.
 */
export async function confidentialValuesOf(
  db: Database,
  viewer: Viewer,
  keys: FieldKeyring,
  caseIds: readonly string[],
): Promise<Map<string, Partial<Record<ConfidentialField, string>>>> {
  return db.transaction({ viewer }, (tx) => readConfidentialValues(tx, viewer, keys, caseIds));
}

/** confidentialValuesOf inside a transaction of the caller's. */
async function readConfidentialValues(
  tx: Executor,
  viewer: Viewer,
  keys: FieldKeyring,
  caseIds: readonly string[],
): Promise<Map<string, Partial<Record<ConfidentialField, string>>>> {
  const rows = await store.findConfidentialValues(tx, caseIds);
  const out = new Map<string, Partial<Record<ConfidentialField, string>>>(caseIds.map((id) => [id, {}]));
  for (const row of rows) {
    out.get(row.caseId)![row.field as ConfidentialField] = openConfidentialValue(keys, viewer.agencyId, row);
  }
  return out;
}

export type CaseDetailsInput = Partial<Record<ConfidentialField, string | null>>;

const caseDetailsSchema = z.object({
  incidentNarrative: narrative.nullish(),
  perpetratorDetails: narrative.nullish(),
  safetyPlan: narrative.nullish(),
} satisfies Record<ConfidentialField, unknown>);

/**
 * Records the confidential details of a case (incident narrative, perpetrator details, safety
 * plan): the assigned worker only. Values are encrypted before they reach the database; an empty
 * text clears a value. The change history notes who changed which field when, never the values.
 */
export async function updateCaseDetails(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  caseId: string,
  input: CaseDetailsInput,
): Promise<CaseView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const valid = validate(caseDetailsSchema, input, 'input');
  const given = confidentialFields.filter((f) => valid[f] !== undefined && valid[f] !== null);
  if (given.length === 0) throw badInput([{ path: ['input'], message: 'must give at least one field' }]);
  const refusal: RefusalRecord = { action: 'case.update', target: caseId };
  return caseTransaction(db, caller, refusal, async (tx) => {
    const record = await reachableCase(tx, viewer, caseId);
    if (!record) throw noSuchCase();
    if (!mayUpdate(record.access, 'confidential')) {
      refusal.fields = [...given];
      throw forbiddenFields(given.map((f) => ['input', f]));
    }
    const current = await store.findConfidentialValues(tx, [record.id]);
    const before: Record<string, string | null> = {};
    for (const row of current) {
      before[row.field] = openConfidentialValue(keys, viewer.agencyId, row);
    }
    const changed = given.filter((f) => (before[f] ?? '') !== valid[f]);
    for (const field of changed) {
      const value = valid[field]!;
      if (value === '') {
        await store.deleteConfidentialValue(tx, record.id, field);
      } else {
        const sealed = sealField(keys, value, confidentialAad(viewer.agencyId, record.id, field));
        await store.upsertConfidentialValue(tx, {
          agencyId: viewer.agencyId,
          caseId: record.id,
          field,
          keyId: sealed.keyId,
          ciphertext: sealed.payload,
          updatedBy: viewer.userId,
        });
      }
    }
    if (changed.length === 0) return record;
    await store.touchCase(tx, record.id);
    await store.insertChanges(
      tx,
      changed.map((field) => ({
        agencyId: viewer.agencyId,
        caseId: record.id,
        field,
        oldValue: null,
        newValue: null,
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
        before: Object.fromEntries(changed.map((f) => [f, before[f] ?? null])),
        after: Object.fromEntries(changed.map((f) => [f, valid[f] || null])),
      },
      outcome: 'allowed',
    });
    return { ...(await store.findCaseById(tx, viewer.agencyId, record.id))!, access: record.access };
  });
}

export interface CaseExport {
  caseNumber: string;
  generatedAt: Date;
  fields: { name: string; classification: string; value: string | null }[];
  /** Fields of the record the viewer may not see, left out of the export. */
  withheldFields: string[];
}

/**
 * An export of one case for those who work it, with a stated reason (stored in the audit row).
 * It holds the fields the viewer may read; the others are named as withheld. Shares and emergency
 * access never export.
 */
export async function exportCase(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  caseId: string,
  reason: string | null | undefined,
): Promise<CaseExport> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:export');
  const why = requireReason('case.export', reason);
  return caseTransaction(db, caller, { action: 'case.export', target: caseId, reason: why }, async (tx) => {
    const record = await workedCase(tx, viewer, caseId, 'Only those who work a case may export it');
    const person = await findPerson(tx, viewer.agencyId, record.personId);
    if (!person) throw new Error(`person of case ${record.id} missing`);
    const values: Record<string, string | null> = {
      caseNumber: record.caseNumber,
      caseType: record.caseType,
      status: record.status,
      createdAt: record.createdAt.toISOString(),
      ...personValues(person),
    };
    const { read, withheld } = splitFields(record.access, [...Object.keys(values), ...confidentialFields]);
    if (read.some((f) => (confidentialFields as readonly string[]).includes(f))) {
      for (const row of await store.findConfidentialValues(tx, [record.id])) {
        values[row.field] = openConfidentialValue(keys, viewer.agencyId, row);
      }
    }
    const actor = actorOf(viewer, caller.requestId);
    await recordAudit(tx, actor, {
      action: 'case.export',
      targetType: 'case',
      targetId: record.id,
      fields: read,
      reason: why,
      outcome: 'allowed',
    });
    if (withheld.length > 0) {
      await recordAudit(tx, actor, {
        action: 'case.export_field',
        targetType: 'case',
        targetId: record.id,
        fields: withheld,
        reason: why,
        outcome: 'denied',
      });
    }
    return {
      caseNumber: record.caseNumber,
      generatedAt: new Date(),
      fields: read.map((name) => ({
        name,
        classification: classificationOf(name, record.access.fieldClassifications),
        value: values[name] ?? null,
      })),
      withheldFields: withheld,
    };
  });
}

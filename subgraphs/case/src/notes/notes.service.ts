import { randomUUID } from 'node:crypto';
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit } from '@haven/core/audit/audit';
import { confidentialAad, openConfidentialValue, sealField, type FieldKeyring } from '@haven/core/crypto/field-cipher';
import type { Database, Executor } from '@haven/core/db/database';
import { badInput, HavenError, type FieldProblem } from '@haven/core/errors';
import { isUuid } from '@haven/core/ids';
import { hasControlCharacters } from '@haven/core/text';
import { classifications, manages, mayRead, mayUpdate, type CaseAccess, type Classification } from '../access';
import { caseTransaction, reachableCase, refuse, Refusal, workedCase, type CaseView } from '../cases';
import { noteBodyField, noteTypes, type CaseNote, type NoteType, type NoteView } from './note';
import * as store from './notes.store';

export const MAX_NOTE_BODY = 20_000;
export const MAX_NOTE_SUBJECT = 200;
/** Clocks of phones and laptops drift: an occurrence up to this far ahead of the server is accepted. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface NoteInput {
  noteType: NoteType;
  occurredAt: Date;
  durationMinutes?: number | null;
  subject?: string | null;
  body: string;
  classification?: Classification | null;
}

interface ValidNote {
  noteType: NoteType;
  occurredAt: Date;
  durationMinutes: number | null;
  subject: string | null;
  body: string;
  classification: Classification;
}

function validate(input: NoteInput): ValidNote {
  const problems: FieldProblem[] = [];
  const at = (field: string, message: string) => problems.push({ path: ['input', field], message });
  if (!noteTypes.includes(input.noteType)) at('noteType', 'is not a note type');
  const occurred = input.occurredAt instanceof Date ? input.occurredAt : new Date(String(input.occurredAt));
  if (Number.isNaN(occurred.getTime())) at('occurredAt', 'must be an instant');
  else if (occurred.getTime() > Date.now() + CLOCK_SKEW_MS) at('occurredAt', 'must not be in the future');
  else if (occurred.getTime() < Date.parse('1990-01-01T00:00:00Z')) at('occurredAt', 'must not be before 1990');
  const duration = input.durationMinutes ?? null;
  if (duration !== null && (!Number.isInteger(duration) || duration < 1 || duration > 1440))
    at('durationMinutes', 'must be a whole number of minutes from 1 to 1440');
  const subject = input.subject?.trim() || null;
  if (subject !== null && (subject.length > MAX_NOTE_SUBJECT || hasControlCharacters(subject)))
    at('subject', `must be at most ${MAX_NOTE_SUBJECT} characters without control characters`);
  const body = typeof input.body === 'string' ? input.body.trim() : '';
  if (body.length === 0) at('body', 'must not be empty');
  else if (body.length > MAX_NOTE_BODY) at('body', `must be at most ${MAX_NOTE_BODY} characters`);
  else if (hasControlCharacters(body, '\n\r\t')) at('body', 'must not contain control characters');
  const classification = input.classification ?? 'standard';
  if (!classifications.includes(classification)) at('classification', 'must be standard, restricted or confidential');
  if (problems.length) throw badInput(problems);
  return { noteType: input.noteType, occurredAt: occurred, durationMinutes: duration, subject, body, classification };
}

const forbiddenLevel = (level: Classification) =>
  new Refusal('FORBIDDEN', `You may not write ${level} notes on this case`, {
    fields: [{ path: ['input', 'classification'], message: `${level} is beyond what you may read on this case` }],
  });

async function writeNote(
  tx: Executor,
  caller: Caller,
  keys: FieldKeyring,
  record: CaseView,
  valid: ValidNote,
  supersedesId: string | null,
  action: string,
): Promise<NoteView> {
  const { viewer } = caller;
  const id = randomUUID();
  const sealed = valid.classification === 'confidential';
  const note = await store.insertNote(tx, {
    id,
    agencyId: viewer.agencyId,
    caseId: record.id,
    noteType: valid.noteType,
    classification: valid.classification,
    subject: valid.subject,
    body: sealed ? null : valid.body,
    occurredAt: valid.occurredAt,
    durationMinutes: valid.durationMinutes,
    supersedesId,
    authorId: viewer.userId,
  });
  if (sealed) {
    const field = noteBodyField(id);
    const box = sealField(keys, valid.body, confidentialAad(viewer.agencyId, record.id, field));
    await store.insertSealedBody(tx, {
      agencyId: viewer.agencyId,
      caseId: record.id,
      field,
      keyId: box.keyId,
      ciphertext: box.payload,
      updatedBy: viewer.userId,
    });
  }
  await recordAudit(tx, actorOf(viewer, caller.requestId), {
    action,
    targetType: 'case',
    targetId: record.id,
    fields: [
      `note:${id}`,
      ...(supersedesId ? [`supersedes:${supersedesId}`] : []),
      `type:${valid.noteType}`,
      `classification:${valid.classification}`,
      'notes.body',
      ...(valid.subject ? ['notes.subject'] : []),
    ],
    change: { before: {}, after: { subject: valid.subject, body: valid.body } },
    outcome: 'allowed',
  });
  return { ...note, body: valid.body, supersededById: null };
}

/**
 * Records a note on a case the viewer works. Its classification may not exceed what she may read
 * on the case (a supervisor writes standard notes; confidential ones only the assigned worker); a
 * confidential body is encrypted in case.confidential_values and the row holds none.
 */
export async function addCaseNote(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  caseId: string,
  input: NoteInput,
): Promise<NoteView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const valid = validate(input);
  return caseTransaction(db, caller, { action: 'note.add', target: caseId }, async (tx) => {
    const record = await workedCase(tx, viewer, caseId, 'Only those who work a case may write its notes');
    if (!mayUpdate(record.access, valid.classification)) throw forbiddenLevel(valid.classification);
    return writeNote(tx, caller, keys, record, valid, null, 'note.add');
  });
}

/**
 * Corrects a note: a new note that supersedes the old one; both stay (the old one is listed as
 * superseded). A note is corrected once; a correction of a correction names the newest one.
 */
export async function correctCaseNote(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  noteId: string,
  input: NoteInput,
): Promise<NoteView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const missing = () => new Refusal('NOT_FOUND', 'No such note');
  const note = { type: 'note', id: noteId };
  if (!isUuid(noteId)) return refuse(db, caller, note, 'note.correct', { error: missing() });
  // Refused against the note's case once it is found (even one out of reach), else the note.
  let caseId: string | null = null;
  return caseTransaction(db, caller, { action: 'note.correct', target: () => caseId ?? note }, async (tx) => {
    // Row-level security hides confidential notes from all but the assigned worker.
    const old = await store.findNote(tx, viewer.agencyId, noteId);
    if (!old) throw missing();
    caseId = old.caseId;
    const record = await reachableCase(tx, viewer, old.caseId);
    if (!record || !mayRead(record.access, old.classification)) throw missing();
    const valid = validate({ ...input, classification: input.classification ?? old.classification });
    if (!manages(record.access)) throw new Refusal('FORBIDDEN', 'Only those who work a case may correct its notes');
    if (!mayUpdate(record.access, valid.classification)) throw forbiddenLevel(valid.classification);
    if ((await store.findSuperseding(tx, [old.id])).size > 0) {
      throw new HavenError('CONFLICT', 'This note has already been corrected; correct the newest version');
    }
    return writeNote(tx, caller, keys, record, valid, old.id, 'note.correct');
  });
}

export interface NotesPage {
  nodes: NoteView[];
  totalCount: number;
  /** Notes of the case the viewer may not see, by classification: she is told they exist. */
  withheldRestricted: number;
  withheldConfidential: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

function encodeCursor(n: CaseNote): string {
  return Buffer.from(JSON.stringify([n.occurredAt.toISOString(), n.id])).toString('base64url');
}

function decodeCursor(cursor: string): store.NoteCursor {
  try {
    const [occurredAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
    if (typeof occurredAt === 'string' && !Number.isNaN(Date.parse(occurredAt)) && typeof id === 'string' && isUuid(id))
      return { occurredAt, id };
  } catch {
    // fall through
  }
  throw badInput([{ path: ['after'], message: 'is not a cursor returned by this API' }]);
}

/**
 * A page of a case's notes, newest first, that the viewer may read: restricted notes for readers
 * of restricted fields, confidential ones for the assigned worker only (row-level security hides
 * them from everyone else too). Notes she may not read are not listed but counted, so she knows
 * something is withheld. The read is audited with the note ids; the withheld levels as a denial.
 */
export async function notesOfCase(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  record: { id: string; access: CaseAccess },
  args: { first: number; after?: string | null; type?: NoteType | null },
): Promise<NotesPage> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100)
    throw badInput([{ path: ['first'], message: 'must be between 1 and 100' }]);
  const after = args.after ? decodeCursor(args.after) : null;
  const type = args.type ?? null;
  const readable = classifications.filter((c) => mayRead(record.access, c));
  const page = await db.transaction({ viewer }, async (tx) => {
    const rows = await store.findNotesPage(tx, record.id, {
      classifications: readable,
      type,
      after,
      limit: args.first + 1,
    });
    const nodes = rows.slice(0, args.first);
    const sealedFields = nodes.filter((n) => n.classification === 'confidential').map((n) => noteBodyField(n.id));
    const bodies = new Map<string, string>();
    for (const row of await store.findSealedBodies(tx, record.id, sealedFields)) {
      bodies.set(row.field, openConfidentialValue(keys, viewer.agencyId, row));
    }
    const superseding = await store.findSuperseding(
      tx,
      nodes.map((n) => n.id),
    );
    const views: NoteView[] = nodes.map((n) => ({
      ...n,
      body: n.classification === 'confidential' ? (bodies.get(noteBodyField(n.id)) ?? null) : n.body,
      supersededById: superseding.get(n.id) ?? null,
    }));
    const counts = await store.countByClassification(tx, record.id, type);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'note.read',
      targetType: 'case',
      targetId: record.id,
      targetIds: views.map((n) => n.id),
      fields: ['notes', ...readable.map((c) => `notes.${c}`)],
      outcome: 'allowed',
    });
    return {
      views,
      visibleCount: readable.reduce((sum, c) => sum + counts[c], 0),
      hasNextPage: rows.length > args.first,
    };
  });
  // What is withheld is counted as the system (row-level security hides confidential notes from the
  // viewer), in a transaction of its own after hers: the count, never a note.
  const hidden = classifications.filter((c) => !readable.includes(c));
  let withheld = { standard: 0, restricted: 0, confidential: 0 };
  if (hidden.length > 0) {
    withheld = await db.transaction({ system: 'notes: count withheld' }, async (tx) => {
      const counts = await store.countByClassification(tx, record.id, type);
      const out = { standard: 0, restricted: 0, confidential: 0 };
      for (const c of hidden) out[c] = counts[c];
      if (hidden.some((c) => counts[c] > 0)) {
        await recordAudit(tx, actorOf(viewer, caller.requestId), {
          action: 'note.read_field',
          targetType: 'case',
          targetId: record.id,
          fields: hidden.filter((c) => counts[c] > 0).map((c) => `notes.${c}`),
          outcome: 'denied',
        });
      }
      return out;
    });
  }
  const last = page.views.at(-1);
  return {
    nodes: page.views,
    totalCount: page.visibleCount,
    withheldRestricted: withheld.restricted,
    withheldConfidential: withheld.confidential,
    hasNextPage: page.hasNextPage,
    endCursor: last ? encodeCursor(last) : null,
  };
}

import { callerOf } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { CaseRef, UserRef } from '../cases';
import { noteTypes, type NoteType, type NoteView } from './note';
import * as service from './notes.service';

export const NoteTypeEnum = builder.enumType('NoteType', {
  values: Object.fromEntries(noteTypes.map((n) => [n.toUpperCase(), { value: n }])) as Record<
    Uppercase<NoteType>,
    { value: NoteType }
  >,
});

export const ClassificationEnum = builder.enumType('RecordClassification', {
  description: 'Who may see a note or document: as for fields of the case record.',
  values: {
    STANDARD: { value: 'standard' as const, description: 'Anyone who reaches the case' },
    RESTRICTED: {
      value: 'restricted' as const,
      description: 'The assigned worker, a share with restricted fields, emergency access',
    },
    CONFIDENTIAL: { value: 'confidential' as const, description: 'The assigned worker only; encrypted at rest' },
  },
});

const CaseNoteRef = builder.objectRef<NoteView>('CaseNote').implement({
  description: 'A typed, timestamped, attributed note of a case. A correction is a new note that supersedes the old.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    noteType: t.field({ type: NoteTypeEnum, resolve: (n) => n.noteType }),
    classification: t.field({ type: ClassificationEnum, resolve: (n) => n.classification }),
    subject: t.exposeString('subject', { nullable: true }),
    body: t.exposeString('body', { nullable: true }),
    occurredAt: t.field({ type: 'DateTime', resolve: (n) => n.occurredAt }),
    durationMinutes: t.exposeInt('durationMinutes', { nullable: true }),
    author: t.field({ type: UserRef, resolve: (n) => ({ id: n.authorId }) }),
    createdAt: t.field({ type: 'DateTime', resolve: (n) => n.createdAt }),
    supersedesId: t.id({ nullable: true, description: 'The note this one corrects.', resolve: (n) => n.supersedesId }),
    supersededById: t.id({
      nullable: true,
      description: 'The note that corrects this one.',
      resolve: (n) => n.supersededById,
    }),
    superseded: t.boolean({ resolve: (n) => n.supersededById !== null }),
  }),
});

const CaseNoteConnection = builder.objectRef<service.NotesPage>('CaseNoteConnection').implement({
  description:
    'Notes you may read, newest first. Notes you may not read are not listed; withheldRestricted and withheldConfidential count them so you know they exist.',
  fields: (t) => ({
    nodes: t.field({ type: [CaseNoteRef], resolve: (p) => p.nodes }),
    totalCount: t.exposeInt('totalCount', { description: 'Notes you may read (of the type asked for).' }),
    withheldRestricted: t.exposeInt('withheldRestricted'),
    withheldConfidential: t.exposeInt('withheldConfidential'),
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});

builder.objectField(CaseRef, 'notes', (t) =>
  t.field({
    type: CaseNoteConnection,
    description: 'Case notes, newest first (by when they occurred).',
    args: {
      first: t.arg.int({ defaultValue: 20 }),
      after: t.arg.string(),
      type: t.arg({ type: NoteTypeEnum }),
    },
    resolve: (c, args, ctx) =>
      service.notesOfCase(ctx.db, callerOf(ctx), ctx.fieldKeys, c, {
        first: args.first ?? 20,
        after: args.after,
        type: args.type,
      }),
  }),
);

const CaseNoteInput = builder.inputType('CaseNoteInput', {
  fields: (t) => ({
    noteType: t.field({ type: NoteTypeEnum, required: true }),
    occurredAt: t.field({ type: 'DateTime', required: true, description: 'When it happened; not in the future.' }),
    durationMinutes: t.int({ description: '1 to 1440' }),
    subject: t.string({ description: 'At most 200 characters' }),
    body: t.string({ required: true, description: 'At most 20000 characters' }),
    classification: t.field({ type: ClassificationEnum, description: 'STANDARD by default' }),
  }),
});

builder.mutationFields((t) => ({
  addCaseNote: t.field({
    type: CaseNoteRef,
    args: { caseId: t.arg.id({ required: true }), input: t.arg({ type: CaseNoteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      service.addCaseNote(ctx.db, callerOf(ctx), ctx.fieldKeys, String(args.caseId), args.input),
  }),
  correctCaseNote: t.field({
    type: CaseNoteRef,
    description: 'Writes a correction that supersedes the note; both stay in the history.',
    args: { noteId: t.arg.id({ required: true }), input: t.arg({ type: CaseNoteInput, required: true }) },
    resolve: (_root, args, ctx) =>
      service.correctCaseNote(ctx.db, callerOf(ctx), ctx.fieldKeys, String(args.noteId), args.input),
  }),
}));

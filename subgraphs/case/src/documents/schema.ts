import { callerOf, loaderFor, type SubgraphContext } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { CaseRef, UserRef } from '../cases';
import { PersonRef } from '../persons';
import { ClassificationEnum } from '../notes';
import {
  documentTypes,
  type DocumentContent,
  type DocumentType,
  type DocumentView,
  type VersionMeta,
} from './document';
import * as service from './documents.service';

export const DocumentTypeEnum = builder.enumType('DocumentType', {
  values: Object.fromEntries(documentTypes.map((d) => [d.toUpperCase(), { value: d }])) as Record<
    Uppercase<DocumentType>,
    { value: DocumentType }
  >,
});

const DocumentVersionRef = builder.objectRef<VersionMeta>('DocumentVersion').implement({
  description: 'One uploaded version: what was checked and stored (encrypted), never the bytes.',
  fields: (t) => ({
    version: t.exposeInt('version'),
    fileName: t.exposeString('fileName'),
    contentType: t.exposeString('contentType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    sha256: t.exposeString('sha256', { description: 'SHA-256 of the content, hex' }),
    uploadedBy: t.field({ type: UserRef, resolve: (v) => ({ id: v.uploadedBy }) }),
    uploadedAt: t.field({ type: 'DateTime', resolve: (v) => v.uploadedAt }),
  }),
});

const DocumentRef = builder.objectRef<DocumentView>('Document').implement({
  description: 'A document of a case, classified like a field, versioned, encrypted at rest.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    personId: t.exposeID('personId', { nullable: true, description: 'Set for a person photo.' }),
    title: t.exposeString('title'),
    documentType: t.field({ type: DocumentTypeEnum, resolve: (d) => d.documentType }),
    classification: t.field({ type: ClassificationEnum, resolve: (d) => d.classification }),
    currentVersion: t.exposeInt('currentVersion'),
    versions: t.field({ type: [DocumentVersionRef], resolve: (d) => d.versions }),
    createdBy: t.field({ type: UserRef, resolve: (d) => ({ id: d.createdBy }) }),
    createdAt: t.field({ type: 'DateTime', resolve: (d) => d.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (d) => d.updatedAt }),
    withdrawnAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.withdrawnAt }),
  }),
});

const DocumentListRef = builder.objectRef<service.DocumentList>('CaseDocuments').implement({
  description:
    'Documents you may see, newest first. withheldCount counts the live documents of the case you may not see (restricted or confidential), so you know they exist.',
  fields: (t) => ({
    nodes: t.field({ type: [DocumentRef], resolve: (l) => l.nodes }),
    withheldCount: t.exposeInt('withheldCount'),
  }),
});

const DocumentContentRef = builder.objectRef<DocumentContent>('DocumentContent').implement({
  description: 'The decrypted bytes of one version, base64 (standard alphabet, padded).',
  fields: (t) => ({
    documentId: t.exposeID('documentId'),
    version: t.exposeInt('version'),
    fileName: t.exposeString('fileName'),
    contentType: t.exposeString('contentType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    sha256: t.exposeString('sha256'),
    contentBase64: t.string({ resolve: (c) => c.content.toString('base64') }),
  }),
});

const PersonPhotoRef = builder.objectRef<service.PhotoView>('PersonPhoto').implement({
  description:
    'The current photo of a person: metadata and the image as a data URL (data:image/…;base64,…), ready for an <img>.',
  fields: (t) => ({
    documentId: t.exposeID('documentId'),
    version: t.exposeInt('version'),
    contentType: t.exposeString('contentType'),
    sizeBytes: t.exposeInt('sizeBytes'),
    uploadedAt: t.field({ type: 'DateTime', resolve: (p) => p.uploadedAt }),
    dataUrl: t.exposeString('dataUrl'),
  }),
});

builder.objectField(CaseRef, 'documents', (t) =>
  t.field({
    type: DocumentListRef,
    description: 'Live (not withdrawn) documents of the case you may see, with their versions.',
    resolve: (c, _args, ctx) => service.documentsOfCase(ctx.db, callerOf(ctx), c),
  }),
);

builder.objectField(PersonRef, 'photo', (t) =>
  t.field({
    type: PersonPhotoRef,
    nullable: true,
    description: 'Restricted: a face identifies as surely as a phone number.',
    resolve: async (p, _args, ctx) => {
      const loader = loaderFor<service.PhotoView>(ctx, 'personPhoto', (ids) =>
        service.photosOfPersons(ctx.db, callerOf(ctx), ctx.fieldKeys, ids),
      );
      return loader.load(p.id);
    },
  }),
);

const FileInputRef = builder.inputType('FileUploadInput', {
  description: 'A file sent inline: its name, its declared type and its bytes as base64 (padded, no line breaks).',
  fields: (t) => ({
    fileName: t.string({ required: true }),
    contentType: t.string({ required: true }),
    contentBase64: t.string({ required: true }),
  }),
});

const UploadDocumentInput = builder.inputType('UploadDocumentInput', {
  description:
    'A document: PDF, JPEG, PNG, WebP, DOCX or plain text (.txt), at most DOCUMENT_MAX_BYTES (10 MiB by default). The declared type must match the bytes.',
  fields: (t) => ({
    title: t.string({ required: true }),
    documentType: t.field({ type: DocumentTypeEnum, required: true }),
    classification: t.field({ type: ClassificationEnum, description: 'RESTRICTED by default' }),
    fileName: t.string({ required: true }),
    contentType: t.string({ required: true }),
    contentBase64: t.string({ required: true }),
  }),
});

const maxBytes = (ctx: SubgraphContext) => ctx.documentMaxBytes;

builder.queryField('documentContent', (t) =>
  t.field({
    type: DocumentContentRef,
    description: 'The bytes of a version of a document (the current one by default), for those who may see it.',
    args: { documentId: t.arg.id({ required: true }), version: t.arg.int() },
    resolve: (_root, args, ctx) =>
      service.documentContent(ctx.db, callerOf(ctx), ctx.fieldKeys, String(args.documentId), args.version),
  }),
);

builder.mutationFields((t) => ({
  uploadDocument: t.field({
    type: DocumentRef,
    args: { caseId: t.arg.id({ required: true }), input: t.arg({ type: UploadDocumentInput, required: true }) },
    resolve: (_root, args, ctx) =>
      service.uploadDocument(ctx.db, callerOf(ctx), ctx.fieldKeys, maxBytes(ctx), String(args.caseId), args.input),
  }),
  uploadDocumentVersion: t.field({
    type: DocumentRef,
    args: { documentId: t.arg.id({ required: true }), input: t.arg({ type: FileInputRef, required: true }) },
    resolve: (_root, args, ctx) =>
      service.uploadDocumentVersion(
        ctx.db,
        callerOf(ctx),
        ctx.fieldKeys,
        maxBytes(ctx),
        String(args.documentId),
        args.input,
      ),
  }),
  withdrawDocument: t.field({
    type: DocumentRef,
    description: 'Withdraws a document with a reason; it is kept but no longer listed or served.',
    args: { documentId: t.arg.id({ required: true }), reason: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      service.withdrawDocument(ctx.db, callerOf(ctx), String(args.documentId), args.reason),
  }),
  setPersonPhoto: t.field({
    type: DocumentRef,
    description: "Sets the photo of a case's person (JPEG, PNG or WebP): a restricted document of type PHOTO.",
    args: { caseId: t.arg.id({ required: true }), file: t.arg({ type: FileInputRef, required: true }) },
    resolve: (_root, args, ctx) =>
      service.setPersonPhoto(ctx.db, callerOf(ctx), ctx.fieldKeys, maxBytes(ctx), String(args.caseId), args.file),
  }),
}));

import { randomUUID } from 'node:crypto';
import { assertPermission, type Caller } from '@haven/core/access';
import { actorOf, recordAudit, requireReason } from '@haven/core/audit/audit';
import { documentAad, openBytes, sealBytes, sha256Hex } from '@haven/core/crypto/document-cipher';
import type { FieldKeyring } from '@haven/core/crypto/field-cipher';
import type { Database, Executor } from '@haven/core/db/database';
import { badInput, type FieldProblem } from '@haven/core/errors';
import { DEFAULT_DOCUMENT_MAX_BYTES } from '@haven/core/http/body-limits';
import { isUuid } from '@haven/core/ids';
import { hasControlCharacters } from '@haven/core/text';
import type { Viewer } from '@haven/core/viewer';
import { classifications, manages, mayRead, mayUpdate, type CaseAccess, type Classification } from '../access';
import {
  caseTransaction,
  reachableCase,
  reachableCases,
  Refusal,
  workedCase,
  type CaseView,
  type RefusalRecord,
} from '../cases';
import { checkUpload, documentTypesAllowed, photoTypesAllowed, type FileInput } from './content';
import {
  documentTypes,
  type CaseDocument,
  type DocumentContent,
  type DocumentType,
  type DocumentView,
} from './document';
import * as store from './documents.store';

const notFound = () => new Refusal('NOT_FOUND', 'No such document');

export interface UploadInput extends FileInput {
  title: string;
  documentType: DocumentType;
  classification?: Classification | null;
}

async function checked(file: FileInput, maxBytes: number, allowed: readonly string[], root: (string | number)[]) {
  const result = await checkUpload(file, { maxBytes, allowed, root });
  if (!result.bytes) throw badInput(result.problems);
  return result.bytes;
}

/** Encrypts and stores one version; the audit row names the document, version, type and size. */
async function storeVersion(
  tx: Executor,
  caller: Caller,
  keys: FieldKeyring,
  document: { id: string; caseId: string },
  version: number,
  file: FileInput,
  bytes: Buffer,
): Promise<void> {
  const { viewer } = caller;
  const sealed = sealBytes(keys, bytes, documentAad(viewer.agencyId, document.caseId, document.id, version));
  await store.insertVersion(tx, {
    documentId: document.id,
    version,
    agencyId: viewer.agencyId,
    caseId: document.caseId,
    fileName: file.fileName.trim(),
    contentType: file.contentType.trim().toLowerCase(),
    sizeBytes: bytes.length,
    sha256: sha256Hex(bytes),
    keyId: sealed.keyId,
    ciphertext: sealed.payload,
    uploadedBy: viewer.userId,
  });
}

async function viewsOf(tx: Executor, docs: CaseDocument[]): Promise<DocumentView[]> {
  const versions = await store.findVersionsMeta(
    tx,
    docs.map((d) => d.id),
  );
  return docs.map((d) => ({ ...d, versions: versions.filter((v) => v.documentId === d.id) }));
}

const forbiddenLevel = (level: Classification) =>
  new Refusal('FORBIDDEN', `You may not add ${level} documents to this case`, {
    fields: [{ path: ['input', 'classification'], message: `${level} is beyond what you may read on this case` }],
  });

/**
 * Uploads a document to a case the viewer works, classified like a field (restricted by default);
 * she may not classify it beyond what she may read. Checked (size, allow-list, bytes against the
 * declared type) before anything is stored; encrypted at rest.
 */
export async function uploadDocument(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  maxBytes: number | undefined,
  caseId: string,
  input: UploadInput,
): Promise<DocumentView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const problems: FieldProblem[] = [];
  const title = typeof input.title === 'string' ? input.title.trim() : '';
  if (title.length < 1 || title.length > 200 || hasControlCharacters(title))
    problems.push({ path: ['input', 'title'], message: 'must be 1 to 200 characters without control characters' });
  if (!documentTypes.includes(input.documentType))
    problems.push({ path: ['input', 'documentType'], message: 'is not a document type' });
  const classification = input.classification ?? 'restricted';
  if (!classifications.includes(classification))
    problems.push({ path: ['input', 'classification'], message: 'must be standard, restricted or confidential' });
  const upload = await checkUpload(input, {
    maxBytes: maxBytes ?? DEFAULT_DOCUMENT_MAX_BYTES,
    allowed: input.documentType === 'photo' ? photoTypesAllowed : Object.keys(documentTypesAllowed),
    root: ['input'],
  });
  problems.push(...upload.problems);
  if (problems.length || !upload.bytes) throw badInput(problems);
  const bytes = upload.bytes;
  return caseTransaction(db, caller, { action: 'document.upload', target: caseId }, async (tx) => {
    const record = await workedCase(tx, viewer, caseId, 'Only those who work a case may add documents to it');
    if (!mayUpdate(record.access, classification)) throw forbiddenLevel(classification);
    const doc = await store.insertDocument(tx, {
      id: randomUUID(),
      agencyId: viewer.agencyId,
      caseId: record.id,
      personId: null,
      documentType: input.documentType,
      classification,
      title,
      currentVersion: 1,
      createdBy: viewer.userId,
    });
    await storeVersion(tx, caller, keys, doc, 1, input, bytes);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'document.upload',
      targetType: 'case',
      targetId: record.id,
      fields: [`document:${doc.id}`, 'version:1', `type:${doc.documentType}`, `classification:${classification}`],
      outcome: 'allowed',
    });
    return (await viewsOf(tx, [doc]))[0]!;
  });
}

/**
 * A document the viewer may change: visible to her, not withdrawn, of a case she works, of a
 * classification she may read; else a Refusal (NOT_FOUND when she does not see it, FORBIDDEN, CONFLICT).
 */
async function changeableDocument(
  tx: Executor,
  viewer: Viewer,
  documentId: string,
): Promise<{ doc: CaseDocument; record: CaseView }> {
  if (!isUuid(documentId)) throw notFound();
  const doc = await store.findDocument(tx, viewer.agencyId, documentId);
  if (!doc) throw notFound();
  const record = await reachableCase(tx, viewer, doc.caseId);
  if (!record || !mayRead(record.access, doc.classification)) throw notFound();
  if (!manages(record.access) || !mayUpdate(record.access, doc.classification))
    throw new Refusal('FORBIDDEN', 'Only those who work the case may change its documents');
  if (doc.withdrawnAt) throw new Refusal('CONFLICT', 'This document was withdrawn');
  return { doc, record };
}

/** Adds a version to a document (same checks as an upload); the document's current version moves on. */
export async function uploadDocumentVersion(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  maxBytes: number | undefined,
  documentId: string,
  file: FileInput,
): Promise<DocumentView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  // The size, the name and the bytes are checked first; the allow-list narrows for photos below.
  const bytes = await checked(file, maxBytes ?? DEFAULT_DOCUMENT_MAX_BYTES, Object.keys(documentTypesAllowed), [
    'input',
  ]);
  const refused = { action: 'document.upload_version', target: { type: 'document', id: documentId } };
  return caseTransaction(db, caller, refused, async (tx) => {
    const { doc } = await changeableDocument(tx, viewer, documentId);
    if (doc.documentType === 'photo' && !photoTypesAllowed.includes(file.contentType.trim().toLowerCase()))
      throw badInput([{ path: ['input', 'contentType'], message: `must be one of ${photoTypesAllowed.join(', ')}` }]);
    const version = doc.currentVersion + 1;
    await storeVersion(tx, caller, keys, doc, version, file, bytes);
    await store.updateDocument(tx, doc.id, { currentVersion: version, updatedAt: new Date() });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'document.upload_version',
      targetType: 'case',
      targetId: doc.caseId,
      fields: [`document:${doc.id}`, `version:${version}`],
      outcome: 'allowed',
    });
    const fresh = (await store.findDocument(tx, viewer.agencyId, doc.id))!;
    return (await viewsOf(tx, [fresh]))[0]!;
  });
}

/**
 * Sets the photo of a case's person: a restricted document of type photo linked to the person (a
 * new version when she has one in this case). JPEG, PNG or WebP only; the viewer must work the case
 * and read restricted fields (a photo is restricted).
 */
export async function setPersonPhoto(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  maxBytes: number | undefined,
  caseId: string,
  file: FileInput,
): Promise<DocumentView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const bytes = await checked(file, maxBytes ?? DEFAULT_DOCUMENT_MAX_BYTES, photoTypesAllowed, ['file']);
  const refused: RefusalRecord = { action: 'case.update', target: caseId };
  return caseTransaction(db, caller, refused, async (tx) => {
    const record = await reachableCase(tx, viewer, caseId);
    if (!record) throw new Refusal('NOT_FOUND', 'No such case');
    if (!manages(record.access) || !mayUpdate(record.access, 'restricted')) {
      refused.fields = ['person.photo'];
      throw new Refusal('FORBIDDEN_FIELD', 'You may not change the photo of this person', {
        fields: [{ path: ['file'], message: 'is restricted for you' }],
      });
    }
    const existing = (await store.findPhotos(tx, [record.personId])).find((d) => d.caseId === record.id);
    let doc: CaseDocument;
    let version = 1;
    if (existing) {
      version = existing.currentVersion + 1;
      await storeVersion(tx, caller, keys, existing, version, file, bytes);
      await store.updateDocument(tx, existing.id, { currentVersion: version, updatedAt: new Date() });
      doc = (await store.findDocument(tx, viewer.agencyId, existing.id))!;
    } else {
      doc = await store.insertDocument(tx, {
        id: randomUUID(),
        agencyId: viewer.agencyId,
        caseId: record.id,
        personId: record.personId,
        documentType: 'photo',
        classification: 'restricted',
        title: 'Photo',
        currentVersion: 1,
        createdBy: viewer.userId,
      });
      await storeVersion(tx, caller, keys, doc, 1, file, bytes);
    }
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'case.update',
      targetType: 'case',
      targetId: record.id,
      fields: ['person.photo', `document:${doc.id}`, `version:${version}`],
      outcome: 'allowed',
    });
    return (await viewsOf(tx, [doc]))[0]!;
  });
}

export interface DocumentList {
  nodes: DocumentView[];
  /** Live documents of the case the viewer may not see (counted as the system): she is told they exist. */
  withheldCount: number;
}

/**
 * The live documents of a case the viewer may see: standard for anyone who reaches the case,
 * restricted for readers of restricted fields, confidential for the assigned worker (row-level
 * security hides those from everyone else). Metadata and versions, never bytes. Audited.
 */
export async function documentsOfCase(
  db: Database,
  caller: Caller,
  record: { id: string; access: CaseAccess },
): Promise<DocumentList> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  const readable = classifications.filter((c) => mayRead(record.access, c));
  const nodes = await db.transaction({ viewer }, async (tx) => {
    const docs = await store.findDocumentsOfCase(tx, record.id, readable);
    const views = await viewsOf(tx, docs);
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'document.list',
      targetType: 'case',
      targetId: record.id,
      targetIds: views.map((d) => d.id),
      fields: ['documents', ...readable.map((c) => `documents.${c}`)],
      outcome: 'allowed',
    });
    return views;
  });
  // What is withheld is counted as the system (row-level security hides confidential documents from
  // the viewer), in a transaction of its own after hers: the count, never a document.
  const hidden = classifications.filter((c) => !readable.includes(c));
  let withheldCount = 0;
  if (hidden.length > 0) {
    withheldCount = await db.transaction({ system: 'documents: count withheld' }, async (tx) => {
      const counts = await store.countLiveByClassification(tx, record.id);
      const withheld = hidden.filter((c) => counts[c] > 0);
      if (withheld.length > 0) {
        await recordAudit(tx, actorOf(viewer, caller.requestId), {
          action: 'document.read_field',
          targetType: 'case',
          targetId: record.id,
          fields: withheld.map((c) => `documents.${c}`),
          outcome: 'denied',
        });
      }
      return withheld.reduce((sum, c) => sum + counts[c], 0);
    });
  }
  return { nodes, withheldCount };
}

/**
 * The bytes of one version (the current one by default), decrypted, for those who may see the
 * document; checked against the stored SHA-256. Audited as a read of the case.
 */
export async function documentContent(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  documentId: string,
  version: number | null | undefined,
): Promise<DocumentContent> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  if (version !== null && version !== undefined && (!Number.isInteger(version) || version < 1))
    throw badInput([{ path: ['version'], message: 'must be a version number from 1' }]);
  // Refused against the document's case once it is found (even one out of reach), else the document.
  let caseId: string | null = null;
  const target = () => caseId ?? { type: 'document', id: documentId };
  const refused = { action: 'document.read', target, fields: [`document:${documentId}`] };
  const damaged = () =>
    new Refusal('INTERNAL_SERVER_ERROR', 'The stored document failed its integrity check and is not served');
  return caseTransaction(db, caller, refused, async (tx) => {
    if (!isUuid(documentId)) throw notFound();
    const doc = await store.findDocument(tx, viewer.agencyId, documentId);
    if (!doc) throw notFound();
    caseId = doc.caseId;
    const record = await reachableCase(tx, viewer, doc.caseId);
    if (!record || !mayRead(record.access, doc.classification) || doc.withdrawnAt) throw notFound();
    const found = await store.findVersion(tx, doc.id, version ?? doc.currentVersion);
    if (!found) throw notFound();
    let content: Buffer;
    try {
      content = openBytes(
        keys,
        { keyId: found.keyId, payload: found.ciphertext },
        documentAad(viewer.agencyId, doc.caseId, doc.id, found.version),
      );
    } catch {
      throw damaged();
    }
    if (sha256Hex(content) !== found.sha256) throw damaged();
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'document.read',
      targetType: 'case',
      targetId: doc.caseId,
      fields: [`document:${doc.id}`, `version:${found.version}`, `documents.${doc.classification}`],
      reason: record.access.emergency && !manages(record.access) ? 'emergency access' : null,
      outcome: 'allowed',
    });
    const { ciphertext: _ciphertext, ...meta } = found;
    return { ...meta, content };
  });
}

/** Withdraws a document (with a reason): it stays, with its versions, but is no longer listed or served. */
export async function withdrawDocument(
  db: Database,
  caller: Caller,
  documentId: string,
  reason: string | null | undefined,
): Promise<DocumentView> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:update');
  const why = requireReason('document.withdraw', reason);
  // A refusal comes before the document's case is known to the viewer: it names the document.
  const refused = { action: 'document.withdraw', target: { type: 'document', id: documentId } };
  return caseTransaction(db, caller, refused, async (tx) => {
    const found = await changeableDocument(tx, viewer, documentId);
    await store.updateDocument(tx, found.doc.id, {
      withdrawnAt: new Date(),
      withdrawnBy: viewer.userId,
      updatedAt: new Date(),
    });
    await recordAudit(tx, actorOf(viewer, caller.requestId), {
      action: 'document.withdraw',
      targetType: 'case',
      targetId: found.doc.caseId,
      fields: [`document:${found.doc.id}`],
      reason: why,
      outcome: 'allowed',
    });
    const fresh = (await store.findDocument(tx, viewer.agencyId, found.doc.id))!;
    return (await viewsOf(tx, [fresh]))[0]!;
  });
}

export interface PhotoView {
  documentId: string;
  caseId: string;
  version: number;
  contentType: string;
  sizeBytes: number;
  uploadedAt: Date;
  /** data:<type>;base64,… */
  dataUrl: string;
}

/**
 * The current photo of each person, for Person.photo (a restricted field: the shield rule has let
 * the viewer through). Only photos of cases where she may read restricted fields; decrypted and
 * checked; audited as a read of the case the photo belongs to.
 */
export async function photosOfPersons(
  db: Database,
  caller: Caller,
  keys: FieldKeyring,
  personIds: readonly string[],
): Promise<Map<string, PhotoView>> {
  const { viewer } = caller;
  assertPermission(viewer, 'case:read');
  return db.transaction({ viewer }, async (tx) => {
    const photos = await store.findPhotos(tx, personIds);
    const cases = await reachableCases(tx, viewer, [...new Set(photos.map((p) => p.caseId))]);
    // The newest photo of each person that she may read (photos come newest first).
    const current = new Map<string, CaseDocument>();
    for (const doc of photos) {
      const record = cases.get(doc.caseId);
      if (!doc.personId || current.has(doc.personId) || !record || !mayRead(record.access, doc.classification))
        continue;
      current.set(doc.personId, doc);
    }
    const versions = await store.findCurrentVersions(
      tx,
      [...current.values()].map((d) => d.id),
    );
    const out = new Map<string, PhotoView>();
    for (const [personId, doc] of current) {
      const found = versions.get(doc.id);
      if (!found) continue;
      const bytes = openBytes(
        keys,
        { keyId: found.keyId, payload: found.ciphertext },
        documentAad(viewer.agencyId, doc.caseId, doc.id, found.version),
      );
      if (sha256Hex(bytes) !== found.sha256) throw new Error(`photo ${doc.id} v${found.version} fails its checksum`);
      out.set(personId, {
        documentId: doc.id,
        caseId: doc.caseId,
        version: found.version,
        contentType: found.contentType,
        sizeBytes: found.sizeBytes,
        uploadedAt: found.uploadedAt,
        dataUrl: `data:${found.contentType};base64,${bytes.toString('base64')}`,
      });
      await recordAudit(tx, actorOf(viewer, caller.requestId), {
        action: 'case.read',
        targetType: 'case',
        targetId: doc.caseId,
        fields: ['person.photo', `document:${doc.id}`],
        outcome: 'allowed',
      });
    }
    return out;
  });
}

/**
 * Of some document ids (a form's file fields), those that are NOT live documents of the case as the
 * viewer sees them, inside the caller's transaction. Empty: every id belongs to the case.
 */
export async function documentsNotOfCase(
  tx: Executor,
  caseId: string,
  documentIds: readonly string[],
): Promise<string[]> {
  const wanted = [...new Set(documentIds)];
  const valid = wanted.filter(isUuid);
  const found = new Set(await store.liveDocumentIdsOfCase(tx, caseId, valid));
  return wanted.filter((id) => !found.has(id));
}

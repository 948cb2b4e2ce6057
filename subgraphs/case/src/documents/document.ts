import { documentTypeEnum } from '@haven/core/db/schema';
import type { Classification } from '../access';

export const documentTypes = documentTypeEnum.enumValues;
export type DocumentType = (typeof documentTypes)[number];

export interface CaseDocument {
  id: string;
  agencyId: string;
  caseId: string;
  personId: string | null;
  documentType: DocumentType;
  classification: Classification;
  title: string;
  currentVersion: number;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  withdrawnAt: Date | null;
  withdrawnBy: string | null;
}

/** What is shown of a version: never its bytes. */
export interface VersionMeta {
  documentId: string;
  version: number;
  caseId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  keyId: string;
  uploadedBy: string;
  uploadedAt: Date;
}

export interface DocumentView extends CaseDocument {
  versions: VersionMeta[];
}

export interface DocumentContent extends VersionMeta {
  content: Buffer;
}

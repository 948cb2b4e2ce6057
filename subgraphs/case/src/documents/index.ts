import './schema';
export { documentsNotOfCase } from './documents.service';
export { documentTypes, type DocumentType, type CaseDocument } from './document';
export { documentTypesAllowed, photoTypesAllowed } from './content';

import './schema';
export { documentsNotOfCase } from './documents.service';

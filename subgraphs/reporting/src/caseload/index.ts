import './schema';
export { caseCounts, MINIMUM_CELL_SIZE } from './caseload.service';

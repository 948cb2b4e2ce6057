import './schema';
export { ClassificationEnum, NoteTypeEnum } from './schema';
export { noteTypes, noteBodyField, type NoteType, type CaseNote } from './note';

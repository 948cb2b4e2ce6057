import { noteTypeEnum } from '@haven/core/db/schema';
import type { Classification } from '../access';

export const noteTypes = noteTypeEnum.enumValues;
export type NoteType = (typeof noteTypes)[number];

export interface CaseNote {
  id: string;
  agencyId: string;
  caseId: string;
  noteType: NoteType;
  classification: Classification;
  subject: string | null;
  /** Null for a confidential note as stored (its body is encrypted in confidential_values). */
  body: string | null;
  occurredAt: Date;
  durationMinutes: number | null;
  supersedesId: string | null;
  authorId: string;
  createdAt: Date;
}

/** A note as one viewer gets it: body decrypted when confidential, and the note correcting it. */
export interface NoteView extends CaseNote {
  supersededById: string | null;
}

/** Where a confidential note's body is kept in case.confidential_values. */
export const noteBodyField = (noteId: string) => `notes.${noteId}.body`;

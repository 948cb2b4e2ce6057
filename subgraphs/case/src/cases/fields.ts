import type { Viewer } from '@haven/core/viewer';
import type { Case } from './case';

/**
 * Classification of the case record's fields (DESIGN.md, field layer): standard — anyone who
 * reaches the case; restricted — the assigned worker (and, later, holders of an explicit grant);
 * confidential — the assigned worker only. The configurable forms of the case-record issue will
 * carry their own classifications; the registration fields are standard.
 */
export type Classification = 'standard' | 'restricted' | 'confidential';

export const fieldClassifications: Record<string, Classification> = {
  caseType: 'standard',
  'person.givenName': 'standard',
  'person.familyName': 'standard',
  'person.sex': 'standard',
  'person.dateOfBirth': 'standard',
};

/** Whether this viewer may see the values of a field of a case they already reach. */
export function mayReadField(viewer: Viewer, record: Case, field: string): boolean {
  const classification = fieldClassifications[field] ?? 'confidential';
  if (classification === 'standard') return true;
  return record.assignedWorkerId === viewer.userId;
}

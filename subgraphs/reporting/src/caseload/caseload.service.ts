import { assertPermission } from '@haven/core/access';
import type { Database } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import { countCasesByTypeAndStatus } from './caseload.store';

/** Cells below this many cases are never shown. */
export const MINIMUM_CELL_SIZE = 5;

export interface AggregateCell {
  caseType: string;
  status: string;
  /** Null when the cell is suppressed. */
  count: number | null;
  suppressed: boolean;
}

/**
 * Case counts by type and status with primary small-cell suppression. No totals are returned, so
 * a hidden cell cannot be recovered by subtraction; complementary suppression across published
 * tables arrives with the reporting issue.
 */
export async function caseCounts(db: Database, viewer: Viewer): Promise<AggregateCell[]> {
  assertPermission(viewer, 'report:aggregate');
  const cells = await db.transaction({ viewer, reporting: true }, (tx) =>
    countCasesByTypeAndStatus(db, tx, viewer.agencyId),
  );
  return cells.map((c) =>
    c.count < MINIMUM_CELL_SIZE
      ? { caseType: c.caseType, status: c.status, count: null, suppressed: true }
      : { ...c, suppressed: false },
  );
}

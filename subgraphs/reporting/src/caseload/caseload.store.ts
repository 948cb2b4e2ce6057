import { sql } from 'drizzle-orm';
import type { Database, Executor } from '@haven/core/db/database';

export interface CaseCountCell {
  caseType: string;
  status: string;
  count: number;
}

/** Reads the reporting.case_facts view (no personal fields), never the case tables. */
export async function countCasesByTypeAndStatus(
  db: Database,
  tx: Executor,
  agencyId: string,
): Promise<CaseCountCell[]> {
  const rows = await db.rows<{ case_type: string; status: string; n: number | string }>(
    sql`select case_type, status, count(*)::int as n
        from reporting.case_facts
        where agency_id = ${agencyId}::uuid
        group by case_type, status
        order by case_type, status`,
    tx,
  );
  return rows.map((r) => ({ caseType: r.case_type, status: r.status, count: Number(r.n) }));
}

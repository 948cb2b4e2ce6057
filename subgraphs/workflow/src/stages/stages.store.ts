import { and, eq, inArray } from 'drizzle-orm';
import { caseStages } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { CaseStage } from './stage';

export function toStage(row: typeof caseStages.$inferSelect): CaseStage {
  return {
    caseId: row.caseId,
    workflowKey: row.workflowKey,
    workflowVersion: row.workflowVersion,
    stage: row.stage,
    enteredAt: row.enteredAt,
  };
}

export async function findStagesByCaseIds(
  tx: Executor,
  agencyId: string,
  caseIds: readonly string[],
): Promise<Map<string, CaseStage>> {
  if (caseIds.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(caseStages)
    .where(and(eq(caseStages.agencyId, agencyId), inArray(caseStages.caseId, [...caseIds])));
  return new Map(rows.map((row) => [row.caseId, toStage(row)]));
}

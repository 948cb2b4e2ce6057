import { and, eq, inArray } from 'drizzle-orm';
import { caseStages } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import { stageKeys, type CaseStage, type StageKey } from './stage';

function toStage(row: typeof caseStages.$inferSelect): CaseStage {
  if (!(stageKeys as readonly string[]).includes(row.stage)) throw new Error(`unknown stage ${row.stage}`);
  return { caseId: row.caseId, workflowKey: row.workflowKey, stage: row.stage as StageKey, enteredAt: row.enteredAt };
}

export async function insertCaseStage(
  tx: Executor,
  values: { caseId: string; agencyId: string; workflowKey: string; stage: StageKey; enteredBy: string },
): Promise<void> {
  await tx.insert(caseStages).values(values);
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

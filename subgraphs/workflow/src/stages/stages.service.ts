import type { Database } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import { auditRead } from '../engine';
import type { CaseStage } from './stage';
import * as store from './stages.store';

export { startCaseWorkflow } from '../engine';

/**
 * Current stages of cases the gateway asks about. Row-level security returns stages only of cases
 * the viewer reaches. Reading a stage is reading the case: when the case subgraph's audit row of this
 * request already names currentStage for a case (the gateway tells it which Case fields the client
 * reads), no second row is written; otherwise this read writes its own.
 */
export async function stagesOf(
  db: Database,
  viewer: Viewer,
  requestId: string | null,
  caseIds: readonly string[],
): Promise<Map<string, CaseStage>> {
  return db.transaction({ viewer }, async (tx) => {
    const stages = await store.findStagesByCaseIds(tx, viewer.agencyId, caseIds);
    await auditRead(tx, { viewer, requestId }, 'currentStage', [...stages.keys()], caseIds.length);
    return stages;
  });
}

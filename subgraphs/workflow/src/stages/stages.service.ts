import { actorOf, casesAlreadyRecorded, recordAudit } from '@haven/core/audit/audit';
import type { Database } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import type { CaseStage } from './stage';
import * as store from './stages.store';

export { startCaseWorkflow } from '../engine/engine';

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
    const actor = actorOf(viewer, requestId);
    const recorded = await casesAlreadyRecorded(tx, actor, [...stages.keys()], 'currentStage');
    const unrecorded = [...stages.keys()].filter((id) => !recorded.has(id));
    if (unrecorded.length > 0) {
      await recordAudit(tx, actor, {
        action: unrecorded.length === 1 && caseIds.length === 1 ? 'case.read' : 'case.list',
        targetType: 'case',
        ...(unrecorded.length === 1 && caseIds.length === 1 ? { targetId: unrecorded[0] } : { targetIds: unrecorded }),
        fields: ['currentStage'],
        outcome: 'allowed',
      });
    }
    return stages;
  });
}

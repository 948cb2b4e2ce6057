import { actorOf, casesAlreadyRecorded, recordAudit } from '@haven/core/audit/audit';
import type { Database, Executor } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import { defaultWorkflows, type CaseStage, type WorkflowCaseType } from './stage';
import * as store from './stages.store';

/**
 * Puts a newly opened case on the first stage of its workflow. Called by the case context inside
 * the transaction that creates the case, so a case never exists without a stage.
 */
export async function startCaseWorkflow(
  tx: Executor,
  args: { caseId: string; agencyId: string; caseType: WorkflowCaseType; startedBy: string },
): Promise<void> {
  const workflow = defaultWorkflows[args.caseType];
  await store.insertCaseStage(tx, {
    caseId: args.caseId,
    agencyId: args.agencyId,
    workflowKey: workflow.key,
    stage: workflow.initialStage,
    enteredBy: args.startedBy,
  });
}

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

import { actorOf, recordAudit } from '@haven/core/audit/audit';
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
 * Current stages of cases the gateway asks about. The gateway only asks for cases the case
 * subgraph already returned to this viewer; the agency filter keeps other agencies out regardless.
 */
export async function stagesOf(
  db: Database,
  viewer: Viewer,
  requestId: string | null,
  caseIds: readonly string[],
): Promise<Map<string, CaseStage>> {
  return db.transaction({ viewer }, async (tx) => {
    const stages = await store.findStagesByCaseIds(tx, viewer.agencyId, caseIds);
    // Reading a case's stage is reading the case: recorded like any other read of case data.
    await recordAudit(tx, actorOf(viewer, requestId), {
      action: caseIds.length === 1 ? 'case.read' : 'case.list',
      targetType: 'case',
      ...(caseIds.length === 1 ? { targetId: caseIds[0] } : { targetIds: [...stages.keys()] }),
      fields: ['currentStage'],
      outcome: 'allowed',
    });
    return stages;
  });
}

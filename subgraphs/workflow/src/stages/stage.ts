/**
 * The stage keys of the shipped workflows (subgraphs/workflow/src/definitions/defaults.ts), which the
 * WorkflowStage enum lists; an agency's own stages are read through CaseStage.stageKey.
 */
export const stageKeys = [
  'identification',
  'assessment',
  'care_plan',
  'referral_only',
  'implementation',
  'case_review',
  'closed',
  'reopened',
  'transferred',
  'paused',
] as const;
export type StageKey = (typeof stageKeys)[number];

export interface CaseStage {
  caseId: string;
  workflowKey: string;
  workflowVersion: number;
  stage: string;
  enteredAt: Date;
}

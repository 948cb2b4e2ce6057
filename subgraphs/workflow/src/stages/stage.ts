/**
 * The default workflows of DESIGN.md, by case type. They are code for now; the workflow engine
 * turns them into versioned data that programme managers configure.
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

export const defaultWorkflows = {
  child_protection: { key: 'cp-default', initialStage: 'identification' },
  gbv: { key: 'gbv-default', initialStage: 'identification' },
  general_protection: { key: 'gp-default', initialStage: 'identification' },
} as const satisfies Record<string, { key: string; initialStage: StageKey }>;

export type WorkflowCaseType = keyof typeof defaultWorkflows;

export interface CaseStage {
  caseId: string;
  workflowKey: string;
  stage: StageKey;
  enteredAt: Date;
}

/**
 * The shipped workflows of DESIGN.md ("Case workflow"), installed as version 1 for every agency:
 * identification → assessment → care_plan | referral_only → implementation → case_review →
 * closed | reopened | transferred. GBV: the survivor may pause or close from any stage. CP: a panel
 * review precedes the assessment → care plan step and every closure.
 */
import type { StageDefinition, TransitionDefinition, WorkflowDefinition } from './definition';

const l = (en: string, ar: string) => ({ en, ar });

const stages = (extra: StageDefinition[] = []): StageDefinition[] => [
  {
    key: 'identification',
    label: l('Identification', 'التعرف'),
    caseStatus: 'open',
    onEnter: [
      {
        type: 'deadline',
        kind: 'stage_limit',
        due: { workingDays: 5 },
        byRisk: { high: { hours: 48 }, critical: { hours: 48 } },
        escalateAfterHours: 24,
      },
    ],
  },
  {
    key: 'assessment',
    label: l('Assessment', 'التقييم'),
    caseStatus: 'open',
    onEnter: [{ type: 'deadline', kind: 'stage_limit', due: { days: 5 }, escalateAfterHours: 24 }],
  },
  { key: 'care_plan', label: l('Care plan', 'خطة الرعاية'), caseStatus: 'open' },
  { key: 'referral_only', label: l('Referral only', 'إحالة فقط'), caseStatus: 'open' },
  {
    key: 'implementation',
    label: l('Implementation', 'التنفيذ'),
    caseStatus: 'open',
    onEnter: [
      {
        type: 'deadline',
        kind: 'follow_up',
        due: { days: 30 },
        byRisk: { high: { days: 14 }, critical: { days: 14 } },
        carePlanFollowUp: true,
        escalateAfterHours: 72,
      },
      {
        type: 'deadline',
        kind: 'review',
        due: { days: 90 },
        byRisk: { medium: { days: 60 }, high: { days: 30 }, critical: { days: 30 } },
        escalateAfterHours: 72,
      },
    ],
  },
  { key: 'case_review', label: l('Case review', 'مراجعة الحالة'), caseStatus: 'open' },
  { key: 'closed', label: l('Closed', 'مغلقة'), caseStatus: 'closed' },
  { key: 'reopened', label: l('Reopened', 'أعيد فتحها'), caseStatus: 'open' },
  { key: 'transferred', label: l('Transferred', 'محوّلة'), caseStatus: 'closed' },
  ...extra,
];

const transitions = (panel: boolean): TransitionDefinition[] => [
  { from: 'identification', to: 'assessment', guards: [{ type: 'consent', scope: 'services' }] },
  {
    from: 'assessment',
    to: 'care_plan',
    guards: [{ type: 'forms_submitted', forms: ['protection_risk_assessment'] }],
    ...(panel ? { approval: 'panel' as const } : {}),
  },
  {
    from: 'assessment',
    to: 'referral_only',
    guards: [
      { type: 'forms_submitted', forms: ['protection_risk_assessment'] },
      { type: 'consent', scope: 'referral' },
    ],
  },
  { from: 'care_plan', to: 'implementation', guards: [{ type: 'care_plan_approved' }] },
  { from: 'implementation', to: 'case_review' },
  { from: 'case_review', to: 'implementation', reasonRequired: true },
  { from: 'case_review', to: 'closed', approval: panel ? 'panel' : 'supervisor' },
  { from: 'referral_only', to: 'closed', approval: 'supervisor' },
  {
    from: 'case_review',
    to: 'transferred',
    approval: panel ? 'panel' : 'supervisor',
    closureCategories: ['transferred'],
  },
  { from: 'closed', to: 'reopened', reasonRequired: true },
  { from: 'reopened', to: 'assessment' },
  { from: 'reopened', to: 'implementation', reasonRequired: true },
];

export const defaultWorkflowDefinitions: Record<'cp-default' | 'gbv-default' | 'gp-default', WorkflowDefinition> = {
  'cp-default': {
    label: l('Child protection', 'حماية الطفل'),
    initialStage: 'identification',
    stages: stages(),
    transitions: transitions(true),
  },
  'gbv-default': {
    label: l('Gender-based violence', 'العنف القائم على النوع الاجتماعي'),
    initialStage: 'identification',
    stages: stages([
      { key: 'paused', label: l('Paused at the survivor’s request', 'متوقفة بطلب من الناجية'), caseStatus: 'open' },
    ]),
    transitions: [
      ...transitions(false),
      { from: '*', to: 'paused', reasonRequired: true },
      { from: 'paused', to: '@resume', reasonRequired: true },
      { from: '*', to: 'closed', approval: 'supervisor', closureCategories: ['survivor_request'] },
    ],
  },
  'gp-default': {
    label: l('General protection', 'الحماية العامة'),
    initialStage: 'identification',
    stages: stages(),
    transitions: transitions(false),
  },
};

export type DefaultWorkflowKey = keyof typeof defaultWorkflowDefinitions;

export const carePlanStatuses = [
  'draft',
  'pending_approval',
  'approved',
  'rejected',
  'superseded',
  'completed',
] as const;
export type CarePlanStatus = (typeof carePlanStatuses)[number];

export const objectiveStatuses = [
  'not_started',
  'in_progress',
  'achieved',
  'partially_achieved',
  'not_achieved',
  'cancelled',
] as const;
export type ObjectiveStatus = (typeof objectiveStatuses)[number];

/** Statuses that leave an objective open: a plan is completed only when none of its objectives has one. */
export const openObjectiveStatuses: readonly ObjectiveStatus[] = ['not_started', 'in_progress'];

/** Statuses that close an objective with a result: an outcome must say what it was. */
export const statusesNeedingOutcome: readonly ObjectiveStatus[] = ['achieved', 'partially_achieved', 'not_achieved'];

export const responsibleParties = [
  'caseworker',
  'client',
  'family',
  'agency_team',
  'service_provider',
  'other',
] as const;
export type ResponsibleParty = (typeof responsibleParties)[number];

/** Parties that are a user of the agency (named by user id); the others are named in words. */
export const partiesNamedByUser: readonly ResponsibleParty[] = ['caseworker', 'agency_team'];

export const interventionStatuses = ['planned', 'in_progress', 'delivered', 'cancelled'] as const;
export type InterventionStatus = (typeof interventionStatuses)[number];

/** A service chosen from the catalogue for an objective, with its provider or the referral made for it. */
export interface Intervention {
  id: string;
  objectiveId: string;
  caseId: string;
  serviceId: string;
  providerId: string | null;
  referralId: string | null;
  status: InterventionStatus;
  note: string | null;
  updatedBy: string;
  updatedAt: Date;
}

export interface Objective {
  id: string;
  carePlanId: string;
  caseId: string;
  position: number;
  need: string | null;
  description: string;
  responsibleParty: ResponsibleParty;
  responsibleUserId: string | null;
  responsibleName: string | null;
  dueDate: string | null;
  status: ObjectiveStatus;
  outcome: string | null;
  updatedBy: string;
  updatedAt: Date;
  interventions: Intervention[];
}

/** One version of a case's care plan. */
export interface CarePlan {
  id: string;
  caseId: string;
  version: number;
  status: CarePlanStatus;
  summary: string | null;
  reviewDate: string | null;
  /** Days between follow-ups (the workflow's follow-up clock reads care_plans.follow_up_days). */
  followUpDays: number | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  submittedAt: Date | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  decisionComment: string | null;
  /** Completed (the approved plan carried out): when, by whom, with the note given. */
  completedAt: Date | null;
  completedBy: string | null;
  completionNote: string | null;
  objectives: Objective[];
}

/**
 * The plan in force: the newest approved version, else (none approved yet) the newest version.
 * Plans come newest first.
 */
export function currentPlan(plansNewestFirst: readonly CarePlan[]): CarePlan | null {
  return plansNewestFirst.find((p) => p.status === 'approved') ?? plansNewestFirst[0] ?? null;
}

/** Plan content (objectives, interventions, dates) changes only in a draft. */
export const editable = (plan: Pick<CarePlan, 'status'>): boolean => plan.status === 'draft';

/** Progress (objective status and outcome, intervention status, note and referral) is recorded on a draft or the approved plan. */
export const trackable = (plan: Pick<CarePlan, 'status'>): boolean =>
  plan.status === 'draft' || plan.status === 'approved';

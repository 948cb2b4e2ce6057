export const referralKinds = ['internal', 'external'] as const;
export type ReferralKind = (typeof referralKinds)[number];

export const referralStatuses = ['pending', 'accepted', 'declined', 'completed', 'cancelled'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

export const referralUrgencies = ['normal', 'urgent', 'emergency'] as const;
export type ReferralUrgency = (typeof referralUrgencies)[number];

/**
 * The status changes a referral may make: pending → accepted | declined, accepted → completed, and
 * pending or accepted → cancelled (withdrawn by the referring side); nothing leaves declined,
 * completed or cancelled.
 */
export const referralTransitions: Record<ReferralStatus, readonly ReferralStatus[]> = {
  pending: ['accepted', 'declined', 'cancelled'],
  accepted: ['completed', 'cancelled'],
  declined: [],
  completed: [],
  cancelled: [],
};

export const mayMove = (from: ReferralStatus, to: ReferralStatus): boolean => referralTransitions[from].includes(to);

/** A referral of a case to another team or programme of the agency, or to a provider of the directory. */
export interface Referral {
  id: string;
  caseId: string;
  kind: ReferralKind;
  toTeamId: string | null;
  /** Internal: a programme of the agency (with or without a team). */
  toProgramme: string | null;
  /** External: the partner organisation (the provider's, when the provider is an exchange partner). */
  toOrganisationId: string | null;
  /** External: the provider of the directory. */
  providerId: string | null;
  /** The service referred for, in words (the catalogue entry's English name when one was chosen). */
  service: string;
  /** The catalogue entry referred for, when one was chosen. */
  serviceId: string | null;
  urgency: ReferralUrgency;
  reason: string | null;
  status: ReferralStatus;
  /** The referral consent relied on, or the override made for this referral. */
  consentId: string | null;
  consentOverrideId: string | null;
  respondedBy: string | null;
  respondedAt: Date | null;
  declineReason: string | null;
  outcome: string | null;
  feedback: string | null;
  completedAt: Date | null;
  /** Withdrawn by the referring side: why, when, by whom. */
  cancelReason: string | null;
  cancelledAt: Date | null;
  cancelledBy: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** One status change of a referral (its creation too): who, when, to what, with the note given. */
export interface ReferralEvent {
  id: string;
  referralId: string;
  caseId: string;
  status: ReferralStatus;
  note: string | null;
  recordedBy: string;
  recordedAt: Date;
}

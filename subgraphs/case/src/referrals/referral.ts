export const referralKinds = ['internal', 'external'] as const;
export type ReferralKind = (typeof referralKinds)[number];

export const referralStatuses = ['pending', 'accepted', 'declined', 'completed'] as const;
export type ReferralStatus = (typeof referralStatuses)[number];

/** A referral of a case to another team of the agency or to a partner organisation. */
export interface Referral {
  id: string;
  caseId: string;
  kind: ReferralKind;
  toTeamId: string | null;
  toOrganisationId: string | null;
  service: string;
  status: ReferralStatus;
  /** The referral consent relied on, or the override made for this referral. */
  consentId: string | null;
  consentOverrideId: string | null;
  createdBy: string;
  createdAt: Date;
}

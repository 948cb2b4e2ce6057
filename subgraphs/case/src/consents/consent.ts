export const consentGivers = ['client', 'child', 'guardian'] as const;
export type ConsentGiver = (typeof consentGivers)[number];

export const consentScopes = ['services', 'referral', 'information_sharing', 'reporting'] as const;
export type ConsentScope = (typeof consentScopes)[number];

/**
 * Scopes whose override is standing (recorded once with overrideConsent, it holds for the case):
 * reporting (the reporting view counts it) and services. Referral and information sharing are
 * overridden by the step itself, so each override is tied to the one referral or transfer it allowed.
 */
export const standingOverrideScopes: readonly ConsentScope[] = ['services', 'reporting'];

/** Consent as recorded: who gave it, what it covers, with whom, when; withdrawal keeps the record. */
export interface Consent {
  id: string;
  caseId: string;
  givenBy: ConsentGiver;
  givenByName: string | null;
  scope: ConsentScope;
  /** Exchange partners named by an information-sharing consent (empty for other scopes). */
  organisationIds: string[];
  givenAt: Date;
  recordedBy: string;
  recordedAt: Date;
  withdrawnAt: Date | null;
  withdrawnRecordedBy: string | null;
}

/** A decision to go ahead without the consent a step needs: who, why, for what. */
export interface ConsentOverride {
  id: string;
  caseId: string;
  scope: ConsentScope;
  organisationId: string | null;
  reason: string;
  overriddenBy: string;
  overriddenAt: Date;
}

/** What a gated step relied on: a live consent or an override recorded for it. */
export type ConsentBasis = { consentId: string } | { overrideId: string };

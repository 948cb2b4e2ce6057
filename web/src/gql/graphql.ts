/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date, YYYY-MM-DD */
  Date: { input: string; output: string; }
  /** An instant in time, ISO 8601 in UTC */
  DateTime: { input: string; output: string; }
  /** A JSON value; its shape is checked by the service (for forms, against the form definition). */
  JSON: { input: any; output: any; }
};

/** Raised for the agency auditors when someone opens a case outside their reach (emergency access). */
export type AccessAlert = {
  __typename?: 'AccessAlert';
  acknowledgedAt?: Maybe<Scalars['DateTime']['output']>;
  acknowledgedBy?: Maybe<User>;
  actor: User;
  caseId?: Maybe<Scalars['ID']['output']>;
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  raisedAt: Scalars['DateTime']['output'];
  reason?: Maybe<Scalars['String']['output']>;
};

export type Agency = {
  __typename?: 'Agency';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** A role of the agency: a named set of permissions from the catalogue. */
export type AgencyRole = {
  __typename?: 'AgencyRole';
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
};

/** One entry of the audit trail: who did what to which record, and which fields; never field values. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  action: Scalars['String']['output'];
  actor?: Maybe<User>;
  actorRoles: Array<Scalars['String']['output']>;
  clientAddress?: Maybe<Scalars['String']['output']>;
  fields: Array<Scalars['String']['output']>;
  occurredAt: Scalars['DateTime']['output'];
  outcome: AuditOutcome;
  reason?: Maybe<Scalars['String']['output']>;
  requestId?: Maybe<Scalars['String']['output']>;
  seq: Scalars['String']['output'];
  targetId?: Maybe<Scalars['String']['output']>;
  targetIds: Array<Scalars['String']['output']>;
  targetType?: Maybe<Scalars['String']['output']>;
};

export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<AuditEvent>;
};

export type AuditExport = {
  __typename?: 'AuditExport';
  csv: Scalars['String']['output'];
  rowCount: Scalars['Int']['output'];
};

export type AuditFilter = {
  /** e.g. case.read, case.update, auth.sign_in */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Events about this case, including list reads that returned it. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
  /** Events by this member of staff. */
  userId?: InputMaybe<Scalars['ID']['input']>;
};

export type AuditOutcome =
  | 'ALLOWED'
  | 'DENIED';

/** A protection case about one person, assigned to one worker. */
export type Case = {
  __typename?: 'Case';
  assignedWorker: User;
  /** Human-readable, unique in the agency, e.g. HVN-2026-000123 */
  caseNumber: Scalars['String']['output'];
  caseType: CaseType;
  /** Overrides of consent recorded for this case, newest first. */
  consentOverrides: Array<ConsentOverride>;
  /** Consents recorded for this case, newest first, withdrawn ones included. */
  consents: Array<Consent>;
  createdAt: Scalars['DateTime']['output'];
  currentStage?: Maybe<CaseStage>;
  /** Forms filled in for this case (of one form when formKey is given), newest first. */
  formSubmissions: Array<FormSubmission>;
  /** Who changed which field when, newest first. Values only for fields the viewer may see. */
  history: Array<CaseChange>;
  id: Scalars['ID']['output'];
  /** What happened, in the words recorded. Confidential: the assigned worker only; encrypted at rest. */
  incidentNarrative?: Maybe<Scalars['String']['output']>;
  /** Who is alleged to have caused harm. Confidential: the assigned worker only; encrypted at rest. */
  perpetratorDetails?: Maybe<Scalars['String']['output']>;
  person: Person;
  /** Referrals of this case, newest first. */
  referrals: Array<Referral>;
  /** How the person is to be kept safe. Confidential: the assigned worker only; encrypted at rest. */
  safetyPlan?: Maybe<Scalars['String']['output']>;
  /** Shares of this case, newest first: all of them for those who work it, her own for a grantee. */
  shares: Array<CaseShare>;
  status: CaseStatus;
  /** The team the case is worked in; its supervisors reach the case. */
  teamId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  viewerAccess: CaseAccess;
};


/** A protection case about one person, assigned to one worker. */
export type CaseFormSubmissionsArgs = {
  formKey?: InputMaybe<Scalars['String']['input']>;
};

/** How the signed-in viewer reaches this case, which decides what she may see and do. */
export type CaseAccess = {
  __typename?: 'CaseAccess';
  assigned: Scalars['Boolean']['output'];
  /** Holds a live emergency access */
  emergency: Scalars['Boolean']['output'];
  /** Holds a live share */
  shared: Scalars['Boolean']['output'];
  /** Holds a share with restricted fields */
  sharedRestricted: Scalars['Boolean']['output'];
  /** Supervisor of the case's team */
  supervises: Scalars['Boolean']['output'];
};

export type CaseChange = {
  __typename?: 'CaseChange';
  changedAt: Scalars['DateTime']['output'];
  changedBy: User;
  field: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  newValue?: Maybe<Scalars['String']['output']>;
  oldValue?: Maybe<Scalars['String']['output']>;
  valuesVisible: Scalars['Boolean']['output'];
};

export type CaseConnection = {
  __typename?: 'CaseConnection';
  nodes: Array<Case>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** Number of cases in one cell; cells under 5 are suppressed. */
export type CaseCount = {
  __typename?: 'CaseCount';
  caseType: Scalars['String']['output'];
  count?: Maybe<Scalars['Int']['output']>;
  status: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
};

/** Confidential details; only the fields given change, an empty text clears one. */
export type CaseDetailsInput = {
  incidentNarrative?: InputMaybe<Scalars['String']['input']>;
  perpetratorDetails?: InputMaybe<Scalars['String']['input']>;
  safetyPlan?: InputMaybe<Scalars['String']['input']>;
};

/** One case exported with a stated reason: the fields the viewer may read; the others are named. */
export type CaseExport = {
  __typename?: 'CaseExport';
  caseNumber: Scalars['String']['output'];
  fields: Array<ExportedField>;
  generatedAt: Scalars['DateTime']['output'];
  withheldFields: Array<Scalars['String']['output']>;
};

/** Case numbers reserved for one of your devices, to register cases while offline. */
export type CaseNumberBlock = {
  __typename?: 'CaseNumberBlock';
  deviceLabel: Scalars['String']['output'];
  firstNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  lastNumber: Scalars['String']['output'];
  reservedAt: Scalars['DateTime']['output'];
  size: Scalars['Int']['output'];
  year: Scalars['Int']['output'];
};

/** A named colleague may read a case until the share expires or is revoked. */
export type CaseShare = {
  __typename?: 'CaseShare';
  active: Scalars['Boolean']['output'];
  caseId: Scalars['ID']['output'];
  expiresAt: Scalars['DateTime']['output'];
  grantedAt: Scalars['DateTime']['output'];
  grantedBy: User;
  grantee: User;
  id: Scalars['ID']['output'];
  includesRestricted: Scalars['Boolean']['output'];
  reason: Scalars['String']['output'];
  revokedAt?: Maybe<Scalars['DateTime']['output']>;
};

export type CaseStage = {
  __typename?: 'CaseStage';
  enteredAt: Scalars['DateTime']['output'];
  stage: WorkflowStage;
  workflowKey: Scalars['String']['output'];
};

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

export type CaseType =
  | 'CHILD_PROTECTION'
  /** Gender-based violence */
  | 'GBV'
  | 'GENERAL_PROTECTION';

/** Consent recorded for a case: who gave it, what it covers, with whom, when; withdrawn when. */
export type Consent = {
  __typename?: 'Consent';
  caseId: Scalars['ID']['output'];
  givenAt: Scalars['DateTime']['output'];
  givenBy: ConsentGiver;
  givenByName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Not withdrawn */
  live: Scalars['Boolean']['output'];
  /** Partner organisations an information-sharing consent names */
  organisationIds: Array<Scalars['ID']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: User;
  scope: ConsentScope;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
  withdrawnRecordedBy?: Maybe<User>;
};

export type ConsentGiver =
  | 'CHILD'
  /** The person the case is about */
  | 'CLIENT'
  /** A parent or guardian, for a child */
  | 'GUARDIAN';

/** A decision to go ahead without the consent a step needs, with a reason. */
export type ConsentOverride = {
  __typename?: 'ConsentOverride';
  caseId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  organisationId?: Maybe<Scalars['ID']['output']>;
  overriddenAt: Scalars['DateTime']['output'];
  overriddenBy: User;
  reason: Scalars['String']['output'];
  scope: ConsentScope;
};

export type ConsentScope =
  /** Sharing case information with the partner organisations named */
  | 'INFORMATION_SHARING'
  /** Referral to another team or a service provider */
  | 'REFERRAL'
  /** Being counted in anonymised reports */
  | 'REPORTING'
  | 'SERVICES';

export type CreateCaseInput = {
  /** A number from one of your reserved blocks (a case registered offline); by default the next one. */
  caseNumber?: InputMaybe<Scalars['String']['input']>;
  caseType: CaseType;
  /** The person's identifiers (national id, registration numbers, phone), matched by duplicate detection. */
  identifiers?: InputMaybe<Array<PersonIdentifierInput>>;
  person: PersonInput;
  /** The team the case is worked in; by default the worker's first team. */
  teamId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateReferralInput = {
  /** Go ahead without referral consent (consent:override): the reason, recorded as an override for this referral only */
  consentOverrideReason?: InputMaybe<Scalars['String']['input']>;
  kind: ReferralKind;
  /** The service referred for */
  service: Scalars['String']['input'];
  /** EXTERNAL: the receiving partner organisation */
  toOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** INTERNAL: the receiving team */
  toTeamId?: InputMaybe<Scalars['ID']['input']>;
};

export type CreateRoleInput = {
  key: Scalars['String']['input'];
  name: Scalars['String']['input'];
  permissions: Array<Scalars['String']['input']>;
};

export type CreateUserInput = {
  displayName: Scalars['String']['input'];
  email: Scalars['String']['input'];
  /** Role keys. */
  roles: Array<Scalars['String']['input']>;
  /** Team ids. */
  teams: Array<Scalars['ID']['input']>;
};

export type CreatedOAuthClient = {
  __typename?: 'CreatedOAuthClient';
  client: OAuthClient;
  /** Shown only this once. */
  clientSecret: Scalars['String']['output'];
};

export type CreatedPersonalAccessToken = {
  __typename?: 'CreatedPersonalAccessToken';
  personalAccessToken: PersonalAccessToken;
  /** Send as "Authorization: Bearer <token>". Shown only this once. */
  token: Scalars['String']['output'];
};

export type CreatedUser = {
  __typename?: 'CreatedUser';
  /** One-time password set-up token (POST /auth/password/setup, 7 days). Shown only this once. */
  setupToken: Scalars['String']['output'];
  user: StaffMember;
};

/** A registered person who may be the one being registered. Names, sex and date of birth only when the viewer reaches a case of the person; otherwise the case numbers and assigned workers tell whom to ask. */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  cases: Array<DuplicateCandidateCase>;
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  familyName?: Maybe<Scalars['String']['output']>;
  givenName?: Maybe<Scalars['String']['output']>;
  level: DuplicateLevel;
  /** identifier:<kind>, name, dob_exact, dob_same_year, dob_within_year, dob_conflict, sex, sex_conflict */
  matchedRules: Array<Scalars['String']['output']>;
  personId: Scalars['ID']['output'];
  reachable: Scalars['Boolean']['output'];
  score: Scalars['Float']['output'];
  sex?: Maybe<Sex>;
};

export type DuplicateCandidateCase = {
  __typename?: 'DuplicateCandidateCase';
  assignedWorker: User;
  caseId: Scalars['ID']['output'];
  caseNumber: Scalars['String']['output'];
};

export type DuplicateLevel =
  /** At or above the agency’s "likely" threshold. */
  | 'LIKELY'
  | 'POSSIBLE';

export type EmergencyAccess = {
  __typename?: 'EmergencyAccess';
  caseId: Scalars['ID']['output'];
  expiresAt: Scalars['DateTime']['output'];
};

export type ExportedField = {
  __typename?: 'ExportedField';
  classification: Scalars['String']['output'];
  name: Scalars['String']['output'];
  value?: Maybe<Scalars['String']['output']>;
};

/** One version of a form: sections, fields, rules, skip logic and calculations, with translated labels and a classification per field. */
export type FormDefinition = {
  __typename?: 'FormDefinition';
  caseTypes: Array<CaseType>;
  createdAt: Scalars['DateTime']['output'];
  /** The definition (format: core/src/forms/types.ts) */
  definition: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  status: FormStatus;
  version: Scalars['Int']['output'];
};

export type FormStatus =
  /** Saved, not yet in use; may be published */
  | 'DRAFT'
  /** In use; never changes again */
  | 'PUBLISHED'
  | 'RETIRED';

/** A form filled in for a case, pinned to the version of the form it used. */
export type FormSubmission = {
  __typename?: 'FormSubmission';
  caseId: Scalars['ID']['output'];
  formKey: Scalars['String']['output'];
  /** The version it was validated against */
  formVersion: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  submittedAt: Scalars['DateTime']['output'];
  submittedBy: User;
  updatedAt: Scalars['DateTime']['output'];
  /** Values by field key, calculations included, without the values of fields the viewer may not read (see withheldFields). */
  values: Scalars['JSON']['output'];
  /** Restricted or confidential fields of the form whose values are withheld from the viewer (the web shows "[Restricted]"). */
  withheldFields: Array<Scalars['String']['output']>;
};

/** The agency's duplicate-detection weights and thresholds. */
export type MatchingRules = {
  __typename?: 'MatchingRules';
  /** Added (0 or negative) when both dates are known and more than two years apart. */
  dobConflict: Scalars['Float']['output'];
  /** Same date of birth. */
  dobExact: Scalars['Float']['output'];
  /** Same year of birth, another day. */
  dobSameYear: Scalars['Float']['output'];
  /** Dates of birth within 365 days, different years. */
  dobWithinYear: Scalars['Float']['output'];
  /** Added when an identifier of the same kind and value matches. */
  identifier: Scalars['Float']['output'];
  /** True while the agency uses the defaults. */
  isDefault: Scalars['Boolean']['output'];
  /** Scores from here are likely duplicates. */
  likely: Scalars['Float']['output'];
  /** Times the name similarity (0..1), when it reaches nameMinimum. */
  name: Scalars['Float']['output'];
  /** Name similarities below this count for nothing (0.5..1). */
  nameMinimum: Scalars['Float']['output'];
  /** Scores from here are possible duplicates; below, no candidate. */
  possible: Scalars['Float']['output'];
  /** Both female or both male. */
  sexAgree: Scalars['Float']['output'];
  /** Added (0 or negative) when one is female and the other male. */
  sexConflict: Scalars['Float']['output'];
  updatedAt?: Maybe<Scalars['DateTime']['output']>;
};

/** Only the rules given change; the others keep their current values. */
export type MatchingRulesInput = {
  /** Added (0 or negative) when both dates are known and more than two years apart. */
  dobConflict?: InputMaybe<Scalars['Float']['input']>;
  /** Same date of birth. */
  dobExact?: InputMaybe<Scalars['Float']['input']>;
  /** Same year of birth, another day. */
  dobSameYear?: InputMaybe<Scalars['Float']['input']>;
  /** Dates of birth within 365 days, different years. */
  dobWithinYear?: InputMaybe<Scalars['Float']['input']>;
  /** Added when an identifier of the same kind and value matches. */
  identifier?: InputMaybe<Scalars['Float']['input']>;
  /** Scores from here are likely duplicates. */
  likely?: InputMaybe<Scalars['Float']['input']>;
  /** Times the name similarity (0..1), when it reaches nameMinimum. */
  name?: InputMaybe<Scalars['Float']['input']>;
  /** Name similarities below this count for nothing (0.5..1). */
  nameMinimum?: InputMaybe<Scalars['Float']['input']>;
  /** Scores from here are possible duplicates; below, no candidate. */
  possible?: InputMaybe<Scalars['Float']['input']>;
  /** Both female or both male. */
  sexAgree?: InputMaybe<Scalars['Float']['input']>;
  /** Added (0 or negative) when one is female and the other male. */
  sexConflict?: InputMaybe<Scalars['Float']['input']>;
};

/** The signed-in user, their agency, roles, teams and effective permissions. */
export type Me = {
  __typename?: 'Me';
  agency: Agency;
  permissions: Array<Scalars['String']['output']>;
  roles: Array<Role>;
  teams: Array<TeamMembership>;
  user: User;
};

/** A TOTP secret waiting for its first code. Scan the QR code or type the secret. */
export type MfaEnrolment = {
  __typename?: 'MfaEnrolment';
  otpauthUri: Scalars['String']['output'];
  /** An SVG image as a data: URL. */
  qrCodeDataUrl: Scalars['String']['output'];
  secret: Scalars['String']['output'];
};

export type MfaStatus = {
  __typename?: 'MfaStatus';
  enabled: Scalars['Boolean']['output'];
  recoveryCodesLeft: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  acknowledgeAccessAlert: AccessAlert;
  /** Records an identifier of a case's person (those who work the case and read restricted fields). */
  addPersonIdentifier: PersonIdentifier;
  /** Reassigns a case to another member of its team (supervisors of the case's team). */
  assignCase: Case;
  assignRoles: StaffMember;
  /** Users from CSV (header email,display_name,roles,teams; ";" between roles and between teams). All or nothing. */
  bulkCreateUsers: Array<CreatedUser>;
  /** Activates MFA with a first code; returns single-use recovery codes, shown only this once. */
  confirmMfaEnrolment: Array<Scalars['String']['output']>;
  /** Registers a person and opens a case assigned to the signed-in worker. */
  createCase: Case;
  createOAuthClient: CreatedOAuthClient;
  createPersonalAccessToken: CreatedPersonalAccessToken;
  /** Refers a case; needs the case's referral consent, or consentOverrideReason with consent:override. */
  createReferral: Referral;
  createRole: AgencyRole;
  createTeam: Team;
  /** A new user without a password, and their one-time set-up token. */
  createUser: CreatedUser;
  disableUser: StaffMember;
  /** The filtered audit log as CSV. Needs a reason, which is recorded. */
  exportAuditEvents: AuditExport;
  /** Exports one case, with a reason that is kept in the audit trail. */
  exportCase: CaseExport;
  /** Revokes every web session of the user; returns how many were live. */
  forceSignOut: Scalars['Int']['output'];
  /** Starts transferring a case to a partner organisation; needs an information-sharing consent naming the partner, or consentOverrideReason with consent:override. */
  initiateTransfer: Transfer;
  /** Merges a duplicate person into the one kept: cases move, identifiers are copied, nothing is deleted; with a reason, audited. */
  mergePersons: PersonMerge;
  /** Opens a case outside the viewer's reach for a few hours (at most 12), with a reason; the agency's auditors are alerted. */
  openEmergencyAccess: EmergencyAccess;
  /** A standing override of the REPORTING or SERVICES consent of a case, with a reason (consent:override). Referrals and transfers take their own consentOverrideReason instead, so each override allows one step. */
  overrideConsent: ConsentOverride;
  /** Publishes a draft version; new submissions use it. A published version never changes. */
  publishFormDefinition: FormDefinition;
  /** Records consent given for a case (those who work the case). */
  recordConsent: Consent;
  /** Reserves a block of case numbers (at most 500) for one of your devices. */
  reserveCaseNumberBlock: CaseNumberBlock;
  resetUserMfa: StaffMember;
  /** Ends one of the signed-in user’s own sessions (for example on a lost phone). */
  revokeMySession: Session;
  revokeOAuthClient: OAuthClient;
  revokePersonalAccessToken: PersonalAccessToken;
  revokeShare: CaseShare;
  /** Saves a new draft version of a form (form:manage). Every problem of the definition comes back at once, with its path under "definition". */
  saveFormDefinition: FormDefinition;
  /** Changes the agency's duplicate-detection rules (programme managers). */
  setMatchingRules: MatchingRules;
  setTeamMembers: Team;
  /** Shares a case with a named colleague, with a reason and an expiry (at most 90 days). Restricted fields only when the assigned worker shares them. */
  shareCase: CaseShare;
  startMfaEnrolment: MfaEnrolment;
  /** Fills in a form for a case, validated against the newest published version (recorded with the submission). Invalid values: BAD_USER_INPUT with the path of each under "values"; nothing is stored. */
  submitForm: FormSubmission;
  /** Records confidential details of a case (assigned worker only); encrypted at rest. */
  updateCaseDetails: Case;
  /** Corrects the registration details of a case's person; every change is kept in the case history. */
  updatePerson: Case;
  updateRolePermissions: AgencyRole;
  /** Replaces the values of a submission, validated against the version the submission used. */
  updateSubmission: FormSubmission;
  /** Records that a consent was withdrawn; from now on it allows nothing. */
  withdrawConsent: Consent;
};


export type MutationAcknowledgeAccessAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddPersonIdentifierArgs = {
  caseId: Scalars['ID']['input'];
  kind: Scalars['String']['input'];
  value: Scalars['String']['input'];
};


export type MutationAssignCaseArgs = {
  caseId: Scalars['ID']['input'];
  workerId: Scalars['ID']['input'];
};


export type MutationAssignRolesArgs = {
  roles: Array<Scalars['String']['input']>;
  userId: Scalars['ID']['input'];
};


export type MutationBulkCreateUsersArgs = {
  csv: Scalars['String']['input'];
};


export type MutationConfirmMfaEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCreateCaseArgs = {
  input: CreateCaseInput;
};


export type MutationCreateOAuthClientArgs = {
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};


export type MutationCreatePersonalAccessTokenArgs = {
  expiresInDays?: InputMaybe<Scalars['Int']['input']>;
  name: Scalars['String']['input'];
  scopes: Array<Scalars['String']['input']>;
};


export type MutationCreateReferralArgs = {
  caseId: Scalars['ID']['input'];
  input: CreateReferralInput;
};


export type MutationCreateRoleArgs = {
  input: CreateRoleInput;
};


export type MutationCreateTeamArgs = {
  name: Scalars['String']['input'];
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationDisableUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationExportAuditEventsArgs = {
  filter?: InputMaybe<AuditFilter>;
  reason: Scalars['String']['input'];
};


export type MutationExportCaseArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationForceSignOutArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationInitiateTransferArgs = {
  caseId: Scalars['ID']['input'];
  consentOverrideReason?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
};


export type MutationMergePersonsArgs = {
  keptPersonId: Scalars['ID']['input'];
  mergedPersonId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationOpenEmergencyAccessArgs = {
  caseId: Scalars['ID']['input'];
  hours?: InputMaybe<Scalars['Int']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationOverrideConsentArgs = {
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  scope: ConsentScope;
};


export type MutationPublishFormDefinitionArgs = {
  key: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRecordConsentArgs = {
  caseId: Scalars['ID']['input'];
  input: RecordConsentInput;
};


export type MutationReserveCaseNumberBlockArgs = {
  deviceLabel: Scalars['String']['input'];
  size: Scalars['Int']['input'];
};


export type MutationResetUserMfaArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRevokeMySessionArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeOAuthClientArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokePersonalAccessTokenArgs = {
  id: Scalars['ID']['input'];
};


export type MutationRevokeShareArgs = {
  shareId: Scalars['ID']['input'];
};


export type MutationSaveFormDefinitionArgs = {
  caseTypes: Array<CaseType>;
  definition: Scalars['JSON']['input'];
  key: Scalars['String']['input'];
};


export type MutationSetMatchingRulesArgs = {
  rules: MatchingRulesInput;
};


export type MutationSetTeamMembersArgs = {
  members: Array<TeamMemberInput>;
  teamId: Scalars['ID']['input'];
};


export type MutationShareCaseArgs = {
  caseId: Scalars['ID']['input'];
  expiresAt: Scalars['DateTime']['input'];
  granteeId: Scalars['ID']['input'];
  includesRestricted?: InputMaybe<Scalars['Boolean']['input']>;
  reason: Scalars['String']['input'];
};


export type MutationSubmitFormArgs = {
  caseId: Scalars['ID']['input'];
  formKey: Scalars['String']['input'];
  values: Scalars['JSON']['input'];
};


export type MutationUpdateCaseDetailsArgs = {
  caseId: Scalars['ID']['input'];
  input: CaseDetailsInput;
};


export type MutationUpdatePersonArgs = {
  caseId: Scalars['ID']['input'];
  input: UpdatePersonInput;
};


export type MutationUpdateRolePermissionsArgs = {
  permissions: Array<Scalars['String']['input']>;
  roleId: Scalars['ID']['input'];
};


export type MutationUpdateSubmissionArgs = {
  submissionId: Scalars['ID']['input'];
  values: Scalars['JSON']['input'];
};


export type MutationWithdrawConsentArgs = {
  consentId: Scalars['ID']['input'];
};

/** An OAuth 2 client for the client credentials grant (POST /auth/oauth/token). */
export type OAuthClient = {
  __typename?: 'OAuthClient';
  clientId: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  revoked: Scalars['Boolean']['output'];
  scopes: Array<Scalars['String']['output']>;
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
};

/** An organisation this agency may exchange cases with. */
export type PartnerOrganisation = {
  __typename?: 'PartnerOrganisation';
  country: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** Someone a case is about. A person may appear in several cases over time. */
export type Person = {
  __typename?: 'Person';
  ageYears?: Maybe<Scalars['Int']['output']>;
  /** Restricted: the assigned worker and holders of a restricted share. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** Restricted: the assigned worker and holders of a restricted share. */
  currentAddress?: Maybe<Scalars['String']['output']>;
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  familyName: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** Restricted: identifiers single a person out as surely as a phone number or an address. */
  identifiers?: Maybe<Array<PersonIdentifier>>;
  sex: Sex;
};

/** A registration number, national id or phone number by which the person is recognised. */
export type PersonIdentifier = {
  __typename?: 'PersonIdentifier';
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** national_id, unhcr_id, phone, … */
  kind: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type PersonIdentifierInput = {
  /** A short lower-case word: national_id, unhcr_id, phone, … */
  kind: Scalars['String']['input'];
  value: Scalars['String']['input'];
};

export type PersonInput = {
  /** Restricted. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Restricted. */
  currentAddress?: InputMaybe<Scalars['String']['input']>;
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  sex: Sex;
};

export type PersonMerge = {
  __typename?: 'PersonMerge';
  copiedIdentifiers: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  keptPersonId: Scalars['ID']['output'];
  mergedAt: Scalars['DateTime']['output'];
  mergedPersonId: Scalars['ID']['output'];
  movedCaseIds: Array<Scalars['ID']['output']>;
  reason: Scalars['String']['output'];
};

/** A personal access token for scripts and BI tools. The secret is shown only when created. */
export type PersonalAccessToken = {
  __typename?: 'PersonalAccessToken';
  createdAt: Scalars['DateTime']['output'];
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  id: Scalars['ID']['output'];
  lastUsedAt?: Maybe<Scalars['DateTime']['output']>;
  name: Scalars['String']['output'];
  revoked: Scalars['Boolean']['output'];
  scopes: Array<Scalars['String']['output']>;
};

/** What is known of the person about to be registered; a name or an identifier at least. */
export type PossibleDuplicatesInput = {
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  familyName?: InputMaybe<Scalars['String']['input']>;
  givenName?: InputMaybe<Scalars['String']['input']>;
  identifiers?: InputMaybe<Array<PersonIdentifierInput>>;
  sex?: InputMaybe<Sex>;
};

export type Query = {
  __typename?: 'Query';
  /** Access alerts of the agency, newest first (at most 200). */
  accessAlerts: Array<AccessAlert>;
  /** The audit log of the viewer’s agency, newest first (auditors). */
  auditEvents: AuditEventConnection;
  case: Case;
  /** Everyone who read, changed or was refused a case, newest first (auditors). */
  caseAccessLog: AuditEventConnection;
  /** Anonymised case counts of the viewer’s agency by case type and status. */
  caseCounts: Array<CaseCount>;
  /** One version of a form; the newest published one when no version is given. */
  formDefinition: FormDefinition;
  /** The newest published version of each form of the agency, for a case type when given. */
  formDefinitions: Array<FormDefinition>;
  matchingRules: MatchingRules;
  me: Me;
  /** The case-number blocks reserved for your devices, newest first. */
  myCaseNumberBlocks: Array<CaseNumberBlock>;
  /** Cases assigned to the signed-in worker, most recently updated first. */
  myCaseload: CaseConnection;
  myMfa: MfaStatus;
  myOAuthClients: Array<OAuthClient>;
  myPersonalAccessTokens: Array<PersonalAccessToken>;
  /** The signed-in user’s live web sessions, most recently used first. */
  mySessions: Array<Session>;
  partnerOrganisations: Array<PartnerOrganisation>;
  /** Search before create: registered persons of the agency who may be this one, best first, scored by the agency’s matching rules. Merged records are left out. */
  possibleDuplicates: Array<DuplicateCandidate>;
  roles: Array<AgencyRole>;
  /** All staff of the viewer’s agency, disabled ones included, with roles and teams. */
  staff: Array<StaffMember>;
  /** Cases of the teams the signed-in supervisor supervises, most recently updated first. */
  teamCaseload: CaseConnection;
  teams: Array<Team>;
  /** Active staff of the viewer’s agency. */
  users: Array<User>;
};


export type QueryAccessAlertsArgs = {
  onlyOpen?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseAccessLogArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  caseId: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFormDefinitionArgs = {
  key: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFormDefinitionsArgs = {
  caseType?: InputMaybe<CaseType>;
};


export type QueryMyCaseloadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryPossibleDuplicatesArgs = {
  input: PossibleDuplicatesInput;
};


export type QueryTeamCaseloadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

export type RecordConsentInput = {
  /** When it was given; now if left out. Not in the future. */
  givenAt?: InputMaybe<Scalars['DateTime']['input']>;
  givenBy: ConsentGiver;
  /** Name of the person who gave it (a guardian, say) */
  givenByName?: InputMaybe<Scalars['String']['input']>;
  /** Partner organisations; information sharing must name at least one, other scopes none */
  organisationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  scope: ConsentScope;
};

/** A referral of a case to another team or a partner organisation, made with consent or an override. */
export type Referral = {
  __typename?: 'Referral';
  caseId: Scalars['ID']['output'];
  /** The referral consent relied on */
  consentId?: Maybe<Scalars['ID']['output']>;
  /** The override made for this referral, when there was no consent */
  consentOverrideId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  id: Scalars['ID']['output'];
  kind: ReferralKind;
  service: Scalars['String']['output'];
  status: ReferralStatus;
  toOrganisationId?: Maybe<Scalars['ID']['output']>;
  toTeamId?: Maybe<Scalars['ID']['output']>;
};

export type ReferralKind =
  /** To a partner organisation */
  | 'EXTERNAL'
  /** To another team of the agency */
  | 'INTERNAL';

export type ReferralStatus =
  | 'ACCEPTED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'PENDING';

export type Role = {
  __typename?: 'Role';
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
};

/** A web session of the signed-in user. */
export type Session = {
  __typename?: 'Session';
  authMethod: Scalars['String']['output'];
  clientAddress?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** The session this request belongs to. */
  current: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastSeenAt: Scalars['DateTime']['output'];
  mfaLevel: Scalars['String']['output'];
  userAgent?: Maybe<Scalars['String']['output']>;
};

export type Sex =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNKNOWN';

/** A member of staff as administrators see them: roles, teams, disabled or not. */
export type StaffMember = {
  __typename?: 'StaffMember';
  disabled: Scalars['Boolean']['output'];
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  roles: Array<AgencyRole>;
  teams: Array<StaffTeam>;
};

export type StaffTeam = {
  __typename?: 'StaffTeam';
  isSupervisor: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  teamId: Scalars['ID']['output'];
};

/** A team of the agency with its members and supervisors. */
export type Team = {
  __typename?: 'Team';
  id: Scalars['ID']['output'];
  members: Array<TeamMember>;
  name: Scalars['String']['output'];
  supervisors: Array<TeamMember>;
};

export type TeamMember = {
  __typename?: 'TeamMember';
  displayName: Scalars['String']['output'];
  isSupervisor: Scalars['Boolean']['output'];
  userId: Scalars['ID']['output'];
};

export type TeamMemberInput = {
  supervisor: Scalars['Boolean']['input'];
  userId: Scalars['ID']['input'];
};

export type TeamMembership = {
  __typename?: 'TeamMembership';
  isSupervisor: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  teamId: Scalars['ID']['output'];
};

/** A transfer of a case to a partner organisation, made with consent or an override. */
export type Transfer = {
  __typename?: 'Transfer';
  caseId: Scalars['ID']['output'];
  /** The information-sharing consent naming the partner that was relied on */
  consentId?: Maybe<Scalars['ID']['output']>;
  /** The override made for this transfer, when there was no such consent */
  consentOverrideId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  initiatedAt: Scalars['DateTime']['output'];
  initiatedBy: Scalars['ID']['output'];
  partnerId: Scalars['ID']['output'];
  status: TransferStatus;
};

export type TransferStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'INITIATED'
  | 'RECEIVED'
  | 'TRANSMITTED';

/** Only the fields given are changed. */
export type UpdatePersonInput = {
  /** Restricted fields to clear: contactPhone, currentAddress. */
  clear?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Remove a recorded date of birth. */
  clearDateOfBirth?: InputMaybe<Scalars['Boolean']['input']>;
  /** Restricted. */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** Restricted. */
  currentAddress?: InputMaybe<Scalars['String']['input']>;
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  familyName?: InputMaybe<Scalars['String']['input']>;
  givenName?: InputMaybe<Scalars['String']['input']>;
  sex?: InputMaybe<Sex>;
};

/** A member of staff of an agency. */
export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
};

export type WorkflowStage =
  | 'ASSESSMENT'
  | 'CARE_PLAN'
  | 'CASE_REVIEW'
  | 'CLOSED'
  | 'IDENTIFICATION'
  | 'IMPLEMENTATION'
  | 'PAUSED'
  | 'REFERRAL_ONLY'
  | 'REOPENED'
  | 'TRANSFERRED';

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'Me', permissions: Array<string>, user: { __typename?: 'User', id: string, displayName: string }, agency: { __typename?: 'Agency', name: string }, roles: Array<{ __typename?: 'Role', key: string, name: string }>, teams: Array<{ __typename?: 'TeamMembership', teamId: string, name: string, isSupervisor: boolean }> } };

export type MyMfaQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMfaQuery = { __typename?: 'Query', myMfa: { __typename?: 'MfaStatus', enabled: boolean, recoveryCodesLeft: number } };

export type StartMfaEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartMfaEnrolmentMutation = { __typename?: 'Mutation', startMfaEnrolment: { __typename?: 'MfaEnrolment', secret: string, otpauthUri: string, qrCodeDataUrl: string } };

export type ConfirmMfaEnrolmentMutationVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type ConfirmMfaEnrolmentMutation = { __typename?: 'Mutation', confirmMfaEnrolment: Array<string> };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { __typename?: 'Query', mySessions: Array<{ __typename?: 'Session', id: string, authMethod: string, mfaLevel: string, userAgent?: string | null, clientAddress?: string | null, createdAt: string, lastSeenAt: string, current: boolean }> };

export type RevokeMySessionMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RevokeMySessionMutation = { __typename?: 'Mutation', revokeMySession: { __typename?: 'Session', id: string } };

export type AdminDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminDirectoryQuery = { __typename?: 'Query', staff: Array<{ __typename?: 'StaffMember', id: string, email: string, displayName: string, disabled: boolean, roles: Array<{ __typename?: 'AgencyRole', key: string, name: string }>, teams: Array<{ __typename?: 'StaffTeam', teamId: string, name: string, isSupervisor: boolean }> }>, teams: Array<{ __typename?: 'Team', id: string, name: string, members: Array<{ __typename?: 'TeamMember', userId: string, displayName: string, isSupervisor: boolean }>, supervisors: Array<{ __typename?: 'TeamMember', displayName: string }> }>, roles: Array<{ __typename?: 'AgencyRole', id: string, key: string, name: string, permissions: Array<string> }> };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'CreatedUser', setupToken: string, user: { __typename?: 'StaffMember', id: string, email: string } } };

export type AdminDisableUserMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type AdminDisableUserMutation = { __typename?: 'Mutation', disableUser: { __typename?: 'StaffMember', id: string, disabled: boolean } };

export type AdminForceSignOutMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type AdminForceSignOutMutation = { __typename?: 'Mutation', forceSignOut: number };

export type AdminResetUserMfaMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
}>;


export type AdminResetUserMfaMutation = { __typename?: 'Mutation', resetUserMfa: { __typename?: 'StaffMember', id: string } };

export type AdminAssignRolesMutationVariables = Exact<{
  userId: Scalars['ID']['input'];
  roles: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type AdminAssignRolesMutation = { __typename?: 'Mutation', assignRoles: { __typename?: 'StaffMember', id: string, roles: Array<{ __typename?: 'AgencyRole', key: string }> } };

export type AdminCreateTeamMutationVariables = Exact<{
  name: Scalars['String']['input'];
}>;


export type AdminCreateTeamMutation = { __typename?: 'Mutation', createTeam: { __typename?: 'Team', id: string, name: string } };

export type AdminSetTeamMembersMutationVariables = Exact<{
  teamId: Scalars['ID']['input'];
  members: Array<TeamMemberInput> | TeamMemberInput;
}>;


export type AdminSetTeamMembersMutation = { __typename?: 'Mutation', setTeamMembers: { __typename?: 'Team', id: string } };

export type AdminCreateRoleMutationVariables = Exact<{
  input: CreateRoleInput;
}>;


export type AdminCreateRoleMutation = { __typename?: 'Mutation', createRole: { __typename?: 'AgencyRole', id: string, key: string } };

export type AdminUpdateRolePermissionsMutationVariables = Exact<{
  roleId: Scalars['ID']['input'];
  permissions: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type AdminUpdateRolePermissionsMutation = { __typename?: 'Mutation', updateRolePermissions: { __typename?: 'AgencyRole', id: string, permissions: Array<string> } };

export type AdminBulkCreateUsersMutationVariables = Exact<{
  csv: Scalars['String']['input'];
}>;


export type AdminBulkCreateUsersMutation = { __typename?: 'Mutation', bulkCreateUsers: Array<{ __typename?: 'CreatedUser', setupToken: string, user: { __typename?: 'StaffMember', id: string, email: string, displayName: string } }> };

export type CaseDetailFragment = { __typename?: 'Case', id: string, caseNumber: string, caseType: CaseType, status: CaseStatus, teamId?: string | null, createdAt: string, updatedAt: string, incidentNarrative?: string | null, perpetratorDetails?: string | null, safetyPlan?: string | null, viewerAccess: { __typename?: 'CaseAccess', assigned: boolean, supervises: boolean, shared: boolean, sharedRestricted: boolean, emergency: boolean }, assignedWorker: { __typename?: 'User', id: string, displayName: string }, person: { __typename?: 'Person', id: string, fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null, contactPhone?: string | null, currentAddress?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null, shares: Array<{ __typename?: 'CaseShare', id: string, reason: string, includesRestricted: boolean, grantedAt: string, expiresAt: string, revokedAt?: string | null, active: boolean, grantee: { __typename?: 'User', id: string, displayName: string }, grantedBy: { __typename?: 'User', id: string, displayName: string } }> };

export type CaseDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseDetailQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, caseNumber: string, caseType: CaseType, status: CaseStatus, teamId?: string | null, createdAt: string, updatedAt: string, incidentNarrative?: string | null, perpetratorDetails?: string | null, safetyPlan?: string | null, viewerAccess: { __typename?: 'CaseAccess', assigned: boolean, supervises: boolean, shared: boolean, sharedRestricted: boolean, emergency: boolean }, assignedWorker: { __typename?: 'User', id: string, displayName: string }, person: { __typename?: 'Person', id: string, fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null, contactPhone?: string | null, currentAddress?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null, shares: Array<{ __typename?: 'CaseShare', id: string, reason: string, includesRestricted: boolean, grantedAt: string, expiresAt: string, revokedAt?: string | null, active: boolean, grantee: { __typename?: 'User', id: string, displayName: string }, grantedBy: { __typename?: 'User', id: string, displayName: string } }> } };

export type UpdateCaseDetailsMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: CaseDetailsInput;
}>;


export type UpdateCaseDetailsMutation = { __typename?: 'Mutation', updateCaseDetails: { __typename?: 'Case', id: string, updatedAt: string, incidentNarrative?: string | null, perpetratorDetails?: string | null, safetyPlan?: string | null } };

export type ColleaguesQueryVariables = Exact<{ [key: string]: never; }>;


export type ColleaguesQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, displayName: string }> };

export type ShareCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  granteeId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  expiresAt: Scalars['DateTime']['input'];
  includesRestricted?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type ShareCaseMutation = { __typename?: 'Mutation', shareCase: { __typename?: 'CaseShare', id: string } };

export type RevokeShareMutationVariables = Exact<{
  shareId: Scalars['ID']['input'];
}>;


export type RevokeShareMutation = { __typename?: 'Mutation', revokeShare: { __typename?: 'CaseShare', id: string, active: boolean, revokedAt?: string | null } };

export type OpenEmergencyAccessMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
  hours?: InputMaybe<Scalars['Int']['input']>;
}>;


export type OpenEmergencyAccessMutation = { __typename?: 'Mutation', openEmergencyAccess: { __typename?: 'EmergencyAccess', caseId: string, expiresAt: string } };

export type UpdateContactDetailsMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: UpdatePersonInput;
}>;


export type UpdateContactDetailsMutation = { __typename?: 'Mutation', updatePerson: { __typename?: 'Case', id: string, updatedAt: string, person: { __typename?: 'Person', id: string, contactPhone?: string | null, currentAddress?: string | null } } };

export type TeamMembersQueryVariables = Exact<{ [key: string]: never; }>;


export type TeamMembersQuery = { __typename?: 'Query', teams: Array<{ __typename?: 'Team', id: string, name: string, members: Array<{ __typename?: 'TeamMember', userId: string, displayName: string }>, supervisors: Array<{ __typename?: 'TeamMember', userId: string, displayName: string }> }> };

export type AssignCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  workerId: Scalars['ID']['input'];
}>;


export type AssignCaseMutation = { __typename?: 'Mutation', assignCase: { __typename?: 'Case', id: string, assignedWorker: { __typename?: 'User', id: string, displayName: string } } };

export type ExportCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ExportCaseMutation = { __typename?: 'Mutation', exportCase: { __typename?: 'CaseExport', caseNumber: string, generatedAt: string, withheldFields: Array<string>, fields: Array<{ __typename?: 'ExportedField', name: string, classification: string, value?: string | null }> } };

export type CaseRowFragment = { __typename?: 'Case', id: string, caseNumber: string, caseType: CaseType, status: CaseStatus, createdAt: string, updatedAt: string, person: { __typename?: 'Person', fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null };

export type MyCaseloadQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyCaseloadQuery = { __typename?: 'Query', myCaseload: { __typename?: 'CaseConnection', totalCount: number, nodes: Array<{ __typename?: 'Case', id: string, caseNumber: string, caseType: CaseType, status: CaseStatus, createdAt: string, updatedAt: string, person: { __typename?: 'Person', fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { __typename?: 'Mutation', createCase: { __typename?: 'Case', id: string, caseNumber: string, caseType: CaseType, status: CaseStatus, createdAt: string, updatedAt: string, person: { __typename?: 'Person', fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null } };

export type TeamCaseRowFragment = { __typename?: 'Case', id: string, caseNumber: string, caseType: CaseType, status: CaseStatus, createdAt: string, updatedAt: string, assignedWorker: { __typename?: 'User', id: string, displayName: string }, person: { __typename?: 'Person', contactPhone?: string | null, fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null };

export type TeamCaseloadQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TeamCaseloadQuery = { __typename?: 'Query', teamCaseload: { __typename?: 'CaseConnection', totalCount: number, nodes: Array<{ __typename?: 'Case', id: string, caseNumber: string, caseType: CaseType, status: CaseStatus, createdAt: string, updatedAt: string, assignedWorker: { __typename?: 'User', id: string, displayName: string }, person: { __typename?: 'Person', contactPhone?: string | null, fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type FormDefinitionFieldsFragment = { __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<CaseType>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null };

export type FormDefinitionsQueryVariables = Exact<{
  caseType?: InputMaybe<CaseType>;
}>;


export type FormDefinitionsQuery = { __typename?: 'Query', formDefinitions: Array<{ __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<CaseType>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null }> };

export type FormDefinitionQueryVariables = Exact<{
  key: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FormDefinitionQuery = { __typename?: 'Query', formDefinition: { __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<CaseType>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null } };

export type FormSubmissionFieldsFragment = { __typename?: 'FormSubmission', id: string, formKey: string, formVersion: number, values: any, withheldFields: Array<string>, submittedAt: string, updatedAt: string, submittedBy: { __typename?: 'User', id: string, displayName: string } };

export type CaseFormsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  caseType?: InputMaybe<CaseType>;
}>;


export type CaseFormsQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, formSubmissions: Array<{ __typename?: 'FormSubmission', id: string, formKey: string, formVersion: number, values: any, withheldFields: Array<string>, submittedAt: string, updatedAt: string, submittedBy: { __typename?: 'User', id: string, displayName: string } }> }, formDefinitions: Array<{ __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<CaseType>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null }> };

export type SubmitFormMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  formKey: Scalars['String']['input'];
  values: Scalars['JSON']['input'];
}>;


export type SubmitFormMutation = { __typename?: 'Mutation', submitForm: { __typename?: 'FormSubmission', id: string, formKey: string, formVersion: number, values: any, withheldFields: Array<string>, submittedAt: string, updatedAt: string, submittedBy: { __typename?: 'User', id: string, displayName: string } } };

export type UpdateSubmissionMutationVariables = Exact<{
  submissionId: Scalars['ID']['input'];
  values: Scalars['JSON']['input'];
}>;


export type UpdateSubmissionMutation = { __typename?: 'Mutation', updateSubmission: { __typename?: 'FormSubmission', id: string, formKey: string, formVersion: number, values: any, withheldFields: Array<string>, submittedAt: string, updatedAt: string, submittedBy: { __typename?: 'User', id: string, displayName: string } } };

export type SaveFormDefinitionMutationVariables = Exact<{
  key: Scalars['String']['input'];
  caseTypes: Array<CaseType> | CaseType;
  definition: Scalars['JSON']['input'];
}>;


export type SaveFormDefinitionMutation = { __typename?: 'Mutation', saveFormDefinition: { __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<CaseType>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null } };

export type PublishFormDefinitionMutationVariables = Exact<{
  key: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type PublishFormDefinitionMutation = { __typename?: 'Mutation', publishFormDefinition: { __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<CaseType>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null } };

export type PossibleDuplicatesQueryVariables = Exact<{
  input: PossibleDuplicatesInput;
}>;


export type PossibleDuplicatesQuery = { __typename?: 'Query', possibleDuplicates: Array<{ __typename?: 'DuplicateCandidate', personId: string, score: number, level: DuplicateLevel, matchedRules: Array<string>, reachable: boolean, givenName?: string | null, familyName?: string | null, sex?: Sex | null, dateOfBirth?: string | null, cases: Array<{ __typename?: 'DuplicateCandidateCase', caseId: string, caseNumber: string, assignedWorker: { __typename?: 'User', id: string, displayName: string } }> }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CaseDetailFragmentDoc = new TypedDocumentString(`
    fragment CaseDetail on Case {
  id
  caseNumber
  caseType
  status
  teamId
  createdAt
  updatedAt
  viewerAccess {
    assigned
    supervises
    shared
    sharedRestricted
    emergency
  }
  assignedWorker {
    id
    displayName
  }
  person {
    id
    fullName
    sex
    ageYears
    dateOfBirth
    contactPhone
    currentAddress
  }
  currentStage {
    stage
  }
  incidentNarrative
  perpetratorDetails
  safetyPlan
  shares {
    id
    grantee {
      id
      displayName
    }
    grantedBy {
      id
      displayName
    }
    reason
    includesRestricted
    grantedAt
    expiresAt
    revokedAt
    active
  }
}
    `, {"fragmentName":"CaseDetail"}) as unknown as TypedDocumentString<CaseDetailFragment, unknown>;
export const CaseRowFragmentDoc = new TypedDocumentString(`
    fragment CaseRow on Case {
  id
  caseNumber
  caseType
  status
  createdAt
  updatedAt
  person {
    fullName
    sex
    ageYears
    dateOfBirth
  }
  currentStage {
    stage
  }
}
    `, {"fragmentName":"CaseRow"}) as unknown as TypedDocumentString<CaseRowFragment, unknown>;
export const TeamCaseRowFragmentDoc = new TypedDocumentString(`
    fragment TeamCaseRow on Case {
  ...CaseRow
  assignedWorker {
    id
    displayName
  }
  person {
    contactPhone
  }
}
    fragment CaseRow on Case {
  id
  caseNumber
  caseType
  status
  createdAt
  updatedAt
  person {
    fullName
    sex
    ageYears
    dateOfBirth
  }
  currentStage {
    stage
  }
}`, {"fragmentName":"TeamCaseRow"}) as unknown as TypedDocumentString<TeamCaseRowFragment, unknown>;
export const FormDefinitionFieldsFragmentDoc = new TypedDocumentString(`
    fragment FormDefinitionFields on FormDefinition {
  id
  key
  version
  caseTypes
  status
  definition
  createdAt
  publishedAt
}
    `, {"fragmentName":"FormDefinitionFields"}) as unknown as TypedDocumentString<FormDefinitionFieldsFragment, unknown>;
export const FormSubmissionFieldsFragmentDoc = new TypedDocumentString(`
    fragment FormSubmissionFields on FormSubmission {
  id
  formKey
  formVersion
  values
  withheldFields
  submittedBy {
    id
    displayName
  }
  submittedAt
  updatedAt
}
    `, {"fragmentName":"FormSubmissionFields"}) as unknown as TypedDocumentString<FormSubmissionFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    user {
      id
      displayName
    }
    agency {
      name
    }
    roles {
      key
      name
    }
    permissions
    teams {
      teamId
      name
      isSupervisor
    }
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MyMfaDocument = new TypedDocumentString(`
    query MyMfa {
  myMfa {
    enabled
    recoveryCodesLeft
  }
}
    `) as unknown as TypedDocumentString<MyMfaQuery, MyMfaQueryVariables>;
export const StartMfaEnrolmentDocument = new TypedDocumentString(`
    mutation StartMfaEnrolment {
  startMfaEnrolment {
    secret
    otpauthUri
    qrCodeDataUrl
  }
}
    `) as unknown as TypedDocumentString<StartMfaEnrolmentMutation, StartMfaEnrolmentMutationVariables>;
export const ConfirmMfaEnrolmentDocument = new TypedDocumentString(`
    mutation ConfirmMfaEnrolment($code: String!) {
  confirmMfaEnrolment(code: $code)
}
    `) as unknown as TypedDocumentString<ConfirmMfaEnrolmentMutation, ConfirmMfaEnrolmentMutationVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    authMethod
    mfaLevel
    userAgent
    clientAddress
    createdAt
    lastSeenAt
    current
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeMySessionDocument = new TypedDocumentString(`
    mutation RevokeMySession($id: ID!) {
  revokeMySession(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<RevokeMySessionMutation, RevokeMySessionMutationVariables>;
export const AdminDirectoryDocument = new TypedDocumentString(`
    query AdminDirectory {
  staff {
    id
    email
    displayName
    disabled
    roles {
      key
      name
    }
    teams {
      teamId
      name
      isSupervisor
    }
  }
  teams {
    id
    name
    members {
      userId
      displayName
      isSupervisor
    }
    supervisors {
      displayName
    }
  }
  roles {
    id
    key
    name
    permissions
  }
}
    `) as unknown as TypedDocumentString<AdminDirectoryQuery, AdminDirectoryQueryVariables>;
export const AdminCreateUserDocument = new TypedDocumentString(`
    mutation AdminCreateUser($input: CreateUserInput!) {
  createUser(input: $input) {
    setupToken
    user {
      id
      email
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminDisableUserDocument = new TypedDocumentString(`
    mutation AdminDisableUser($userId: ID!) {
  disableUser(userId: $userId) {
    id
    disabled
  }
}
    `) as unknown as TypedDocumentString<AdminDisableUserMutation, AdminDisableUserMutationVariables>;
export const AdminForceSignOutDocument = new TypedDocumentString(`
    mutation AdminForceSignOut($userId: ID!) {
  forceSignOut(userId: $userId)
}
    `) as unknown as TypedDocumentString<AdminForceSignOutMutation, AdminForceSignOutMutationVariables>;
export const AdminResetUserMfaDocument = new TypedDocumentString(`
    mutation AdminResetUserMfa($userId: ID!) {
  resetUserMfa(userId: $userId) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminResetUserMfaMutation, AdminResetUserMfaMutationVariables>;
export const AdminAssignRolesDocument = new TypedDocumentString(`
    mutation AdminAssignRoles($userId: ID!, $roles: [String!]!) {
  assignRoles(userId: $userId, roles: $roles) {
    id
    roles {
      key
    }
  }
}
    `) as unknown as TypedDocumentString<AdminAssignRolesMutation, AdminAssignRolesMutationVariables>;
export const AdminCreateTeamDocument = new TypedDocumentString(`
    mutation AdminCreateTeam($name: String!) {
  createTeam(name: $name) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminCreateTeamMutation, AdminCreateTeamMutationVariables>;
export const AdminSetTeamMembersDocument = new TypedDocumentString(`
    mutation AdminSetTeamMembers($teamId: ID!, $members: [TeamMemberInput!]!) {
  setTeamMembers(teamId: $teamId, members: $members) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminSetTeamMembersMutation, AdminSetTeamMembersMutationVariables>;
export const AdminCreateRoleDocument = new TypedDocumentString(`
    mutation AdminCreateRole($input: CreateRoleInput!) {
  createRole(input: $input) {
    id
    key
  }
}
    `) as unknown as TypedDocumentString<AdminCreateRoleMutation, AdminCreateRoleMutationVariables>;
export const AdminUpdateRolePermissionsDocument = new TypedDocumentString(`
    mutation AdminUpdateRolePermissions($roleId: ID!, $permissions: [String!]!) {
  updateRolePermissions(roleId: $roleId, permissions: $permissions) {
    id
    permissions
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateRolePermissionsMutation, AdminUpdateRolePermissionsMutationVariables>;
export const AdminBulkCreateUsersDocument = new TypedDocumentString(`
    mutation AdminBulkCreateUsers($csv: String!) {
  bulkCreateUsers(csv: $csv) {
    setupToken
    user {
      id
      email
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<AdminBulkCreateUsersMutation, AdminBulkCreateUsersMutationVariables>;
export const CaseDetailDocument = new TypedDocumentString(`
    query CaseDetail($id: ID!) {
  case(id: $id) {
    ...CaseDetail
  }
}
    fragment CaseDetail on Case {
  id
  caseNumber
  caseType
  status
  teamId
  createdAt
  updatedAt
  viewerAccess {
    assigned
    supervises
    shared
    sharedRestricted
    emergency
  }
  assignedWorker {
    id
    displayName
  }
  person {
    id
    fullName
    sex
    ageYears
    dateOfBirth
    contactPhone
    currentAddress
  }
  currentStage {
    stage
  }
  incidentNarrative
  perpetratorDetails
  safetyPlan
  shares {
    id
    grantee {
      id
      displayName
    }
    grantedBy {
      id
      displayName
    }
    reason
    includesRestricted
    grantedAt
    expiresAt
    revokedAt
    active
  }
}`) as unknown as TypedDocumentString<CaseDetailQuery, CaseDetailQueryVariables>;
export const UpdateCaseDetailsDocument = new TypedDocumentString(`
    mutation UpdateCaseDetails($caseId: ID!, $input: CaseDetailsInput!) {
  updateCaseDetails(caseId: $caseId, input: $input) {
    id
    updatedAt
    incidentNarrative
    perpetratorDetails
    safetyPlan
  }
}
    `) as unknown as TypedDocumentString<UpdateCaseDetailsMutation, UpdateCaseDetailsMutationVariables>;
export const ColleaguesDocument = new TypedDocumentString(`
    query Colleagues {
  users {
    id
    displayName
  }
}
    `) as unknown as TypedDocumentString<ColleaguesQuery, ColleaguesQueryVariables>;
export const ShareCaseDocument = new TypedDocumentString(`
    mutation ShareCase($caseId: ID!, $granteeId: ID!, $reason: String!, $expiresAt: DateTime!, $includesRestricted: Boolean) {
  shareCase(
    caseId: $caseId
    granteeId: $granteeId
    reason: $reason
    expiresAt: $expiresAt
    includesRestricted: $includesRestricted
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<ShareCaseMutation, ShareCaseMutationVariables>;
export const RevokeShareDocument = new TypedDocumentString(`
    mutation RevokeShare($shareId: ID!) {
  revokeShare(shareId: $shareId) {
    id
    active
    revokedAt
  }
}
    `) as unknown as TypedDocumentString<RevokeShareMutation, RevokeShareMutationVariables>;
export const OpenEmergencyAccessDocument = new TypedDocumentString(`
    mutation OpenEmergencyAccess($caseId: ID!, $reason: String!, $hours: Int) {
  openEmergencyAccess(caseId: $caseId, reason: $reason, hours: $hours) {
    caseId
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<OpenEmergencyAccessMutation, OpenEmergencyAccessMutationVariables>;
export const UpdateContactDetailsDocument = new TypedDocumentString(`
    mutation UpdateContactDetails($caseId: ID!, $input: UpdatePersonInput!) {
  updatePerson(caseId: $caseId, input: $input) {
    id
    updatedAt
    person {
      id
      contactPhone
      currentAddress
    }
  }
}
    `) as unknown as TypedDocumentString<UpdateContactDetailsMutation, UpdateContactDetailsMutationVariables>;
export const TeamMembersDocument = new TypedDocumentString(`
    query TeamMembers {
  teams {
    id
    name
    members {
      userId
      displayName
    }
    supervisors {
      userId
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<TeamMembersQuery, TeamMembersQueryVariables>;
export const AssignCaseDocument = new TypedDocumentString(`
    mutation AssignCase($caseId: ID!, $workerId: ID!) {
  assignCase(caseId: $caseId, workerId: $workerId) {
    id
    assignedWorker {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<AssignCaseMutation, AssignCaseMutationVariables>;
export const ExportCaseDocument = new TypedDocumentString(`
    mutation ExportCase($caseId: ID!, $reason: String!) {
  exportCase(caseId: $caseId, reason: $reason) {
    caseNumber
    generatedAt
    fields {
      name
      classification
      value
    }
    withheldFields
  }
}
    `) as unknown as TypedDocumentString<ExportCaseMutation, ExportCaseMutationVariables>;
export const MyCaseloadDocument = new TypedDocumentString(`
    query MyCaseload($first: Int, $after: String) {
  myCaseload(first: $first, after: $after) {
    totalCount
    nodes {
      ...CaseRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CaseRow on Case {
  id
  caseNumber
  caseType
  status
  createdAt
  updatedAt
  person {
    fullName
    sex
    ageYears
    dateOfBirth
  }
  currentStage {
    stage
  }
}`) as unknown as TypedDocumentString<MyCaseloadQuery, MyCaseloadQueryVariables>;
export const CreateCaseDocument = new TypedDocumentString(`
    mutation CreateCase($input: CreateCaseInput!) {
  createCase(input: $input) {
    ...CaseRow
  }
}
    fragment CaseRow on Case {
  id
  caseNumber
  caseType
  status
  createdAt
  updatedAt
  person {
    fullName
    sex
    ageYears
    dateOfBirth
  }
  currentStage {
    stage
  }
}`) as unknown as TypedDocumentString<CreateCaseMutation, CreateCaseMutationVariables>;
export const TeamCaseloadDocument = new TypedDocumentString(`
    query TeamCaseload($first: Int, $after: String) {
  teamCaseload(first: $first, after: $after) {
    totalCount
    nodes {
      ...TeamCaseRow
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CaseRow on Case {
  id
  caseNumber
  caseType
  status
  createdAt
  updatedAt
  person {
    fullName
    sex
    ageYears
    dateOfBirth
  }
  currentStage {
    stage
  }
}
fragment TeamCaseRow on Case {
  ...CaseRow
  assignedWorker {
    id
    displayName
  }
  person {
    contactPhone
  }
}`) as unknown as TypedDocumentString<TeamCaseloadQuery, TeamCaseloadQueryVariables>;
export const FormDefinitionsDocument = new TypedDocumentString(`
    query FormDefinitions($caseType: CaseType) {
  formDefinitions(caseType: $caseType) {
    ...FormDefinitionFields
  }
}
    fragment FormDefinitionFields on FormDefinition {
  id
  key
  version
  caseTypes
  status
  definition
  createdAt
  publishedAt
}`) as unknown as TypedDocumentString<FormDefinitionsQuery, FormDefinitionsQueryVariables>;
export const FormDefinitionDocument = new TypedDocumentString(`
    query FormDefinition($key: String!, $version: Int) {
  formDefinition(key: $key, version: $version) {
    ...FormDefinitionFields
  }
}
    fragment FormDefinitionFields on FormDefinition {
  id
  key
  version
  caseTypes
  status
  definition
  createdAt
  publishedAt
}`) as unknown as TypedDocumentString<FormDefinitionQuery, FormDefinitionQueryVariables>;
export const CaseFormsDocument = new TypedDocumentString(`
    query CaseForms($id: ID!, $caseType: CaseType) {
  case(id: $id) {
    id
    formSubmissions {
      ...FormSubmissionFields
    }
  }
  formDefinitions(caseType: $caseType) {
    ...FormDefinitionFields
  }
}
    fragment FormDefinitionFields on FormDefinition {
  id
  key
  version
  caseTypes
  status
  definition
  createdAt
  publishedAt
}
fragment FormSubmissionFields on FormSubmission {
  id
  formKey
  formVersion
  values
  withheldFields
  submittedBy {
    id
    displayName
  }
  submittedAt
  updatedAt
}`) as unknown as TypedDocumentString<CaseFormsQuery, CaseFormsQueryVariables>;
export const SubmitFormDocument = new TypedDocumentString(`
    mutation SubmitForm($caseId: ID!, $formKey: String!, $values: JSON!) {
  submitForm(caseId: $caseId, formKey: $formKey, values: $values) {
    ...FormSubmissionFields
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  formKey
  formVersion
  values
  withheldFields
  submittedBy {
    id
    displayName
  }
  submittedAt
  updatedAt
}`) as unknown as TypedDocumentString<SubmitFormMutation, SubmitFormMutationVariables>;
export const UpdateSubmissionDocument = new TypedDocumentString(`
    mutation UpdateSubmission($submissionId: ID!, $values: JSON!) {
  updateSubmission(submissionId: $submissionId, values: $values) {
    ...FormSubmissionFields
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  formKey
  formVersion
  values
  withheldFields
  submittedBy {
    id
    displayName
  }
  submittedAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateSubmissionMutation, UpdateSubmissionMutationVariables>;
export const SaveFormDefinitionDocument = new TypedDocumentString(`
    mutation SaveFormDefinition($key: String!, $caseTypes: [CaseType!]!, $definition: JSON!) {
  saveFormDefinition(key: $key, caseTypes: $caseTypes, definition: $definition) {
    ...FormDefinitionFields
  }
}
    fragment FormDefinitionFields on FormDefinition {
  id
  key
  version
  caseTypes
  status
  definition
  createdAt
  publishedAt
}`) as unknown as TypedDocumentString<SaveFormDefinitionMutation, SaveFormDefinitionMutationVariables>;
export const PublishFormDefinitionDocument = new TypedDocumentString(`
    mutation PublishFormDefinition($key: String!, $version: Int!) {
  publishFormDefinition(key: $key, version: $version) {
    ...FormDefinitionFields
  }
}
    fragment FormDefinitionFields on FormDefinition {
  id
  key
  version
  caseTypes
  status
  definition
  createdAt
  publishedAt
}`) as unknown as TypedDocumentString<PublishFormDefinitionMutation, PublishFormDefinitionMutationVariables>;
export const PossibleDuplicatesDocument = new TypedDocumentString(`
    query PossibleDuplicates($input: PossibleDuplicatesInput!) {
  possibleDuplicates(input: $input) {
    personId
    score
    level
    matchedRules
    reachable
    givenName
    familyName
    sex
    dateOfBirth
    cases {
      caseId
      caseNumber
      assignedWorker {
        id
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PossibleDuplicatesQuery, PossibleDuplicatesQueryVariables>;
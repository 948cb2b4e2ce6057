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
  /** The key of one of the agency's case types, in upper snake case: CHILD_PROTECTION, GBV, FOOD_SECURITY. */
  CaseType: { input: string; output: string; }
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

/** An area of the agency's administrative hierarchy (governorate, district, …), for location fields. */
export type AdminArea = {
  __typename?: 'AdminArea';
  /** False: retired; new location values may not name it */
  active: Scalars['Boolean']['output'];
  code: Scalars['String']['output'];
  /** 1 for the top level, the parent’s level + 1 below it */
  level: Scalars['Int']['output'];
  /** Texts by language code; en always */
  name: Scalars['JSON']['output'];
  parentCode?: Maybe<Scalars['String']['output']>;
};

export type AdminAreaImportResult = {
  __typename?: 'AdminAreaImportResult';
  created: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
};

export type AdminAreaInput = {
  /** Default: true for a new area, unchanged for an existing one */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  code: Scalars['String']['input'];
  /** Texts by language code, en required */
  name: Scalars['JSON']['input'];
  /** An area already stored or one of the same import; none for the top level */
  parentCode?: InputMaybe<Scalars['String']['input']>;
};

export type Agency = {
  __typename?: 'Agency';
  code: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** The agency's working calendar: time zone, weekend days (ISO 1 = Monday … 7 = Sunday), holidays. */
export type AgencyCalendar = {
  __typename?: 'AgencyCalendar';
  holidays: Array<AgencyHoliday>;
  timeZone: Scalars['String']['output'];
  weekendDays: Array<Scalars['Int']['output']>;
};

export type AgencyCalendarInput = {
  holidays: Array<AgencyHolidayInput>;
  timeZone: Scalars['String']['input'];
  weekendDays: Array<Scalars['Int']['input']>;
};

export type AgencyHoliday = {
  __typename?: 'AgencyHoliday';
  date: Scalars['String']['output'];
  name: Scalars['String']['output'];
};

export type AgencyHolidayInput = {
  date: Scalars['String']['input'];
  name: Scalars['String']['input'];
};

/** A role of the agency: a named set of permissions from the catalogue. */
export type AgencyRole = {
  __typename?: 'AgencyRole';
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
};

/** A move the workflow allows from the current stage, and what blocks it now. */
export type AllowedTransition = {
  __typename?: 'AllowedTransition';
  blockedBy: Array<WorkflowGuardFailure>;
  closes: Scalars['Boolean']['output'];
  label: Scalars['String']['output'];
  needsApproval: Scalars['Boolean']['output'];
  reasonRequired: Scalars['Boolean']['output'];
  toStage: Scalars['String']['output'];
};

export type ApprovalDecision = {
  __typename?: 'ApprovalDecision';
  approval: WorkflowApproval;
  currentStage: CaseStage;
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

/** One version of a case's care plan: objectives, interventions, approval. */
export type CarePlan = {
  __typename?: 'CarePlan';
  caseId: Scalars['ID']['output'];
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  completedBy?: Maybe<User>;
  /** The note given when the plan was completed */
  completionNote?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<User>;
  decisionComment?: Maybe<Scalars['String']['output']>;
  /** Days between follow-ups the plan sets (the workflow follow-up clock uses it) */
  followUpDays?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  objectives: Array<CarePlanObjective>;
  reviewDate?: Maybe<Scalars['Date']['output']>;
  status: CarePlanStatus;
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  summary?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
};

export type CarePlanDecision =
  | 'APPROVE'
  | 'REJECT';

export type CarePlanDetailsInput = {
  followUpDays?: InputMaybe<Scalars['Int']['input']>;
  reviewDate?: InputMaybe<Scalars['Date']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
};

export type CarePlanInput = {
  /** Days between follow-ups, 1 to 365 */
  followUpDays?: InputMaybe<Scalars['Int']['input']>;
  objectives: Array<CarePlanObjectiveInput>;
  reviewDate?: InputMaybe<Scalars['Date']['input']>;
  summary?: InputMaybe<Scalars['String']['input']>;
};

/** A service chosen from the catalogue for an objective, with its provider or the referral made for it. */
export type CarePlanIntervention = {
  __typename?: 'CarePlanIntervention';
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  provider?: Maybe<ServiceProvider>;
  /** The referral made for this intervention, with its status and outcome */
  referral?: Maybe<Referral>;
  /** The referral made for this intervention */
  referralId?: Maybe<Scalars['ID']['output']>;
  service: ServiceCatalogueEntry;
  status: InterventionStatus;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: User;
};

export type CarePlanInterventionInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  /** A provider of the directory that offers the service */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** The referral of this case made for the intervention */
  referralId?: InputMaybe<Scalars['ID']['input']>;
  /** An active catalogue service the person is eligible for */
  serviceKey: Scalars['String']['input'];
  status?: InputMaybe<InterventionStatus>;
};

/** Fields left out stay as they are. The provider changes only in a draft; the rest also on the approved plan. */
export type CarePlanInterventionUpdateInput = {
  note?: InputMaybe<Scalars['String']['input']>;
  providerId?: InputMaybe<Scalars['ID']['input']>;
  referralId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<InterventionStatus>;
};

export type CarePlanObjective = {
  __typename?: 'CarePlanObjective';
  description: Scalars['String']['output'];
  dueDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  interventions: Array<CarePlanIntervention>;
  /** The need the objective answers */
  need?: Maybe<Scalars['String']['output']>;
  outcome?: Maybe<Scalars['String']['output']>;
  position: Scalars['Int']['output'];
  /** Other parties: who, in words */
  responsibleName?: Maybe<Scalars['String']['output']>;
  responsibleParty: ResponsibleParty;
  /** CASEWORKER and AGENCY_TEAM: the user of the agency */
  responsibleUser?: Maybe<User>;
  status: CarePlanObjectiveStatus;
  updatedAt: Scalars['DateTime']['output'];
  updatedBy: User;
};

export type CarePlanObjectiveInput = {
  description: Scalars['String']['input'];
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  interventions?: InputMaybe<Array<CarePlanInterventionInput>>;
  need?: InputMaybe<Scalars['String']['input']>;
  /** Required when the status is ACHIEVED, PARTIALLY_ACHIEVED or NOT_ACHIEVED */
  outcome?: InputMaybe<Scalars['String']['input']>;
  /** Other parties: who, in words */
  responsibleName?: InputMaybe<Scalars['String']['input']>;
  responsibleParty: ResponsibleParty;
  /** CASEWORKER and AGENCY_TEAM: a user of the agency */
  responsibleUserId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CarePlanObjectiveStatus>;
};

export type CarePlanObjectiveStatus =
  | 'ACHIEVED'
  | 'CANCELLED'
  | 'IN_PROGRESS'
  | 'NOT_ACHIEVED'
  | 'NOT_STARTED'
  | 'PARTIALLY_ACHIEVED';

/** Fields left out stay as they are. Content fields change only in a draft; status and outcome also on the approved plan. */
export type CarePlanObjectiveUpdateInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  dueDate?: InputMaybe<Scalars['Date']['input']>;
  need?: InputMaybe<Scalars['String']['input']>;
  outcome?: InputMaybe<Scalars['String']['input']>;
  responsibleName?: InputMaybe<Scalars['String']['input']>;
  responsibleParty?: InputMaybe<ResponsibleParty>;
  responsibleUserId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<CarePlanObjectiveStatus>;
};

export type CarePlanStatus =
  /** The plan in force; progress is recorded on it */
  | 'APPROVED'
  /** Carried out: the approved plan completed once every objective was closed (completeCarePlan) */
  | 'COMPLETED'
  /** Being written; the only status in which its content changes */
  | 'DRAFT'
  /** Submitted; a supervisor of the case's team approves or rejects it */
  | 'PENDING_APPROVAL'
  /** Not approved (see decisionComment); a new version is made instead */
  | 'REJECTED'
  /** Was approved; a newer version has been approved since */
  | 'SUPERSEDED';

/** A protection case about one person, assigned to one worker. */
export type Case = {
  __typename?: 'Case';
  /** The moves the workflow allows from the current stage, each with the guards that block it now. */
  allowedTransitions: Array<AllowedTransition>;
  assignedWorker: User;
  /** The care plan in force: the newest approved version, else the newest version. */
  carePlan?: Maybe<CarePlan>;
  /** Every version of the care plan, newest first. */
  carePlans: Array<CarePlan>;
  /** Human-readable, unique in the agency, e.g. HVN-2026-000123 */
  caseNumber: Scalars['String']['output'];
  caseType: Scalars['CaseType']['output'];
  /** Overrides of consent recorded for this case, newest first. */
  consentOverrides: Array<ConsentOverride>;
  /** Consents recorded for this case, newest first, withdrawn ones included. */
  consents: Array<Consent>;
  createdAt: Scalars['DateTime']['output'];
  currentStage?: Maybe<CaseStage>;
  /** Clocks running on the case, soonest first. */
  deadlines: Array<CaseDeadline>;
  /** Live (not withdrawn) documents of the case you may see, with their versions. */
  documents: CaseDocuments;
  /** Forms filled in for this case (of one form when formKey is given), drafts included, newest first. */
  formSubmissions: Array<FormSubmission>;
  /** Who changed which field when, newest first. Values only for fields the viewer may see. */
  history: Array<CaseChange>;
  id: Scalars['ID']['output'];
  /** What happened, in the words recorded. Confidential: the assigned worker only; encrypted at rest. */
  incidentNarrative?: Maybe<Scalars['String']['output']>;
  /** Case notes, newest first (by when they occurred). */
  notes: CaseNoteConnection;
  /** Who is alleged to have caused harm. Confidential: the assigned worker only; encrypted at rest. */
  perpetratorDetails?: Maybe<Scalars['String']['output']>;
  person: Person;
  /** Referrals of this case, newest first. */
  referrals: Array<Referral>;
  /** How the person is to be kept safe. Confidential: the assigned worker only; encrypted at rest. */
  safetyPlan?: Maybe<Scalars['String']['output']>;
  /** Shares of this case, newest first: all of them for those who work it, her own for a grantee. */
  shares: Array<CaseShare>;
  /** Every stage change of the case, oldest first. */
  stageHistory: Array<StageChange>;
  status: CaseStatus;
  /** The team the case is worked in; its supervisors reach the case. */
  teamId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  viewerAccess: CaseAccess;
  /** Approval requests of the case, newest first. */
  workflowApprovals: Array<WorkflowApproval>;
};


/** A protection case about one person, assigned to one worker. */
export type CaseFormSubmissionsArgs = {
  formKey?: InputMaybe<Scalars['String']['input']>;
};


/** A protection case about one person, assigned to one worker. */
export type CaseNotesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<NoteType>;
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

/** A clock running on a case: a stage limit, a follow-up or a review. */
export type CaseDeadline = {
  __typename?: 'CaseDeadline';
  basis?: Maybe<Scalars['String']['output']>;
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** stage_limit, follow_up or review */
  kind: Scalars['String']['output'];
  stage: Scalars['String']['output'];
  startedAt: Scalars['DateTime']['output'];
};

/** Confidential details; only the fields given change, an empty text clears one. */
export type CaseDetailsInput = {
  incidentNarrative?: InputMaybe<Scalars['String']['input']>;
  perpetratorDetails?: InputMaybe<Scalars['String']['input']>;
  safetyPlan?: InputMaybe<Scalars['String']['input']>;
};

/** Documents you may see, newest first. withheldCount counts the live documents of the case you may not see (restricted or confidential), so you know they exist. */
export type CaseDocuments = {
  __typename?: 'CaseDocuments';
  nodes: Array<Document>;
  withheldCount: Scalars['Int']['output'];
};

/** One case exported with a stated reason: the fields the viewer may read; the others are named. */
export type CaseExport = {
  __typename?: 'CaseExport';
  caseNumber: Scalars['String']['output'];
  fields: Array<ExportedField>;
  generatedAt: Scalars['DateTime']['output'];
  withheldFields: Array<Scalars['String']['output']>;
};

/** A typed, timestamped, attributed note of a case. A correction is a new note that supersedes the old. */
export type CaseNote = {
  __typename?: 'CaseNote';
  author: User;
  body?: Maybe<Scalars['String']['output']>;
  caseId: Scalars['ID']['output'];
  classification: RecordClassification;
  createdAt: Scalars['DateTime']['output'];
  durationMinutes?: Maybe<Scalars['Int']['output']>;
  id: Scalars['ID']['output'];
  noteType: NoteType;
  occurredAt: Scalars['DateTime']['output'];
  subject?: Maybe<Scalars['String']['output']>;
  superseded: Scalars['Boolean']['output'];
  /** The note that corrects this one. */
  supersededById?: Maybe<Scalars['ID']['output']>;
  /** The note this one corrects. */
  supersedesId?: Maybe<Scalars['ID']['output']>;
};

/** Notes you may read, newest first. Notes you may not read are not listed; withheldRestricted and withheldConfidential count them so you know they exist. */
export type CaseNoteConnection = {
  __typename?: 'CaseNoteConnection';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<CaseNote>;
  /** Notes you may read (of the type asked for). */
  totalCount: Scalars['Int']['output'];
  withheldConfidential: Scalars['Int']['output'];
  withheldRestricted: Scalars['Int']['output'];
};

export type CaseNoteInput = {
  /** At most 20000 characters */
  body: Scalars['String']['input'];
  /** STANDARD by default */
  classification?: InputMaybe<RecordClassification>;
  /** 1 to 1440 */
  durationMinutes?: InputMaybe<Scalars['Int']['input']>;
  noteType: NoteType;
  /** When it happened; not in the future. */
  occurredAt: Scalars['DateTime']['input'];
  /** At most 200 characters */
  subject?: InputMaybe<Scalars['String']['input']>;
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
  /** The stage, for the stages of the shipped workflows; stageKey names any stage. */
  stage: WorkflowStage;
  /** The stage's key in the case's workflow definition */
  stageKey: Scalars['String']['output'];
  workflowKey: Scalars['String']['output'];
  /** The definition version the case runs on */
  workflowVersion: Scalars['Int']['output'];
};

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN';

/** One of the agency's case types: its forms, the registration fields it makes mandatory, the classifications it tightens and its workflow. */
export type CaseTypeDefinition = {
  __typename?: 'CaseTypeDefinition';
  /** False: retired; new cases may not use it */
  active: Scalars['Boolean']['output'];
  /** Shipped with Haven */
  builtIn: Scalars['Boolean']['output'];
  /** The classification of its form fields that do not name one */
  defaultFormClassification: Scalars['String']['output'];
  description?: Maybe<Scalars['JSON']['output']>;
  /** Field path → standard | restricted | confidential, tightening the built-in classification for its cases */
  fieldClassifications: Scalars['JSON']['output'];
  /** Keys of its forms, in the order the case page shows them */
  formKeys: Array<Scalars['String']['output']>;
  /** As createCase and Case.caseType name it (GBV, CHILD_PROTECTION, FOOD_SECURITY) */
  key: Scalars['CaseType']['output'];
  /** Texts by language code; en always */
  label: Scalars['JSON']['output'];
  /** Registration fields createCase requires for it (person.dateOfBirth, …) */
  mandatoryFields: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  workflowKey: Scalars['String']['output'];
};

export type ClosureCategory =
  | 'CLIENT_DISENGAGED'
  | 'DECEASED'
  | 'NO_LONGER_ELIGIBLE'
  | 'OBJECTIVES_MET'
  | 'OTHER'
  | 'RELOCATED'
  | 'SURVIVOR_REQUEST'
  | 'TRANSFERRED';

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
  caseType: Scalars['CaseType']['input'];
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
  /** EXTERNAL: the provider of the directory */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** Why the person is referred */
  reason?: InputMaybe<Scalars['String']['input']>;
  /** The service referred for, in words (defaults to the catalogue name) */
  service?: InputMaybe<Scalars['String']['input']>;
  /** The catalogue service referred for: active, the person eligible, offered by the provider; an INTERNAL referral without a team goes to the team that delivers it */
  serviceKey?: InputMaybe<Scalars['String']['input']>;
  /** EXTERNAL: a partner organisation without a directory entry (set from the provider's otherwise) */
  toOrganisationId?: InputMaybe<Scalars['ID']['input']>;
  /** INTERNAL: the receiving programme of the agency */
  toProgramme?: InputMaybe<Scalars['String']['input']>;
  /** INTERNAL: the receiving team (or toProgramme, or both) */
  toTeamId?: InputMaybe<Scalars['ID']['input']>;
  /** NORMAL when left out */
  urgency?: InputMaybe<ReferralUrgency>;
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

/** A document of a case, classified like a field, versioned, encrypted at rest. */
export type Document = {
  __typename?: 'Document';
  caseId: Scalars['ID']['output'];
  classification: RecordClassification;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  currentVersion: Scalars['Int']['output'];
  documentType: DocumentType;
  id: Scalars['ID']['output'];
  /** Set for a person photo. */
  personId?: Maybe<Scalars['ID']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
  versions: Array<DocumentVersion>;
  withdrawnAt?: Maybe<Scalars['DateTime']['output']>;
};

/** The decrypted bytes of one version, base64 (standard alphabet, padded). */
export type DocumentContent = {
  __typename?: 'DocumentContent';
  contentBase64: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  documentId: Scalars['ID']['output'];
  fileName: Scalars['String']['output'];
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  version: Scalars['Int']['output'];
};

export type DocumentType =
  | 'ASSESSMENT'
  | 'CONSENT_FORM'
  | 'CORRESPONDENCE'
  | 'IDENTITY_DOCUMENT'
  | 'LEGAL_DOCUMENT'
  | 'MEDICAL_REPORT'
  | 'OTHER'
  | 'PHOTO';

/** One uploaded version: what was checked and stored (encrypted), never the bytes. */
export type DocumentVersion = {
  __typename?: 'DocumentVersion';
  contentType: Scalars['String']['output'];
  fileName: Scalars['String']['output'];
  /** SHA-256 of the content, hex */
  sha256: Scalars['String']['output'];
  sizeBytes: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  uploadedBy: User;
  version: Scalars['Int']['output'];
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

/** A file sent inline: its name, its declared type and its bytes as base64 (padded, no line breaks). */
export type FileUploadInput = {
  contentBase64: Scalars['String']['input'];
  contentType: Scalars['String']['input'];
  fileName: Scalars['String']['input'];
};

/** One version of a form: sections, fields, rules, skip logic and calculations, with translated labels and a classification per field. */
export type FormDefinition = {
  __typename?: 'FormDefinition';
  caseTypes: Array<Scalars['CaseType']['output']>;
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
  /** The version it was validated against (a draft: pinned) */
  formVersion: Scalars['Int']['output'];
  id: Scalars['ID']['output'];
  status: FormSubmissionStatus;
  submittedAt: Scalars['DateTime']['output'];
  submittedBy: User;
  updatedAt: Scalars['DateTime']['output'];
  /** Values by field key, calculations included, without the values of fields the viewer may not read (see withheldFields). */
  values: Scalars['JSON']['output'];
  /** Restricted or confidential fields of the form whose values are withheld from the viewer (the web shows "[Restricted]"). */
  withheldFields: Array<Scalars['String']['output']>;
};

export type FormSubmissionStatus =
  /** Saved while being filled in; checked for shape only */
  | 'DRAFT'
  /** Validated in full against its form version */
  | 'SUBMITTED';

/** People living together, one of them its head; memberships that ended stay as history. */
export type Household = {
  __typename?: 'Household';
  createdAt: Scalars['DateTime']['output'];
  head?: Maybe<HouseholdMember>;
  id: Scalars['ID']['output'];
  label?: Maybe<Scalars['String']['output']>;
  /** Members in the order they joined; former members too unless currentOnly. */
  members: Array<HouseholdMember>;
  updatedAt: Scalars['DateTime']['output'];
};


/** People living together, one of them its head; memberships that ended stay as history. */
export type HouseholdMembersArgs = {
  currentOnly?: InputMaybe<Scalars['Boolean']['input']>;
};

/** A person's membership of a household. A member who has a case of their own that you do not reach shows only the relationship and dates: person is null and personWithheld says why. */
export type HouseholdMember = {
  __typename?: 'HouseholdMember';
  addedBy: User;
  current: Scalars['Boolean']['output'];
  joinedAt: Scalars['DateTime']['output'];
  leftAt?: Maybe<Scalars['DateTime']['output']>;
  person?: Maybe<Person>;
  /** Null when the person is withheld. */
  personId?: Maybe<Scalars['ID']['output']>;
  /** NOT_REACHED: the member has a case of their own that you do not reach. */
  personWithheld?: Maybe<Scalars['String']['output']>;
  relationship: HouseholdRelationship;
};

/** Either an existing person you reach (personId) or a new person recorded without a case of their own. */
export type HouseholdMemberInput = {
  newPerson?: InputMaybe<NewHouseholdPersonInput>;
  personId?: InputMaybe<Scalars['ID']['input']>;
  relationship: HouseholdRelationship;
};

/** A member's relationship to the head of the household. */
export type HouseholdRelationship =
  | 'CAREGIVER'
  | 'CHILD'
  | 'GRANDCHILD'
  | 'GRANDPARENT'
  | 'HEAD'
  | 'NON_RELATIVE'
  | 'OTHER_RELATIVE'
  | 'PARENT'
  | 'SIBLING'
  | 'SPOUSE_PARTNER'
  | 'STEPCHILD';

/** An internal referral to one of the viewer's teams: the case number and the referral, not the case record. */
export type IncomingReferral = {
  __typename?: 'IncomingReferral';
  caseNumber: Scalars['String']['output'];
  referral: Referral;
};

export type InterventionStatus =
  | 'CANCELLED'
  | 'DELIVERED'
  | 'IN_PROGRESS'
  | 'PLANNED';

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
  /** Adds an objective, with its interventions, to a draft. */
  addCarePlanObjective: CarePlan;
  addCaseNote: CaseNote;
  addHouseholdMember: Household;
  /** Adds an intervention to an objective of a draft. */
  addIntervention: CarePlan;
  /** Records an identifier of a case's person (those who work the case and read restricted fields). */
  addPersonIdentifier: PersonIdentifier;
  /** Approves a pending move (a supervisor of the case's team; not one's own request). */
  approveTransition: ApprovalDecision;
  /** Reassigns a case to another member of its team (supervisors of the case's team). */
  assignCase: Case;
  assignRoles: StaffMember;
  /** Users from CSV (header email,display_name,roles,teams; ";" between roles and between teams). All or nothing. */
  bulkCreateUsers: Array<CreatedUser>;
  /** Withdraws a PENDING or ACCEPTED referral, which becomes CANCELLED: those who work the referring case (the receiving team declines instead), with a reason of 5 to 2000 characters kept on the referral. A DECLINED, COMPLETED or CANCELLED referral is refused with CONFLICT. */
  cancelReferral: Referral;
  /** Completes the APPROVED plan (it becomes COMPLETED): those who work the case, once every objective is closed (ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED or CANCELLED); an objective still NOT_STARTED or IN_PROGRESS is refused with CONFLICT, its message naming the open objectives. A completed plan takes no more progress; a new version may still be started. */
  completeCarePlan: CarePlan;
  /** Records the outcome (required) and feedback of an accepted referral, which becomes COMPLETED. */
  completeReferral: Referral;
  /** Activates MFA with a first code; returns single-use recovery codes, shown only this once. */
  confirmMfaEnrolment: Array<Scalars['String']['output']>;
  /** Writes a correction that supersedes the note; both stay in the history. */
  correctCaseNote: CaseNote;
  /** Starts a new version of the care plan as a draft (version = previous + 1). Services must be active and the person eligible; providers must offer the service. Every problem comes back at once under "input". */
  createCarePlan: CarePlan;
  /** Registers a person and opens a case assigned to the signed-in worker. */
  createCase: Case;
  /** Creates a household around a case's person, who becomes its first member (by default its head). */
  createHousehold: Household;
  createOAuthClient: CreatedOAuthClient;
  createPersonalAccessToken: CreatedPersonalAccessToken;
  /** Refers a case; needs the case's referral consent, or consentOverrideReason with consent:override. */
  createReferral: Referral;
  createRole: AgencyRole;
  createTeam: Team;
  /** A new user without a password, and their one-time set-up token. */
  createUser: CreatedUser;
  /** Approves or rejects a plan awaiting approval (a supervisor of the case's team, not the plan's maker or submitter unless careplan:self_approve). REJECT needs a comment; APPROVE supersedes the previously approved version. */
  decideCarePlan: CarePlan;
  disableUser: StaffMember;
  /** Ends a membership (leftAt); it stays listed as history. */
  endHouseholdMembership: Household;
  /** The filtered audit log as CSV. Needs a reason, which is recorded. */
  exportAuditEvents: AuditExport;
  /** Exports one case, with a reason that is kept in the audit trail. */
  exportCase: CaseExport;
  /** Revokes every web session of the user; returns how many were live. */
  forceSignOut: Scalars['Int']['output'];
  /** Adds or updates areas by code (form:manage), in one transaction. Every problem comes back at once, under "areas". */
  importAdminAreas: AdminAreaImportResult;
  /** Starts transferring a case to a partner organisation; needs an information-sharing consent naming the partner, or consentOverrideReason with consent:override. */
  initiateTransfer: Transfer;
  markNotificationRead: Notification;
  /** Merges a duplicate person into the one kept: cases move, identifiers are copied, nothing is deleted; with a reason, audited. */
  mergePersons: PersonMerge;
  /** Moves running cases from one version of a workflow to a published newer one (workflow:manage); cases in a stage the new version lacks stay. */
  migrateWorkflowCases: WorkflowMigration;
  /** Opens a case outside the viewer's reach for a few hours (at most 12), with a reason; the agency's auditors are alerted. */
  openEmergencyAccess: EmergencyAccess;
  /** A standing override of the REPORTING or SERVICES consent of a case, with a reason (consent:override). Referrals and transfers take their own consentOverrideReason instead, so each override allows one step. */
  overrideConsent: ConsentOverride;
  /** Publishes a draft version; new submissions use it. A published version never changes. */
  publishFormDefinition: FormDefinition;
  /** Publishes a draft; new cases start on it, running cases keep their version. */
  publishWorkflowDefinition: WorkflowDefinition;
  /** Records consent given for a case (those who work the case). */
  recordConsent: Consent;
  /** Rejects a pending move, with a comment (required). */
  rejectTransition: ApprovalDecision;
  /** Reserves a block of case numbers (at most 500) for one of your devices. */
  reserveCaseNumberBlock: CaseNumberBlock;
  resetUserMfa: StaffMember;
  /** Accepts or declines a pending referral (DECLINE needs declineReason): the receiving team's members and supervisors for an internal referral to a team; for the others those who work the case, on the provider's behalf. */
  respondToReferral: Referral;
  /** Ends one of the signed-in user’s own sessions (for example on a lost phone). */
  revokeMySession: Session;
  revokeOAuthClient: OAuthClient;
  revokePersonalAccessToken: PersonalAccessToken;
  revokeShare: CaseShare;
  /** Adds a case type or changes one (form:manage). Every problem comes back at once, under "input". */
  saveCaseType: CaseTypeDefinition;
  /** Saves a new draft version of a form (form:manage). Every problem of the definition comes back at once, with its path under "definition". */
  saveFormDefinition: FormDefinition;
  /** Saves a draft of a form for a case: a new one pinned to the newest published version, or new values for the draft submissionId names. Only the shape and type of the values are checked. */
  saveFormDraft: FormSubmission;
  /** Adds a service to the catalogue or changes the one with the same key (form:manage). */
  saveService: ServiceCatalogueEntry;
  /** Adds a provider to the directory, or changes one when providerId is given (form:manage). */
  saveServiceProvider: ServiceProvider;
  /** Creates an identity provider (no id) or updates one, after checking its issuer answers OpenID discovery. */
  saveSsoProvider: SsoProvider;
  /** Saves a new draft version of a workflow (workflow:manage). Every problem comes back at once, under "definition". */
  saveWorkflowDefinition: WorkflowDefinition;
  /** Retires an area or brings it back (form:manage). */
  setAdminAreaActive: AdminArea;
  /** Sets the agency's working calendar (workflow:manage). */
  setAgencyCalendar: AgencyCalendar;
  setHouseholdHead: Household;
  /** Changes the agency's duplicate-detection rules (programme managers). */
  setMatchingRules: MatchingRules;
  /** Sets the photo of a case's person (JPEG, PNG or WebP): a restricted document of type PHOTO. */
  setPersonPhoto: Document;
  /** Takes a provider out of the directory (no new interventions or referrals choose it) or back. */
  setProviderActive: ServiceProvider;
  /** Takes a service out of use (no new care plans or referrals choose it) or back into use. */
  setServiceActive: ServiceCatalogueEntry;
  /** Turns an identity provider on or off; a disabled one signs nobody in. */
  setSsoProviderEnabled: SsoProvider;
  /** Sets the inactivity threshold and the caseload targets of the agency (workflow:manage). */
  setSupervisionSettings: SupervisionSettings;
  setTeamMembers: Team;
  /** Shares a case with a named colleague, with a reason and an expiry (at most 90 days). Restricted fields only when the assigned worker shares them. */
  shareCase: CaseShare;
  startMfaEnrolment: MfaEnrolment;
  /** Sends a draft for approval by a supervisor of the case's team. */
  submitCarePlan: CarePlan;
  /** Fills in a form for a case, validated against the newest published version (recorded with the submission). Invalid values: BAD_USER_INPUT with the path of each under "values"; nothing is stored. */
  submitForm: FormSubmission;
  /** Submits a draft (with new values when given), validated in full against its pinned version; on any problem BAD_USER_INPUT and the draft stays as it was. */
  submitFormDraft: FormSubmission;
  /** Moves a case to a stage, or requests approval when the move needs it. Failed guards: FORBIDDEN (role, permission) or CONFLICT (forms, consent, care plan, closure documentation), each under extensions.fields at ["guards", guard]. */
  transitionCase: TransitionOutcome;
  /** Changes the summary, review date or follow-up days of a draft. */
  updateCarePlan: CarePlan;
  /** Changes an objective: content in a draft; status and outcome in a draft or the approved plan (an outcome is required for ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED). */
  updateCarePlanObjective: CarePlan;
  /** Records confidential details of a case (assigned worker only); encrypted at rest. */
  updateCaseDetails: Case;
  /** Changes an intervention: the provider in a draft; status, note and referral in a draft or the approved plan. */
  updateIntervention: CarePlan;
  /** Corrects the registration details of a case's person; every change is kept in the case history. */
  updatePerson: Case;
  updateRolePermissions: AgencyRole;
  /** Replaces the values of a submission, validated against the version the submission used. */
  updateSubmission: FormSubmission;
  uploadDocument: Document;
  uploadDocumentVersion: Document;
  /** Records that a consent was withdrawn; from now on it allows nothing. */
  withdrawConsent: Consent;
  /** Withdraws a document with a reason; it is kept but no longer listed or served. */
  withdrawDocument: Document;
};


export type MutationAcknowledgeAccessAlertArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAddCarePlanObjectiveArgs = {
  carePlanId: Scalars['ID']['input'];
  input: CarePlanObjectiveInput;
};


export type MutationAddCaseNoteArgs = {
  caseId: Scalars['ID']['input'];
  input: CaseNoteInput;
};


export type MutationAddHouseholdMemberArgs = {
  householdId: Scalars['ID']['input'];
  input: HouseholdMemberInput;
};


export type MutationAddInterventionArgs = {
  input: CarePlanInterventionInput;
  objectiveId: Scalars['ID']['input'];
};


export type MutationAddPersonIdentifierArgs = {
  caseId: Scalars['ID']['input'];
  kind: Scalars['String']['input'];
  value: Scalars['String']['input'];
};


export type MutationApproveTransitionArgs = {
  approvalId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
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


export type MutationCancelReferralArgs = {
  reason: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
};


export type MutationCompleteCarePlanArgs = {
  carePlanId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCompleteReferralArgs = {
  feedback?: InputMaybe<Scalars['String']['input']>;
  outcome: Scalars['String']['input'];
  referralId: Scalars['ID']['input'];
};


export type MutationConfirmMfaEnrolmentArgs = {
  code: Scalars['String']['input'];
};


export type MutationCorrectCaseNoteArgs = {
  input: CaseNoteInput;
  noteId: Scalars['ID']['input'];
};


export type MutationCreateCarePlanArgs = {
  caseId: Scalars['ID']['input'];
  input: CarePlanInput;
};


export type MutationCreateCaseArgs = {
  input: CreateCaseInput;
};


export type MutationCreateHouseholdArgs = {
  caseId: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  relationship?: InputMaybe<HouseholdRelationship>;
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


export type MutationDecideCarePlanArgs = {
  carePlanId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
  decision: CarePlanDecision;
};


export type MutationDisableUserArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationEndHouseholdMembershipArgs = {
  householdId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
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


export type MutationImportAdminAreasArgs = {
  areas: Array<AdminAreaInput>;
};


export type MutationInitiateTransferArgs = {
  caseId: Scalars['ID']['input'];
  consentOverrideReason?: InputMaybe<Scalars['String']['input']>;
  partnerId: Scalars['ID']['input'];
};


export type MutationMarkNotificationReadArgs = {
  id: Scalars['ID']['input'];
};


export type MutationMergePersonsArgs = {
  keptPersonId: Scalars['ID']['input'];
  mergedPersonId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationMigrateWorkflowCasesArgs = {
  fromVersion: Scalars['Int']['input'];
  key: Scalars['String']['input'];
  toVersion: Scalars['Int']['input'];
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


export type MutationPublishWorkflowDefinitionArgs = {
  key: Scalars['String']['input'];
  version: Scalars['Int']['input'];
};


export type MutationRecordConsentArgs = {
  caseId: Scalars['ID']['input'];
  input: RecordConsentInput;
};


export type MutationRejectTransitionArgs = {
  approvalId: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
};


export type MutationReserveCaseNumberBlockArgs = {
  deviceLabel: Scalars['String']['input'];
  size: Scalars['Int']['input'];
};


export type MutationResetUserMfaArgs = {
  userId: Scalars['ID']['input'];
};


export type MutationRespondToReferralArgs = {
  decision: ReferralDecision;
  declineReason?: InputMaybe<Scalars['String']['input']>;
  note?: InputMaybe<Scalars['String']['input']>;
  referralId: Scalars['ID']['input'];
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


export type MutationSaveCaseTypeArgs = {
  input: SaveCaseTypeInput;
};


export type MutationSaveFormDefinitionArgs = {
  caseTypes: Array<Scalars['CaseType']['input']>;
  definition: Scalars['JSON']['input'];
  key: Scalars['String']['input'];
};


export type MutationSaveFormDraftArgs = {
  caseId: Scalars['ID']['input'];
  formKey: Scalars['String']['input'];
  submissionId?: InputMaybe<Scalars['ID']['input']>;
  values: Scalars['JSON']['input'];
};


export type MutationSaveServiceArgs = {
  input: ServiceInput;
};


export type MutationSaveServiceProviderArgs = {
  input: ServiceProviderInput;
  providerId?: InputMaybe<Scalars['ID']['input']>;
};


export type MutationSaveSsoProviderArgs = {
  id?: InputMaybe<Scalars['ID']['input']>;
  input: SsoProviderInput;
};


export type MutationSaveWorkflowDefinitionArgs = {
  definition: Scalars['JSON']['input'];
  key: Scalars['String']['input'];
};


export type MutationSetAdminAreaActiveArgs = {
  active: Scalars['Boolean']['input'];
  code: Scalars['String']['input'];
};


export type MutationSetAgencyCalendarArgs = {
  input: AgencyCalendarInput;
};


export type MutationSetHouseholdHeadArgs = {
  householdId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  previousHeadRelationship?: InputMaybe<HouseholdRelationship>;
};


export type MutationSetMatchingRulesArgs = {
  rules: MatchingRulesInput;
};


export type MutationSetPersonPhotoArgs = {
  caseId: Scalars['ID']['input'];
  file: FileUploadInput;
};


export type MutationSetProviderActiveArgs = {
  active: Scalars['Boolean']['input'];
  providerId: Scalars['ID']['input'];
};


export type MutationSetServiceActiveArgs = {
  active: Scalars['Boolean']['input'];
  key: Scalars['String']['input'];
};


export type MutationSetSsoProviderEnabledArgs = {
  enabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationSetSupervisionSettingsArgs = {
  input: SupervisionSettingsInput;
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


export type MutationSubmitCarePlanArgs = {
  carePlanId: Scalars['ID']['input'];
};


export type MutationSubmitFormArgs = {
  caseId: Scalars['ID']['input'];
  formKey: Scalars['String']['input'];
  values: Scalars['JSON']['input'];
};


export type MutationSubmitFormDraftArgs = {
  submissionId: Scalars['ID']['input'];
  values?: InputMaybe<Scalars['JSON']['input']>;
};


export type MutationTransitionCaseArgs = {
  caseId: Scalars['ID']['input'];
  input?: InputMaybe<TransitionInput>;
  reason?: InputMaybe<Scalars['String']['input']>;
  toStage: Scalars['String']['input'];
};


export type MutationUpdateCarePlanArgs = {
  carePlanId: Scalars['ID']['input'];
  input: CarePlanDetailsInput;
};


export type MutationUpdateCarePlanObjectiveArgs = {
  input: CarePlanObjectiveUpdateInput;
  objectiveId: Scalars['ID']['input'];
};


export type MutationUpdateCaseDetailsArgs = {
  caseId: Scalars['ID']['input'];
  input: CaseDetailsInput;
};


export type MutationUpdateInterventionArgs = {
  input: CarePlanInterventionUpdateInput;
  interventionId: Scalars['ID']['input'];
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


export type MutationUploadDocumentArgs = {
  caseId: Scalars['ID']['input'];
  input: UploadDocumentInput;
};


export type MutationUploadDocumentVersionArgs = {
  documentId: Scalars['ID']['input'];
  input: FileUploadInput;
};


export type MutationWithdrawConsentArgs = {
  consentId: Scalars['ID']['input'];
};


export type MutationWithdrawDocumentArgs = {
  documentId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

/** A person recorded as a household member, without a case of their own. */
export type NewHouseholdPersonInput = {
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  familyName: Scalars['String']['input'];
  givenName: Scalars['String']['input'];
  sex: Sex;
};

export type NoteType =
  | 'CASE_CONFERENCE'
  | 'CONTACT'
  | 'FOLLOW_UP'
  | 'HOME_VISIT'
  | 'OFFICE_VISIT'
  | 'OTHER'
  | 'PHONE_CALL'
  | 'SUPERVISION';

export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  caseId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  emailStatus: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** due, overdue, escalation, approval_requested or approval_decided */
  kind: Scalars['String']['output'];
  readAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
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
  /** The cases of this person that you reach (a person may appear in several over time), oldest first. */
  cases: Array<Case>;
  /** Restricted: the assigned worker and holders of a restricted share. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** Restricted: the assigned worker and holders of a restricted share. */
  currentAddress?: Maybe<Scalars['String']['output']>;
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  familyName: Scalars['String']['output'];
  fullName: Scalars['String']['output'];
  givenName: Scalars['String']['output'];
  /** The households this person belongs or belonged to, that you reach. */
  households: Array<Household>;
  id: Scalars['ID']['output'];
  /** Restricted: identifiers single a person out as surely as a phone number or an address. */
  identifiers?: Maybe<Array<PersonIdentifier>>;
  /** Restricted: a face identifies as surely as a phone number. */
  photo?: Maybe<PersonPhoto>;
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

/** The current photo of a person: metadata and the image as a data URL (data:image/…;base64,…), ready for an <img>. */
export type PersonPhoto = {
  __typename?: 'PersonPhoto';
  contentType: Scalars['String']['output'];
  dataUrl: Scalars['String']['output'];
  documentId: Scalars['ID']['output'];
  sizeBytes: Scalars['Int']['output'];
  uploadedAt: Scalars['DateTime']['output'];
  version: Scalars['Int']['output'];
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
  adminArea?: Maybe<AdminArea>;
  /** Areas of your agency: the children of parentCode, or all of one level, or the top level when neither is given; by code. */
  adminAreas: Array<AdminArea>;
  agencyCalendar: AgencyCalendar;
  /** The audit log of the viewer’s agency, newest first (auditors). */
  auditEvents: AuditEventConnection;
  case: Case;
  /** Everyone who read, changed or was refused a case, newest first (auditors). */
  caseAccessLog: AuditEventConnection;
  /** Anonymised case counts of the viewer’s agency by case type and status. */
  caseCounts: Array<CaseCount>;
  /** The case types of your agency, retired ones included (active: false). */
  caseTypes: Array<CaseTypeDefinition>;
  /** The bytes of a version of a document (the current one by default), for those who may see it. */
  documentContent: DocumentContent;
  /** One version of a form; the newest published one when no version is given. */
  formDefinition: FormDefinition;
  /** The newest published version of each form of the agency, for a case type when given. */
  formDefinitions: Array<FormDefinition>;
  /** Internal referrals to the viewer's teams (as member or supervisor), newest first: the case number and the referral, not the case. */
  incomingReferrals: Array<IncomingReferral>;
  matchingRules: MatchingRules;
  me: Me;
  /** The case-number blocks reserved for your devices, newest first. */
  myCaseNumberBlocks: Array<CaseNumberBlock>;
  /** Cases assigned to the signed-in worker, most recently updated first. */
  myCaseload: CaseConnection;
  myMfa: MfaStatus;
  /** The viewer's notifications, newest first (at most 200). */
  myNotifications: Array<Notification>;
  myOAuthClients: Array<OAuthClient>;
  myPersonalAccessTokens: Array<PersonalAccessToken>;
  /** The signed-in user’s live web sessions, most recently used first. */
  mySessions: Array<Session>;
  partnerOrganisations: Array<PartnerOrganisation>;
  /** Approvals waiting on cases of the teams the viewer supervises, oldest first. */
  pendingApprovals: Array<WorkflowApproval>;
  /** Search before create: registered persons of the agency who may be this one, best first, scored by the agency’s matching rules. Merged records are left out. */
  possibleDuplicates: Array<DuplicateCandidate>;
  roles: Array<AgencyRole>;
  /** Persons you reach (through a case, or a relative through a household) whose name sounds like the query, in Arabic or Latin script, or who hold an identifier with the query as its value. Best matches first; at most 50. */
  searchPersons: Array<Person>;
  /** The agency's service catalogue. With caseId, each entry says whether the case's person is eligible, and why not. */
  serviceCatalogue: Array<ServiceCatalogueEntry>;
  /** The provider directory: of a service and covering an area (or an area above it) when given. */
  serviceProviders: Array<ServiceProvider>;
  /** The identity providers of the viewer’s agency (user:manage). */
  ssoProviders: Array<SsoProvider>;
  /** All staff of the viewer’s agency, disabled ones included, with roles and teams. */
  staff: Array<StaffMember>;
  supervisionSettings: SupervisionSettings;
  /** The supervisor’s queue of the teams the viewer supervises (teamId: one of them). FORBIDDEN for anyone who supervises no team, or a team she does not supervise. */
  supervisorQueue: SupervisorQueue;
  /** Cases of the teams the signed-in supervisor supervises, most recently updated first. */
  teamCaseload: CaseConnection;
  teams: Array<Team>;
  /** Active staff of the viewer’s agency. */
  users: Array<User>;
  /** Versions of the agency workflows, newest first; drafts only for workflow:manage. */
  workflowDefinitions: Array<WorkflowDefinition>;
};


export type QueryAccessAlertsArgs = {
  onlyOpen?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryAdminAreaArgs = {
  code: Scalars['String']['input'];
};


export type QueryAdminAreasArgs = {
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  level?: InputMaybe<Scalars['Int']['input']>;
  parentCode?: InputMaybe<Scalars['String']['input']>;
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


export type QueryDocumentContentArgs = {
  documentId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFormDefinitionArgs = {
  key: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFormDefinitionsArgs = {
  caseType?: InputMaybe<Scalars['CaseType']['input']>;
};


export type QueryIncomingReferralsArgs = {
  status?: InputMaybe<ReferralStatus>;
};


export type QueryMyCaseloadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMyNotificationsArgs = {
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryPossibleDuplicatesArgs = {
  input: PossibleDuplicatesInput;
};


export type QuerySearchPersonsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QueryServiceCatalogueArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryServiceProvidersArgs = {
  areaCode?: InputMaybe<Scalars['String']['input']>;
  includeInactive?: InputMaybe<Scalars['Boolean']['input']>;
  serviceKey?: InputMaybe<Scalars['String']['input']>;
};


export type QuerySupervisorQueueArgs = {
  teamId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTeamCaseloadArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWorkflowDefinitionsArgs = {
  includeDrafts?: InputMaybe<Scalars['Boolean']['input']>;
  key?: InputMaybe<Scalars['String']['input']>;
};

/** A decision waiting on a supervisor: a workflow move or a care plan submitted for approval. */
export type QueueApproval = {
  __typename?: 'QueueApproval';
  case: Case;
  caseId: Scalars['ID']['output'];
  caseNumber: Scalars['String']['output'];
  /** The workflow approval id, or the care plan id */
  id: Scalars['ID']['output'];
  /** transition or care_plan */
  kind: Scalars['String']['output'];
  requestedAt: Scalars['DateTime']['output'];
  requestedBy?: Maybe<User>;
  /** The stage the case is in (moves: from) */
  stage?: Maybe<Scalars['String']['output']>;
  toStage?: Maybe<Scalars['String']['output']>;
};

/** An open case with no activity (update, stage change, note, form submission) for the configured days. */
export type QueueInactiveCase = {
  __typename?: 'QueueInactiveCase';
  assignedWorker: User;
  case: Case;
  caseId: Scalars['ID']['output'];
  caseNumber: Scalars['String']['output'];
  lastActivityAt: Scalars['DateTime']['output'];
  stage?: Maybe<Scalars['String']['output']>;
};

/** A clock past due and not met: a follow-up, a stage limit (e.g. an assessment) or a review. */
export type QueueOverdueDeadline = {
  __typename?: 'QueueOverdueDeadline';
  assignedWorker: User;
  case: Case;
  caseId: Scalars['ID']['output'];
  caseNumber: Scalars['String']['output'];
  dueAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  /** stage_limit, follow_up or review */
  kind: Scalars['String']['output'];
  stage: Scalars['String']['output'];
};

/** Who may see a note or document: as for fields of the case record. */
export type RecordClassification =
  /** The assigned worker only; encrypted at rest */
  | 'CONFIDENTIAL'
  /** The assigned worker, a share with restricted fields, emergency access */
  | 'RESTRICTED'
  /** Anyone who reaches the case */
  | 'STANDARD';

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

/** A referral of a case to another team or programme of the agency, or to a provider of the directory, made with consent or an override. */
export type Referral = {
  __typename?: 'Referral';
  /** Why the referring side withdrew the referral (CANCELLED) */
  cancelReason?: Maybe<Scalars['String']['output']>;
  cancelledAt?: Maybe<Scalars['DateTime']['output']>;
  cancelledBy?: Maybe<User>;
  caseId: Scalars['ID']['output'];
  /** The catalogue entry referred for, when one was chosen */
  catalogueService?: Maybe<ServiceCatalogueEntry>;
  completedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The referral consent relied on */
  consentId?: Maybe<Scalars['ID']['output']>;
  /** The override made for this referral, when there was no consent */
  consentOverrideId?: Maybe<Scalars['ID']['output']>;
  createdAt: Scalars['DateTime']['output'];
  createdBy: User;
  declineReason?: Maybe<Scalars['String']['output']>;
  /** Every status change, oldest first */
  events: Array<ReferralEvent>;
  feedback?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: ReferralKind;
  outcome?: Maybe<Scalars['String']['output']>;
  provider?: Maybe<ServiceProvider>;
  reason?: Maybe<Scalars['String']['output']>;
  respondedAt?: Maybe<Scalars['DateTime']['output']>;
  respondedBy?: Maybe<User>;
  /** The service referred for, in words */
  service: Scalars['String']['output'];
  status: ReferralStatus;
  toOrganisationId?: Maybe<Scalars['ID']['output']>;
  toProgramme?: Maybe<Scalars['String']['output']>;
  toTeamId?: Maybe<Scalars['ID']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  urgency: ReferralUrgency;
};

export type ReferralDecision =
  | 'ACCEPT'
  | 'DECLINE';

/** A status change of a referral (its creation too): who, when, to what, with the note given. */
export type ReferralEvent = {
  __typename?: 'ReferralEvent';
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: User;
  status: ReferralStatus;
};

export type ReferralKind =
  /** To a provider of the directory or a partner organisation */
  | 'EXTERNAL'
  /** To another team or programme of the agency */
  | 'INTERNAL';

export type ReferralStatus =
  | 'ACCEPTED'
  /** Withdrawn by the referring side while pending or accepted (see cancelReason) */
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'PENDING';

export type ReferralUrgency =
  | 'EMERGENCY'
  | 'NORMAL'
  | 'URGENT';

export type ResponsibleParty =
  /** A member of a team of the agency (responsibleUser) */
  | 'AGENCY_TEAM'
  /** A caseworker of the agency (responsibleUser) */
  | 'CASEWORKER'
  | 'CLIENT'
  | 'FAMILY'
  | 'OTHER'
  | 'SERVICE_PROVIDER';

export type Role = {
  __typename?: 'Role';
  key: Scalars['String']['output'];
  name: Scalars['String']['output'];
  permissions: Array<Scalars['String']['output']>;
};

/** A new case type, or changes to one: fields left out keep their value. */
export type SaveCaseTypeInput = {
  /** False retires the type */
  active?: InputMaybe<Scalars['Boolean']['input']>;
  /** standard, restricted or confidential */
  defaultFormClassification?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['JSON']['input']>;
  /** Field path → restricted | confidential; may only tighten the built-in classification */
  fieldClassifications?: InputMaybe<Scalars['JSON']['input']>;
  /** Keys of published forms of the agency */
  formKeys?: InputMaybe<Array<Scalars['String']['input']>>;
  /** FOOD_SECURITY (or food_security); a new key adds a case type */
  key: Scalars['String']['input'];
  /** Texts by language code, en required; required for a new type */
  label?: InputMaybe<Scalars['JSON']['input']>;
  /** person.dateOfBirth, person.contactPhone, person.currentAddress, person.identifiers, teamId */
  mandatoryFields?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Required for a new type */
  workflowKey?: InputMaybe<Scalars['String']['input']>;
};

/** A service of the agency's catalogue: what care plans and referrals choose from. */
export type ServiceCatalogueEntry = {
  __typename?: 'ServiceCatalogueEntry';
  active: Scalars['Boolean']['output'];
  category: ServiceCategory;
  description?: Maybe<Scalars['JSON']['output']>;
  eligibility: ServiceEligibility;
  /** Whether the person of the case asked about may receive it, and why not (null without a case) */
  eligibleForCase?: Maybe<ServiceEligibilityResult>;
  id: Scalars['ID']['output'];
  /** The team of the agency that delivers it, for an internal service */
  internalTeamId?: Maybe<Scalars['ID']['output']>;
  key: Scalars['String']['output'];
  /** Translatable: texts by language, en always */
  name: Scalars['JSON']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type ServiceCategory =
  | 'CASE_MANAGEMENT'
  | 'CASH_BASIC_NEEDS'
  | 'EDUCATION'
  | 'FAMILY_TRACING'
  | 'HEALTH'
  | 'LEGAL'
  | 'LIVELIHOODS'
  | 'OTHER'
  | 'PSYCHOSOCIAL'
  | 'SAFETY';

/** Who may receive a service; an empty rule is no restriction. */
export type ServiceEligibility = {
  __typename?: 'ServiceEligibility';
  /** Case type keys in upper snake case, as the CaseType scalar; empty: any */
  caseTypes: Array<Scalars['String']['output']>;
  maxAge?: Maybe<Scalars['Int']['output']>;
  minAge?: Maybe<Scalars['Int']['output']>;
  /** Empty: any */
  sexes: Array<Sex>;
};

export type ServiceEligibilityInput = {
  /** Case type keys of the agency (GBV, CHILD_PROTECTION, …); empty or left out: any */
  caseTypes?: InputMaybe<Array<Scalars['String']['input']>>;
  maxAge?: InputMaybe<Scalars['Int']['input']>;
  minAge?: InputMaybe<Scalars['Int']['input']>;
  /** Empty or left out: any */
  sexes?: InputMaybe<Array<Sex>>;
};

export type ServiceEligibilityResult = {
  __typename?: 'ServiceEligibilityResult';
  eligible: Scalars['Boolean']['output'];
  /** Why not: one reason per rule not met */
  reasons: Array<Scalars['String']['output']>;
};

export type ServiceInput = {
  category: ServiceCategory;
  /** Translatable, like name */
  description?: InputMaybe<Scalars['JSON']['input']>;
  eligibility?: InputMaybe<ServiceEligibilityInput>;
  /** The team of the agency that delivers it, for an internal service */
  internalTeamId?: InputMaybe<Scalars['ID']['input']>;
  /** Identifies the service; saving an existing key changes it */
  key: Scalars['String']['input'];
  /** Translatable: { "en": "…", "ar": "…" } */
  name: Scalars['JSON']['input'];
};

/** A provider of the agency's directory: one of its programmes or an outside organisation. */
export type ServiceProvider = {
  __typename?: 'ServiceProvider';
  active: Scalars['Boolean']['output'];
  /** Administrative areas it covers; empty: everywhere */
  areaCodes: Array<Scalars['String']['output']>;
  contact: ServiceProviderContact;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  /** The exchange partner this provider is, when it is one */
  organisationId?: Maybe<Scalars['ID']['output']>;
  /** Keys of the catalogue services it offers */
  serviceKeys: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type ServiceProviderContact = {
  __typename?: 'ServiceProviderContact';
  address?: Maybe<Scalars['String']['output']>;
  contactPerson?: Maybe<Scalars['String']['output']>;
  email?: Maybe<Scalars['String']['output']>;
  phone?: Maybe<Scalars['String']['output']>;
  website?: Maybe<Scalars['String']['output']>;
};

export type ServiceProviderContactInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  contactPerson?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type ServiceProviderInput = {
  /** Administrative area codes it covers; empty: everywhere */
  areaCodes?: InputMaybe<Array<Scalars['String']['input']>>;
  contact?: InputMaybe<ServiceProviderContactInput>;
  name: Scalars['String']['input'];
  /** An exchange partner of the agency, when the provider is one */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Keys of catalogue services it offers */
  serviceKeys: Array<Scalars['String']['input']>;
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

/** An OpenID Connect identity provider of the agency. The client secret is write-only: no field returns it. */
export type SsoProvider = {
  __typename?: 'SsoProvider';
  clientId: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  defaultRoleKey?: Maybe<Scalars['String']['output']>;
  /** The name on the sign-in button. */
  displayName: Scalars['String']['output'];
  emailClaim: Scalars['String']['output'];
  /** A disabled provider signs nobody in. */
  enabled: Scalars['Boolean']['output'];
  hasClientSecret: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  issuer: Scalars['String']['output'];
  nameClaim: Scalars['String']['output'];
  roleClaim?: Maybe<Scalars['String']['output']>;
  roleMapping: Array<SsoRoleMapping>;
  unknownUsers: SsoUnknownUsers;
};

export type SsoProviderInput = {
  clientId: Scalars['String']['input'];
  /** Write-only. Required when creating; when updating, leave it out to keep the stored one, unless the issuer or client id changes (then it is required: the stored secret goes only where it was given for). */
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  /** The role of provisioned users whose role claim maps to none. PROVISION needs it, or a role claim with mappings (then such users are refused). */
  defaultRoleKey?: InputMaybe<Scalars['String']['input']>;
  /** 1 to 100 characters, unique in the agency. */
  displayName: Scalars['String']['input'];
  /** The claim with the e-mail address matched against users (default "email"). */
  emailClaim?: InputMaybe<Scalars['String']['input']>;
  /** The issuer URL; must answer OpenID discovery when saved (5 s). https; plain http only for localhost or 127.0.0.1 (local identity providers and tests), and sign-in over http works only outside production. */
  issuer: Scalars['String']['input'];
  /** The claim with the display name (default "name"). */
  nameClaim?: InputMaybe<Scalars['String']['input']>;
  /** The claim with group or role values; required when there is a role mapping. */
  roleClaim?: InputMaybe<Scalars['String']['input']>;
  /** Default: none. */
  roleMapping?: InputMaybe<Array<SsoRoleMappingInput>>;
  unknownUsers: SsoUnknownUsers;
};

/** A value of the role claim and the role key of the agency it gives. */
export type SsoRoleMapping = {
  __typename?: 'SsoRoleMapping';
  roleKey: Scalars['String']['output'];
  value: Scalars['String']['output'];
};

export type SsoRoleMappingInput = {
  /** A role key of the agency. */
  roleKey: Scalars['String']['input'];
  /** A value of the role claim (a group or role name). */
  value: Scalars['String']['input'];
};

/** What sign-in does with someone the identity provider knows and Haven does not. */
export type SsoUnknownUsers =
  /** Create their account at sign-in with the mapped roles, else the default role. */
  | 'PROVISION'
  /** Refuse them (SSO_UNKNOWN_USER). */
  | 'REFUSE';

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

/** A stage change of a case: who, when, why. */
export type StageChange = {
  __typename?: 'StageChange';
  approvalId?: Maybe<Scalars['ID']['output']>;
  closureCategory?: Maybe<ClosureCategory>;
  fromStage?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  toStage: Scalars['String']['output'];
  transitionedAt: Scalars['DateTime']['output'];
  transitionedBy: User;
  workflowVersion: Scalars['Int']['output'];
};

/** The agency's settings of the supervisor's queue. */
export type SupervisionSettings = {
  __typename?: 'SupervisionSettings';
  /** Open cases a worker is expected to carry */
  caseloadTarget: Scalars['Int']['output'];
  /** An open case with no activity for this many days is listed as inactive */
  inactivityDays: Scalars['Int']['output'];
  /** Targets of single workers, overriding caseloadTarget */
  workerCaseloadTargets: Array<WorkerCaseloadTarget>;
};

export type SupervisionSettingsInput = {
  /** 1 to 500 */
  caseloadTarget: Scalars['Int']['input'];
  /** 1 to 365 */
  inactivityDays: Scalars['Int']['input'];
  /** Replaces the list; none: empty */
  workerCaseloadTargets?: InputMaybe<Array<WorkerCaseloadTargetInput>>;
};

/** What needs a supervisor's attention on the teams she supervises. Lists are capped at 200, oldest first; the totals are exact. */
export type SupervisorQueue = {
  __typename?: 'SupervisorQueue';
  approvals: Array<QueueApproval>;
  approvalsTotal: Scalars['Int']['output'];
  asOf: Scalars['DateTime']['output'];
  caseloads: Array<WorkerCaseload>;
  inactive: Array<QueueInactiveCase>;
  inactiveTotal: Scalars['Int']['output'];
  overdue: Array<QueueOverdueDeadline>;
  overdueTotal: Scalars['Int']['output'];
  settings: SupervisionSettings;
  teamIds: Array<Scalars['ID']['output']>;
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

export type TransitionInput = {
  /** Required for a closure */
  closureCategory?: InputMaybe<ClosureCategory>;
  /** Required when the category is OTHER */
  closureNote?: InputMaybe<Scalars['String']['input']>;
};

export type TransitionOutcome = {
  __typename?: 'TransitionOutcome';
  approval?: Maybe<WorkflowApproval>;
  currentStage: CaseStage;
  /** False: the move waits for approval */
  transitioned: Scalars['Boolean']['output'];
};

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

/** A document: PDF, JPEG, PNG, WebP, DOCX or plain text (.txt), at most DOCUMENT_MAX_BYTES (10 MiB by default). The declared type must match the bytes. */
export type UploadDocumentInput = {
  /** RESTRICTED by default */
  classification?: InputMaybe<RecordClassification>;
  contentBase64: Scalars['String']['input'];
  contentType: Scalars['String']['input'];
  documentType: DocumentType;
  fileName: Scalars['String']['input'];
  title: Scalars['String']['input'];
};

/** A member of staff of an agency. */
export type User = {
  __typename?: 'User';
  displayName: Scalars['String']['output'];
  email: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  locale: Scalars['String']['output'];
};

export type WorkerCaseload = {
  __typename?: 'WorkerCaseload';
  openCases: Scalars['Int']['output'];
  overTarget: Scalars['Boolean']['output'];
  target: Scalars['Int']['output'];
  worker: User;
};

export type WorkerCaseloadTarget = {
  __typename?: 'WorkerCaseloadTarget';
  target: Scalars['Int']['output'];
  worker: User;
};

export type WorkerCaseloadTargetInput = {
  target: Scalars['Int']['input'];
  workerId: Scalars['ID']['input'];
};

/** A move waiting for (or decided by) a supervisor of the case's team. */
export type WorkflowApproval = {
  __typename?: 'WorkflowApproval';
  caseId: Scalars['ID']['output'];
  closureCategory?: Maybe<ClosureCategory>;
  comment?: Maybe<Scalars['String']['output']>;
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  decidedBy?: Maybe<User>;
  fromStage: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  /** supervisor or panel (a panel review) */
  kind: Scalars['String']['output'];
  reason?: Maybe<Scalars['String']['output']>;
  requestedAt: Scalars['DateTime']['output'];
  requestedBy: User;
  /** pending, approved, rejected or withdrawn */
  status: Scalars['String']['output'];
  toStage: Scalars['String']['output'];
};

/** One version of a workflow definition of the agency (stages, transitions, guards, clocks). */
export type WorkflowDefinition = {
  __typename?: 'WorkflowDefinition';
  createdAt: Scalars['DateTime']['output'];
  definition: Scalars['JSON']['output'];
  id: Scalars['ID']['output'];
  key: Scalars['String']['output'];
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** draft or published */
  status: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type WorkflowGuardFailure = {
  __typename?: 'WorkflowGuardFailure';
  guard: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type WorkflowMigration = {
  __typename?: 'WorkflowMigration';
  migrated: Scalars['Int']['output'];
  /** Cases left on the old version: their stage is not in the new one */
  skipped: Array<WorkflowMigrationSkip>;
};

export type WorkflowMigrationSkip = {
  __typename?: 'WorkflowMigrationSkip';
  cases: Scalars['Int']['output'];
  stage: Scalars['String']['output'];
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

export type AuditorCreateMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type AuditorCreateMutation = { __typename?: 'Mutation', createCase: { __typename?: 'Case', id: string } };

export type AuditorLogQueryVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditorLogQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', hasNextPage: boolean, endCursor?: string | null, nodes: Array<{ __typename?: 'AuditEvent', seq: string, occurredAt: string, action: string, targetId?: string | null, targetIds: Array<string>, fields: Array<string>, outcome: AuditOutcome, reason?: string | null, actor?: { __typename?: 'User', id: string } | null }> } };

export type AuditorCaseLogQueryVariables = Exact<{
  caseId: Scalars['ID']['input'];
}>;


export type AuditorCaseLogQuery = { __typename?: 'Query', caseAccessLog: { __typename?: 'AuditEventConnection', nodes: Array<{ __typename?: 'AuditEvent', action: string, fields: Array<string>, outcome: AuditOutcome, actor?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type AuditorExportMutationVariables = Exact<{
  filter?: InputMaybe<AuditFilter>;
  reason: Scalars['String']['input'];
}>;


export type AuditorExportMutation = { __typename?: 'Mutation', exportAuditEvents: { __typename?: 'AuditExport', csv: string, rowCount: number } };

export type AuditCreateMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type AuditCreateMutation = { __typename?: 'Mutation', createCase: { __typename?: 'Case', id: string } };

export type AuditReadQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditReadQuery = { __typename?: 'Query', case: { __typename?: 'Case', caseNumber: string, person: { __typename?: 'Person', givenName: string, dateOfBirth?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null } };

export type AuditUpdateMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: UpdatePersonInput;
}>;


export type AuditUpdateMutation = { __typename?: 'Mutation', updatePerson: { __typename?: 'Case', id: string, person: { __typename?: 'Person', givenName: string } } };

export type AuditHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditHistoryQuery = { __typename?: 'Query', case: { __typename?: 'Case', history: Array<{ __typename?: 'CaseChange', field: string, oldValue?: string | null, newValue?: string | null, valuesVisible: boolean, changedBy: { __typename?: 'User', id: string } }> } };

export type CreateMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateMutation = { __typename?: 'Mutation', createCase: { __typename?: 'Case', id: string, caseNumber: string, caseType: string, status: CaseStatus, person: { __typename?: 'Person', fullName: string, sex: Sex, dateOfBirth?: string | null }, assignedWorker: { __typename?: 'User', id: string, displayName: string }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage, workflowKey: string } | null } };

export type CaseloadQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CaseloadQuery = { __typename?: 'Query', myCaseload: { __typename?: 'CaseConnection', totalCount: number, nodes: Array<{ __typename?: 'Case', id: string, caseNumber: string, person: { __typename?: 'Person', fullName: string }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CaseloadRecordConsentMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: RecordConsentInput;
}>;


export type CaseloadRecordConsentMutation = { __typename?: 'Mutation', recordConsent: { __typename?: 'Consent', id: string } };

export type ConsentTestCreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type ConsentTestCreateCaseMutation = { __typename?: 'Mutation', createCase: { __typename?: 'Case', id: string } };

export type ConsentTestRecordMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: RecordConsentInput;
}>;


export type ConsentTestRecordMutation = { __typename?: 'Mutation', recordConsent: { __typename?: 'Consent', id: string, caseId: string, givenBy: ConsentGiver, givenByName?: string | null, scope: ConsentScope, organisationIds: Array<string>, givenAt: string, withdrawnAt?: string | null, live: boolean, recordedBy: { __typename?: 'User', id: string } } };

export type ConsentTestWithdrawMutationVariables = Exact<{
  consentId: Scalars['ID']['input'];
}>;


export type ConsentTestWithdrawMutation = { __typename?: 'Mutation', withdrawConsent: { __typename?: 'Consent', id: string, withdrawnAt?: string | null, live: boolean, withdrawnRecordedBy?: { __typename?: 'User', id: string } | null } };

export type ConsentTestOverrideMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  scope: ConsentScope;
  reason: Scalars['String']['input'];
}>;


export type ConsentTestOverrideMutation = { __typename?: 'Mutation', overrideConsent: { __typename?: 'ConsentOverride', id: string, scope: ConsentScope, reason: string, overriddenBy: { __typename?: 'User', id: string } } };

export type ConsentTestReferMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: CreateReferralInput;
}>;


export type ConsentTestReferMutation = { __typename?: 'Mutation', createReferral: { __typename?: 'Referral', id: string, kind: ReferralKind, toTeamId?: string | null, toOrganisationId?: string | null, service: string, status: ReferralStatus, consentId?: string | null, consentOverrideId?: string | null, createdBy: { __typename?: 'User', id: string } } };

export type ConsentTestTransferMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  partnerId: Scalars['ID']['input'];
  consentOverrideReason?: InputMaybe<Scalars['String']['input']>;
}>;


export type ConsentTestTransferMutation = { __typename?: 'Mutation', initiateTransfer: { __typename?: 'Transfer', id: string, caseId: string, partnerId: string, status: TransferStatus, consentId?: string | null, consentOverrideId?: string | null, initiatedBy: string } };

export type ConsentTestCaseQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConsentTestCaseQuery = { __typename?: 'Query', case: { __typename?: 'Case', consents: Array<{ __typename?: 'Consent', id: string, scope: ConsentScope, live: boolean, withdrawnAt?: string | null }>, consentOverrides: Array<{ __typename?: 'ConsentOverride', id: string, scope: ConsentScope, reason: string }>, referrals: Array<{ __typename?: 'Referral', id: string, service: string, consentId?: string | null, consentOverrideId?: string | null }> } };

export type ConsentTestCountsQueryVariables = Exact<{ [key: string]: never; }>;


export type ConsentTestCountsQuery = { __typename?: 'Query', caseCounts: Array<{ __typename?: 'CaseCount', caseType: string, status: string, count?: number | null, suppressed: boolean }> };

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

export const AuditorCreateDocument = new TypedDocumentString(`
    mutation AuditorCreate($input: CreateCaseInput!) {
  createCase(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditorCreateMutation, AuditorCreateMutationVariables>;
export const AuditorLogDocument = new TypedDocumentString(`
    query AuditorLog($filter: AuditFilter, $first: Int, $after: String) {
  auditEvents(filter: $filter, first: $first, after: $after) {
    nodes {
      seq
      occurredAt
      actor {
        id
      }
      action
      targetId
      targetIds
      fields
      outcome
      reason
    }
    hasNextPage
    endCursor
  }
}
    `) as unknown as TypedDocumentString<AuditorLogQuery, AuditorLogQueryVariables>;
export const AuditorCaseLogDocument = new TypedDocumentString(`
    query AuditorCaseLog($caseId: ID!) {
  caseAccessLog(caseId: $caseId) {
    nodes {
      action
      actor {
        id
        displayName
      }
      fields
      outcome
    }
  }
}
    `) as unknown as TypedDocumentString<AuditorCaseLogQuery, AuditorCaseLogQueryVariables>;
export const AuditorExportDocument = new TypedDocumentString(`
    mutation AuditorExport($filter: AuditFilter, $reason: String!) {
  exportAuditEvents(filter: $filter, reason: $reason) {
    csv
    rowCount
  }
}
    `) as unknown as TypedDocumentString<AuditorExportMutation, AuditorExportMutationVariables>;
export const AuditCreateDocument = new TypedDocumentString(`
    mutation AuditCreate($input: CreateCaseInput!) {
  createCase(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AuditCreateMutation, AuditCreateMutationVariables>;
export const AuditReadDocument = new TypedDocumentString(`
    query AuditRead($id: ID!) {
  case(id: $id) {
    caseNumber
    person {
      givenName
      dateOfBirth
    }
    currentStage {
      stage
    }
  }
}
    `) as unknown as TypedDocumentString<AuditReadQuery, AuditReadQueryVariables>;
export const AuditUpdateDocument = new TypedDocumentString(`
    mutation AuditUpdate($caseId: ID!, $input: UpdatePersonInput!) {
  updatePerson(caseId: $caseId, input: $input) {
    id
    person {
      givenName
    }
  }
}
    `) as unknown as TypedDocumentString<AuditUpdateMutation, AuditUpdateMutationVariables>;
export const AuditHistoryDocument = new TypedDocumentString(`
    query AuditHistory($id: ID!) {
  case(id: $id) {
    history {
      field
      oldValue
      newValue
      valuesVisible
      changedBy {
        id
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditHistoryQuery, AuditHistoryQueryVariables>;
export const CreateDocument = new TypedDocumentString(`
    mutation Create($input: CreateCaseInput!) {
  createCase(input: $input) {
    id
    caseNumber
    caseType
    status
    person {
      fullName
      sex
      dateOfBirth
    }
    assignedWorker {
      id
      displayName
    }
    currentStage {
      stage
      workflowKey
    }
  }
}
    `) as unknown as TypedDocumentString<CreateMutation, CreateMutationVariables>;
export const CaseloadDocument = new TypedDocumentString(`
    query Caseload($first: Int, $after: String) {
  myCaseload(first: $first, after: $after) {
    totalCount
    nodes {
      id
      caseNumber
      person {
        fullName
      }
      currentStage {
        stage
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CaseloadQuery, CaseloadQueryVariables>;
export const CaseloadRecordConsentDocument = new TypedDocumentString(`
    mutation CaseloadRecordConsent($caseId: ID!, $input: RecordConsentInput!) {
  recordConsent(caseId: $caseId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CaseloadRecordConsentMutation, CaseloadRecordConsentMutationVariables>;
export const ConsentTestCreateCaseDocument = new TypedDocumentString(`
    mutation ConsentTestCreateCase($input: CreateCaseInput!) {
  createCase(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<ConsentTestCreateCaseMutation, ConsentTestCreateCaseMutationVariables>;
export const ConsentTestRecordDocument = new TypedDocumentString(`
    mutation ConsentTestRecord($caseId: ID!, $input: RecordConsentInput!) {
  recordConsent(caseId: $caseId, input: $input) {
    id
    caseId
    givenBy
    givenByName
    scope
    organisationIds
    givenAt
    recordedBy {
      id
    }
    withdrawnAt
    live
  }
}
    `) as unknown as TypedDocumentString<ConsentTestRecordMutation, ConsentTestRecordMutationVariables>;
export const ConsentTestWithdrawDocument = new TypedDocumentString(`
    mutation ConsentTestWithdraw($consentId: ID!) {
  withdrawConsent(consentId: $consentId) {
    id
    withdrawnAt
    withdrawnRecordedBy {
      id
    }
    live
  }
}
    `) as unknown as TypedDocumentString<ConsentTestWithdrawMutation, ConsentTestWithdrawMutationVariables>;
export const ConsentTestOverrideDocument = new TypedDocumentString(`
    mutation ConsentTestOverride($caseId: ID!, $scope: ConsentScope!, $reason: String!) {
  overrideConsent(caseId: $caseId, scope: $scope, reason: $reason) {
    id
    scope
    reason
    overriddenBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentTestOverrideMutation, ConsentTestOverrideMutationVariables>;
export const ConsentTestReferDocument = new TypedDocumentString(`
    mutation ConsentTestRefer($caseId: ID!, $input: CreateReferralInput!) {
  createReferral(caseId: $caseId, input: $input) {
    id
    kind
    toTeamId
    toOrganisationId
    service
    status
    consentId
    consentOverrideId
    createdBy {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentTestReferMutation, ConsentTestReferMutationVariables>;
export const ConsentTestTransferDocument = new TypedDocumentString(`
    mutation ConsentTestTransfer($caseId: ID!, $partnerId: ID!, $consentOverrideReason: String) {
  initiateTransfer(
    caseId: $caseId
    partnerId: $partnerId
    consentOverrideReason: $consentOverrideReason
  ) {
    id
    caseId
    partnerId
    status
    consentId
    consentOverrideId
    initiatedBy
  }
}
    `) as unknown as TypedDocumentString<ConsentTestTransferMutation, ConsentTestTransferMutationVariables>;
export const ConsentTestCaseDocument = new TypedDocumentString(`
    query ConsentTestCase($id: ID!) {
  case(id: $id) {
    consents {
      id
      scope
      live
      withdrawnAt
    }
    consentOverrides {
      id
      scope
      reason
    }
    referrals {
      id
      service
      consentId
      consentOverrideId
    }
  }
}
    `) as unknown as TypedDocumentString<ConsentTestCaseQuery, ConsentTestCaseQueryVariables>;
export const ConsentTestCountsDocument = new TypedDocumentString(`
    query ConsentTestCounts {
  caseCounts {
    caseType
    status
    count
    suppressed
  }
}
    `) as unknown as TypedDocumentString<ConsentTestCountsQuery, ConsentTestCountsQueryVariables>;
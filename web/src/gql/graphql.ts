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

export type SsoProviderFieldsFragment = { __typename?: 'SsoProvider', id: string, displayName: string, issuer: string, clientId: string, emailClaim: string, nameClaim: string, roleClaim?: string | null, unknownUsers: SsoUnknownUsers, defaultRoleKey?: string | null, enabled: boolean, hasClientSecret: boolean, roleMapping: Array<{ __typename?: 'SsoRoleMapping', value: string, roleKey: string }> };

export type AdminSsoProvidersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSsoProvidersQuery = { __typename?: 'Query', ssoProviders: Array<{ __typename?: 'SsoProvider', id: string, displayName: string, issuer: string, clientId: string, emailClaim: string, nameClaim: string, roleClaim?: string | null, unknownUsers: SsoUnknownUsers, defaultRoleKey?: string | null, enabled: boolean, hasClientSecret: boolean, roleMapping: Array<{ __typename?: 'SsoRoleMapping', value: string, roleKey: string }> }> };

export type AdminSaveSsoProviderMutationVariables = Exact<{
  id?: InputMaybe<Scalars['ID']['input']>;
  input: SsoProviderInput;
}>;


export type AdminSaveSsoProviderMutation = { __typename?: 'Mutation', saveSsoProvider: { __typename?: 'SsoProvider', id: string, displayName: string, issuer: string, clientId: string, emailClaim: string, nameClaim: string, roleClaim?: string | null, unknownUsers: SsoUnknownUsers, defaultRoleKey?: string | null, enabled: boolean, hasClientSecret: boolean, roleMapping: Array<{ __typename?: 'SsoRoleMapping', value: string, roleKey: string }> } };

export type AdminSetSsoProviderEnabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  enabled: Scalars['Boolean']['input'];
}>;


export type AdminSetSsoProviderEnabledMutation = { __typename?: 'Mutation', setSsoProviderEnabled: { __typename?: 'SsoProvider', id: string, displayName: string, issuer: string, clientId: string, emailClaim: string, nameClaim: string, roleClaim?: string | null, unknownUsers: SsoUnknownUsers, defaultRoleKey?: string | null, enabled: boolean, hasClientSecret: boolean, roleMapping: Array<{ __typename?: 'SsoRoleMapping', value: string, roleKey: string }> } };

export type CaseDetailFragment = { __typename?: 'Case', id: string, caseNumber: string, caseType: string, status: CaseStatus, teamId?: string | null, createdAt: string, updatedAt: string, incidentNarrative?: string | null, perpetratorDetails?: string | null, safetyPlan?: string | null, viewerAccess: { __typename?: 'CaseAccess', assigned: boolean, supervises: boolean, shared: boolean, sharedRestricted: boolean, emergency: boolean }, assignedWorker: { __typename?: 'User', id: string, displayName: string }, person: { __typename?: 'Person', id: string, fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null, contactPhone?: string | null, currentAddress?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null, shares: Array<{ __typename?: 'CaseShare', id: string, reason: string, includesRestricted: boolean, grantedAt: string, expiresAt: string, revokedAt?: string | null, active: boolean, grantee: { __typename?: 'User', id: string, displayName: string }, grantedBy: { __typename?: 'User', id: string, displayName: string } }> };

export type CaseDetailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseDetailQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, caseNumber: string, caseType: string, status: CaseStatus, teamId?: string | null, createdAt: string, updatedAt: string, incidentNarrative?: string | null, perpetratorDetails?: string | null, safetyPlan?: string | null, viewerAccess: { __typename?: 'CaseAccess', assigned: boolean, supervises: boolean, shared: boolean, sharedRestricted: boolean, emergency: boolean }, assignedWorker: { __typename?: 'User', id: string, displayName: string }, person: { __typename?: 'Person', id: string, fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null, contactPhone?: string | null, currentAddress?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null, shares: Array<{ __typename?: 'CaseShare', id: string, reason: string, includesRestricted: boolean, grantedAt: string, expiresAt: string, revokedAt?: string | null, active: boolean, grantee: { __typename?: 'User', id: string, displayName: string }, grantedBy: { __typename?: 'User', id: string, displayName: string } }> } };

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

export type CasePersonPhotoQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CasePersonPhotoQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, person: { __typename?: 'Person', id: string, photo?: { __typename?: 'PersonPhoto', documentId: string, version: number, uploadedAt: string, dataUrl: string } | null } } };

export type SetPersonPhotoMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  file: FileUploadInput;
}>;


export type SetPersonPhotoMutation = { __typename?: 'Mutation', setPersonPhoto: { __typename?: 'Document', id: string, currentVersion: number } };

export type CaseTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type CaseTypesQuery = { __typename?: 'Query', caseTypes: Array<{ __typename?: 'CaseTypeDefinition', key: string, label: any, active: boolean }> };

export type CaseRowFragment = { __typename?: 'Case', id: string, caseNumber: string, caseType: string, status: CaseStatus, createdAt: string, updatedAt: string, person: { __typename?: 'Person', fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null };

export type MyCaseloadQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type MyCaseloadQuery = { __typename?: 'Query', myCaseload: { __typename?: 'CaseConnection', totalCount: number, nodes: Array<{ __typename?: 'Case', id: string, caseNumber: string, caseType: string, status: CaseStatus, createdAt: string, updatedAt: string, person: { __typename?: 'Person', fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type CreateCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type CreateCaseMutation = { __typename?: 'Mutation', createCase: { __typename?: 'Case', id: string, caseNumber: string, caseType: string, status: CaseStatus, createdAt: string, updatedAt: string, person: { __typename?: 'Person', fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null } };

export type TeamCaseRowFragment = { __typename?: 'Case', id: string, caseNumber: string, caseType: string, status: CaseStatus, createdAt: string, updatedAt: string, assignedWorker: { __typename?: 'User', id: string, displayName: string }, person: { __typename?: 'Person', contactPhone?: string | null, fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null };

export type TeamCaseloadQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type TeamCaseloadQuery = { __typename?: 'Query', teamCaseload: { __typename?: 'CaseConnection', totalCount: number, nodes: Array<{ __typename?: 'Case', id: string, caseNumber: string, caseType: string, status: CaseStatus, createdAt: string, updatedAt: string, assignedWorker: { __typename?: 'User', id: string, displayName: string }, person: { __typename?: 'Person', contactPhone?: string | null, fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null }, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type FormDefinitionFieldsFragment = { __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<string>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null };

export type FormDefinitionsQueryVariables = Exact<{
  caseType?: InputMaybe<Scalars['CaseType']['input']>;
}>;


export type FormDefinitionsQuery = { __typename?: 'Query', formDefinitions: Array<{ __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<string>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null }> };

export type FormDefinitionQueryVariables = Exact<{
  key: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FormDefinitionQuery = { __typename?: 'Query', formDefinition: { __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<string>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null } };

export type FormSubmissionFieldsFragment = { __typename?: 'FormSubmission', id: string, formKey: string, formVersion: number, status: FormSubmissionStatus, values: any, withheldFields: Array<string>, submittedAt: string, updatedAt: string, submittedBy: { __typename?: 'User', id: string, displayName: string } };

export type CaseFormsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  caseType?: InputMaybe<Scalars['CaseType']['input']>;
}>;


export type CaseFormsQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, formSubmissions: Array<{ __typename?: 'FormSubmission', id: string, formKey: string, formVersion: number, status: FormSubmissionStatus, values: any, withheldFields: Array<string>, submittedAt: string, updatedAt: string, submittedBy: { __typename?: 'User', id: string, displayName: string } }> }, formDefinitions: Array<{ __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<string>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null }> };

export type SubmitFormMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  formKey: Scalars['String']['input'];
  values: Scalars['JSON']['input'];
}>;


export type SubmitFormMutation = { __typename?: 'Mutation', submitForm: { __typename?: 'FormSubmission', id: string, formKey: string, formVersion: number, status: FormSubmissionStatus, values: any, withheldFields: Array<string>, submittedAt: string, updatedAt: string, submittedBy: { __typename?: 'User', id: string, displayName: string } } };

export type UpdateSubmissionMutationVariables = Exact<{
  submissionId: Scalars['ID']['input'];
  values: Scalars['JSON']['input'];
}>;


export type UpdateSubmissionMutation = { __typename?: 'Mutation', updateSubmission: { __typename?: 'FormSubmission', id: string, formKey: string, formVersion: number, status: FormSubmissionStatus, values: any, withheldFields: Array<string>, submittedAt: string, updatedAt: string, submittedBy: { __typename?: 'User', id: string, displayName: string } } };

export type SaveFormDraftMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  formKey: Scalars['String']['input'];
  values: Scalars['JSON']['input'];
  submissionId?: InputMaybe<Scalars['ID']['input']>;
}>;


export type SaveFormDraftMutation = { __typename?: 'Mutation', saveFormDraft: { __typename?: 'FormSubmission', id: string, formKey: string, formVersion: number, status: FormSubmissionStatus, values: any, withheldFields: Array<string>, submittedAt: string, updatedAt: string, submittedBy: { __typename?: 'User', id: string, displayName: string } } };

export type SubmitFormDraftMutationVariables = Exact<{
  submissionId: Scalars['ID']['input'];
  values?: InputMaybe<Scalars['JSON']['input']>;
}>;


export type SubmitFormDraftMutation = { __typename?: 'Mutation', submitFormDraft: { __typename?: 'FormSubmission', id: string, formKey: string, formVersion: number, status: FormSubmissionStatus, values: any, withheldFields: Array<string>, submittedAt: string, updatedAt: string, submittedBy: { __typename?: 'User', id: string, displayName: string } } };

export type AdminAreasQueryVariables = Exact<{
  parentCode?: InputMaybe<Scalars['String']['input']>;
}>;


export type AdminAreasQuery = { __typename?: 'Query', adminAreas: Array<{ __typename?: 'AdminArea', code: string, level: number, parentCode?: string | null, name: any }> };

export type SaveFormDefinitionMutationVariables = Exact<{
  key: Scalars['String']['input'];
  caseTypes: Array<Scalars['CaseType']['input']> | Scalars['CaseType']['input'];
  definition: Scalars['JSON']['input'];
}>;


export type SaveFormDefinitionMutation = { __typename?: 'Mutation', saveFormDefinition: { __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<string>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null } };

export type PublishFormDefinitionMutationVariables = Exact<{
  key: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type PublishFormDefinitionMutation = { __typename?: 'Mutation', publishFormDefinition: { __typename?: 'FormDefinition', id: string, key: string, version: number, caseTypes: Array<string>, status: FormStatus, definition: any, createdAt: string, publishedAt?: string | null } };

export type PossibleDuplicatesQueryVariables = Exact<{
  input: PossibleDuplicatesInput;
}>;


export type PossibleDuplicatesQuery = { __typename?: 'Query', possibleDuplicates: Array<{ __typename?: 'DuplicateCandidate', personId: string, score: number, level: DuplicateLevel, matchedRules: Array<string>, reachable: boolean, givenName?: string | null, familyName?: string | null, sex?: Sex | null, dateOfBirth?: string | null, cases: Array<{ __typename?: 'DuplicateCandidateCase', caseId: string, caseNumber: string, assignedWorker: { __typename?: 'User', id: string, displayName: string } }> }> };

export type EditorCaseTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorCaseTypesQuery = { __typename?: 'Query', caseTypes: Array<{ __typename?: 'CaseTypeDefinition', key: string, label: any, active: boolean }> };

export type FindPersonsQueryVariables = Exact<{
  query: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type FindPersonsQuery = { __typename?: 'Query', searchPersons: Array<{ __typename?: 'Person', id: string, fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null, cases: Array<{ __typename?: 'Case', id: string, caseNumber: string, caseType: string, status: CaseStatus, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage } | null }> }> };

export type CaseNotesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type CaseNotesQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, notes: { __typename?: 'CaseNoteConnection', totalCount: number, withheldRestricted: number, withheldConfidential: number, hasNextPage: boolean, endCursor?: string | null, nodes: Array<{ __typename?: 'CaseNote', id: string, noteType: NoteType, classification: RecordClassification, subject?: string | null, body?: string | null, occurredAt: string, durationMinutes?: number | null, createdAt: string, supersedesId?: string | null, superseded: boolean, author: { __typename?: 'User', id: string, displayName: string } }> } } };

export type AddCaseNoteMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: CaseNoteInput;
}>;


export type AddCaseNoteMutation = { __typename?: 'Mutation', addCaseNote: { __typename?: 'CaseNote', id: string } };

export type CaseDocumentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseDocumentsQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, documents: { __typename?: 'CaseDocuments', withheldCount: number, nodes: Array<{ __typename?: 'Document', id: string, title: string, documentType: DocumentType, classification: RecordClassification, currentVersion: number, createdAt: string, withdrawnAt?: string | null, versions: Array<{ __typename?: 'DocumentVersion', version: number, fileName: string, contentType: string, sizeBytes: number, uploadedAt: string, uploadedBy: { __typename?: 'User', id: string, displayName: string } }> }> } } };

export type UploadDocumentMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: UploadDocumentInput;
}>;


export type UploadDocumentMutation = { __typename?: 'Mutation', uploadDocument: { __typename?: 'Document', id: string, title: string, currentVersion: number } };

export type DocumentContentQueryVariables = Exact<{
  documentId: Scalars['ID']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DocumentContentQuery = { __typename?: 'Query', documentContent: { __typename?: 'DocumentContent', fileName: string, contentType: string, contentBase64: string } };

export type ReferralViewFragment = { __typename?: 'Referral', id: string, kind: ReferralKind, toTeamId?: string | null, toProgramme?: string | null, service: string, urgency: ReferralUrgency, reason?: string | null, status: ReferralStatus, declineReason?: string | null, outcome?: string | null, feedback?: string | null, cancelReason?: string | null, cancelledAt?: string | null, createdAt: string, provider?: { __typename?: 'ServiceProvider', id: string, name: string } | null, cancelledBy?: { __typename?: 'User', id: string, displayName: string } | null, createdBy: { __typename?: 'User', id: string, displayName: string }, events: Array<{ __typename?: 'ReferralEvent', id: string, status: ReferralStatus, note?: string | null, recordedAt: string, recordedBy: { __typename?: 'User', id: string, displayName: string } }> };

export type CaseReferralsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseReferralsQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, referrals: Array<{ __typename?: 'Referral', id: string, kind: ReferralKind, toTeamId?: string | null, toProgramme?: string | null, service: string, urgency: ReferralUrgency, reason?: string | null, status: ReferralStatus, declineReason?: string | null, outcome?: string | null, feedback?: string | null, cancelReason?: string | null, cancelledAt?: string | null, createdAt: string, provider?: { __typename?: 'ServiceProvider', id: string, name: string } | null, cancelledBy?: { __typename?: 'User', id: string, displayName: string } | null, createdBy: { __typename?: 'User', id: string, displayName: string }, events: Array<{ __typename?: 'ReferralEvent', id: string, status: ReferralStatus, note?: string | null, recordedAt: string, recordedBy: { __typename?: 'User', id: string, displayName: string } }> }> }, serviceCatalogue: Array<{ __typename?: 'ServiceCatalogueEntry', key: string, name: any, internalTeamId?: string | null, eligibleForCase?: { __typename?: 'ServiceEligibilityResult', eligible: boolean, reasons: Array<string> } | null }> };

export type ServiceProvidersQueryVariables = Exact<{
  serviceKey?: InputMaybe<Scalars['String']['input']>;
}>;


export type ServiceProvidersQuery = { __typename?: 'Query', serviceProviders: Array<{ __typename?: 'ServiceProvider', id: string, name: string }> };

export type CreateReferralMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: CreateReferralInput;
}>;


export type CreateReferralMutation = { __typename?: 'Mutation', createReferral: { __typename?: 'Referral', id: string } };

export type RespondToReferralMutationVariables = Exact<{
  referralId: Scalars['ID']['input'];
  decision: ReferralDecision;
  note?: InputMaybe<Scalars['String']['input']>;
  declineReason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RespondToReferralMutation = { __typename?: 'Mutation', respondToReferral: { __typename?: 'Referral', id: string, status: ReferralStatus } };

export type CompleteReferralMutationVariables = Exact<{
  referralId: Scalars['ID']['input'];
  outcome: Scalars['String']['input'];
  feedback?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompleteReferralMutation = { __typename?: 'Mutation', completeReferral: { __typename?: 'Referral', id: string, status: ReferralStatus } };

export type CancelReferralMutationVariables = Exact<{
  referralId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type CancelReferralMutation = { __typename?: 'Mutation', cancelReferral: { __typename?: 'Referral', id: string, status: ReferralStatus } };

export type CarePlanFieldsFragment = { __typename?: 'CarePlan', id: string, version: number, status: CarePlanStatus, summary?: string | null, reviewDate?: string | null, followUpDays?: number | null, createdAt: string, submittedAt?: string | null, decidedAt?: string | null, decisionComment?: string | null, completedAt?: string | null, completionNote?: string | null, createdBy: { __typename?: 'User', id: string, displayName: string }, decidedBy?: { __typename?: 'User', id: string, displayName: string } | null, completedBy?: { __typename?: 'User', id: string, displayName: string } | null, objectives: Array<{ __typename?: 'CarePlanObjective', id: string, position: number, need?: string | null, description: string, responsibleParty: ResponsibleParty, responsibleName?: string | null, dueDate?: string | null, status: CarePlanObjectiveStatus, outcome?: string | null, responsibleUser?: { __typename?: 'User', id: string, displayName: string } | null, interventions: Array<{ __typename?: 'CarePlanIntervention', id: string, status: InterventionStatus, note?: string | null, service: { __typename?: 'ServiceCatalogueEntry', key: string, name: any }, provider?: { __typename?: 'ServiceProvider', id: string, name: string } | null, referral?: { __typename?: 'Referral', id: string, status: ReferralStatus } | null }> }> };

export type CaseCarePlanQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseCarePlanQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, carePlan?: { __typename?: 'CarePlan', id: string, version: number, status: CarePlanStatus, summary?: string | null, reviewDate?: string | null, followUpDays?: number | null, createdAt: string, submittedAt?: string | null, decidedAt?: string | null, decisionComment?: string | null, completedAt?: string | null, completionNote?: string | null, createdBy: { __typename?: 'User', id: string, displayName: string }, decidedBy?: { __typename?: 'User', id: string, displayName: string } | null, completedBy?: { __typename?: 'User', id: string, displayName: string } | null, objectives: Array<{ __typename?: 'CarePlanObjective', id: string, position: number, need?: string | null, description: string, responsibleParty: ResponsibleParty, responsibleName?: string | null, dueDate?: string | null, status: CarePlanObjectiveStatus, outcome?: string | null, responsibleUser?: { __typename?: 'User', id: string, displayName: string } | null, interventions: Array<{ __typename?: 'CarePlanIntervention', id: string, status: InterventionStatus, note?: string | null, service: { __typename?: 'ServiceCatalogueEntry', key: string, name: any }, provider?: { __typename?: 'ServiceProvider', id: string, name: string } | null, referral?: { __typename?: 'Referral', id: string, status: ReferralStatus } | null }> }> } | null, carePlans: Array<{ __typename?: 'CarePlan', id: string, version: number, status: CarePlanStatus, createdAt: string }> }, serviceCatalogue: Array<{ __typename?: 'ServiceCatalogueEntry', key: string, name: any, eligibleForCase?: { __typename?: 'ServiceEligibilityResult', eligible: boolean } | null }> };

export type CreateCarePlanMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  input: CarePlanInput;
}>;


export type CreateCarePlanMutation = { __typename?: 'Mutation', createCarePlan: { __typename?: 'CarePlan', id: string } };

export type SubmitCarePlanMutationVariables = Exact<{
  carePlanId: Scalars['ID']['input'];
}>;


export type SubmitCarePlanMutation = { __typename?: 'Mutation', submitCarePlan: { __typename?: 'CarePlan', id: string, status: CarePlanStatus } };

export type DecideCarePlanMutationVariables = Exact<{
  carePlanId: Scalars['ID']['input'];
  decision: CarePlanDecision;
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideCarePlanMutation = { __typename?: 'Mutation', decideCarePlan: { __typename?: 'CarePlan', id: string, status: CarePlanStatus } };

export type CompleteCarePlanMutationVariables = Exact<{
  carePlanId: Scalars['ID']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
}>;


export type CompleteCarePlanMutation = { __typename?: 'Mutation', completeCarePlan: { __typename?: 'CarePlan', id: string, status: CarePlanStatus } };

export type UpdateCarePlanObjectiveMutationVariables = Exact<{
  objectiveId: Scalars['ID']['input'];
  input: CarePlanObjectiveUpdateInput;
}>;


export type UpdateCarePlanObjectiveMutation = { __typename?: 'Mutation', updateCarePlanObjective: { __typename?: 'CarePlan', id: string } };

export type HouseholdViewFragment = { __typename?: 'Household', id: string, label?: string | null, head?: { __typename?: 'HouseholdMember', personId?: string | null, personWithheld?: string | null, person?: { __typename?: 'Person', id: string, fullName: string } | null } | null, members: Array<{ __typename?: 'HouseholdMember', personId?: string | null, relationship: HouseholdRelationship, joinedAt: string, leftAt?: string | null, current: boolean, personWithheld?: string | null, person?: { __typename?: 'Person', id: string, fullName: string, sex: Sex, ageYears?: number | null } | null }> };

export type CaseHouseholdsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseHouseholdsQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, person: { __typename?: 'Person', id: string, fullName: string, households: Array<{ __typename?: 'Household', id: string, label?: string | null, head?: { __typename?: 'HouseholdMember', personId?: string | null, personWithheld?: string | null, person?: { __typename?: 'Person', id: string, fullName: string } | null } | null, members: Array<{ __typename?: 'HouseholdMember', personId?: string | null, relationship: HouseholdRelationship, joinedAt: string, leftAt?: string | null, current: boolean, personWithheld?: string | null, person?: { __typename?: 'Person', id: string, fullName: string, sex: Sex, ageYears?: number | null } | null }> }> } } };

export type SearchPersonsQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type SearchPersonsQuery = { __typename?: 'Query', searchPersons: Array<{ __typename?: 'Person', id: string, fullName: string, sex: Sex, ageYears?: number | null, dateOfBirth?: string | null }> };

export type CreateHouseholdMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  label?: InputMaybe<Scalars['String']['input']>;
  relationship?: InputMaybe<HouseholdRelationship>;
}>;


export type CreateHouseholdMutation = { __typename?: 'Mutation', createHousehold: { __typename?: 'Household', id: string } };

export type AddHouseholdMemberMutationVariables = Exact<{
  householdId: Scalars['ID']['input'];
  input: HouseholdMemberInput;
}>;


export type AddHouseholdMemberMutation = { __typename?: 'Mutation', addHouseholdMember: { __typename?: 'Household', id: string } };

export type SetHouseholdHeadMutationVariables = Exact<{
  householdId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
  previousHeadRelationship?: InputMaybe<HouseholdRelationship>;
}>;


export type SetHouseholdHeadMutation = { __typename?: 'Mutation', setHouseholdHead: { __typename?: 'Household', id: string } };

export type EndHouseholdMembershipMutationVariables = Exact<{
  householdId: Scalars['ID']['input'];
  personId: Scalars['ID']['input'];
}>;


export type EndHouseholdMembershipMutation = { __typename?: 'Mutation', endHouseholdMembership: { __typename?: 'Household', id: string } };

export type IncomingReferralsQueryVariables = Exact<{
  status?: InputMaybe<ReferralStatus>;
}>;


export type IncomingReferralsQuery = { __typename?: 'Query', incomingReferrals: Array<{ __typename?: 'IncomingReferral', caseNumber: string, referral: { __typename?: 'Referral', id: string, kind: ReferralKind, toTeamId?: string | null, toProgramme?: string | null, service: string, urgency: ReferralUrgency, reason?: string | null, status: ReferralStatus, declineReason?: string | null, outcome?: string | null, feedback?: string | null, cancelReason?: string | null, cancelledAt?: string | null, createdAt: string, provider?: { __typename?: 'ServiceProvider', id: string, name: string } | null, cancelledBy?: { __typename?: 'User', id: string, displayName: string } | null, createdBy: { __typename?: 'User', id: string, displayName: string }, events: Array<{ __typename?: 'ReferralEvent', id: string, status: ReferralStatus, note?: string | null, recordedAt: string, recordedBy: { __typename?: 'User', id: string, displayName: string } }> } }> };

export type CaseWorkflowQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CaseWorkflowQuery = { __typename?: 'Query', case: { __typename?: 'Case', id: string, status: CaseStatus, currentStage?: { __typename?: 'CaseStage', stage: WorkflowStage, stageKey: string, workflowKey: string, workflowVersion: number, enteredAt: string } | null, allowedTransitions: Array<{ __typename?: 'AllowedTransition', toStage: string, label: string, needsApproval: boolean, reasonRequired: boolean, closes: boolean, blockedBy: Array<{ __typename?: 'WorkflowGuardFailure', guard: string, message: string }> }>, stageHistory: Array<{ __typename?: 'StageChange', id: string, fromStage?: string | null, toStage: string, reason?: string | null, closureCategory?: ClosureCategory | null, transitionedAt: string, transitionedBy: { __typename?: 'User', id: string, displayName: string } }>, workflowApprovals: Array<{ __typename?: 'WorkflowApproval', id: string, caseId: string, fromStage: string, toStage: string, kind: string, reason?: string | null, closureCategory?: ClosureCategory | null, status: string, requestedAt: string, decidedAt?: string | null, comment?: string | null, requestedBy: { __typename?: 'User', id: string, displayName: string }, decidedBy?: { __typename?: 'User', id: string, displayName: string } | null }> } };

export type WorkflowApprovalItemFragment = { __typename?: 'WorkflowApproval', id: string, caseId: string, fromStage: string, toStage: string, kind: string, reason?: string | null, closureCategory?: ClosureCategory | null, status: string, requestedAt: string, decidedAt?: string | null, comment?: string | null, requestedBy: { __typename?: 'User', id: string, displayName: string }, decidedBy?: { __typename?: 'User', id: string, displayName: string } | null };

export type WorkflowDefinitionsQueryVariables = Exact<{
  key?: InputMaybe<Scalars['String']['input']>;
  includeDrafts?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type WorkflowDefinitionsQuery = { __typename?: 'Query', workflowDefinitions: Array<{ __typename?: 'WorkflowDefinition', id: string, key: string, version: number, status: string, definition: any, createdAt: string, publishedAt?: string | null }> };

export type TransitionCaseMutationVariables = Exact<{
  caseId: Scalars['ID']['input'];
  toStage: Scalars['String']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
  input?: InputMaybe<TransitionInput>;
}>;


export type TransitionCaseMutation = { __typename?: 'Mutation', transitionCase: { __typename?: 'TransitionOutcome', transitioned: boolean, currentStage: { __typename?: 'CaseStage', stageKey: string }, approval?: { __typename?: 'WorkflowApproval', id: string, status: string } | null } };

export type PendingApprovalsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingApprovalsQuery = { __typename?: 'Query', pendingApprovals: Array<{ __typename?: 'WorkflowApproval', id: string, caseId: string, fromStage: string, toStage: string, kind: string, reason?: string | null, closureCategory?: ClosureCategory | null, status: string, requestedAt: string, decidedAt?: string | null, comment?: string | null, requestedBy: { __typename?: 'User', id: string, displayName: string }, decidedBy?: { __typename?: 'User', id: string, displayName: string } | null }> };

export type ApproveTransitionMutationVariables = Exact<{
  approvalId: Scalars['ID']['input'];
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type ApproveTransitionMutation = { __typename?: 'Mutation', approveTransition: { __typename?: 'ApprovalDecision', approval: { __typename?: 'WorkflowApproval', id: string, status: string } } };

export type RejectTransitionMutationVariables = Exact<{
  approvalId: Scalars['ID']['input'];
  comment: Scalars['String']['input'];
}>;


export type RejectTransitionMutation = { __typename?: 'Mutation', rejectTransition: { __typename?: 'ApprovalDecision', approval: { __typename?: 'WorkflowApproval', id: string, status: string } } };

export type MyNotificationsQueryVariables = Exact<{
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
}>;


export type MyNotificationsQuery = { __typename?: 'Query', myNotifications: Array<{ __typename?: 'Notification', id: string, kind: string, caseId?: string | null, title: string, body: string, createdAt: string, readAt?: string | null }> };

export type MarkNotificationReadMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type MarkNotificationReadMutation = { __typename?: 'Mutation', markNotificationRead: { __typename?: 'Notification', id: string, readAt?: string | null } };

export type SaveWorkflowDefinitionMutationVariables = Exact<{
  key: Scalars['String']['input'];
  definition: Scalars['JSON']['input'];
}>;


export type SaveWorkflowDefinitionMutation = { __typename?: 'Mutation', saveWorkflowDefinition: { __typename?: 'WorkflowDefinition', id: string, key: string, version: number, status: string } };

export type PublishWorkflowDefinitionMutationVariables = Exact<{
  key: Scalars['String']['input'];
  version: Scalars['Int']['input'];
}>;


export type PublishWorkflowDefinitionMutation = { __typename?: 'Mutation', publishWorkflowDefinition: { __typename?: 'WorkflowDefinition', id: string, key: string, version: number, status: string } };

export type SupervisorQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type SupervisorQueueQuery = { __typename?: 'Query', supervisorQueue: { __typename?: 'SupervisorQueue', asOf: string, approvalsTotal: number, overdueTotal: number, inactiveTotal: number, settings: { __typename?: 'SupervisionSettings', inactivityDays: number }, approvals: Array<{ __typename?: 'QueueApproval', kind: string, id: string, caseId: string, caseNumber: string, stage?: string | null, toStage?: string | null, requestedAt: string, requestedBy?: { __typename?: 'User', id: string, displayName: string } | null }>, overdue: Array<{ __typename?: 'QueueOverdueDeadline', id: string, caseId: string, caseNumber: string, kind: string, stage: string, dueAt: string, assignedWorker: { __typename?: 'User', id: string, displayName: string } }>, inactive: Array<{ __typename?: 'QueueInactiveCase', caseId: string, caseNumber: string, stage?: string | null, lastActivityAt: string, assignedWorker: { __typename?: 'User', id: string, displayName: string } }>, caseloads: Array<{ __typename?: 'WorkerCaseload', openCases: number, target: number, overTarget: boolean, worker: { __typename?: 'User', id: string, displayName: string } }> } };

export type DecideQueuedCarePlanMutationVariables = Exact<{
  carePlanId: Scalars['ID']['input'];
  decision: CarePlanDecision;
  comment?: InputMaybe<Scalars['String']['input']>;
}>;


export type DecideQueuedCarePlanMutation = { __typename?: 'Mutation', decideCarePlan: { __typename?: 'CarePlan', id: string, status: CarePlanStatus } };

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
export const SsoProviderFieldsFragmentDoc = new TypedDocumentString(`
    fragment SsoProviderFields on SsoProvider {
  id
  displayName
  issuer
  clientId
  emailClaim
  nameClaim
  roleClaim
  roleMapping {
    value
    roleKey
  }
  unknownUsers
  defaultRoleKey
  enabled
  hasClientSecret
}
    `, {"fragmentName":"SsoProviderFields"}) as unknown as TypedDocumentString<SsoProviderFieldsFragment, unknown>;
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
  status
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
export const ReferralViewFragmentDoc = new TypedDocumentString(`
    fragment ReferralView on Referral {
  id
  kind
  toTeamId
  toProgramme
  provider {
    id
    name
  }
  service
  urgency
  reason
  status
  declineReason
  outcome
  feedback
  cancelReason
  cancelledAt
  cancelledBy {
    id
    displayName
  }
  createdAt
  createdBy {
    id
    displayName
  }
  events {
    id
    status
    note
    recordedAt
    recordedBy {
      id
      displayName
    }
  }
}
    `, {"fragmentName":"ReferralView"}) as unknown as TypedDocumentString<ReferralViewFragment, unknown>;
export const CarePlanFieldsFragmentDoc = new TypedDocumentString(`
    fragment CarePlanFields on CarePlan {
  id
  version
  status
  summary
  reviewDate
  followUpDays
  createdAt
  submittedAt
  decidedAt
  decisionComment
  createdBy {
    id
    displayName
  }
  decidedBy {
    id
    displayName
  }
  completedAt
  completionNote
  completedBy {
    id
    displayName
  }
  objectives {
    id
    position
    need
    description
    responsibleParty
    responsibleUser {
      id
      displayName
    }
    responsibleName
    dueDate
    status
    outcome
    interventions {
      id
      service {
        key
        name
      }
      provider {
        id
        name
      }
      status
      note
      referral {
        id
        status
      }
    }
  }
}
    `, {"fragmentName":"CarePlanFields"}) as unknown as TypedDocumentString<CarePlanFieldsFragment, unknown>;
export const HouseholdViewFragmentDoc = new TypedDocumentString(`
    fragment HouseholdView on Household {
  id
  label
  head {
    personId
    person {
      id
      fullName
    }
    personWithheld
  }
  members(currentOnly: false) {
    personId
    relationship
    joinedAt
    leftAt
    current
    person {
      id
      fullName
      sex
      ageYears
    }
    personWithheld
  }
}
    `, {"fragmentName":"HouseholdView"}) as unknown as TypedDocumentString<HouseholdViewFragment, unknown>;
export const WorkflowApprovalItemFragmentDoc = new TypedDocumentString(`
    fragment WorkflowApprovalItem on WorkflowApproval {
  id
  caseId
  fromStage
  toStage
  kind
  reason
  closureCategory
  status
  requestedBy {
    id
    displayName
  }
  requestedAt
  decidedBy {
    id
    displayName
  }
  decidedAt
  comment
}
    `, {"fragmentName":"WorkflowApprovalItem"}) as unknown as TypedDocumentString<WorkflowApprovalItemFragment, unknown>;
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
export const AdminSsoProvidersDocument = new TypedDocumentString(`
    query AdminSsoProviders {
  ssoProviders {
    ...SsoProviderFields
  }
}
    fragment SsoProviderFields on SsoProvider {
  id
  displayName
  issuer
  clientId
  emailClaim
  nameClaim
  roleClaim
  roleMapping {
    value
    roleKey
  }
  unknownUsers
  defaultRoleKey
  enabled
  hasClientSecret
}`) as unknown as TypedDocumentString<AdminSsoProvidersQuery, AdminSsoProvidersQueryVariables>;
export const AdminSaveSsoProviderDocument = new TypedDocumentString(`
    mutation AdminSaveSsoProvider($id: ID, $input: SsoProviderInput!) {
  saveSsoProvider(id: $id, input: $input) {
    ...SsoProviderFields
  }
}
    fragment SsoProviderFields on SsoProvider {
  id
  displayName
  issuer
  clientId
  emailClaim
  nameClaim
  roleClaim
  roleMapping {
    value
    roleKey
  }
  unknownUsers
  defaultRoleKey
  enabled
  hasClientSecret
}`) as unknown as TypedDocumentString<AdminSaveSsoProviderMutation, AdminSaveSsoProviderMutationVariables>;
export const AdminSetSsoProviderEnabledDocument = new TypedDocumentString(`
    mutation AdminSetSsoProviderEnabled($id: ID!, $enabled: Boolean!) {
  setSsoProviderEnabled(id: $id, enabled: $enabled) {
    ...SsoProviderFields
  }
}
    fragment SsoProviderFields on SsoProvider {
  id
  displayName
  issuer
  clientId
  emailClaim
  nameClaim
  roleClaim
  roleMapping {
    value
    roleKey
  }
  unknownUsers
  defaultRoleKey
  enabled
  hasClientSecret
}`) as unknown as TypedDocumentString<AdminSetSsoProviderEnabledMutation, AdminSetSsoProviderEnabledMutationVariables>;
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
export const CasePersonPhotoDocument = new TypedDocumentString(`
    query CasePersonPhoto($id: ID!) {
  case(id: $id) {
    id
    person {
      id
      photo {
        documentId
        version
        uploadedAt
        dataUrl
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CasePersonPhotoQuery, CasePersonPhotoQueryVariables>;
export const SetPersonPhotoDocument = new TypedDocumentString(`
    mutation SetPersonPhoto($caseId: ID!, $file: FileUploadInput!) {
  setPersonPhoto(caseId: $caseId, file: $file) {
    id
    currentVersion
  }
}
    `) as unknown as TypedDocumentString<SetPersonPhotoMutation, SetPersonPhotoMutationVariables>;
export const CaseTypesDocument = new TypedDocumentString(`
    query CaseTypes {
  caseTypes {
    key
    label
    active
  }
}
    `) as unknown as TypedDocumentString<CaseTypesQuery, CaseTypesQueryVariables>;
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
  status
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
  status
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
  status
  values
  withheldFields
  submittedBy {
    id
    displayName
  }
  submittedAt
  updatedAt
}`) as unknown as TypedDocumentString<UpdateSubmissionMutation, UpdateSubmissionMutationVariables>;
export const SaveFormDraftDocument = new TypedDocumentString(`
    mutation SaveFormDraft($caseId: ID!, $formKey: String!, $values: JSON!, $submissionId: ID) {
  saveFormDraft(
    caseId: $caseId
    formKey: $formKey
    values: $values
    submissionId: $submissionId
  ) {
    ...FormSubmissionFields
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  formKey
  formVersion
  status
  values
  withheldFields
  submittedBy {
    id
    displayName
  }
  submittedAt
  updatedAt
}`) as unknown as TypedDocumentString<SaveFormDraftMutation, SaveFormDraftMutationVariables>;
export const SubmitFormDraftDocument = new TypedDocumentString(`
    mutation SubmitFormDraft($submissionId: ID!, $values: JSON) {
  submitFormDraft(submissionId: $submissionId, values: $values) {
    ...FormSubmissionFields
  }
}
    fragment FormSubmissionFields on FormSubmission {
  id
  formKey
  formVersion
  status
  values
  withheldFields
  submittedBy {
    id
    displayName
  }
  submittedAt
  updatedAt
}`) as unknown as TypedDocumentString<SubmitFormDraftMutation, SubmitFormDraftMutationVariables>;
export const AdminAreasDocument = new TypedDocumentString(`
    query AdminAreas($parentCode: String) {
  adminAreas(parentCode: $parentCode) {
    code
    level
    parentCode
    name
  }
}
    `) as unknown as TypedDocumentString<AdminAreasQuery, AdminAreasQueryVariables>;
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
export const EditorCaseTypesDocument = new TypedDocumentString(`
    query EditorCaseTypes {
  caseTypes {
    key
    label
    active
  }
}
    `) as unknown as TypedDocumentString<EditorCaseTypesQuery, EditorCaseTypesQueryVariables>;
export const FindPersonsDocument = new TypedDocumentString(`
    query FindPersons($query: String!, $first: Int) {
  searchPersons(query: $query, first: $first) {
    id
    fullName
    sex
    ageYears
    dateOfBirth
    cases {
      id
      caseNumber
      caseType
      status
      currentStage {
        stage
      }
    }
  }
}
    `) as unknown as TypedDocumentString<FindPersonsQuery, FindPersonsQueryVariables>;
export const CaseNotesDocument = new TypedDocumentString(`
    query CaseNotes($id: ID!, $after: String) {
  case(id: $id) {
    id
    notes(first: 20, after: $after) {
      nodes {
        id
        noteType
        classification
        subject
        body
        occurredAt
        durationMinutes
        author {
          id
          displayName
        }
        createdAt
        supersedesId
        superseded
      }
      totalCount
      withheldRestricted
      withheldConfidential
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<CaseNotesQuery, CaseNotesQueryVariables>;
export const AddCaseNoteDocument = new TypedDocumentString(`
    mutation AddCaseNote($caseId: ID!, $input: CaseNoteInput!) {
  addCaseNote(caseId: $caseId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddCaseNoteMutation, AddCaseNoteMutationVariables>;
export const CaseDocumentsDocument = new TypedDocumentString(`
    query CaseDocuments($id: ID!) {
  case(id: $id) {
    id
    documents {
      nodes {
        id
        title
        documentType
        classification
        currentVersion
        versions {
          version
          fileName
          contentType
          sizeBytes
          uploadedAt
          uploadedBy {
            id
            displayName
          }
        }
        createdAt
        withdrawnAt
      }
      withheldCount
    }
  }
}
    `) as unknown as TypedDocumentString<CaseDocumentsQuery, CaseDocumentsQueryVariables>;
export const UploadDocumentDocument = new TypedDocumentString(`
    mutation UploadDocument($caseId: ID!, $input: UploadDocumentInput!) {
  uploadDocument(caseId: $caseId, input: $input) {
    id
    title
    currentVersion
  }
}
    `) as unknown as TypedDocumentString<UploadDocumentMutation, UploadDocumentMutationVariables>;
export const DocumentContentDocument = new TypedDocumentString(`
    query DocumentContent($documentId: ID!, $version: Int) {
  documentContent(documentId: $documentId, version: $version) {
    fileName
    contentType
    contentBase64
  }
}
    `) as unknown as TypedDocumentString<DocumentContentQuery, DocumentContentQueryVariables>;
export const CaseReferralsDocument = new TypedDocumentString(`
    query CaseReferrals($id: ID!) {
  case(id: $id) {
    id
    referrals {
      ...ReferralView
    }
  }
  serviceCatalogue(caseId: $id) {
    key
    name
    internalTeamId
    eligibleForCase {
      eligible
      reasons
    }
  }
}
    fragment ReferralView on Referral {
  id
  kind
  toTeamId
  toProgramme
  provider {
    id
    name
  }
  service
  urgency
  reason
  status
  declineReason
  outcome
  feedback
  cancelReason
  cancelledAt
  cancelledBy {
    id
    displayName
  }
  createdAt
  createdBy {
    id
    displayName
  }
  events {
    id
    status
    note
    recordedAt
    recordedBy {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<CaseReferralsQuery, CaseReferralsQueryVariables>;
export const ServiceProvidersDocument = new TypedDocumentString(`
    query ServiceProviders($serviceKey: String) {
  serviceProviders(serviceKey: $serviceKey) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ServiceProvidersQuery, ServiceProvidersQueryVariables>;
export const CreateReferralDocument = new TypedDocumentString(`
    mutation CreateReferral($caseId: ID!, $input: CreateReferralInput!) {
  createReferral(caseId: $caseId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateReferralMutation, CreateReferralMutationVariables>;
export const RespondToReferralDocument = new TypedDocumentString(`
    mutation RespondToReferral($referralId: ID!, $decision: ReferralDecision!, $note: String, $declineReason: String) {
  respondToReferral(
    referralId: $referralId
    decision: $decision
    note: $note
    declineReason: $declineReason
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<RespondToReferralMutation, RespondToReferralMutationVariables>;
export const CompleteReferralDocument = new TypedDocumentString(`
    mutation CompleteReferral($referralId: ID!, $outcome: String!, $feedback: String) {
  completeReferral(
    referralId: $referralId
    outcome: $outcome
    feedback: $feedback
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteReferralMutation, CompleteReferralMutationVariables>;
export const CancelReferralDocument = new TypedDocumentString(`
    mutation CancelReferral($referralId: ID!, $reason: String!) {
  cancelReferral(referralId: $referralId, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CancelReferralMutation, CancelReferralMutationVariables>;
export const CaseCarePlanDocument = new TypedDocumentString(`
    query CaseCarePlan($id: ID!) {
  case(id: $id) {
    id
    carePlan {
      ...CarePlanFields
    }
    carePlans {
      id
      version
      status
      createdAt
    }
  }
  serviceCatalogue(caseId: $id) {
    key
    name
    eligibleForCase {
      eligible
    }
  }
}
    fragment CarePlanFields on CarePlan {
  id
  version
  status
  summary
  reviewDate
  followUpDays
  createdAt
  submittedAt
  decidedAt
  decisionComment
  createdBy {
    id
    displayName
  }
  decidedBy {
    id
    displayName
  }
  completedAt
  completionNote
  completedBy {
    id
    displayName
  }
  objectives {
    id
    position
    need
    description
    responsibleParty
    responsibleUser {
      id
      displayName
    }
    responsibleName
    dueDate
    status
    outcome
    interventions {
      id
      service {
        key
        name
      }
      provider {
        id
        name
      }
      status
      note
      referral {
        id
        status
      }
    }
  }
}`) as unknown as TypedDocumentString<CaseCarePlanQuery, CaseCarePlanQueryVariables>;
export const CreateCarePlanDocument = new TypedDocumentString(`
    mutation CreateCarePlan($caseId: ID!, $input: CarePlanInput!) {
  createCarePlan(caseId: $caseId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateCarePlanMutation, CreateCarePlanMutationVariables>;
export const SubmitCarePlanDocument = new TypedDocumentString(`
    mutation SubmitCarePlan($carePlanId: ID!) {
  submitCarePlan(carePlanId: $carePlanId) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<SubmitCarePlanMutation, SubmitCarePlanMutationVariables>;
export const DecideCarePlanDocument = new TypedDocumentString(`
    mutation DecideCarePlan($carePlanId: ID!, $decision: CarePlanDecision!, $comment: String) {
  decideCarePlan(carePlanId: $carePlanId, decision: $decision, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideCarePlanMutation, DecideCarePlanMutationVariables>;
export const CompleteCarePlanDocument = new TypedDocumentString(`
    mutation CompleteCarePlan($carePlanId: ID!, $note: String) {
  completeCarePlan(carePlanId: $carePlanId, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CompleteCarePlanMutation, CompleteCarePlanMutationVariables>;
export const UpdateCarePlanObjectiveDocument = new TypedDocumentString(`
    mutation UpdateCarePlanObjective($objectiveId: ID!, $input: CarePlanObjectiveUpdateInput!) {
  updateCarePlanObjective(objectiveId: $objectiveId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateCarePlanObjectiveMutation, UpdateCarePlanObjectiveMutationVariables>;
export const CaseHouseholdsDocument = new TypedDocumentString(`
    query CaseHouseholds($id: ID!) {
  case(id: $id) {
    id
    person {
      id
      fullName
      households {
        ...HouseholdView
      }
    }
  }
}
    fragment HouseholdView on Household {
  id
  label
  head {
    personId
    person {
      id
      fullName
    }
    personWithheld
  }
  members(currentOnly: false) {
    personId
    relationship
    joinedAt
    leftAt
    current
    person {
      id
      fullName
      sex
      ageYears
    }
    personWithheld
  }
}`) as unknown as TypedDocumentString<CaseHouseholdsQuery, CaseHouseholdsQueryVariables>;
export const SearchPersonsDocument = new TypedDocumentString(`
    query SearchPersons($query: String!) {
  searchPersons(query: $query, first: 10) {
    id
    fullName
    sex
    ageYears
    dateOfBirth
  }
}
    `) as unknown as TypedDocumentString<SearchPersonsQuery, SearchPersonsQueryVariables>;
export const CreateHouseholdDocument = new TypedDocumentString(`
    mutation CreateHousehold($caseId: ID!, $label: String, $relationship: HouseholdRelationship) {
  createHousehold(caseId: $caseId, label: $label, relationship: $relationship) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateHouseholdMutation, CreateHouseholdMutationVariables>;
export const AddHouseholdMemberDocument = new TypedDocumentString(`
    mutation AddHouseholdMember($householdId: ID!, $input: HouseholdMemberInput!) {
  addHouseholdMember(householdId: $householdId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddHouseholdMemberMutation, AddHouseholdMemberMutationVariables>;
export const SetHouseholdHeadDocument = new TypedDocumentString(`
    mutation SetHouseholdHead($householdId: ID!, $personId: ID!, $previousHeadRelationship: HouseholdRelationship) {
  setHouseholdHead(
    householdId: $householdId
    personId: $personId
    previousHeadRelationship: $previousHeadRelationship
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetHouseholdHeadMutation, SetHouseholdHeadMutationVariables>;
export const EndHouseholdMembershipDocument = new TypedDocumentString(`
    mutation EndHouseholdMembership($householdId: ID!, $personId: ID!) {
  endHouseholdMembership(householdId: $householdId, personId: $personId) {
    id
  }
}
    `) as unknown as TypedDocumentString<EndHouseholdMembershipMutation, EndHouseholdMembershipMutationVariables>;
export const IncomingReferralsDocument = new TypedDocumentString(`
    query IncomingReferrals($status: ReferralStatus) {
  incomingReferrals(status: $status) {
    caseNumber
    referral {
      ...ReferralView
    }
  }
}
    fragment ReferralView on Referral {
  id
  kind
  toTeamId
  toProgramme
  provider {
    id
    name
  }
  service
  urgency
  reason
  status
  declineReason
  outcome
  feedback
  cancelReason
  cancelledAt
  cancelledBy {
    id
    displayName
  }
  createdAt
  createdBy {
    id
    displayName
  }
  events {
    id
    status
    note
    recordedAt
    recordedBy {
      id
      displayName
    }
  }
}`) as unknown as TypedDocumentString<IncomingReferralsQuery, IncomingReferralsQueryVariables>;
export const CaseWorkflowDocument = new TypedDocumentString(`
    query CaseWorkflow($id: ID!) {
  case(id: $id) {
    id
    status
    currentStage {
      stage
      stageKey
      workflowKey
      workflowVersion
      enteredAt
    }
    allowedTransitions {
      toStage
      label
      needsApproval
      reasonRequired
      closes
      blockedBy {
        guard
        message
      }
    }
    stageHistory {
      id
      fromStage
      toStage
      reason
      closureCategory
      transitionedBy {
        id
        displayName
      }
      transitionedAt
    }
    workflowApprovals {
      ...WorkflowApprovalItem
    }
  }
}
    fragment WorkflowApprovalItem on WorkflowApproval {
  id
  caseId
  fromStage
  toStage
  kind
  reason
  closureCategory
  status
  requestedBy {
    id
    displayName
  }
  requestedAt
  decidedBy {
    id
    displayName
  }
  decidedAt
  comment
}`) as unknown as TypedDocumentString<CaseWorkflowQuery, CaseWorkflowQueryVariables>;
export const WorkflowDefinitionsDocument = new TypedDocumentString(`
    query WorkflowDefinitions($key: String, $includeDrafts: Boolean) {
  workflowDefinitions(key: $key, includeDrafts: $includeDrafts) {
    id
    key
    version
    status
    definition
    createdAt
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<WorkflowDefinitionsQuery, WorkflowDefinitionsQueryVariables>;
export const TransitionCaseDocument = new TypedDocumentString(`
    mutation TransitionCase($caseId: ID!, $toStage: String!, $reason: String, $input: TransitionInput) {
  transitionCase(
    caseId: $caseId
    toStage: $toStage
    reason: $reason
    input: $input
  ) {
    transitioned
    currentStage {
      stageKey
    }
    approval {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<TransitionCaseMutation, TransitionCaseMutationVariables>;
export const PendingApprovalsDocument = new TypedDocumentString(`
    query PendingApprovals {
  pendingApprovals {
    ...WorkflowApprovalItem
  }
}
    fragment WorkflowApprovalItem on WorkflowApproval {
  id
  caseId
  fromStage
  toStage
  kind
  reason
  closureCategory
  status
  requestedBy {
    id
    displayName
  }
  requestedAt
  decidedBy {
    id
    displayName
  }
  decidedAt
  comment
}`) as unknown as TypedDocumentString<PendingApprovalsQuery, PendingApprovalsQueryVariables>;
export const ApproveTransitionDocument = new TypedDocumentString(`
    mutation ApproveTransition($approvalId: ID!, $comment: String) {
  approveTransition(approvalId: $approvalId, comment: $comment) {
    approval {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<ApproveTransitionMutation, ApproveTransitionMutationVariables>;
export const RejectTransitionDocument = new TypedDocumentString(`
    mutation RejectTransition($approvalId: ID!, $comment: String!) {
  rejectTransition(approvalId: $approvalId, comment: $comment) {
    approval {
      id
      status
    }
  }
}
    `) as unknown as TypedDocumentString<RejectTransitionMutation, RejectTransitionMutationVariables>;
export const MyNotificationsDocument = new TypedDocumentString(`
    query MyNotifications($unreadOnly: Boolean) {
  myNotifications(unreadOnly: $unreadOnly) {
    id
    kind
    caseId
    title
    body
    createdAt
    readAt
  }
}
    `) as unknown as TypedDocumentString<MyNotificationsQuery, MyNotificationsQueryVariables>;
export const MarkNotificationReadDocument = new TypedDocumentString(`
    mutation MarkNotificationRead($id: ID!) {
  markNotificationRead(id: $id) {
    id
    readAt
  }
}
    `) as unknown as TypedDocumentString<MarkNotificationReadMutation, MarkNotificationReadMutationVariables>;
export const SaveWorkflowDefinitionDocument = new TypedDocumentString(`
    mutation SaveWorkflowDefinition($key: String!, $definition: JSON!) {
  saveWorkflowDefinition(key: $key, definition: $definition) {
    id
    key
    version
    status
  }
}
    `) as unknown as TypedDocumentString<SaveWorkflowDefinitionMutation, SaveWorkflowDefinitionMutationVariables>;
export const PublishWorkflowDefinitionDocument = new TypedDocumentString(`
    mutation PublishWorkflowDefinition($key: String!, $version: Int!) {
  publishWorkflowDefinition(key: $key, version: $version) {
    id
    key
    version
    status
  }
}
    `) as unknown as TypedDocumentString<PublishWorkflowDefinitionMutation, PublishWorkflowDefinitionMutationVariables>;
export const SupervisorQueueDocument = new TypedDocumentString(`
    query SupervisorQueue {
  supervisorQueue {
    asOf
    settings {
      inactivityDays
    }
    approvals {
      kind
      id
      caseId
      caseNumber
      stage
      toStage
      requestedBy {
        id
        displayName
      }
      requestedAt
    }
    approvalsTotal
    overdue {
      id
      caseId
      caseNumber
      kind
      stage
      dueAt
      assignedWorker {
        id
        displayName
      }
    }
    overdueTotal
    inactive {
      caseId
      caseNumber
      stage
      assignedWorker {
        id
        displayName
      }
      lastActivityAt
    }
    inactiveTotal
    caseloads {
      worker {
        id
        displayName
      }
      openCases
      target
      overTarget
    }
  }
}
    `) as unknown as TypedDocumentString<SupervisorQueueQuery, SupervisorQueueQueryVariables>;
export const DecideQueuedCarePlanDocument = new TypedDocumentString(`
    mutation DecideQueuedCarePlan($carePlanId: ID!, $decision: CarePlanDecision!, $comment: String) {
  decideCarePlan(carePlanId: $carePlanId, decision: $decision, comment: $comment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideQueuedCarePlanMutation, DecideQueuedCarePlanMutationVariables>;
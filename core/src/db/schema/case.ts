import {
  pgSchema,
  uuid,
  text,
  timestamp,
  date,
  integer,
  jsonb,
  boolean,
  customType,
  primaryKey,
  uniqueIndex,
  index,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

// Tables of the case context hold agency and user ids, not foreign keys into other contexts:
// each context owns its schema, and services may later run against separate databases.
export const caseSchema = pgSchema('case');

export const caseStatusEnum = caseSchema.enum('case_status', ['open', 'closed']);
export const sexEnum = caseSchema.enum('sex', ['female', 'male', 'other', 'unknown']);

export const persons = caseSchema.table(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    sex: sexEnum('sex').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }),
    /** Restricted (fields.ts): the assigned worker and holders of a restricted grant. */
    contactPhone: text('contact_phone'),
    /** Restricted, like the phone: where a survivor lives can put her in danger. */
    currentAddress: text('current_address'),
    /** The full name normalised and transliterated to Latin letters, for duplicate detection and search. */
    searchName: text('search_name'),
    /** Phonetic blocking keys of the name (duplicate detection looks up candidates by these). */
    nameKeys: text('name_keys').array().notNull().default([]),
    /** Set when this record was merged into another; it stays for history, out of searches. */
    mergedInto: uuid('merged_into'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [
    index('persons_agency_idx').on(t.agencyId),
    index('persons_name_keys_idx').using('gin', t.nameKeys),
    index('persons_dob_idx').on(t.agencyId, t.dateOfBirth),
    // Persons not yet indexed for duplicate detection (indexUnindexedPersons at start): free to find.
    index('persons_unindexed_idx')
      .on(t.id)
      .where(sql`${t.searchName} is null`),
  ],
);

/** Identifiers of a person (registration numbers, national ids, phone numbers used for matching). */
export const personIdentifiers = caseSchema.table(
  'person_identifiers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    kind: text('kind').notNull(),
    value: text('value').notNull(),
    /** The value as compared: case, spaces and punctuation removed. */
    normalized: text('normalized').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('person_identifiers_lookup_idx').on(t.agencyId, t.kind, t.normalized),
    index('person_identifiers_person_idx').on(t.personId),
  ],
);

/** Per-agency duplicate-detection rules (weights and thresholds), as data. */
export const matchingRules = caseSchema.table('matching_rules', {
  agencyId: uuid('agency_id').primaryKey(),
  rules: jsonb('rules').notNull(),
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/** A merge of two person records: the merged one keeps its rows and history and points at the kept one. */
export const personMerges = caseSchema.table(
  'person_merges',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    keptPersonId: uuid('kept_person_id')
      .notNull()
      .references(() => persons.id),
    mergedPersonId: uuid('merged_person_id')
      .notNull()
      .references(() => persons.id),
    reason: text('reason').notNull(),
    mergedBy: uuid('merged_by').notNull(),
    mergedAt: timestamp('merged_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('person_merges_kept_idx').on(t.keptPersonId)],
);

export const cases = caseSchema.table(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseNumber: text('case_number').notNull(),
    /** The key of one of the agency's case types (case_types); child_protection, gbv, general_protection shipped. */
    caseType: text('case_type').notNull(),
    status: caseStatusEnum('status').notNull().default('open'),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    assignedWorkerId: uuid('assigned_worker_id').notNull(),
    /** The team the case is worked in; its supervisors reach the case. Null: no supervisor reach. */
    teamId: uuid('team_id'),
    createdBy: uuid('created_by').notNull(),
    // Millisecond precision so that timestamps survive a round trip through JavaScript (cursors).
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_agency_number_uq').on(t.agencyId, t.caseNumber),
    index('cases_assigned_worker_idx').on(t.assignedWorkerId, t.updatedAt),
    index('cases_team_idx').on(t.teamId, t.updatedAt),
    // Reach of a person goes through her cases (row-level security on persons, duplicate check).
    index('cases_person_idx').on(t.personId),
  ],
);

/** Case-context settings of each agency. */
export const agencySettings = caseSchema.table('agency_settings', {
  agencyId: uuid('agency_id').primaryKey(),
  /** Prefix of human-readable case numbers, e.g. HVN in HVN-2026-000123. */
  caseNumberPrefix: text('case_number_prefix').notNull(),
});

/** Per-agency, per-year serial behind case numbers; the row lock serialises concurrent creations. */
export const caseNumberSeries = caseSchema.table(
  'case_number_series',
  {
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencySettings.agencyId),
    year: integer('year').notNull(),
    lastValue: integer('last_value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.year] })],
);

/**
 * Blocks of case numbers reserved for one user's device, taken from the same series as online
 * registrations, so that a device can number cases while offline and the numbers stay unique in the
 * agency. A number from a block is used at most once (the unique index on cases enforces it).
 */
export const caseNumberBlocks = caseSchema.table(
  'case_number_blocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    year: integer('year').notNull(),
    firstSerial: integer('first_serial').notNull(),
    lastSerial: integer('last_serial').notNull(),
    reservedFor: uuid('reserved_for').notNull(),
    deviceLabel: text('device_label').notNull(),
    reservedAt: timestamp('reserved_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('case_number_blocks_user_idx').on(t.reservedFor, t.year)],
);

/**
 * The change history of case records: who changed which field when, with the old and new values.
 * Values live here, in the case context, under the same access rules as the record; the audit
 * trail records only field names and hashes of the values.
 */
export const caseChanges = caseSchema.table(
  'case_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    field: text('field').notNull(),
    oldValue: jsonb('old_value'),
    newValue: jsonb('new_value'),
    changedBy: uuid('changed_by').notNull(),
    changedAt: timestamp('changed_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    requestId: text('request_id'),
  },
  (t) => [index('case_changes_case_idx').on(t.caseId, t.changedAt)],
);

/**
 * Explicit shares: a named user may read a case until the share expires or is revoked. A share with
 * restricted fields also shows the case's restricted fields; confidential fields are never shared.
 */
export const caseShares = caseSchema.table(
  'case_shares',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    granteeId: uuid('grantee_id').notNull(),
    grantedBy: uuid('granted_by').notNull(),
    reason: text('reason').notNull(),
    includesRestricted: boolean('includes_restricted').notNull().default(false),
    grantedAt: timestamp('granted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, precision: 3 }),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [index('case_shares_case_idx').on(t.caseId), index('case_shares_grantee_idx').on(t.granteeId, t.expiresAt)],
);

/** Break-glass access: a supervisor opens a case outside her reach, with a reason, for a limited time. */
export const emergencyAccesses = caseSchema.table(
  'emergency_accesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    userId: uuid('user_id').notNull(),
    reason: text('reason').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [
    index('emergency_accesses_user_idx').on(t.userId, t.expiresAt),
    index('emergency_accesses_case_idx').on(t.caseId),
  ],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array | string }>({
  dataType: () => 'bytea',
  fromDriver: (value) =>
    typeof value === 'string'
      ? Buffer.from(value.startsWith('\\x') ? value.slice(2) : value, 'hex')
      : Buffer.from(value),
});

/**
 * Confidential field values, encrypted at rest (AES-256-GCM; core/src/crypto/field-cipher.ts). The key
 * id says which configured key encrypted the value, so keys can be rotated.
 */
export const confidentialValues = caseSchema.table(
  'confidential_values',
  {
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    field: text('field').notNull(),
    keyId: text('key_id').notNull(),
    ciphertext: bytea('ciphertext').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedBy: uuid('updated_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.field] }), index('confidential_values_key_idx').on(t.keyId)],
);

export const consentGiverEnum = caseSchema.enum('consent_giver', ['client', 'child', 'guardian']);
export const consentScopeEnum = caseSchema.enum('consent_scope', [
  'services',
  'referral',
  'information_sharing',
  'reporting',
]);

/**
 * Recorded consent: who gave it, what it covers and, for information sharing, with which named
 * organisations (exchange partners). Withdrawal keeps the row and sets withdrawn_at.
 */
export const consents = caseSchema.table(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    givenBy: consentGiverEnum('given_by').notNull(),
    givenByName: text('given_by_name'),
    scope: consentScopeEnum('scope').notNull(),
    organisationIds: uuid('organisation_ids').array().notNull().default([]),
    givenAt: timestamp('given_at', { withTimezone: true, precision: 3 }).notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, precision: 3 }),
    withdrawnRecordedBy: uuid('withdrawn_recorded_by'),
  },
  (t) => [index('consents_case_idx').on(t.caseId, t.scope)],
);

/**
 * A decision to go ahead without the consent a step needs (a referral, a transfer, inclusion in
 * reports): its own permission, a reason, and who and when. Also written to the audit trail.
 */
export const consentOverrides = caseSchema.table(
  'consent_overrides',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    scope: consentScopeEnum('scope').notNull(),
    organisationId: uuid('organisation_id'),
    reason: text('reason').notNull(),
    overriddenBy: uuid('overridden_by').notNull(),
    overriddenAt: timestamp('overridden_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('consent_overrides_case_idx').on(t.caseId, t.scope)],
);

export const referralKindEnum = caseSchema.enum('referral_kind', ['internal', 'external']);
export const referralStatusEnum = caseSchema.enum('referral_status', [
  'pending',
  'accepted',
  'declined',
  'completed',
  'cancelled',
]);

/** Referrals of a case to another team or an outside provider; consent-checked when made. */
export const referrals = caseSchema.table(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: referralKindEnum('kind').notNull(),
    toTeamId: uuid('to_team_id'),
    toOrganisationId: uuid('to_organisation_id'),
    service: text('service').notNull(),
    status: referralStatusEnum('status').notNull().default('pending'),
    /** The consent relied on, or the override that stood in for it. */
    consentId: uuid('consent_id').references(() => consents.id),
    consentOverrideId: uuid('consent_override_id').references(() => consentOverrides.id),
    /** Internal referral to another programme of the agency (with or without a team). */
    toProgramme: text('to_programme'),
    /** External referral: the provider in the directory (service_providers). */
    providerId: uuid('provider_id'),
    /** The catalogue entry referred for, when the service is one of the catalogue's. */
    serviceId: uuid('service_id'),
    urgency: text('urgency').notNull().default('normal'),
    reason: text('reason'),
    respondedBy: uuid('responded_by'),
    respondedAt: timestamp('responded_at', { withTimezone: true, precision: 3 }),
    declineReason: text('decline_reason'),
    outcome: text('outcome'),
    feedback: text('feedback'),
    completedAt: timestamp('completed_at', { withTimezone: true, precision: 3 }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Withdrawn by the referring side (pending or accepted): why, when, by whom. */
    cancelReason: text('cancel_reason'),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true, precision: 3 }),
    cancelledBy: uuid('cancelled_by'),
  },
  (t) => [index('referrals_case_idx').on(t.caseId), index('referrals_to_team_idx').on(t.toTeamId, t.status)],
);

export const formStatusEnum = caseSchema.enum('form_status', ['draft', 'published', 'retired']);

/**
 * Form definitions as versioned data: one row per (agency, key, version). The definition (sections,
 * fields, rules, skip logic, calculations, translated labels, classifications) is validated by
 * core/src/forms before it is stored; a published version never changes.
 */
export const formDefinitions = caseSchema.table(
  'form_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    caseTypes: text('case_types').array().notNull(),
    definition: jsonb('definition').notNull(),
    status: formStatusEnum('status').notNull().default('draft'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [uniqueIndex('form_definitions_version_uq').on(t.agencyId, t.key, t.version)],
);

export const submissionStatusEnum = caseSchema.enum('submission_status', ['draft', 'submitted']);

/**
 * A form filled in for a case, pinned to the definition version it used. Standard and restricted
 * values are here; confidential ones are encrypted in confidential_values (field forms.<id>.<key>).
 */
export const formSubmissions = caseSchema.table(
  'form_submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    formDefinitionId: uuid('form_definition_id')
      .notNull()
      .references(() => formDefinitions.id),
    formKey: text('form_key').notNull(),
    formVersion: integer('form_version').notNull(),
    values: jsonb('values').notNull(),
    status: submissionStatusEnum('status').notNull().default('submitted'),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('form_submissions_case_idx').on(t.caseId, t.formKey)],
);

/**
 * Case types as agency configuration: the three shipped ones (child_protection, gbv,
 * general_protection) and any the agency adds. Each names its forms, the fields mandatory at
 * registration, default classifications (which may only tighten the built-in ones) and its workflow.
 */
export const caseTypes = caseSchema.table(
  'case_types',
  {
    agencyId: uuid('agency_id').notNull(),
    key: text('key').notNull(),
    label: jsonb('label').notNull(),
    description: jsonb('description'),
    /** Form keys of the case type, in the order the case page shows them. */
    formKeys: text('form_keys').array().notNull().default([]),
    /** Case-record field paths (person.dateOfBirth, …) that registration must fill. */
    mandatoryFields: text('mandatory_fields').array().notNull().default([]),
    /** Field path → standard | restricted | confidential; only tightens what fields.ts says. */
    fieldClassifications: jsonb('field_classifications').notNull().default({}),
    /** Default classification of form fields of this case type that do not name one. */
    defaultFormClassification: text('default_form_classification').notNull().default('standard'),
    workflowKey: text('workflow_key').notNull(),
    active: boolean('active').notNull().default(true),
    builtIn: boolean('built_in').notNull().default(false),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.agencyId, t.key] })],
);

/**
 * The administrative-area hierarchy of an agency (country → governorate → district → …), for
 * location fields. Codes are the agency's (often OCHA p-codes); names are translatable labels.
 */
export const adminAreas = caseSchema.table(
  'admin_areas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    code: text('code').notNull(),
    /** 1 for the top level, 2 for its children, … */
    level: integer('level').notNull(),
    parentId: uuid('parent_id'),
    name: jsonb('name').notNull(),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    uniqueIndex('admin_areas_code_uq').on(t.agencyId, t.code),
    index('admin_areas_parent_idx').on(t.agencyId, t.parentId),
  ],
);

export const householdRelationshipEnum = caseSchema.enum('household_relationship', [
  'head',
  'spouse_partner',
  'child',
  'stepchild',
  'sibling',
  'parent',
  'grandparent',
  'grandchild',
  'other_relative',
  'caregiver',
  'non_relative',
]);

/** A household: people living together, one of them its head. */
export const households = caseSchema.table(
  'households',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    label: text('label'),
    headPersonId: uuid('head_person_id').references(() => persons.id),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('households_agency_idx').on(t.agencyId)],
);

/** Membership of a person in a household, with the relationship to its head; left_at ends it. */
export const householdMembers = caseSchema.table(
  'household_members',
  {
    householdId: uuid('household_id')
      .notNull()
      .references(() => households.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    agencyId: uuid('agency_id').notNull(),
    relationship: householdRelationshipEnum('relationship').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    leftAt: timestamp('left_at', { withTimezone: true, precision: 3 }),
    addedBy: uuid('added_by').notNull(),
  },
  (t) => [primaryKey({ columns: [t.householdId, t.personId] }), index('household_members_person_idx').on(t.personId)],
);

export const noteTypeEnum = caseSchema.enum('note_type', [
  'contact',
  'home_visit',
  'office_visit',
  'phone_call',
  'follow_up',
  'case_conference',
  'supervision',
  'other',
]);

/**
 * Case notes: typed, timestamped, attributed, with an optional duration. The body of a standard or
 * restricted note is here; a confidential note's body is encrypted in confidential_values
 * (field notes.<id>.body) and body is null. A correction is a new note that supersedes the old one.
 */
export const caseNotes = caseSchema.table(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    noteType: noteTypeEnum('note_type').notNull(),
    classification: text('classification').notNull().default('standard'),
    subject: text('subject'),
    body: text('body'),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    durationMinutes: integer('duration_minutes'),
    supersedesId: uuid('supersedes_id'),
    authorId: uuid('author_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('case_notes_case_idx').on(t.caseId, t.occurredAt)],
);

export const documentTypeEnum = caseSchema.enum('document_type', [
  'identity_document',
  'consent_form',
  'assessment',
  'medical_report',
  'legal_document',
  'correspondence',
  'photo',
  'other',
]);

/**
 * Documents of a case, classified like fields. A document with type photo and a person_id is that
 * person's photo. The bytes are in document_versions, encrypted.
 */
export const documents = caseSchema.table(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    personId: uuid('person_id').references(() => persons.id),
    documentType: documentTypeEnum('document_type').notNull(),
    classification: text('classification').notNull().default('restricted'),
    title: text('title').notNull(),
    currentVersion: integer('current_version').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** Withdrawn documents stay (history) but are no longer listed or served. */
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, precision: 3 }),
    withdrawnBy: uuid('withdrawn_by'),
  },
  (t) => [index('documents_case_idx').on(t.caseId), index('documents_person_idx').on(t.personId)],
);

/** One uploaded version of a document: AES-256-GCM ciphertext, key id, checked size and type. */
export const documentVersions = caseSchema.table(
  'document_versions',
  {
    documentId: uuid('document_id')
      .notNull()
      .references(() => documents.id),
    version: integer('version').notNull(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    /** SHA-256 of the plaintext, hex. */
    sha256: text('sha256').notNull(),
    keyId: text('key_id').notNull(),
    ciphertext: bytea('ciphertext').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.version] }), index('document_versions_key_idx').on(t.keyId)],
);

/**
 * The directory of service providers an agency refers to: its own programmes and outside
 * organisations (an exchange partner when organisation_id is set). Directory data, not case data.
 */
export const serviceProviders = caseSchema.table(
  'service_providers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    name: text('name').notNull(),
    /** An exchange partner (exchange.partners.id) when cases can be transferred to it. */
    organisationId: uuid('organisation_id'),
    /** Keys of service_catalogue entries it provides. */
    serviceKeys: text('service_keys').array().notNull().default([]),
    /** Admin-area codes it covers; empty: everywhere. */
    areaCodes: text('area_codes').array().notNull().default([]),
    contact: jsonb('contact').notNull().default({}),
    active: boolean('active').notNull().default(true),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('service_providers_name_uq').on(t.agencyId, t.name)],
);

/** The service catalogue: what can be planned or referred, with eligibility as data. */
export const serviceCatalogue = caseSchema.table(
  'service_catalogue',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    key: text('key').notNull(),
    name: jsonb('name').notNull(),
    category: text('category').notNull(),
    description: jsonb('description'),
    /** { caseTypes?: string[], minAge?: number, maxAge?: number, sexes?: string[] } */
    eligibility: jsonb('eligibility').notNull().default({}),
    /** The team that delivers it inside the agency, when it is an internal service. */
    internalTeamId: uuid('internal_team_id'),
    active: boolean('active').notNull().default(true),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('service_catalogue_key_uq').on(t.agencyId, t.key)],
);

export const carePlanStatusEnum = caseSchema.enum('care_plan_status', [
  'draft',
  'pending_approval',
  'approved',
  'rejected',
  'superseded',
  'completed',
]);

/** A care (action) plan of a case; a new version supersedes the previous one. */
export const carePlans = caseSchema.table(
  'care_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    version: integer('version').notNull(),
    status: carePlanStatusEnum('status').notNull().default('draft'),
    summary: text('summary'),
    reviewDate: date('review_date', { mode: 'string' }),
    /** Days between follow-ups the plan sets (the workflow's follow-up clock uses it). */
    followUpDays: integer('follow_up_days'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 }),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }),
    decisionComment: text('decision_comment'),
    /** An approved plan carried out (every objective closed): when, by whom, with the note given. */
    completedAt: timestamp('completed_at', { withTimezone: true, precision: 3 }),
    completedBy: uuid('completed_by'),
    completionNote: text('completion_note'),
  },
  (t) => [uniqueIndex('care_plans_version_uq').on(t.caseId, t.version)],
);

export const objectiveStatusEnum = caseSchema.enum('objective_status', [
  'not_started',
  'in_progress',
  'achieved',
  'partially_achieved',
  'not_achieved',
  'cancelled',
]);

export const responsiblePartyEnum = caseSchema.enum('responsible_party', [
  'caseworker',
  'client',
  'family',
  'agency_team',
  'service_provider',
  'other',
]);

/** An objective of a care plan: who is responsible, by when, status and outcome. */
export const carePlanObjectives = caseSchema.table(
  'care_plan_objectives',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    carePlanId: uuid('care_plan_id')
      .notNull()
      .references(() => carePlans.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    position: integer('position').notNull(),
    need: text('need'),
    description: text('description').notNull(),
    responsibleParty: responsiblePartyEnum('responsible_party').notNull(),
    responsibleUserId: uuid('responsible_user_id'),
    responsibleName: text('responsible_name'),
    dueDate: date('due_date', { mode: 'string' }),
    status: objectiveStatusEnum('status').notNull().default('not_started'),
    outcome: text('outcome'),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('care_plan_objectives_plan_idx').on(t.carePlanId, t.position)],
);

export const interventionStatusEnum = caseSchema.enum('intervention_status', [
  'planned',
  'in_progress',
  'delivered',
  'cancelled',
]);

/** A service chosen from the catalogue for an objective, with its provider (or referral). */
export const carePlanInterventions = caseSchema.table(
  'care_plan_interventions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    objectiveId: uuid('objective_id')
      .notNull()
      .references(() => carePlanObjectives.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => serviceCatalogue.id),
    providerId: uuid('provider_id').references(() => serviceProviders.id),
    referralId: uuid('referral_id').references(() => referrals.id),
    status: interventionStatusEnum('status').notNull().default('planned'),
    note: text('note'),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('care_plan_interventions_objective_idx').on(t.objectiveId)],
);

/** Every status change of a referral: who, when, to what, with the note given. */
export const referralEvents = caseSchema.table(
  'referral_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    referralId: uuid('referral_id')
      .notNull()
      .references(() => referrals.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    status: referralStatusEnum('status').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('referral_events_referral_idx').on(t.referralId, t.recordedAt)],
);

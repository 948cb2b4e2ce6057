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

// Tables of the case context hold agency and user ids, not foreign keys into other contexts:
// each context owns its schema, and services may later run against separate databases.
export const caseSchema = pgSchema('case');

export const caseTypeEnum = caseSchema.enum('case_type', ['child_protection', 'gbv', 'general_protection']);
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
    caseType: caseTypeEnum('case_type').notNull(),
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
export const referralStatusEnum = caseSchema.enum('referral_status', ['pending', 'accepted', 'declined', 'completed']);

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
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('referrals_case_idx').on(t.caseId)],
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

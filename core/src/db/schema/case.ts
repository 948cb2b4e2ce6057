import {
  pgSchema,
  uuid,
  text,
  timestamp,
  date,
  integer,
  jsonb,
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
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [index('persons_agency_idx').on(t.agencyId)],
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
    createdBy: uuid('created_by').notNull(),
    // Millisecond precision so that timestamps survive a round trip through JavaScript (cursors).
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_agency_number_uq').on(t.agencyId, t.caseNumber),
    index('cases_assigned_worker_idx').on(t.assignedWorkerId, t.updatedAt),
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

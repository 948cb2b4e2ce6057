import { pgSchema, uuid, text, timestamp, index, integer, jsonb, uniqueIndex, smallint } from 'drizzle-orm/pg-core';

export const workflow = pgSchema('workflow');

/**
 * The stage each case is in now, on the workflow version it started on (running cases keep it until
 * explicitly migrated). `revision` grows with every transition: of two concurrent transitions on one
 * case, the one whose revision no longer matches loses.
 */
export const caseStages = workflow.table(
  'case_stages',
  {
    caseId: uuid('case_id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    workflowKey: text('workflow_key').notNull(),
    stage: text('stage').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
    enteredBy: uuid('entered_by').notNull(),
    workflowVersion: integer('workflow_version').notNull().default(1),
    /** The stage a paused case returns to when it resumes. */
    pausedFrom: text('paused_from'),
    revision: integer('revision').notNull().default(0),
  },
  (t) => [index('case_stages_agency_idx').on(t.agencyId)],
);

export const workflowDefinitionStatuses = ['draft', 'published'] as const;

/** Versioned workflow definitions per agency; a case type names one by key (case.case_types.workflow_key). */
export const workflowDefinitions = workflow.table(
  'definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    /** draft | published (checked in SQL). */
    status: text('status').notNull().default('draft'),
    definition: jsonb('definition').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [uniqueIndex('definitions_version_uq').on(t.agencyId, t.key, t.version)],
);

/** Every stage change of a case: who, when, why (and the closure category when it closed). */
export const stageHistory = workflow.table(
  'stage_history',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id').notNull(),
    workflowKey: text('workflow_key').notNull(),
    workflowVersion: integer('workflow_version').notNull(),
    fromStage: text('from_stage'),
    toStage: text('to_stage').notNull(),
    reason: text('reason'),
    closureCategory: text('closure_category'),
    transitionedBy: uuid('transitioned_by').notNull(),
    transitionedAt: timestamp('transitioned_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    approvalId: uuid('approval_id'),
  },
  (t) => [index('stage_history_case_idx').on(t.caseId, t.transitionedAt)],
);

/** A transition waiting for (or decided by) a supervisor of the case's team. */
export const approvals = workflow.table(
  'approvals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id').notNull(),
    fromStage: text('from_stage').notNull(),
    toStage: text('to_stage').notNull(),
    reason: text('reason'),
    /** The transition's input (closure category and text), applied when approved. */
    input: jsonb('input').notNull().default({}),
    /** pending | approved | rejected | withdrawn (checked in SQL). */
    status: text('status').notNull().default('pending'),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: timestamp('requested_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }),
    comment: text('comment'),
  },
  (t) => [
    index('approvals_case_idx').on(t.caseId, t.requestedAt),
    index('approvals_agency_status_idx').on(t.agencyId, t.status),
  ],
);

/**
 * An agency's working calendar: time zone, weekend days (ISO 1 = Monday … 7 = Sunday), holidays; and the
 * supervision settings of its supervisor's queue (inactivity threshold, caseload targets).
 */
export const agencyCalendars = workflow.table('agency_calendars', {
  agencyId: uuid('agency_id').primaryKey(),
  timeZone: text('time_zone').notNull().default('UTC'),
  weekendDays: smallint('weekend_days').array().notNull().default([6, 7]),
  /** [{ date: 'YYYY-MM-DD', name }] */
  holidays: jsonb('holidays').notNull().default([]),
  /** Supervisor's queue: an open case with no activity for this many days is listed as inactive. */
  inactivityDays: smallint('inactivity_days').notNull().default(30),
  /** Supervisor's queue: the open cases a worker is expected to carry. */
  caseloadTarget: smallint('caseload_target').notNull().default(25),
  /** Per-worker caseload targets overriding caseloadTarget: { "<userId>": n }. */
  workerCaseloadTargets: jsonb('worker_caseload_targets').notNull().default({}),
  updatedBy: uuid('updated_by'),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/** A clock running on a case: a stage limit, a follow-up or a review, due at an instant. */
export const deadlines = workflow.table(
  'deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id').notNull(),
    /** stage_limit | follow_up | review */
    kind: text('kind').notNull(),
    stage: text('stage').notNull(),
    startedAt: timestamp('started_at', { withTimezone: true, precision: 3 }).notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }).notNull(),
    /** Escalate to the team's supervisors this long after dueAt (hours). */
    escalateAfterHours: integer('escalate_after_hours').notNull().default(24),
    /** How the limit was worked out (e.g. "48 hours: high risk"). */
    basis: text('basis'),
    metAt: timestamp('met_at', { withTimezone: true, precision: 3 }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [index('deadlines_open_idx').on(t.dueAt), index('deadlines_case_idx').on(t.caseId)],
);

/**
 * In-app notifications (alerts, escalations, approval requests). dedupeKey is unique: a sweep that
 * runs twice, or on two workers at once, inserts each (deadline, kind, recipient) once.
 */
export const notifications = workflow.table(
  'notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    recipientId: uuid('recipient_id').notNull(),
    caseId: uuid('case_id'),
    deadlineId: uuid('deadline_id'),
    /** due | overdue | escalation | approval_requested | approval_decided */
    kind: text('kind').notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true, precision: 3 }),
    /** not_configured | pending | sending | sent | failed */
    emailStatus: text('email_status').notNull().default('not_configured'),
    emailedAt: timestamp('emailed_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('notifications_dedupe_uq').on(t.dedupeKey),
    index('notifications_recipient_idx').on(t.recipientId, t.createdAt),
  ],
);

import { pgSchema, uuid, text, timestamp, index } from 'drizzle-orm/pg-core';

export const workflow = pgSchema('workflow');

/** The stage each case is in now; the stage history arrives with the workflow engine. */
export const caseStages = workflow.table(
  'case_stages',
  {
    caseId: uuid('case_id').primaryKey(),
    agencyId: uuid('agency_id').notNull(),
    workflowKey: text('workflow_key').notNull(),
    stage: text('stage').notNull(),
    enteredAt: timestamp('entered_at', { withTimezone: true }).notNull().defaultNow(),
    enteredBy: uuid('entered_by').notNull(),
  },
  (t) => [index('case_stages_agency_idx').on(t.agencyId)],
);

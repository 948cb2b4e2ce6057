import { pgSchema, uuid, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

export const exchange = pgSchema('exchange');

/** Partner organisations an agency may exchange cases with (keys and transfers come later). */
export const partners = exchange.table(
  'partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    name: text('name').notNull(),
    country: text('country').notNull(),
    endpointUrl: text('endpoint_url'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('partners_agency_name_uq').on(t.agencyId, t.name)],
);

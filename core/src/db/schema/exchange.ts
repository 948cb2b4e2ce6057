import { pgSchema, uuid, text, timestamp, uniqueIndex, index } from 'drizzle-orm/pg-core';

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

export const transferStatusEnum = exchange.enum('transfer_status', [
  'initiated',
  'transmitted',
  'received',
  'accepted',
  'cancelled',
]);

/**
 * Transfers of a case to a partner organisation, tracked initiated → transmitted → received →
 * accepted. Consent-checked when initiated; signing and transmission come with the exchange.
 */
export const transfers = exchange.table(
  'transfers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id').notNull(),
    caseId: uuid('case_id').notNull(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => partners.id),
    status: transferStatusEnum('status').notNull().default('initiated'),
    /** The consent relied on (case.consents), or the override that stood in for it (case.consent_overrides). */
    consentId: uuid('consent_id'),
    consentOverrideId: uuid('consent_override_id'),
    initiatedBy: uuid('initiated_by').notNull(),
    initiatedAt: timestamp('initiated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('transfers_case_idx').on(t.caseId)],
);

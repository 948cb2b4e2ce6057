import { and, arrayContains, asc, eq, inArray, sql } from 'drizzle-orm';
import { adminAreas, caseTypes, partners, serviceCatalogue, serviceProviders, teams } from '@haven/core/db/schema';
import { resultRows, type Executor } from '@haven/core/db/database';
import type { CatalogueEntry, Eligibility, Label, ProviderContact, ServiceCategory, ServiceProvider } from './service';

const toEntry = (row: typeof serviceCatalogue.$inferSelect): CatalogueEntry => ({
  id: row.id,
  agencyId: row.agencyId,
  key: row.key,
  name: row.name as Label,
  category: row.category as ServiceCategory,
  description: (row.description as Label | null) ?? null,
  eligibility: row.eligibility as Eligibility,
  internalTeamId: row.internalTeamId,
  active: row.active,
  updatedBy: row.updatedBy,
  updatedAt: row.updatedAt,
});

const toProvider = (row: typeof serviceProviders.$inferSelect): ServiceProvider => ({
  id: row.id,
  agencyId: row.agencyId,
  name: row.name,
  organisationId: row.organisationId,
  serviceKeys: row.serviceKeys,
  areaCodes: row.areaCodes,
  contact: row.contact as ProviderContact,
  active: row.active,
  updatedBy: row.updatedBy,
  updatedAt: row.updatedAt,
});

/** A text[] literal with each element a parameter (arrays as one parameter differ between drivers). */
const textArray = (values: readonly string[]) =>
  values.length === 0
    ? sql`'{}'::text[]`
    : sql`ARRAY[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`;

export type EntryValues = Omit<CatalogueEntry, 'id' | 'active' | 'updatedAt'>;
export type ProviderValues = Omit<ServiceProvider, 'id' | 'active' | 'updatedAt'>;

/** The catalogue of an agency by key. */
export async function listCatalogue(
  tx: Executor,
  agencyId: string,
  includeInactive: boolean,
): Promise<CatalogueEntry[]> {
  const rows = await tx
    .select()
    .from(serviceCatalogue)
    .where(
      and(eq(serviceCatalogue.agencyId, agencyId), includeInactive ? undefined : eq(serviceCatalogue.active, true)),
    )
    .orderBy(asc(serviceCatalogue.key));
  return rows.map(toEntry);
}

export async function findEntryByKey(tx: Executor, agencyId: string, key: string): Promise<CatalogueEntry | null> {
  const [row] = await tx
    .select()
    .from(serviceCatalogue)
    .where(and(eq(serviceCatalogue.agencyId, agencyId), eq(serviceCatalogue.key, key)));
  return row ? toEntry(row) : null;
}

export async function findEntriesByKeys(
  tx: Executor,
  agencyId: string,
  keys: readonly string[],
): Promise<Map<string, CatalogueEntry>> {
  if (keys.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(serviceCatalogue)
    .where(and(eq(serviceCatalogue.agencyId, agencyId), inArray(serviceCatalogue.key, [...new Set(keys)])));
  return new Map(rows.map((r) => [r.key, toEntry(r)]));
}

export async function findEntriesByIds(tx: Executor, ids: readonly string[]): Promise<Map<string, CatalogueEntry>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(serviceCatalogue)
    .where(inArray(serviceCatalogue.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, toEntry(r)]));
}

export async function insertEntry(tx: Executor, values: EntryValues): Promise<CatalogueEntry> {
  const [row] = await tx.insert(serviceCatalogue).values(values).returning();
  return toEntry(row!);
}

export async function updateEntry(tx: Executor, id: string, values: EntryValues): Promise<CatalogueEntry> {
  const [row] = await tx
    .update(serviceCatalogue)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(serviceCatalogue.id, id))
    .returning();
  return toEntry(row!);
}

export async function setEntryActive(
  tx: Executor,
  agencyId: string,
  key: string,
  active: boolean,
  updatedBy: string,
): Promise<CatalogueEntry | null> {
  const [row] = await tx
    .update(serviceCatalogue)
    .set({ active, updatedBy, updatedAt: sql`now()` })
    .where(and(eq(serviceCatalogue.agencyId, agencyId), eq(serviceCatalogue.key, key)))
    .returning();
  return row ? toEntry(row) : null;
}

/**
 * Providers of an agency by name: those offering a service when given, and those covering an area
 * when its code and its ancestors' are given (a provider without area codes covers everywhere).
 */
export async function listProviders(
  tx: Executor,
  agencyId: string,
  filter: { serviceKey: string | null; areaCodes: readonly string[] | null; includeInactive: boolean },
): Promise<ServiceProvider[]> {
  const rows = await tx
    .select()
    .from(serviceProviders)
    .where(
      and(
        eq(serviceProviders.agencyId, agencyId),
        filter.includeInactive ? undefined : eq(serviceProviders.active, true),
        filter.serviceKey ? arrayContains(serviceProviders.serviceKeys, [filter.serviceKey]) : undefined,
        filter.areaCodes
          ? sql`(cardinality(${serviceProviders.areaCodes}) = 0 OR ${serviceProviders.areaCodes} && ${textArray(filter.areaCodes)})`
          : undefined,
      ),
    )
    .orderBy(asc(serviceProviders.name));
  return rows.map(toProvider);
}

export async function findProvider(tx: Executor, agencyId: string, id: string): Promise<ServiceProvider | null> {
  const [row] = await tx
    .select()
    .from(serviceProviders)
    .where(and(eq(serviceProviders.agencyId, agencyId), eq(serviceProviders.id, id)));
  return row ? toProvider(row) : null;
}

export async function findProvidersByIds(tx: Executor, ids: readonly string[]): Promise<Map<string, ServiceProvider>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select()
    .from(serviceProviders)
    .where(inArray(serviceProviders.id, [...new Set(ids)]));
  return new Map(rows.map((r) => [r.id, toProvider(r)]));
}

export async function findProviderByName(
  tx: Executor,
  agencyId: string,
  name: string,
): Promise<ServiceProvider | null> {
  const [row] = await tx
    .select()
    .from(serviceProviders)
    .where(and(eq(serviceProviders.agencyId, agencyId), sql`lower(${serviceProviders.name}) = lower(${name})`));
  return row ? toProvider(row) : null;
}

export async function insertProvider(tx: Executor, values: ProviderValues): Promise<ServiceProvider> {
  const [row] = await tx.insert(serviceProviders).values(values).returning();
  return toProvider(row!);
}

export async function updateProvider(tx: Executor, id: string, values: ProviderValues): Promise<ServiceProvider> {
  const [row] = await tx
    .update(serviceProviders)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(serviceProviders.id, id))
    .returning();
  return toProvider(row!);
}

export async function setProviderActive(
  tx: Executor,
  agencyId: string,
  id: string,
  active: boolean,
  updatedBy: string,
): Promise<ServiceProvider | null> {
  const [row] = await tx
    .update(serviceProviders)
    .set({ active, updatedBy, updatedAt: sql`now()` })
    .where(and(eq(serviceProviders.agencyId, agencyId), eq(serviceProviders.id, id)))
    .returning();
  return row ? toProvider(row) : null;
}

/** Which of some case type keys the agency has. */
export async function knownCaseTypes(tx: Executor, agencyId: string, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await tx
    .select({ key: caseTypes.key })
    .from(caseTypes)
    .where(and(eq(caseTypes.agencyId, agencyId), inArray(caseTypes.key, [...new Set(keys)])));
  return new Set(rows.map((r) => r.key));
}

/** Which of some admin-area codes the agency has. */
export async function knownAreaCodes(tx: Executor, agencyId: string, codes: readonly string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await tx
    .select({ code: adminAreas.code })
    .from(adminAreas)
    .where(and(eq(adminAreas.agencyId, agencyId), inArray(adminAreas.code, [...new Set(codes)])));
  return new Set(rows.map((r) => r.code));
}

/** An area's code with the codes of every area above it (a provider covering a district covers its villages). */
export async function areaWithAncestors(tx: Executor, agencyId: string, code: string): Promise<string[]> {
  const rows = resultRows<{ code: string }>(
    await tx.execute(sql`
      WITH RECURSIVE up AS (
        SELECT id, parent_id, code FROM "case".admin_areas WHERE agency_id = ${agencyId}::uuid AND code = ${code}
        UNION
        SELECT a.id, a.parent_id, a.code FROM "case".admin_areas a JOIN up ON a.id = up.parent_id
        WHERE a.agency_id = ${agencyId}::uuid
      )
      SELECT code FROM up`),
  );
  return rows.map((r) => r.code);
}

export async function teamInAgency(tx: Executor, agencyId: string, teamId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: teams.id })
    .from(teams)
    .where(and(eq(teams.agencyId, agencyId), eq(teams.id, teamId)));
  return rows.length > 0;
}

export async function partnerInAgency(tx: Executor, agencyId: string, partnerId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.agencyId, agencyId), eq(partners.id, partnerId)));
  return rows.length > 0;
}

import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { agencies, roles, ssoFlows, ssoProviders } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { NewSsoProvider, SsoFlow, SsoProvider, SsoProviderSummary, SsoProviderView } from './sso';

function toProvider(row: typeof ssoProviders.$inferSelect): SsoProvider {
  return {
    id: row.id,
    agencyId: row.agencyId,
    displayName: row.displayName,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecret: row.clientSecret,
    emailClaim: row.emailClaim,
    nameClaim: row.nameClaim,
    roleClaim: row.roleClaim,
    roleMapping: row.roleMapping,
    unknownUsers: row.unknownUsers === 'provision' ? 'provision' : 'refuse',
    defaultRoleKey: row.defaultRoleKey,
    enabled: row.enabled,
    createdAt: row.createdAt,
  };
}

/** The administrators' view: the secret becomes whether there is one. */
export function toView(provider: SsoProvider): SsoProviderView {
  const { clientSecret, roleMapping, agencyId: _agencyId, ...rest } = provider;
  return {
    ...rest,
    roleMapping: Object.entries(roleMapping).map(([value, roleKey]) => ({ value, roleKey })),
    hasClientSecret: clientSecret.length > 0,
  };
}

export async function insertProvider(tx: Executor, values: NewSsoProvider): Promise<SsoProvider> {
  const [row] = await tx.insert(ssoProviders).values(values).returning();
  return toProvider(row!);
}

export async function findProvider(tx: Executor, id: string): Promise<SsoProvider | null> {
  const [row] = await tx.select().from(ssoProviders).where(eq(ssoProviders.id, id));
  return row ? toProvider(row) : null;
}

/** Every provider of an agency, by name. */
export async function findProvidersOfAgency(tx: Executor, agencyId: string): Promise<SsoProvider[]> {
  const rows = await tx
    .select()
    .from(ssoProviders)
    .where(eq(ssoProviders.agencyId, agencyId))
    .orderBy(asc(ssoProviders.displayName), asc(ssoProviders.id));
  return rows.map(toProvider);
}

/** One provider of an agency, locked for the update that follows; another agency's gives null. */
export async function findProviderOfAgency(tx: Executor, agencyId: string, id: string): Promise<SsoProvider | null> {
  const [row] = await tx
    .select()
    .from(ssoProviders)
    .where(and(eq(ssoProviders.id, id), eq(ssoProviders.agencyId, agencyId)))
    .for('update');
  return row ? toProvider(row) : null;
}

export async function updateProvider(
  tx: Executor,
  id: string,
  values: Partial<Omit<SsoProvider, 'id' | 'agencyId' | 'createdAt'>>,
): Promise<SsoProvider> {
  const [row] = await tx.update(ssoProviders).set(values).where(eq(ssoProviders.id, id)).returning();
  return toProvider(row!);
}

/** The enabled providers of the agency with this code, for the sign-in page. */
export async function findEnabledByAgencyCode(tx: Executor, agencyCode: string): Promise<SsoProviderSummary[]> {
  return tx
    .select({ id: ssoProviders.id, displayName: ssoProviders.displayName })
    .from(ssoProviders)
    .innerJoin(agencies, eq(agencies.id, ssoProviders.agencyId))
    .where(and(eq(agencies.code, agencyCode), eq(ssoProviders.enabled, true)))
    .orderBy(asc(ssoProviders.displayName));
}

export async function insertFlow(
  tx: Executor,
  values: SsoFlow & { stateHash: string; createdAt: Date },
): Promise<void> {
  await tx.insert(ssoFlows).values(values);
}

/** Marks the flow used and returns it; a flow already used (or unknown) gives null. */
export async function consumeFlow(tx: Executor, stateHash: string, now: Date): Promise<SsoFlow | null> {
  const [row] = await tx
    .update(ssoFlows)
    .set({ consumedAt: now })
    .where(and(eq(ssoFlows.stateHash, stateHash), isNull(ssoFlows.consumedAt)))
    .returning();
  return row
    ? { providerId: row.providerId, nonce: row.nonce, codeVerifier: row.codeVerifier, expiresAt: row.expiresAt }
    : null;
}

/** Ids of the agency's roles with these keys. */
export async function findRoleIds(tx: Executor, agencyId: string, keys: string[]): Promise<Map<string, string>> {
  if (!keys.length) return new Map();
  const rows = await tx
    .select({ id: roles.id, key: roles.key })
    .from(roles)
    .where(and(eq(roles.agencyId, agencyId), inArray(roles.key, keys)));
  return new Map(rows.map((r) => [r.key, r.id]));
}

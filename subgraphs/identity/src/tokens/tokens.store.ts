import { and, desc, eq, isNull } from 'drizzle-orm';
import { apiTokens, oauthClients } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { ApiToken, OAuthClient } from './token';

function toToken(row: typeof apiTokens.$inferSelect): ApiToken {
  return {
    id: row.id,
    userId: row.userId,
    agencyId: row.agencyId,
    kind: row.kind === 'oauth_access' || row.kind === 'password_setup' ? row.kind : 'personal',
    name: row.name,
    scopes: row.scopes,
    createdAt: row.createdAt,
    expiresAt: row.expiresAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

function toClient(row: typeof oauthClients.$inferSelect): OAuthClient {
  return {
    id: row.id,
    agencyId: row.agencyId,
    userId: row.userId,
    name: row.name,
    clientId: row.clientId,
    scopes: row.scopes,
    createdAt: row.createdAt,
    revokedAt: row.revokedAt,
  };
}

export async function insertToken(tx: Executor, values: Omit<typeof apiTokens.$inferInsert, 'id'>): Promise<ApiToken> {
  const [row] = await tx.insert(apiTokens).values(values).returning();
  return toToken(row!);
}

export async function findTokenByHash(tx: Executor, tokenHash: string): Promise<ApiToken | null> {
  const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash));
  return row ? toToken(row) : null;
}

export async function findToken(tx: Executor, id: string): Promise<ApiToken | null> {
  const [row] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row ? toToken(row) : null;
}

export async function findPersonalTokens(tx: Executor, userId: string): Promise<ApiToken[]> {
  const rows = await tx
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), eq(apiTokens.kind, 'personal'), isNull(apiTokens.revokedAt)))
    .orderBy(desc(apiTokens.createdAt));
  return rows.map(toToken);
}

export async function touchToken(tx: Executor, id: string, now: Date): Promise<void> {
  await tx.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

export async function revokeToken(tx: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export async function revokeTokensOfUser(tx: Executor, userId: string, now: Date): Promise<void> {
  await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
  await tx
    .update(oauthClients)
    .set({ revokedAt: now })
    .where(and(eq(oauthClients.userId, userId), isNull(oauthClients.revokedAt)));
}

export async function insertClient(
  tx: Executor,
  values: Omit<typeof oauthClients.$inferInsert, 'id'>,
): Promise<OAuthClient> {
  const [row] = await tx.insert(oauthClients).values(values).returning();
  return toClient(row!);
}

export async function findClientByClientId(
  tx: Executor,
  clientId: string,
): Promise<(OAuthClient & { secretHash: string }) | null> {
  const [row] = await tx.select().from(oauthClients).where(eq(oauthClients.clientId, clientId));
  return row ? { ...toClient(row), secretHash: row.secretHash } : null;
}

export async function findClient(tx: Executor, id: string): Promise<OAuthClient | null> {
  const [row] = await tx.select().from(oauthClients).where(eq(oauthClients.id, id));
  return row ? toClient(row) : null;
}

export async function findClientsOfUser(tx: Executor, userId: string): Promise<OAuthClient[]> {
  const rows = await tx
    .select()
    .from(oauthClients)
    .where(and(eq(oauthClients.userId, userId), isNull(oauthClients.revokedAt)))
    .orderBy(desc(oauthClients.createdAt));
  return rows.map(toClient);
}

/** Revokes a client and every access token issued to it. */
export async function revokeClient(tx: Executor, id: string, now: Date): Promise<boolean> {
  const rows = await tx
    .update(oauthClients)
    .set({ revokedAt: now })
    .where(and(eq(oauthClients.id, id), isNull(oauthClients.revokedAt)))
    .returning({ id: oauthClients.id });
  await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.oauthClientId, id), isNull(apiTokens.revokedAt)));
  return rows.length > 0;
}

export interface ApiToken {
  id: string;
  userId: string;
  agencyId: string;
  kind: 'personal' | 'oauth_access';
  name: string;
  scopes: string[];
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

export interface OAuthClient {
  id: string;
  agencyId: string;
  userId: string;
  name: string;
  clientId: string;
  scopes: string[];
  createdAt: Date;
  revokedAt: Date | null;
}

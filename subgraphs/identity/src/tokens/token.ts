export interface ApiToken {
  id: string;
  userId: string;
  agencyId: string;
  /** 'password_setup': the one-time link an administrator hands a new user; never a bearer token. */
  kind: 'personal' | 'oauth_access' | 'password_setup';
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

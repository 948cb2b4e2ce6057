/** An agency's OpenID Connect identity provider, as the sign-in code sees it (with its client secret). */
export interface SsoProvider {
  id: string;
  agencyId: string;
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** ID-token (or userinfo) claims holding the e-mail address and the display name. */
  emailClaim: string;
  nameClaim: string;
  /** The claim with group or role values, and value → role key. */
  roleClaim: string | null;
  roleMapping: Record<string, string>;
  /** Refuse unknown users, or provision them just in time (mapped roles, else the default role). */
  unknownUsers: 'refuse' | 'provision';
  defaultRoleKey: string | null;
  enabled: boolean;
  createdAt: Date;
}

/** A role-claim value and the role key it maps to. */
export interface SsoRoleMapping {
  value: string;
  roleKey: string;
}

/** A provider as its agency's administrators see it: everything but the client secret. */
export interface SsoProviderView {
  id: string;
  displayName: string;
  issuer: string;
  clientId: string;
  emailClaim: string;
  nameClaim: string;
  roleClaim: string | null;
  roleMapping: SsoRoleMapping[];
  unknownUsers: 'refuse' | 'provision';
  defaultRoleKey: string | null;
  enabled: boolean;
  createdAt: Date;
  hasClientSecret: boolean;
}

/** What an administrator saves. A missing client secret keeps the stored one (updates only). */
export interface SsoProviderDraft {
  displayName: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  emailClaim: string;
  nameClaim: string;
  roleClaim: string | null;
  roleMapping: SsoRoleMapping[];
  unknownUsers: 'refuse' | 'provision';
  defaultRoleKey: string | null;
}

/** What the public sign-in page may know of a provider: never its client id or secret. */
export interface SsoProviderSummary {
  id: string;
  displayName: string;
}

export type NewSsoProvider = Omit<
  SsoProvider,
  | 'id'
  | 'createdAt'
  | 'emailClaim'
  | 'nameClaim'
  | 'roleClaim'
  | 'roleMapping'
  | 'unknownUsers'
  | 'defaultRoleKey'
  | 'enabled'
> &
  Partial<
    Pick<
      SsoProvider,
      'emailClaim' | 'nameClaim' | 'roleClaim' | 'roleMapping' | 'unknownUsers' | 'defaultRoleKey' | 'enabled'
    >
  >;

/** A sign-in waiting for the identity provider to send the browser back. */
export interface SsoFlow {
  providerId: string;
  nonce: string;
  codeVerifier: string;
  expiresAt: Date;
}

/** How long a started SSO sign-in may take at the identity provider. */
export const SSO_FLOW_MS = 10 * 60_000;

/** What Haven asks every identity provider for. */
export const SSO_SCOPE = 'openid email profile';

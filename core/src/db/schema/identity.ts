import { sql } from 'drizzle-orm';
import {
  pgSchema,
  uuid,
  text,
  timestamp,
  boolean,
  integer,
  bigint,
  primaryKey,
  uniqueIndex,
  index,
  check,
  jsonb,
} from 'drizzle-orm/pg-core';

export const identity = pgSchema('identity');

export const agencies = identity.table('agencies', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const teams = identity.table(
  'teams',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('teams_agency_name_uq').on(t.agencyId, t.name)],
);

export const users = identity.table(
  'users',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    locale: text('locale').notNull().default('en'),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email), index('users_agency_idx').on(t.agencyId)],
);

export const roles = identity.table(
  'roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    key: text('key').notNull(),
    name: text('name').notNull(),
    permissions: text('permissions').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('roles_agency_key_uq').on(t.agencyId, t.key)],
);

export const userRoles = identity.table(
  'user_roles',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    roleId: uuid('role_id')
      .notNull()
      .references(() => roles.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.roleId] })],
);

export const teamMembers = identity.table(
  'team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    isSupervisor: boolean('is_supervisor').notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_idx').on(t.userId)],
);

// Sign-in, sessions, MFA and tokens. Secrets are never stored: only hashes of random tokens, argon2id
// password hashes and the TOTP seed (which the server must be able to read to check a code).

/** Per-agency sign-in settings; a missing row means the defaults. */
export const signInSettings = identity.table(
  'sign_in_settings',
  {
    agencyId: uuid('agency_id')
      .primaryKey()
      .references(() => agencies.id),
    idleTimeoutMinutes: integer('idle_timeout_minutes').notNull().default(20),
    absoluteLifetimeHours: integer('absolute_lifetime_hours').notNull().default(12),
    /** Role keys whose holders must use MFA; until they enrol they can only enrol. */
    mfaRequiredRoles: text('mfa_required_roles')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    check('sign_in_settings_idle_timeout_ck', sql`idle_timeout_minutes between 15 and 30`),
    check('sign_in_settings_lifetime_ck', sql`absolute_lifetime_hours between 1 and 24`),
  ],
);

/** Concurrent web sessions allowed per role; a user gets the smallest limit of their roles. */
export const roleSessionLimits = identity.table('role_session_limits', {
  roleId: uuid('role_id')
    .primaryKey()
    .references(() => roles.id),
  maxSessions: integer('max_sessions').notNull(),
});

export const passwordCredentials = identity.table('password_credentials', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  passwordHash: text('password_hash').notNull(),
  /** Consecutive failures since the last success; drives the lockout back-off. */
  failedAttempts: integer('failed_attempts').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const sessions = identity.table(
  'sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** sha256 of the cookie's random token. */
    tokenHash: text('token_hash').notNull(),
    /** 'password', 'sso' … */
    authMethod: text('auth_method').notNull(),
    /** 'none' or 'totp' (or 'recovery_code'): the strongest second factor shown in this session. */
    mfaLevel: text('mfa_level').notNull().default('none'),
    /** True between a correct password and a correct second factor. */
    mfaPending: boolean('mfa_pending').notNull().default(false),
    userAgent: text('user_agent'),
    clientAddress: text('client_address'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
  },
  (t) => [uniqueIndex('sessions_token_hash_uq').on(t.tokenHash), index('sessions_user_idx').on(t.userId)],
);

export const totpCredentials = identity.table('totp_credentials', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  secret: text('secret').notNull(),
  /** Null while enrolment waits for the first correct code. */
  confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
  /** The last time step a code was accepted for: a code is good once. */
  lastUsedStep: bigint('last_used_step', { mode: 'number' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const recoveryCodes = identity.table(
  'recovery_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/** Personal access tokens and OAuth client-credential access tokens: bearer secrets, stored as hashes. */
export const apiTokens = identity.table(
  'api_tokens',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    /** The user the token acts for (for an OAuth client: the user who registered it). */
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** 'personal' or 'oauth_access'. */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    oauthClientId: uuid('oauth_client_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_token_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

export const oauthClients = identity.table(
  'oauth_clients',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    /** Public identifier sent as client_id. */
    clientId: text('client_id').notNull(),
    secretHash: text('secret_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('oauth_clients_client_id_uq').on(t.clientId)],
);

/**
 * OpenID Connect identity providers of an agency (several per agency). The client secret is read
 * only by the sign-in code and is returned by no API.
 */
export const ssoProviders = identity.table(
  'sso_providers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agencyId: uuid('agency_id')
      .notNull()
      .references(() => agencies.id),
    displayName: text('display_name').notNull(),
    /** The issuer URL; discovery reads `<issuer>/.well-known/openid-configuration`. */
    issuer: text('issuer').notNull(),
    clientId: text('client_id').notNull(),
    clientSecret: text('client_secret').notNull(),
    /** The ID-token claim holding the e-mail address (matched against users.email) and the name. */
    emailClaim: text('email_claim').notNull().default('email'),
    nameClaim: text('name_claim').notNull().default('name'),
    /** The claim holding group or role values (a string or an array), and value → role key. */
    roleClaim: text('role_claim'),
    roleMapping: jsonb('role_mapping').$type<Record<string, string>>().notNull().default({}),
    /** 'refuse' unknown users, or 'provision' them just in time with the mapped roles or the default role. */
    unknownUsers: text('unknown_users').notNull().default('refuse'),
    defaultRoleKey: text('default_role_key'),
    enabled: boolean('enabled').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('sso_providers_agency_idx').on(t.agencyId),
    check('sso_providers_unknown_users_ck', sql`unknown_users in ('refuse', 'provision')`),
  ],
);

/**
 * Sign-ins started at an identity provider and not yet returned: the state (stored as sha256; the
 * browser holds it in a cookie), the nonce and the PKCE verifier. Each is good once and for ten minutes.
 */
export const ssoFlows = identity.table('sso_flows', {
  stateHash: text('state_hash').primaryKey(),
  providerId: uuid('provider_id')
    .notNull()
    .references(() => ssoProviders.id),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  consumedAt: timestamp('consumed_at', { withTimezone: true }),
});

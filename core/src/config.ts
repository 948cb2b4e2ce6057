import { z } from 'zod';
import { fieldKeysEnvField } from './crypto/field-keys';
import { documentMaxBytesEnvField } from './http/body-limits';

/** Raised when configuration is invalid; lists every problem at once. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(`${service}: invalid configuration\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

const secretKeys = new WeakSet<z.ZodType>();

/** Marks a variable as secret: it is redacted wherever configuration is logged. */
export function secret<T extends z.ZodType>(schema: T): T {
  secretKeys.add(schema);
  return schema;
}

/**
 * Parses environment variables against a zod object schema. The only place in Haven that reads
 * process.env is the env.ts of each deployable, which calls this function.
 */
export function parseEnv<S extends z.ZodType>(
  service: string,
  schema: S,
  source: Record<string, string | undefined> = process.env,
): z.output<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const name = issue.path.join('.') || '(environment)';
    return `${name}: ${issue.message}`;
  });
  throw new ConfigError(service, problems);
}

/** A copy of the parsed configuration with secret values replaced, safe to log. */
export function redactedConfig<S extends z.ZodObject>(schema: S, config: z.infer<S>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config as Record<string, unknown>)) {
    const field = schema.shape[key] as z.ZodType | undefined;
    out[key] = field && isSecret(field) && value !== undefined ? '[secret]' : value;
  }
  return out;
}

function isSecret(schema: z.ZodType): boolean {
  if (secretKeys.has(schema)) return true;
  const inner = (schema as unknown as { def?: { innerType?: z.ZodType } }).def?.innerType;
  return inner ? isSecret(inner) : false;
}

/** Shared field helpers so every env.ts spells common settings the same way. */
export const envFields = {
  port: (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback),
  host: () => z.string().min(1).default('127.0.0.1'),
  nodeEnv: () => z.enum(['development', 'production', 'test']).default('development'),
  logLevel: () => z.enum(['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent']).default('info'),
  /** Connections a process keeps to PostgreSQL (DATABASE_POOL_SIZE). */
  poolSize: () => z.coerce.number().int().min(1).max(100).default(10),
  databaseUrl: () => secret(z.string().regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')),
  flag: (fallback: boolean) =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .default(fallback ? 'true' : 'false')
      .transform((v) => v === 'true' || v === '1' || v === 'yes'),
  /** A flag whose absence means "decide from other settings". */
  optionalFlag: () =>
    z
      .enum(['true', 'false', '1', '0', 'yes', 'no'])
      .optional()
      .transform((v) => (v === undefined ? undefined : v === 'true' || v === '1' || v === 'yes')),
  url: () => z.url(),
};

/** Settings every standalone subgraph process shares (server mode). */
export function subgraphEnvSchema(defaultPort: number) {
  return z.object({
    NODE_ENV: envFields.nodeEnv(),
    HOST: envFields.host(),
    PORT: envFields.port(defaultPort),
    LOG_LEVEL: envFields.logLevel(),
    DATABASE_URL: envFields.databaseUrl(),
    DATABASE_POOL_SIZE: envFields.poolSize(),
    /** Public Ed25519 JWK of the gateway that signs viewer tokens. */
    VIEWER_TOKEN_PUBLIC_KEY: z
      .string()
      .min(1, 'is required: the gateway public key as a JWK (npm run keys prints one)'),
    /** Keys for confidential field values (the case subgraph refuses to start without them). */
    FIELD_ENCRYPTION_KEYS: secret(fieldKeysEnvField()),
    /** Largest document upload in bytes (the case subgraph); default 10 MiB. */
    DOCUMENT_MAX_BYTES: documentMaxBytesEnvField(),
  });
}
export type SubgraphEnv = z.infer<ReturnType<typeof subgraphEnvSchema>>;

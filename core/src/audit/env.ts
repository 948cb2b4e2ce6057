import path from 'node:path';
import { z } from 'zod';
import { envFields, parseEnv, secret } from '../config';

/**
 * Where the audit checkpoints go and which key signs them. Shared by npm start (embedded) and the
 * audit:verify / audit:checkpoint commands; the defaults are for embedded mode.
 */
export const auditEnvFields = {
  AUDIT_CHECKPOINT_DIR: z.string().min(1).optional(),
  AUDIT_CHECKPOINT_URL: envFields.url().optional(),
  AUDIT_CHECKPOINT_INTERVAL_SECONDS: z.coerce.number().int().min(10).max(86_400).default(300),
  /** Private Ed25519 JWK signing checkpoints; embedded mode makes one in DATA_DIR/keys if absent. */
  AUDIT_SIGNING_KEY: secret(z.string().min(1)).optional(),
  /** Public Ed25519 JWK that verify checks checkpoints with, when the signing key is not at hand. */
  AUDIT_VERIFY_KEY: z.string().min(1).optional(),
};

const cliSchema = z
  .object({
    DATABASE_URL: envFields.databaseUrl().optional(),
    DATA_DIR: z.string().min(1).default('data'),
    ...auditEnvFields,
  })
  .transform((env) => ({
    ...env,
    DATA_DIR: path.resolve(env.DATA_DIR),
    checkpointDir:
      env.AUDIT_CHECKPOINT_DIR ?? (env.DATABASE_URL ? undefined : path.resolve(env.DATA_DIR, 'audit-checkpoints')),
    keyFile: env.DATABASE_URL ? undefined : path.resolve(env.DATA_DIR, 'keys', 'audit-signing-key.jwk'),
  }));

export type AuditCliEnv = z.output<typeof cliSchema>;
export const loadAuditCliEnv = (source?: Record<string, string | undefined>) => parseEnv('audit', cliSchema, source);

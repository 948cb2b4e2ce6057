import path from 'node:path';
import { z } from 'zod';
import { envFields, parseEnv, secret } from '@haven/core/config';
import { fieldKeysEnvField } from '@haven/core/crypto/field-keys';
import { documentMaxBytesEnvField } from '@haven/core/http/body-limits';
import { exposure } from '../exposure';
import { auditEnvFields } from '@haven/core/audit/env';
import { workflowEnvFields } from '@haven/workflow';

/** Configuration of `npm start`: every service in one process. */
const schema = z
  .object({
    NODE_ENV: envFields.nodeEnv(),
    HOST: envFields.host(),
    PORT: envFields.port(4000),
    LOG_LEVEL: envFields.logLevel(),
    /** Folder of the embedded PGlite database. */
    DATA_DIR: z.string().min(1).default('data'),
    /** When set, run on this PostgreSQL server instead of the embedded database (no demo sign-in). */
    DATABASE_URL: envFields.databaseUrl().optional(),
    SEED_DEMO: envFields.flag(true),
    EXPLORER: envFields.optionalFlag(),
    INTROSPECTION: envFields.optionalFlag(),
    ...auditEnvFields,
    ...workflowEnvFields,
    /** Keys for confidential field values; by default a key file in the data folder, made on first start. */
    FIELD_ENCRYPTION_KEYS: secret(fieldKeysEnvField()),
    /** Largest document upload in bytes; default 10 MiB. */
    DOCUMENT_MAX_BYTES: documentMaxBytesEnvField(),
  })
  .transform((env) => ({
    ...env,
    ...exposure(env),
    DATA_DIR: path.resolve(env.DATA_DIR),
    embeddedDatabase: !env.DATABASE_URL,
    auditCheckpointDir: path.resolve(env.AUDIT_CHECKPOINT_DIR ?? path.join(env.DATA_DIR, 'audit-checkpoints')),
    auditKeyFile: path.resolve(env.DATA_DIR, 'keys', 'audit-signing-key.jwk'),
    fieldKeyFile: path.resolve(env.DATA_DIR, 'keys', 'field-encryption-keys'),
  }));

export type EmbeddedEnv = z.output<typeof schema>;
export const loadEmbeddedEnv = (source?: Record<string, string | undefined>): EmbeddedEnv =>
  parseEnv('haven', schema, source);

import { z } from 'zod';
import { envFields, parseEnv, secret, subgraphEnvSchema } from '@haven/core/config';
import { fieldKeysEnvField } from '@haven/core/crypto/field-keys';

export const loadEnv = () => parseEnv('case subgraph', subgraphEnvSchema(4002));

/** npm run keys:rotate: which database, and which keys (embedded mode: the key file in DATA_DIR). */
export const loadRekeyEnv = () =>
  parseEnv(
    'keys:rotate',
    z
      .object({
        DATABASE_URL: envFields.databaseUrl().optional(),
        DATA_DIR: z.string().min(1).default('data'),
        FIELD_ENCRYPTION_KEYS: secret(fieldKeysEnvField()),
      })
      .refine((env) => !env.DATABASE_URL || env.FIELD_ENCRYPTION_KEYS, {
        path: ['FIELD_ENCRYPTION_KEYS'],
        message: 'is required with DATABASE_URL: the new key first, then the old ones',
      }),
  );

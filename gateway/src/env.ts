import { z } from 'zod';
import { envFields, parseEnv, secret } from '@haven/core/config';
import { exposure } from './exposure';
import { documentMaxBytesEnvField } from '@haven/core/http/body-limits';

/** Configuration of the gateway running as its own process (server mode, PostgreSQL). */
const schema = z
  .object({
    NODE_ENV: envFields.nodeEnv(),
    HOST: envFields.host(),
    PORT: envFields.port(4000),
    LOG_LEVEL: envFields.logLevel(),
    DATABASE_URL: envFields.databaseUrl(),
    DATABASE_POOL_SIZE: envFields.poolSize(),
    /** Private Ed25519 JWK that signs viewer tokens; subgraphs hold the public half. */
    VIEWER_TOKEN_PRIVATE_KEY: secret(
      z.string().min(1, 'is required: an Ed25519 private JWK (npm run keys prints a pair)'),
    ),
    IDENTITY_URL: envFields.url().default('http://127.0.0.1:4001/graphql'),
    CASE_URL: envFields.url().default('http://127.0.0.1:4002/graphql'),
    WORKFLOW_URL: envFields.url().default('http://127.0.0.1:4003/graphql'),
    REPORTING_URL: envFields.url().default('http://127.0.0.1:4004/graphql'),
    EXCHANGE_URL: envFields.url().default('http://127.0.0.1:4005/graphql'),
    WEB_DIR: z.string().optional(),
    EXPLORER: envFields.optionalFlag(),
    INTROSPECTION: envFields.optionalFlag(),
    /** Largest document upload in bytes (keep it equal to the case subgraph's); the /graphql body limit follows. */
    DOCUMENT_MAX_BYTES: documentMaxBytesEnvField(),
  })
  .transform((env) => ({
    ...env,
    ...exposure(env),
    subgraphUrls: {
      identity: env.IDENTITY_URL,
      case: env.CASE_URL,
      workflow: env.WORKFLOW_URL,
      reporting: env.REPORTING_URL,
      exchange: env.EXCHANGE_URL,
    },
  }));

export type GatewayEnv = z.output<typeof schema>;
export const loadGatewayEnv = (source?: Record<string, string | undefined>): GatewayEnv =>
  parseEnv('gateway', schema, source);

import { parseEnv, subgraphEnvSchema } from '@haven/core/config';

export const loadEnv = () => parseEnv('exchange service', subgraphEnvSchema(4005));

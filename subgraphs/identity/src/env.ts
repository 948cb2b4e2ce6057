import { parseEnv, subgraphEnvSchema } from '@haven/core/config';

export const loadEnv = () => parseEnv('identity subgraph', subgraphEnvSchema(4001));

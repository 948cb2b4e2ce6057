import { parseEnv, subgraphEnvSchema } from '@haven/core/config';

export const loadEnv = () => parseEnv('case subgraph', subgraphEnvSchema(4002));

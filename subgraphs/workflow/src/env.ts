import { parseEnv, subgraphEnvSchema } from '@haven/core/config';

export const loadEnv = () => parseEnv('workflow subgraph', subgraphEnvSchema(4003));

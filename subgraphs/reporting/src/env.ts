import { parseEnv, subgraphEnvSchema } from '@haven/core/config';

export const loadEnv = () => parseEnv('reporting subgraph', subgraphEnvSchema(4004));

import { parseEnv, subgraphEnvSchema } from '@haven/core/config';
import { workflowEnvFields } from './jobs/env';

export const loadEnv = () => parseEnv('workflow subgraph', subgraphEnvSchema(4003).extend(workflowEnvFields));

import { runSubgraphProcess } from '@haven/core/http/run-service';
import { loadEnv } from './env';
import { identitySubgraph } from './schema';

await runSubgraphProcess(identitySubgraph, loadEnv);

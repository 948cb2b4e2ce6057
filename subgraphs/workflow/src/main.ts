import { runSubgraphProcess } from '@haven/core/http/run-service';
import { loadEnv } from './env';
import { workflowSubgraph } from './schema';

await runSubgraphProcess(workflowSubgraph, loadEnv);

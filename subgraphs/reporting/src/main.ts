import { runSubgraphProcess } from '@haven/core/http/run-service';
import { loadEnv } from './env';
import { reportingSubgraph } from './schema';

await runSubgraphProcess(reportingSubgraph, loadEnv);

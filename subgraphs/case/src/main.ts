import { runSubgraphProcess } from '@haven/core/http/run-service';
import { loadEnv } from './env';
import { caseSubgraph } from './schema';

await runSubgraphProcess(caseSubgraph, loadEnv);

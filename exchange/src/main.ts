import { runSubgraphProcess } from '@haven/core/http/run-service';
import { loadEnv } from './env';
import { exchangeSubgraph } from './schema';

await runSubgraphProcess(exchangeSubgraph, loadEnv);

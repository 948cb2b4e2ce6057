import { runSubgraphProcess } from '@haven/core/http/run-service';
import { indexUnindexedPersons } from './dedupe';
import { loadEnv } from './env';
import { caseSubgraph } from './schema';

// Persons written before duplicate detection existed get their name index at start.
await runSubgraphProcess(caseSubgraph, loadEnv, { onStart: async (db) => void (await indexUnindexedPersons(db)) });

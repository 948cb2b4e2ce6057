import { runSubgraphProcess } from '@haven/core/http/run-service';
import { createLogger } from '@haven/core/logging';
import { loadEnv } from './env';
import { startWorkflowQueue } from './jobs/queue';
import { workflowSubgraph } from './schema';

// Server mode: the workflow process also runs the job queue (deadline sweeps, alerts, email). Several
// workflow processes may run it at once; alerts are idempotent.
await runSubgraphProcess(workflowSubgraph, loadEnv, {
  onStart: async (db) => {
    const env = loadEnv();
    await startWorkflowQueue({
      db,
      log: createLogger({ level: env.LOG_LEVEL, name: 'haven-workflow' }),
      smtpUrl: env.SMTP_URL ?? null,
      mailFrom: env.SMTP_FROM,
    });
  },
});

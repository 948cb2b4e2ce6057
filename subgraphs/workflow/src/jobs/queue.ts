/**
 * The workflow job queue on PostgreSQL (pg-boss). On PGlite and PostgreSQL alike pg-boss runs
 * through its `db` option over Haven's Database (the same connection pool or embedded database, no
 * second driver). A cron schedule sends a sweep job every minute; whichever worker takes it sweeps
 * deadlines and delivers pending emails.
 */
import PgBoss from 'pg-boss';
import type { Database } from '@haven/core/db/database';
import type { Logger } from '@haven/core/logging';
import { deliverEmails, smtpMailer, type Mailer } from './email';
import { sweepDeadlines, type SweepResult } from './sweep';

export const SWEEP_QUEUE = 'workflow-deadline-sweep';

interface RawPglite {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  exec(text: string): Promise<{ rows: unknown[] }[]>;
}
interface RawPostgresQuery {
  unsafe(text: string, values?: unknown[]): Promise<unknown[]> & { simple(): Promise<unknown> };
}
interface RawPostgres extends RawPostgresQuery {
  reserve(): Promise<RawPostgresQuery & { release(): void }>;
}

/** pg (pg-boss's own driver) sends undefined as null, objects as JSON, dates as timestamps; postgres.js needs them so. */
function toParameter(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && !Array.isArray(value) && !Buffer.isBuffer(value))
    return JSON.stringify(value);
  return value;
}

/** pg-boss's `db` adapter over a Database: parameterised statements, or a script of several. */
export function pgBossDb(db: Database): { executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }> } {
  const client = (db.db as unknown as { $client: unknown }).$client;
  if (db.kind === 'pglite') {
    const pg = client as RawPglite;
    return {
      async executeSql(text, values) {
        if (values && values.length > 0) return pg.query(text, values);
        const results = await pg.exec(text);
        return { rows: results.at(-1)?.rows ?? [] };
      },
    };
  }
  const pg = client as RawPostgres;
  return {
    async executeSql(text, values) {
      if (values && values.length > 0) return { rows: [...(await pg.unsafe(text, values.map(toParameter)))] };
      // A script (pg-boss's BEGIN … COMMIT plans) runs on one reserved connection, as postgres.js requires.
      const connection = await pg.reserve();
      let result: unknown[] | unknown[][];
      try {
        result = (await connection.unsafe(text).simple()) as unknown[] | unknown[][];
      } finally {
        connection.release();
      }
      // Several statements give one result per statement; pg-boss reads the last.
      const last = Array.isArray(result) && Array.isArray(result.at(-1)) ? (result.at(-1) as unknown[]) : result;
      return { rows: [...(last as unknown[])] };
    },
  };
}

export interface WorkflowQueueOptions {
  db: Database;
  log: Logger;
  /** The time the sweep goes by (tests inject it; no sleeping). */
  now?: () => Date;
  /** smtp://user:pass@host:port (checked by workflowEnvFields); no email without it. */
  smtpUrl?: string | null;
  mailFrom?: string;
  /** Cron of the sweep (default every minute); null: no schedule (tests send jobs themselves). */
  cron?: string | null;
  pollingIntervalSeconds?: number;
  /** Sweep only this agency (tests on a shared database). */
  agencyId?: string;
}

export interface WorkflowQueue {
  boss: PgBoss;
  /** Sends a sweep job and waits until a worker (this one or another) has completed it. */
  sweepNow(timeoutMs?: number): Promise<void>;
  /** What the sweeps of this worker created, for tests and logs. */
  results: SweepResult[];
  stop(): Promise<void>;
}

export async function startWorkflowQueue(options: WorkflowQueueOptions): Promise<WorkflowQueue> {
  const log = options.log.child({ service: 'workflow-queue' });
  const now = options.now ?? (() => new Date());
  const mailer: Mailer | null = options.smtpUrl
    ? smtpMailer(options.smtpUrl, options.mailFrom ?? 'Haven <haven@localhost>')
    : null;
  const boss = new PgBoss({ db: pgBossDb(options.db) as PgBoss.Db, schema: 'pgboss', supervise: true });
  boss.on('error', (error) => log.error({ err: error }, 'job queue error'));
  await boss.start();
  await boss.createQueue(SWEEP_QUEUE);
  const results: SweepResult[] = [];
  await boss.work(
    SWEEP_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2, batchSize: 1 },
    async () => {
      const result = await sweepDeadlines(options.db, {
        now: now(),
        emailConfigured: mailer !== null,
        agencyId: options.agencyId,
      });
      results.push(result);
      if (result.created.length > 0) log.info({ created: result.created.length }, 'deadline alerts raised');
      if (mailer) await deliverEmails(options.db, mailer, log);
    },
  );
  if (options.cron !== null) await boss.schedule(SWEEP_QUEUE, options.cron ?? '* * * * *');
  return {
    boss,
    results,
    async sweepNow(timeoutMs = 30_000) {
      const id = await boss.send(SWEEP_QUEUE, {});
      if (!id) throw new Error('sweep job not queued');
      const until = Date.now() + timeoutMs;
      for (;;) {
        const job = await boss.getJobById(SWEEP_QUEUE, id);
        if (job?.state === 'completed') return;
        if (job?.state === 'failed') throw new Error(`sweep job failed: ${JSON.stringify(job.output)}`);
        if (Date.now() > until) throw new Error(`sweep job ${id} not completed in time (${job?.state})`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, close: false });
      mailer?.close();
    },
  };
}

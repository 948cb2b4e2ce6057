/**
 * npm run bench:floor — what a request costs on this machine before Haven does any work of its own,
 * so the case-record bench's figures can be read against what the architecture allows. Three setups,
 * each its own processes (./floor-service.ts), each measured with BENCH_CLIENTS closed-loop clients:
 *  - subgraph only: one Apollo subgraph answering 20 constant caseload rows;
 *  - gateway → subgraph: the same behind the Hive Gateway runtime Haven uses (one federated hop);
 *  - gateway → subgraph → PostgreSQL (with BENCH_DATABASE_URL, the case-record bench's seeded database):
 *    each request reads a caseload in one transaction (settings + one query, as the database owner).
 * Haven's caseload adds to the last: the session check, viewer tokens, row-level security, graphql-shield,
 * the audit row, and a second subgraph (workflow) for the stage.
 */
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import postgres from 'postgres';
import { loadBenchEnv } from './env';
import { startService, stopService } from './services';
import { ms, postgresCpuMs, procCpuMs, runConcurrently } from './measure';

const env = loadBenchEnv();
const clients = env.BENCH_CLIENTS;
const requests = env.BENCH_REQUESTS;
const warmup = env.BENCH_WARMUP ?? 2 * clients;
/** A process of ./floor-service.ts in the given role. */
const start = (vars: Record<string, string>) =>
  startService(`floor ${vars.FLOOR_ROLE}`, 'bench/floor-service.ts', vars, false);

let workerIds: string[] = Array.from({ length: clients }, () => '00000000-0000-4000-8000-000000000000');
if (env.BENCH_DATABASE_URL) {
  const sql = postgres(env.BENCH_DATABASE_URL, { max: 1, onnotice: () => {} });
  const rows = await sql<{ user_id: string }[]>`
    select user_id::text from bench.workers where last_case - first_case + 1 >= 50 order by hashint4(w) limit ${clients}`;
  await sql.end();
  workerIds = rows.map((r) => r.user_id);
}

const QUERY = `query Floor($workerId: ID!) { caseload(workerId: $workerId) {
  id caseNumber caseType status createdAt updatedAt givenName familyName sex dateOfBirth stage total } }`;

async function measure(label: string, setup: () => Promise<{ url: string; processes: Record<string, ChildProcess> }>) {
  const { url, processes } = await setup();
  const ask = async (client: number) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: QUERY, variables: { workerId: workerIds[client % workerIds.length] } }),
    });
    const body = (await response.json()) as { data?: { caseload: unknown[] }; errors?: unknown[] };
    if (body.errors?.length || !body.data?.caseload.length) throw new Error(JSON.stringify(body).slice(0, 300));
  };
  await runConcurrently(clients, warmup, ask);
  const cpu = () => Object.entries(processes).map(([n, c]) => [n, procCpuMs(`/proc/${c.pid}/stat`)] as const);
  const before = cpu();
  const pgBefore = postgresCpuMs();
  const clientsBefore = process.cpuUsage();
  const run = await runConcurrently(clients, requests, ask);
  const after = cpu();
  const pgAfter = postgresCpuMs();
  const clientsCpu = process.cpuUsage(clientsBefore);
  for (const child of Object.values(processes)) stopService(child);
  if (run.errors) console.log(`  ${label}: ${run.errors} errors; first: ${String(run.firstError)}`);
  const perProcess = after.map(([n, v], i) => `${n} ${((v - before[i]![1]) / requests).toFixed(1)}`);
  const pg = pgBefore !== null && pgAfter !== null ? ((pgAfter - pgBefore) / requests).toFixed(1) : '–';
  const clientsMs = (clientsCpu.user + clientsCpu.system) / 1000 / requests;
  return `| ${label} | ${ms(run.p50)} | ${ms(run.p95)} | ${run.throughput.toFixed(0)} | ${perProcess.join(', ')} | ${label.includes('PostgreSQL') ? pg : '–'} | ${clientsMs.toFixed(1)} |`;
}

const lines = [
  await measure('subgraph only (constant rows)', async () => {
    const subgraph = await start({ FLOOR_ROLE: 'subgraph' });
    return { url: subgraph.url, processes: { subgraph: subgraph.child } };
  }),
  await measure('gateway → subgraph (constant rows)', async () => {
    const subgraph = await start({ FLOOR_ROLE: 'subgraph' });
    const gateway = await start({ FLOOR_ROLE: 'gateway', FLOOR_SUBGRAPH_URL: `${subgraph.url}/graphql` });
    return { url: gateway.url, processes: { gateway: gateway.child, subgraph: subgraph.child } };
  }),
];
if (env.BENCH_DATABASE_URL) {
  lines.push(
    await measure('gateway → subgraph → PostgreSQL (1 transaction)', async () => {
      const subgraph = await start({
        FLOOR_ROLE: 'subgraph',
        FLOOR_DATABASE_URL: env.BENCH_DATABASE_URL!,
        FLOOR_POOL_SIZE: String(clients),
      });
      const gateway = await start({ FLOOR_ROLE: 'gateway', FLOOR_SUBGRAPH_URL: `${subgraph.url}/graphql` });
      return { url: gateway.url, processes: { gateway: gateway.child, subgraph: subgraph.child } };
    }),
  );
}

const [load1] = os.loadavg();
console.log(
  `\nFloor: ${clients} closed-loop clients, ${requests} requests after ${warmup} warm-up; ${os.cpus().length} cores, load ${load1?.toFixed(1)} at the end\n`,
);
console.log(
  '| setup | p50 (ms) | p95 | req/s | CPU ms/request by process | PostgreSQL CPU ms/request | clients CPU ms/request |',
);
console.log('|---|---|---|---|---|---|---|');
for (const line of lines) console.log(line);
process.exit(0);

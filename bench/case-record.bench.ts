/**
 * npm run bench — the case record at scale (issue 6, item 10). Seeds 100 000 cases on PGlite or
 * 1 000 000 on PostgreSQL (./seed.ts; re-used on later runs), starts Haven — BENCH_MODE=embedded (default):
 * in-process, every subgraph and the gateway on loopback ports in this thread, as `npm start` does;
 * BENCH_MODE=services: one process per deployable, as server mode runs them (./services.ts, PostgreSQL
 * only) — and measures, through the gateway with real session cookies and BENCH_CLIENTS concurrent
 * clients (20) running in a worker thread (./load-worker.ts), each signed in as a caseworker of her own:
 *  - caseload: myCaseload, 20 rows, the fields of the web's caseload table;
 *  - case page: case(id) with the fields of the web's case page and the risk assessment;
 *  - duplicate check: possibleDuplicates as the web asks before registering;
 *  - registration: that check followed by createCase;
 *  - person search: searchPersons when the schema has it, else possibleDuplicates with a name only.
 * Then each operation's data read with one raw SQL query (as the database owner: no row-level
 * security, no audit, no HTTP) under the same concurrency; the ratio is gateway / raw.
 * Also times what runs at start: indexUnindexedPersons over the seeded persons, and reports the CPU
 * Haven's processes used per request in each measured gateway phase (the clients' thread excluded).
 * BENCH_PROFILE=<folder> writes V8 CPU profiles of Haven's measured gateway phases there, one per
 * operation (services: one per operation and process).
 *
 * BENCH_DATABASE_URL=postgres://…/haven_bench selects PostgreSQL (the database is created when
 * missing); otherwise PGlite in BENCH_DATA_DIR (default: a folder in the temp directory).
 */
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import type { Database } from '@haven/core/db/database';
import { openPglite } from '@haven/core/db/pglite';
import { migratePostgres, openPostgres } from '@haven/core/db/postgres';
import { createLogger } from '@haven/core/logging';
import { newFieldKey, parseFieldKeys } from '@haven/core/crypto/field-cipher';
import { startHaven } from '@haven/gateway/haven';
import { readComposedSupergraph } from '@haven/gateway/composition';
import { CSRF_HEADER, SESSION_COOKIE } from '@haven/gateway/auth/cookies';
import { issueSession, systemClock } from '@haven/identity';
import { indexUnindexedPersons } from '@haven/case';
import { nameKeys } from '../subgraphs/case/src/dedupe/transliterate';
import { loadBenchEnv } from './env';
import { ensureSeeded } from './seed';
import { someone, type Someone } from './names';
import { ms, postgresCpuMs, runConcurrently, startCpuProfile, type Stats } from './measure';
import { pick, startLoadWorker, type LoadResult, type OperationKey } from './load-worker';
import { startServices } from './services';

const env = loadBenchEnv();
const onPostgres = !!env.BENCH_DATABASE_URL;
if (env.BENCH_MODE === 'services' && !env.BENCH_DATABASE_URL) {
  console.error(
    'BENCH_MODE=services runs each service as its own process, which needs PostgreSQL: set BENCH_DATABASE_URL ' +
      "(PGlite is one process's embedded database; use BENCH_MODE=embedded with it).",
  );
  process.exit(1);
}
const profileDir = env.BENCH_PROFILE && path.resolve(env.BENCH_PROFILE);
const target = env.BENCH_CASES ?? (onPostgres ? 1_000_000 : 100_000);
const clients = env.BENCH_CLIENTS;
const log = (line: string) => console.log(line);

/** Creates the PostgreSQL database named in the URL when the server does not have it yet. */
async function ensureDatabase(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`BENCH_DATABASE_URL: unusual database name "${name}"`);
  const server = new URL(url);
  server.pathname = '/postgres';
  const admin = postgres(server.toString(), { max: 1, onnotice: () => {} });
  try {
    const found = await admin`select 1 from pg_database where datname = ${name}`;
    if (found.length === 0) {
      log(`Creating database ${name}…`);
      await admin.unsafe(`create database ${name}`);
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}

async function openDatabase(): Promise<{ db: Database; where: string }> {
  if (env.BENCH_DATABASE_URL) {
    await ensureDatabase(env.BENCH_DATABASE_URL);
    await migratePostgres(env.BENCH_DATABASE_URL);
    const db = await openPostgres({
      url: env.BENCH_DATABASE_URL,
      maxConnections: clients,
      applicationName: 'haven-bench',
    });
    const [v] = await db.rows<{ v: string }>(sql`select current_setting('server_version') as v`);
    return { db, where: `PostgreSQL ${v?.v}` };
  }
  const dataDir = env.BENCH_DATA_DIR ?? path.join(os.tmpdir(), `haven-bench-pglite-${target}`);
  log(`PGlite data folder: ${dataDir}`);
  return { db: await openPglite({ dataDir }), where: 'PGlite' };
}

const { db, where } = await openDatabase();
const seeded = await ensureSeeded(db, target, {
  batchSize: env.BENCH_BATCH ?? (onPostgres ? 25_000 : 10_000),
  log,
});
log(`${seeded.workers.toLocaleString('en')} caseworkers in ${seeded.teams.toLocaleString('en')} teams.`);
if (env.BENCH_ONLY === 'seed') {
  await db.close();
  process.exit(0);
}

// What every start of the case subgraph and the embedded app runs.
let t0 = performance.now();
const indexed = await indexUnindexedPersons(db);
const startIndexMs = performance.now() - t0;
log(`indexUnindexedPersons at start: ${indexed} persons indexed in ${startIndexMs.toFixed(0)} ms`);

// The clients: caseworkers with at least 50 cases, spread over the agency; each her own session.
const workers = await db.rows<{ user_id: string }>(sql`
  select user_id::text from bench.workers where last_case - first_case + 1 >= 50
  order by hashint4(w) limit ${clients}`);
if (workers.length < clients) throw new Error(`only ${workers.length} caseworkers with 50 cases or more`);
const caseIdsOf = new Map<string, string[]>();
for (const w of workers) {
  const rows = await db.rows<{ id: string }>(
    sql`select id::text from "case".cases where assigned_worker_id = ${w.user_id}::uuid and agency_id = ${seeded.agencyId}::uuid`,
  );
  caseIdsOf.set(
    w.user_id,
    rows.map((r) => r.id),
  );
}
const sessions = await Promise.all(
  workers.map((w) =>
    db.transaction({ system: 'bench-session' }, async (tx) => {
      const issued = await issueSession(
        tx,
        { db, clock: systemClock },
        { id: w.user_id, agencyId: seeded.agencyId },
        {
          authMethod: 'password',
          mfaLevel: 'none',
          mfaPending: false,
          meta: { requestId: null, clientAddress: '127.0.0.1', userAgent: 'haven bench' },
        },
      );
      return { [`cookie`]: `${SESSION_COOKIE}=${issued.token}`, [CSRF_HEADER]: issued.csrfToken };
    }),
  ),
);

/** Haven as the clients meet it. */
interface Server {
  heading: string;
  graphqlUrl: string;
  /** The CPU time Haven's processes have used so far, ms, by process. */
  cpuMs(): Record<string, number>;
  /** Embedded: Haven's process is the bench's, whose CPU time includes the clients' worker thread. */
  clientsInProcess: boolean;
  /** Starts a V8 CPU profile of Haven's threads; stop(label) writes it to BENCH_PROFILE. */
  startProfile(): Promise<{ stop(label: string): Promise<void> }>;
  close(): Promise<void>;
}

async function startEmbedded(): Promise<Server> {
  const haven = await startHaven({
    db,
    fieldKeys: parseFieldKeys(newFieldKey()),
    log: createLogger({ level: 'silent' }),
    port: 0,
    host: '127.0.0.1',
    demoSignIn: false,
    explorer: false,
    introspection: false,
    production: true,
  });
  return {
    heading: 'embedded: gateway and subgraphs in one process',
    graphqlUrl: haven.graphqlUrl,
    cpuMs: () => {
      const { user, system } = process.cpuUsage();
      return { haven: (user + system) / 1000 };
    },
    clientsInProcess: true,
    startProfile: async () => {
      const profile = await startCpuProfile();
      return { stop: (label) => profile.stop(path.join(profileDir!, `embedded-${label}.cpuprofile`)) };
    },
    close: () => haven.close(),
  };
}

async function startAsServices(url: string): Promise<Server> {
  const poolSize = Math.min(100, clients);
  const services = await startServices({ databaseUrl: url, poolSize, profiling: !!profileDir });
  return {
    heading: `services: one process per service (gateway and 5 subgraphs, DATABASE_POOL_SIZE ${poolSize} per process)`,
    graphqlUrl: services.graphqlUrl,
    cpuMs: services.cpuMs,
    clientsInProcess: false,
    startProfile: async () => {
      const profile = await services.startProfile();
      return {
        stop: (label) => profile.stop((name) => path.join(profileDir!, `services-${label}-${name}.cpuprofile`)),
      };
    },
    close: services.stop,
  };
}

const server =
  env.BENCH_MODE === 'services' && env.BENCH_DATABASE_URL
    ? await startAsServices(env.BENCH_DATABASE_URL)
    : await startEmbedded();
const hasSearchPersons = /\bsearchPersons\(/.test(readComposedSupergraph());
const load = startLoadWorker({
  graphqlUrl: server.graphqlUrl,
  sessions,
  caseIds: workers.map((w) => caseIdsOf.get(w.user_id)!),
  searchPersons: hasSearchPersons,
  timeoutMs: env.BENCH_TIMEOUT_MS,
  thinkMs: env.BENCH_THINK_MS,
});

// Persons "being registered" (./names.ts someone), numbered on from gateway runs to raw runs as one sequence.
let draws = 0;
const nextPerson = () => someone(++draws);

interface Operation {
  /** The gateway side: what the load worker sends (./load-worker.ts). */
  key: OperationKey;
  label: string;
  /** p95 target on PostgreSQL with 20 clients, ms. */
  target?: number;
  raw: (client: number, i: number) => Promise<void>;
  rawNote: string;
}

const rawCaseload = (workerId: string) =>
  db.rows(sql`
    select c.id, c.case_number, c.case_type, c.status, c.created_at, c.updated_at,
           p.given_name, p.family_name, p.sex, p.date_of_birth, s.stage, count(*) over () as total
    from "case".cases c
    join "case".persons p on p.id = c.person_id
    left join workflow.case_stages s on s.case_id = c.id
    where c.agency_id = ${seeded.agencyId}::uuid and c.assigned_worker_id = ${workerId}::uuid
    order by c.updated_at desc, c.id desc
    limit 21`);
const rawCasePage = (caseId: string) =>
  db.rows(sql`
    select c.id, c.case_number, c.case_type, c.status, c.team_id, c.created_at, c.updated_at, u.id as worker_id,
           u.display_name, p.id as person_id, p.given_name, p.family_name, p.sex, p.date_of_birth, p.contact_phone,
           p.current_address, s.stage,
           (select json_agg(sh) from "case".case_shares sh where sh.case_id = c.id) as shares,
           (select json_agg(f) from (select f.id, f.form_key, f.form_version, f.values, f.submitted_at
                                     from "case".form_submissions f
                                     where f.case_id = c.id and f.form_key = 'protection_risk_assessment') f) as forms
    from "case".cases c
    join "case".persons p on p.id = c.person_id
    join identity.users u on u.id = c.assigned_worker_id
    left join workflow.case_stages s on s.case_id = c.id
    where c.id = ${caseId}::uuid`);
/** The rows the blocking step of duplicate detection reads for a query (its cap included). */
const rawCandidates = (q: { givenName: string; familyName: string; dateOfBirth?: string }) =>
  db.rows(sql`
    select p.id, p.given_name, p.family_name, p.sex, p.date_of_birth
    from "case".persons p
    where p.agency_id = ${seeded.agencyId}::uuid and p.merged_into is null
      and (p.name_keys && ${`{${nameKeys(q.givenName, q.familyName).join(',')}}`}::text[]
           ${q.dateOfBirth ? sql`or p.date_of_birth = ${q.dateOfBirth}::date` : sql``})
    limit 2000`);
const rawRegister = (workerId: string, q: Someone) =>
  db.rows(sql`
    with p as (
      insert into "case".persons (agency_id, given_name, family_name, sex, date_of_birth, search_name, name_keys, created_by)
      values (${seeded.agencyId}::uuid, ${q.givenName}, ${q.familyName}, ${q.sex.toLowerCase()}::"case".sex,
              ${q.dateOfBirth}::date, 'raw', '{}', ${workerId}::uuid)
      returning id),
    c as (
      insert into "case".cases (agency_id, case_number, case_type, person_id, assigned_worker_id, created_by)
      select ${seeded.agencyId}::uuid, 'RAW-' || gen_random_uuid(), 'gbv', p.id, ${workerId}::uuid, ${workerId}::uuid from p
      returning id)
    insert into workflow.case_stages (case_id, agency_id, workflow_key, stage, entered_by)
    select c.id, ${seeded.agencyId}::uuid, 'gbv-default', 'identification', ${workerId}::uuid from c
    returning case_id`);

/** What searchPersons reads: persons the viewer's own cases are about, by name key. */
const rawSearch = (workerId: string, text: string) =>
  db.rows(sql`
    select p.id, p.search_name
    from "case".cases c join "case".persons p on p.id = c.person_id
    where c.agency_id = ${seeded.agencyId}::uuid and c.assigned_worker_id = ${workerId}::uuid
      and p.merged_into is null and p.name_keys && ${`{${nameKeys(text).join(',')}}`}::text[]
    limit 100`);

const workerOf = (client: number) => workers[client]!.user_id;
const operations: Operation[] = [
  {
    key: 'caseload',
    label: 'my caseload (20 rows)',
    target: 50,
    raw: (client) => rawCaseload(workerOf(client)).then(() => {}),
    rawNote: 'cases ⋈ persons ⋈ stages, 20 rows + count',
  },
  {
    key: 'casePage',
    label: 'case page',
    target: 50,
    raw: (client, i) => rawCasePage(pick(caseIdsOf.get(workerOf(client))!, i)).then(() => {}),
    rawNote: 'case ⋈ person ⋈ worker ⋈ stage + shares + assessment',
  },
  {
    key: 'duplicateCheck',
    label: 'duplicate check',
    target: 100,
    raw: () => rawCandidates(nextPerson()).then(() => {}),
    rawNote: 'the blocking read: ≤ 2 000 persons by name key or birth date',
  },
  {
    key: 'registration',
    label: 'registration (check + createCase)',
    raw: async (client) => {
      const q = nextPerson();
      await rawCandidates(q);
      await rawRegister(workerOf(client), q);
    },
    rawNote: 'blocking read + one insert of person, case, stage (2 statements)',
  },
  {
    key: 'personSearch',
    label: hasSearchPersons ? 'person search (searchPersons)' : 'person search (possibleDuplicates by name)',
    raw: (client) => {
      const q = nextPerson();
      return (
        hasSearchPersons
          ? rawSearch(workerOf(client), `${q.givenName} ${q.familyName}`)
          : rawCandidates({ givenName: q.givenName, familyName: q.familyName })
      ).then(() => {});
    },
    rawNote: hasSearchPersons
      ? "the persons of the viewer's own cases sharing a name key, ≤ 100"
      : 'persons by name key, ≤ 2 000',
  },
];

const only = env.BENCH_ONLY?.split(',').map((s) => s.trim());
const chosen = operations.filter((o) => !only || only.includes(o.key));
const warmup = env.BENCH_WARMUP ?? 2 * clients;
const stamp = new Date().toISOString().replace(/[:.]/g, '-');

/** The PostgreSQL server's CPU can be read from /proc when it runs on this machine. */
const localPostgres =
  onPostgres && ['127.0.0.1', 'localhost', '[::1]'].includes(new URL(env.BENCH_DATABASE_URL!).hostname);

/**
 * The measured gateway phase of an operation, the CPU Haven used in it (ms, by process) and, with a
 * local PostgreSQL server, the CPU its processes used (ms; null otherwise).
 */
async function measureGateway(
  op: Operation,
): Promise<{ gateway: LoadResult; cpu: Record<string, number>; postgresCpu: number | null }> {
  const profile = profileDir ? await server.startProfile() : null;
  const before = server.cpuMs();
  const postgresBefore = localPostgres ? postgresCpuMs() : null;
  const gateway = await load.run(op.key, env.BENCH_REQUESTS, draws);
  const after = server.cpuMs();
  const postgresAfter = localPostgres ? postgresCpuMs() : null;
  await profile?.stop(`${op.key}-${stamp}`);
  draws = gateway.draws;
  const cpu = Object.fromEntries(Object.entries(after).map(([name, ms]) => [name, ms - before[name]!]));
  // What the clients' thread used is not Haven's.
  if (server.clientsInProcess) cpu.haven! -= gateway.clientCpuMs;
  const postgresCpu = postgresBefore !== null && postgresAfter !== null ? postgresAfter - postgresBefore : null;
  return { gateway, cpu, postgresCpu };
}

const results: {
  op: Operation;
  gateway: Stats;
  raw: Stats;
  cpuPerRequest: number;
  postgresPerRequest: number | null;
}[] = [];
t0 = performance.now();
for (const op of chosen) {
  log(`\n${op.label}: warm-up ${warmup}, then ${env.BENCH_REQUESTS} requests from ${clients} clients…`);
  draws = (await load.run(op.key, warmup, draws)).draws;
  const { gateway, cpu, postgresCpu } = await measureGateway(op);
  if (gateway.errors) log(`  ${gateway.errors} gateway errors; first: ${gateway.firstError}`);
  const perRequest = (cpuMs: number) => cpuMs / env.BENCH_REQUESTS;
  const cpuPerRequest = perRequest(Object.values(cpu).reduce((a, b) => a + b, 0));
  const byProcess = Object.entries(cpu).map(([name, ms]) => `${name} ${perRequest(ms).toFixed(1)}`);
  const postgresPerRequest = postgresCpu === null ? null : perRequest(postgresCpu);
  log(
    `  server CPU ${cpuPerRequest.toFixed(1)} ms/request${byProcess.length > 1 ? ` (${byProcess.join(', ')})` : ''}; ` +
      `${postgresPerRequest === null ? '' : `PostgreSQL ${postgresPerRequest.toFixed(1)} ms/request; `}` +
      `clients' thread ${perRequest(gateway.clientCpuMs).toFixed(1)} ms/request`,
  );
  await runConcurrently(clients, warmup, op.raw, env.BENCH_THINK_MS);
  const raw = await runConcurrently(clients, env.BENCH_REQUESTS, op.raw, env.BENCH_THINK_MS);
  if (raw.errors) log(`  ${raw.errors} raw errors; first: ${String(raw.firstError)}`);
  log(
    `  gateway p50 ${ms(gateway.p50)} ms, p95 ${ms(gateway.p95)} ms; raw p50 ${ms(raw.p50)} ms, p95 ${ms(raw.p95)} ms`,
  );
  results.push({ op, gateway, raw, cpuPerRequest, postgresPerRequest });
}
const measuredSeconds = (performance.now() - t0) / 1000;

await load.close();
await server.close();
await db.close();

const [load1] = os.loadavg();
log(
  `\nHaven case-record benchmark — ${server.heading}; ${where}, ${target.toLocaleString('en')} cases, ${seeded.workers.toLocaleString('en')} caseworkers, ${clients} concurrent clients${env.BENCH_THINK_MS ? ` pausing ${env.BENCH_THINK_MS} ms on average between requests` : ' without pauses'}, ${env.BENCH_REQUESTS} requests per operation after ${warmup} warm-up; ${os.cpus().length} cores, load average ${load1?.toFixed(1)} at the end; ${measuredSeconds.toFixed(0)} s measured\n`,
);
log(
  '| operation | p50 (ms) | p95 | max | req/s | errors | server CPU ms/request | PostgreSQL CPU ms/request | raw p50 | raw p95 | p50 ratio | p95 ratio | p95 target |',
);
log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const { op, gateway, raw, cpuPerRequest, postgresPerRequest } of results) {
  const met = op.target === undefined ? '–' : `${op.target} ms: ${gateway.p95 <= op.target ? 'met' : 'missed'}`;
  log(
    `| ${op.label} | ${ms(gateway.p50)} | ${ms(gateway.p95)} | ${ms(gateway.max)} | ${gateway.throughput.toFixed(0)} | ${gateway.errors} | ${cpuPerRequest.toFixed(1)} | ${postgresPerRequest === null ? '–' : postgresPerRequest.toFixed(1)} | ${ms(raw.p50)} | ${ms(raw.p95)} | ${(gateway.p50 / raw.p50).toFixed(1)}× | ${(gateway.p95 / raw.p95).toFixed(1)}× | ${met} |`,
  );
}
log('\nRaw SQL per operation (database owner, no row-level security, no audit, no HTTP):');
for (const { op } of results) log(`- ${op.label}: ${op.rawNote}`);
log(`indexUnindexedPersons at start: ${startIndexMs.toFixed(0)} ms (${indexed} indexed)`);

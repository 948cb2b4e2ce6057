/**
 * npm run bench — the case record at scale (issue 6, item 10). Seeds 100 000 cases on PGlite or
 * 1 000 000 on PostgreSQL (./seed.ts; re-used on later runs), starts Haven in-process (every subgraph
 * and the gateway on loopback ports, as `npm start` does) and measures, through the gateway with real
 * session cookies and BENCH_CLIENTS concurrent clients (20), each signed in as a caseworker of her own:
 *  - caseload: myCaseload, 20 rows, the fields of the web's caseload table;
 *  - case page: case(id) with the fields of the web's case page and the risk assessment;
 *  - duplicate check: possibleDuplicates as the web asks before registering;
 *  - registration: that check followed by createCase;
 *  - person search: searchPersons when the schema has it, else possibleDuplicates with a name only.
 * Then each operation's data read with one raw SQL query (as the database owner: no row-level
 * security, no audit, no HTTP) under the same concurrency; the ratio is gateway / raw.
 * Also times what runs at start: indexUnindexedPersons over the seeded persons.
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
import { familyNames, givenNames } from './names';
import { ms, runConcurrently, type Stats } from './measure';

const env = loadBenchEnv();
const onPostgres = !!env.BENCH_DATABASE_URL;
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

async function gql(client: number, query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch(haven.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', ...sessions[client] },
    body: JSON.stringify({ query, variables }),
    // A request that takes longer counts as an error instead of holding the run up.
    signal: AbortSignal.timeout(env.BENCH_TIMEOUT_MS),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  return body.data;
}

// --- What is asked: the web client's operations -------------------------------------------------

const CASELOAD = `query MyCaseload($first: Int) {
  myCaseload(first: $first) {
    totalCount
    nodes { id caseNumber caseType status createdAt updatedAt person { fullName sex ageYears dateOfBirth } currentStage { stage } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const CASE_PAGE = `query CaseDetail($id: ID!) {
  case(id: $id) {
    id caseNumber caseType status teamId createdAt updatedAt
    viewerAccess { assigned supervises shared sharedRestricted emergency }
    assignedWorker { id displayName }
    person { id fullName sex ageYears dateOfBirth contactPhone currentAddress }
    currentStage { stage }
    incidentNarrative perpetratorDetails safetyPlan
    shares { id reason includesRestricted grantedAt expiresAt revokedAt active }
    formSubmissions(formKey: "protection_risk_assessment") { id formKey formVersion values withheldFields submittedAt }
  }
}`;
const DUPLICATES = `query PossibleDuplicates($input: PossibleDuplicatesInput!) {
  possibleDuplicates(input: $input) {
    personId score level matchedRules reachable givenName familyName sex dateOfBirth
    cases { caseId caseNumber assignedWorker { id displayName } }
  }
}`;
const CREATE_CASE = `mutation CreateCase($input: CreateCaseInput!) {
  createCase(input: $input) {
    id caseNumber caseType status createdAt updatedAt person { fullName sex ageYears dateOfBirth } currentStage { stage }
  }
}`;
const hasSearchPersons = /\bsearchPersons\(/.test(readComposedSupergraph());
const SEARCH = hasSearchPersons
  ? `query SearchPersons($query: String!) { searchPersons(query: $query, first: 20) { id fullName sex dateOfBirth } }`
  : `query SearchByName($input: PossibleDuplicatesInput!) { possibleDuplicates(input: $input) { personId score reachable givenName familyName cases { caseId caseNumber } } }`;

// A person "being registered": names and birth dates drawn as the seed draws them, so lookups meet
// the same crowding of common names the seeded agency has.
let draws = 0;
function someone() {
  draws++;
  const female = draws % 2 === 0;
  const pool = female ? givenNames.female : givenNames.male;
  const given = pool[(draws * 7) % pool.length]!.name;
  const family = familyNames[(draws * 13) % familyNames.length]!.name;
  const day = new Date(Date.UTC(1950, 0, 1) + ((draws * 7919) % 27000) * 86_400_000).toISOString().slice(0, 10);
  return { givenName: given, familyName: family, sex: female ? 'FEMALE' : 'MALE', dateOfBirth: day };
}

const pick = <T>(items: readonly T[], i: number) => items[(i * 2654435761) % items.length]!;

interface Operation {
  key: string;
  label: string;
  /** p95 target on PostgreSQL with 20 clients, ms. */
  target?: number;
  gateway: (client: number, i: number) => Promise<void>;
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
const rawRegister = (workerId: string, q: ReturnType<typeof someone>) =>
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
    gateway: (client) => gql(client, CASELOAD, { first: 20 }).then(() => {}),
    raw: (client) => rawCaseload(workerOf(client)).then(() => {}),
    rawNote: 'cases ⋈ persons ⋈ stages, 20 rows + count',
  },
  {
    key: 'casePage',
    label: 'case page',
    target: 50,
    gateway: (client, i) => gql(client, CASE_PAGE, { id: pick(caseIdsOf.get(workerOf(client))!, i) }).then(() => {}),
    raw: (client, i) => rawCasePage(pick(caseIdsOf.get(workerOf(client))!, i)).then(() => {}),
    rawNote: 'case ⋈ person ⋈ worker ⋈ stage + shares + assessment',
  },
  {
    key: 'duplicateCheck',
    label: 'duplicate check',
    target: 100,
    gateway: (client) => gql(client, DUPLICATES, { input: someone() }).then(() => {}),
    raw: () => rawCandidates(someone()).then(() => {}),
    rawNote: 'the blocking read: ≤ 2 000 persons by name key or birth date',
  },
  {
    key: 'registration',
    label: 'registration (check + createCase)',
    gateway: async (client) => {
      const q = someone();
      await gql(client, DUPLICATES, { input: q });
      await gql(client, CREATE_CASE, { input: { caseType: 'GBV', person: q } });
    },
    raw: async (client) => {
      const q = someone();
      await rawCandidates(q);
      await rawRegister(workerOf(client), q);
    },
    rawNote: 'blocking read + one insert of person, case, stage (2 statements)',
  },
  {
    key: 'personSearch',
    label: hasSearchPersons ? 'person search (searchPersons)' : 'person search (possibleDuplicates by name)',
    gateway: (client) => {
      const q = someone();
      return gql(
        client,
        SEARCH,
        hasSearchPersons
          ? { query: `${q.givenName} ${q.familyName}` }
          : { input: { givenName: q.givenName, familyName: q.familyName } },
      ).then(() => {});
    },
    raw: (client) => {
      const q = someone();
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
const results: { op: Operation; gateway: Stats; raw: Stats }[] = [];
t0 = performance.now();
for (const op of chosen) {
  log(`\n${op.label}: warm-up ${warmup}, then ${env.BENCH_REQUESTS} requests from ${clients} clients…`);
  await runConcurrently(clients, warmup, op.gateway);
  const gateway = await runConcurrently(clients, env.BENCH_REQUESTS, op.gateway);
  if (gateway.errors) log(`  ${gateway.errors} gateway errors; first: ${String(gateway.firstError)}`);
  await runConcurrently(clients, warmup, op.raw);
  const raw = await runConcurrently(clients, env.BENCH_REQUESTS, op.raw);
  if (raw.errors) log(`  ${raw.errors} raw errors; first: ${String(raw.firstError)}`);
  log(
    `  gateway p50 ${ms(gateway.p50)} ms, p95 ${ms(gateway.p95)} ms; raw p50 ${ms(raw.p50)} ms, p95 ${ms(raw.p95)} ms`,
  );
  results.push({ op, gateway, raw });
}
const measuredSeconds = (performance.now() - t0) / 1000;

await haven.close();
await db.close();

const [load1] = os.loadavg();
log(
  `\nHaven case-record benchmark — ${where}, ${target.toLocaleString('en')} cases, ${seeded.workers.toLocaleString('en')} caseworkers, ${clients} concurrent clients, ${env.BENCH_REQUESTS} requests per operation after ${warmup} warm-up; ${os.cpus().length} cores, load average ${load1?.toFixed(1)} at the end; ${measuredSeconds.toFixed(0)} s measured\n`,
);
log('| operation | p50 (ms) | p95 | max | req/s | errors | raw p50 | raw p95 | p50 ratio | p95 ratio | p95 target |');
log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const { op, gateway, raw } of results) {
  const met = op.target === undefined ? '–' : `${op.target} ms: ${gateway.p95 <= op.target ? 'met' : 'missed'}`;
  log(
    `| ${op.label} | ${ms(gateway.p50)} | ${ms(gateway.p95)} | ${ms(gateway.max)} | ${gateway.throughput.toFixed(0)} | ${gateway.errors} | ${ms(raw.p50)} | ${ms(raw.p95)} | ${(gateway.p50 / raw.p50).toFixed(1)}× | ${(gateway.p95 / raw.p95).toFixed(1)}× | ${met} |`,
  );
}
log('\nRaw SQL per operation (database owner, no row-level security, no audit, no HTTP):');
for (const { op } of results) log(`- ${op.label}: ${op.rawNote}`);
log(`indexUnindexedPersons at start: ${startIndexMs.toFixed(0)} ms (${indexed} indexed)`);

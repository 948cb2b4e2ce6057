/**
 * npm run bench — what auditing costs, measured as ratios on this machine:
 *  - a case-page read (case, person, stage, history) through the gateway, and the case subgraph's
 *    part of it alone (the stricter ratio: no gateway time to dilute it),
 *  - a case update (updatePerson) through the gateway,
 * each with and without the audit row, alternating rounds so that machine noise hits both alike;
 *  - audit:verify speed in rows per second over a chain of BENCH_AUDIT_ROWS rows.
 * Embedded PGlite by default; BENCH_DATABASE_URL runs it on a PostgreSQL database (which it fills).
 */
import { sql } from 'drizzle-orm';
import { switchOffAuditingForBenchmark } from '@haven/core/audit/audit';
import { verifyAuditChain } from '@haven/core/audit/verify';
import type { Database } from '@haven/core/db/database';
import { openPglite } from '@haven/core/db/pglite';
import { migratePostgres, openPostgres } from '@haven/core/db/postgres';
import { startSubgraphServer } from '@haven/core/http/subgraph-server';
import { createLogger } from '@haven/core/logging';
import { generateViewerKeys, signViewerToken, VIEWER_TOKEN_HEADER } from '@haven/core/viewer';
import http from 'node:http';
import { listen } from '@haven/core/http/server';
import { caseSubgraph, createCase } from '@haven/case';
import { workflowSubgraph } from '@haven/workflow';
import { identitySubgraph } from '@haven/identity';
import { createGateway } from '@haven/gateway/gateway';
import { readComposedSupergraph } from '@haven/gateway/composition';
import { createStaffUser, createTeam, resolveViewer } from '@haven/identity';
import { provisionAgency } from '@haven/gateway/provisioning';
import { loadBenchEnv } from './env';
import { newFieldKey, parseFieldKeys } from '@haven/core/crypto/field-cipher';
import { randomUUID } from 'node:crypto';
import { REQUEST_ID_HEADER } from '@haven/core/logging';
import { CASE_FIELDS_HEADER } from '@haven/core/graphql/type-fields';

const env = loadBenchEnv();
const log = createLogger({ level: 'silent' });

async function openDatabase(): Promise<Database> {
  if (!env.BENCH_DATABASE_URL) return openPglite();
  await migratePostgres(env.BENCH_DATABASE_URL);
  return openPostgres({ url: env.BENCH_DATABASE_URL, maxConnections: 4 });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

interface Stats {
  p50: number;
  p95: number;
  mean: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: sorted.reduce((a, b) => a + b, 0) / sorted.length,
  };
}

async function timeIt(fn: () => Promise<void>, iterations: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const started = performance.now();
    await fn();
    out.push(performance.now() - started);
  }
  return out;
}

/** Alternates rounds with and without auditing; returns the samples of each. */
async function compare(fn: () => Promise<void>): Promise<{ audited: Stats; unaudited: Stats }> {
  await timeIt(fn, env.BENCH_WARMUP ?? 30);
  const audited: number[] = [];
  const unaudited: number[] = [];
  for (let round = 0; round < env.BENCH_ROUNDS; round++) {
    switchOffAuditingForBenchmark(false);
    audited.push(...(await timeIt(fn, env.BENCH_ITERATIONS)));
    switchOffAuditingForBenchmark(true);
    unaudited.push(...(await timeIt(fn, env.BENCH_ITERATIONS)));
  }
  switchOffAuditingForBenchmark(false);
  return { audited: stats(audited), unaudited: stats(unaudited) };
}

const db = await openDatabase();
const { agency, roleIds } = await provisionAgency(db, {
  code: `BENCH${Date.now()}`,
  name: 'Benchmark agency (fictional)',
  caseNumberPrefix: 'BEN',
});
const workerId = await db.transaction({ system: 'bench' }, async (tx) => {
  const team = await createTeam(tx, { agencyId: agency.id, name: 'Bench team' });
  const user = await createStaffUser(tx, {
    agencyId: agency.id,
    email: `bench-${agency.id}@bench.haven.invalid`,
    displayName: 'Bench Worker',
    roleIds: [roleIds.caseworker],
    teams: [{ teamId: team.id }],
  });
  return user.id;
});
const viewer = (await resolveViewer(db, workerId, 'bench'))!;
const caseIds: string[] = [];
for (let i = 0; i < (env.BENCH_CASES ?? 200); i++) {
  const created = await createCase(
    db,
    { viewer, requestId: null },
    {
      caseType: 'gbv',
      person: { givenName: `Bench${i}`, familyName: 'Fictional', sex: 'female', dateOfBirth: '2010-01-01' },
    },
  );
  caseIds.push(created.id);
}

const keys = await generateViewerKeys();
const start = (definition: typeof caseSubgraph) =>
  startSubgraphServer({
    name: definition.name,
    schema: definition.schema(),
    db,
    fieldKeys: parseFieldKeys(newFieldKey()),
    viewerPublicKey: keys.publicKey,
    log,
    port: 0,
    host: '127.0.0.1',
  });
const caseServer = await start(caseSubgraph);
const workflowServer = await start(workflowSubgraph);
const identityServer = await start(identitySubgraph);
const token = await signViewerToken(viewer, keys.privateKey);
// The gateway with a fixed viewer: sign-in is not what is measured here.
const gateway = createGateway({
  supergraphSdl: readComposedSupergraph(),
  subgraphUrls: {
    case: caseServer.graphqlUrl,
    workflow: workflowServer.graphqlUrl,
    identity: identityServer.graphqlUrl,
  },
  viewerPrivateKey: keys.privateKey,
  resolveViewer: async () => viewer,
  production: true,
  explorer: false,
  introspection: false,
  log,
});
const gatewayServer = await listen(
  http.createServer((req, res) => void gateway(req, res)),
  0,
  '127.0.0.1',
);
const gatewayUrl = `${gatewayServer.url}/graphql`;

async function post(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  extra: Record<string, string> = {},
) {
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(url === gatewayUrl ? {} : { [VIEWER_TOKEN_HEADER]: token }),
      ...extra,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

let n = 0;
const nextCase = () => caseIds[n++ % caseIds.length]!;
const CASE_PAGE = `query($id: ID!) {
  case(id: $id) {
    id caseNumber caseType status createdAt updatedAt
    person { fullName sex dateOfBirth ageYears }
    assignedWorker { displayName }
    currentStage { stage enteredAt }
    history { field changedAt newValue changedBy { displayName } }
  }
}`;
const casePageViaGateway = async () => post(gatewayUrl, CASE_PAGE, { id: nextCase() });
// The case page as two direct subgraph calls: the case subgraph's part and the workflow subgraph's,
// with the headers the gateway would send (one request id; the Case fields the page reads).
const casePage = async () => {
  const id = nextCase();
  const headers = {
    [REQUEST_ID_HEADER]: randomUUID(),
    [CASE_FIELDS_HEADER]: 'currentStage.enteredAt,currentStage.stage',
  };
  await post(
    caseServer.graphqlUrl,
    'query($id: ID!) { case(id: $id) { id caseNumber caseType status person { fullName sex dateOfBirth ageYears } history { field changedAt newValue } } }',
    { id },
    headers,
  );
  await post(
    workflowServer.graphqlUrl,
    'query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { currentStage { stage enteredAt } } } }',
    {
      r: [{ __typename: 'Case', id }],
    },
    headers,
  );
};
let flip = 0;
const caseUpdate = async () => {
  flip++;
  await post(
    gatewayUrl,
    'mutation($id: ID!, $name: String!) { updatePerson(caseId: $id, input: { givenName: $name }) { id updatedAt } }',
    {
      id: nextCase(),
      name: `Bench${flip}`,
    },
  );
};

const readViaGateway = await compare(casePageViaGateway);
const read = await compare(casePage);
const update = await compare(caseUpdate);

// A long chain for verify: rows appended by the database trigger, as in production.
await db.transaction({ system: 'bench' }, (tx) =>
  tx.execute(sql`
    insert into audit.events (actor_id, agency_id, actor_roles, action, target_type, target_id, fields, outcome, request_id, seq, occurred_at, prev_hash, hash)
    select ${workerId}::uuid, ${agency.id}::uuid, array['caseworker'], 'case.read', 'case', ${caseIds[0]!}, array['caseNumber','person.fullName'],
           'allowed', 'bench-' || g, 0, now(), '', ''
    from generate_series(1, ${env.BENCH_AUDIT_ROWS}) g`),
);
// Three walks: the first pays for cold caches (database buffers, JIT); all three are reported.
const verifies = [];
for (let i = 0; i < 3; i++) verifies.push(await verifyAuditChain(db, { checkpoints: [], publicKey: null }));

await gatewayServer.close();
await gateway.dispose();
await caseServer.close();
await workflowServer.close();
await identityServer.close();
await db.close();

const ms = (v: number) => v.toFixed(2).padStart(7);
const row = (name: string, r: { audited: Stats; unaudited: Stats }) =>
  `| ${name.padEnd(16)} | ${ms(r.unaudited.p50)} | ${ms(r.unaudited.p95)} | ${ms(r.audited.p50)} | ${ms(r.audited.p95)} | ${(r.audited.mean / r.unaudited.mean).toFixed(3)} (+${((r.audited.mean / r.unaudited.mean - 1) * 100).toFixed(1)}%) |`;
console.log(
  `\nHaven audit benchmark — ${db.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'}, ${env.BENCH_CASES ?? 200} cases, ${env.BENCH_ROUNDS}×${env.BENCH_ITERATIONS} samples per variant\n`,
);
console.log('| operation        | p50 off | p95 off | p50 on  | p95 on  | mean on/off         |');
console.log('|------------------|---------|---------|---------|---------|---------------------|');
console.log(row('case page (gw)', readViaGateway));
console.log(row('case page (sub)', read));
console.log(row('case update (gw)', update));
for (const [i, verify] of verifies.entries()) {
  console.log(
    `${i === 0 ? '\n' : ''}audit:verify run ${i + 1}: ${verify.rows} rows in ${verify.seconds.toFixed(2)} s = ${verify.rowsPerSecond} rows/s (${verify.firstProblem ? 'BROKEN' : 'intact'})`,
  );
}

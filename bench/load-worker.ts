/**
 * The case-record bench's clients: a worker thread that sends the web client's GraphQL operations to
 * the gateway from concurrent closed-loop clients and records their latencies (./measure.ts). It runs
 * outside Haven's thread, so the clients' CPU (fetch, JSON) is not charged to Haven's event loop.
 *
 * The bench's thread calls startLoadWorker(); the same module, loaded in the worker, serves its runs.
 */
import { once } from 'node:events';
import { performance } from 'node:perf_hooks';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { procCpuMs, runConcurrently, type Stats } from './measure';
import { someone } from './names';

export type OperationKey = 'caseload' | 'casePage' | 'duplicateCheck' | 'registration' | 'personSearch';

export interface LoadSetup {
  graphqlUrl: string;
  /** Per client: the headers of her session (cookie and CSRF token). */
  sessions: Record<string, string>[];
  /** Per client: the ids of the cases assigned to her. */
  caseIds: string[][];
  /** The schema has searchPersons (else the person search asks possibleDuplicates with a name only). */
  searchPersons: boolean;
  timeoutMs: number;
  /** A client's mean pause between requests, ms (./measure.ts runConcurrently); 0: none. */
  thinkMs: number;
}

interface RunRequest {
  key: OperationKey;
  total: number;
  /** Persons drawn so far (./names.ts someone): the worker goes on from there and reports where it stopped. */
  draws: number;
}

export interface LoadResult extends Stats {
  firstError: string | null;
  draws: number;
  /** CPU the worker thread used during the run, ms (the clients' share of the bench process). */
  clientCpuMs: number;
}

export interface LoadWorker {
  /** `total` requests of an operation from the setup's clients, each client one at a time. */
  run(key: OperationKey, total: number, draws: number): Promise<LoadResult>;
  close(): Promise<void>;
}

/** Item i of a client's list, spread over the list. */
export const pick = <T>(items: readonly T[], i: number) => items[(i * 2654435761) % items.length]!;

export function startLoadWorker(setup: LoadSetup): LoadWorker {
  // A worker does not inherit tsx's loader on Node 20: it registers it, then imports this module.
  const bootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
    .then(({ register }) => { register(); return import(${JSON.stringify(import.meta.url)}); })`;
  const worker = new Worker(bootstrap, { eval: true, workerData: setup });
  return {
    async run(key, total, draws) {
      worker.postMessage({ key, total, draws } satisfies RunRequest);
      // Rejects when the worker fails.
      const [result] = (await once(worker, 'message')) as [LoadResult];
      return result;
    },
    async close() {
      await worker.terminate();
    },
  };
}

// --- In the worker ---------------------------------------------------------------------------------

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
const SEARCH_PERSONS = `query SearchPersons($query: String!) { searchPersons(query: $query, first: 20) { id fullName sex dateOfBirth } }`;
const SEARCH_BY_NAME = `query SearchByName($input: PossibleDuplicatesInput!) { possibleDuplicates(input: $input) { personId score reachable givenName familyName cases { caseId caseNumber } } }`;

/** The web client's operations, as each client sends them to the gateway. */
function gatewayOperations(setup: LoadSetup, next: () => ReturnType<typeof someone>) {
  async function gql(client: number, query: string, variables: Record<string, unknown>): Promise<void> {
    const response = await fetch(setup.graphqlUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json',
        ...setup.sessions[client],
      },
      body: JSON.stringify({ query, variables }),
      // A request that takes longer counts as an error instead of holding the run up.
      signal: AbortSignal.timeout(setup.timeoutMs),
    });
    const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
    if (body.errors?.length) throw new Error(JSON.stringify(body.errors).slice(0, 500));
  }
  const operations: Record<OperationKey, (client: number, i: number) => Promise<void>> = {
    caseload: (client) => gql(client, CASELOAD, { first: 20 }),
    casePage: (client, i) => gql(client, CASE_PAGE, { id: pick(setup.caseIds[client]!, i) }),
    duplicateCheck: (client) => gql(client, DUPLICATES, { input: next() }),
    registration: async (client) => {
      const q = next();
      await gql(client, DUPLICATES, { input: q });
      await gql(client, CREATE_CASE, { input: { caseType: 'GBV', person: q } });
    },
    personSearch: (client) => {
      const q = next();
      return setup.searchPersons
        ? gql(client, SEARCH_PERSONS, { query: `${q.givenName} ${q.familyName}` })
        : gql(client, SEARCH_BY_NAME, { input: { givenName: q.givenName, familyName: q.familyName } });
    },
  };
  return operations;
}

/** This thread's CPU time, ms: from /proc on Linux, else the time its event loop was busy. */
function threadCpuMs(): number {
  try {
    return procCpuMs('/proc/thread-self/stat');
  } catch {
    return performance.eventLoopUtilization().active;
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  const setup = workerData as LoadSetup;
  let draws = 0;
  const operations = gatewayOperations(setup, () => someone(++draws));
  port.on('message', async ({ key, total, draws: from }: RunRequest) => {
    draws = from;
    const cpuBefore = threadCpuMs();
    const { firstError, ...stats } = await runConcurrently(
      setup.sessions.length,
      total,
      operations[key],
      setup.thinkMs,
    );
    const result: LoadResult = {
      ...stats,
      firstError: firstError === null ? null : String(firstError),
      draws,
      clientCpuMs: threadCpuMs() - cpuBefore,
    };
    port.postMessage(result);
  });
}

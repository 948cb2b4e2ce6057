import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  exportViewerKeys,
  generateViewerKeys,
  signViewerToken,
  VIEWER_TOKEN_HEADER,
  type ViewerKeyPair,
} from '@haven/core/viewer';
import { resolveViewer } from '@haven/identity';
import type { Database } from '@haven/core/db/database';
import { onPostgres, openTestDatabase } from './support/database';
import { createTestAgency } from './support/factories';
import { newFieldKey } from '@haven/core/crypto/field-cipher';
import { gatewayEntry, subgraphs } from '@haven/gateway/subgraphs';

const root = path.resolve(import.meta.dirname, '..');
const children: ChildProcess[] = [];

/** Starts one deployable as its own process and waits for the URL it logs. */
function startProcess(
  entry: string,
  env: Record<string, string>,
  listeningMessage: string,
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    // NODE_ENV=production as deployed (Apollo, for one, behaves differently under NODE_ENV=test).
    env: { ...process.env, NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${entry} did not start:\n${output}`)), 60_000);
    const onData = (d: Buffer) => {
      output += String(d);
      for (const line of output.split('\n')) {
        if (!line.startsWith('{')) continue;
        const entryLog = JSON.parse(line) as { msg?: string; url?: string };
        if (entryLog.msg === listeningMessage && entryLog.url) {
          clearTimeout(timer);
          resolve({ child, url: entryLog.url });
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${entry} exited with ${code}:\n${output}`)));
  });
}

const entries = Object.fromEntries(subgraphs.map((s) => [s.definition.name, s.entry]));

describe.skipIf(!onPostgres())('server mode: each service as its own process on PostgreSQL', () => {
  let keys: ViewerKeyPair;
  let urls: Record<string, string>;
  let gatewayUrl: string;
  let db: Database;

  beforeAll(async () => {
    db = await openTestDatabase();
    keys = await generateViewerKeys();
    const { privateJwk, publicJwk } = await exportViewerKeys(keys);
    const databaseUrl = (await import('vitest')).inject('databaseUrl');
    const common = {
      DATABASE_URL: databaseUrl,
      VIEWER_TOKEN_PUBLIC_KEY: JSON.stringify(publicJwk),
      FIELD_ENCRYPTION_KEYS: newFieldKey(),
    };
    const started = await Promise.all(
      Object.entries(entries).map(
        async ([name, entry]) => [name, (await startProcess(entry, common, 'subgraph listening')).url] as const,
      ),
    );
    urls = Object.fromEntries(started);
    const gateway = await startProcess(
      gatewayEntry,
      {
        DATABASE_URL: databaseUrl,
        VIEWER_TOKEN_PRIVATE_KEY: JSON.stringify(privateJwk),
        IDENTITY_URL: `${urls.identity}/graphql`,
        CASE_URL: `${urls.case}/graphql`,
        WORKFLOW_URL: `${urls.workflow}/graphql`,
        REPORTING_URL: `${urls.reporting}/graphql`,
        EXCHANGE_URL: `${urls.exchange}/graphql`,
        NODE_ENV: 'production',
      },
      'gateway listening',
    );
    gatewayUrl = gateway.url;
  }, 120_000);

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await db?.close();
  });

  it('every process is ready', async () => {
    for (const url of [gatewayUrl, ...Object.values(urls)]) expect((await fetch(`${url}/readyz`)).status).toBe(200);
  });

  it('offers no demo sign-in and refuses operations without a viewer', async () => {
    expect((await fetch(`${gatewayUrl}/auth/demo/accounts`)).status).toBe(404);
    const res = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ myCaseload { totalCount } }' }),
    });
    expect(((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('a subgraph process serves a viewer vouched for by the gateway key', async () => {
    const agency = await createTestAgency(db);
    const viewer = (await resolveViewer(db, agency.users.caseworker, 'test'))!;
    const token = await signViewerToken(viewer, keys.privateKey);
    const post = (query: string) =>
      fetch(`${urls.case}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [VIEWER_TOKEN_HEADER]: token },
        body: JSON.stringify({ query }),
      }).then((r) => r.json() as Promise<{ data: any }>);
    const created = await post(
      'mutation { createCase(input: { caseType: GBV, person: { givenName: "A", familyName: "B", sex: FEMALE } }) { caseNumber } }',
    );
    expect(created, JSON.stringify(created)).toHaveProperty('data.createCase.caseNumber');
    expect(created.data.createCase.caseNumber).toMatch(new RegExp(`^${agency.prefix}-`));
    expect((await post('{ myCaseload { totalCount } }')).data.myCaseload.totalCount).toBe(1);
  });

  it('every process stops cleanly on SIGTERM', async () => {
    const exits = children.map((child) => new Promise((resolve) => child.on('exit', resolve)));
    for (const child of children) child.kill('SIGTERM');
    expect(await Promise.all(exits)).toEqual(children.map(() => 0));
  });
});

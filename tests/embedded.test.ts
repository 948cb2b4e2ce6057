import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-embedded-'));
const running = new Set<ChildProcess>();

interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** Starts `npm start`'s server (without the web build) as its own process, as a user would. */
function startEmbedded(): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/embedded/main.ts'], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  let output = '';
  child.stdout!.on('data', (d) => (output += String(d)));
  child.stderr!.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code) => (running.delete(child), resolve(code))),
  );
  return { child, output: () => output, exited };
}

async function waitForUrl(started: Started): Promise<string> {
  for (let i = 0; i < 600; i++) {
    const match = started.output().match(/Web client:\s+(http:\/\/[^\s/]+)/);
    if (match) return match[1]!;
    if (started.child.exitCode !== null) throw new Error(`exited early:\n${started.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`did not start:\n${started.output()}`);
}

async function caseloadOfDemoCaseworker(url: string): Promise<number> {
  const { password } = (await (await fetch(`${url}/auth/demo/accounts`)).json()) as { password: string };
  const signIn = await fetch(`${url}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'caseworker@demo.haven.invalid', password }),
  });
  const { csrfToken } = (await signIn.json()) as { csrfToken: string };
  const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({ query: '{ myCaseload { totalCount } }' }),
  });
  return ((await res.json()) as { data: { myCaseload: { totalCount: number } } }).data.myCaseload.totalCount;
}

afterAll(() => {
  for (const child of running) child.kill('SIGKILL');
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('embedded mode (npm start)', () => {
  it('creates, migrates and seeds the data folder, locks it, stops cleanly and reuses it', async () => {
    const first = startEmbedded();
    const url = await waitForUrl(first);
    const banner = first.output();
    expect(banner).toContain('GraphQL explorer:');
    expect(banner).toContain('caseworker@demo.haven.invalid');
    expect(banner).toContain('auditor@demo.haven.invalid');
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    const { accounts } = (await (await fetch(`${url}/auth/demo/accounts`)).json()) as { accounts: unknown[] };
    expect(accounts).toHaveLength(8);
    expect(banner).toContain('demo-password-2026');
    expect(await caseloadOfDemoCaseworker(url)).toBe(40);

    const second = startEmbedded();
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/in use by another Haven process/);

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    expect(fs.existsSync(path.join(dataDir, 'haven.lock'))).toBe(false);

    const third = startEmbedded();
    const again = await waitForUrl(third);
    expect(await caseloadOfDemoCaseworker(again)).toBe(40);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);

    // Every run left signed audit checkpoints beside the data; verify checks the chain against them.
    expect(fs.readdirSync(path.join(dataDir, 'audit-checkpoints')).some((f) => f.endsWith('.jws'))).toBe(true);
    const verify = spawn(process.execPath, ['--import', 'tsx', 'core/src/audit/cli.ts', 'verify'], {
      cwd: root,
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let report = '';
    verify.stdout!.on('data', (d) => (report += String(d)));
    verify.stderr!.on('data', (d) => (report += String(d)));
    expect(await new Promise((resolve) => verify.on('exit', resolve))).toBe(0);
    expect(report).toMatch(/OK: the audit trail is intact/);
    expect(report).toMatch(/Checkpoints: [1-9]\d* valid/);
  }, 180_000);

  it('refuses to start with invalid configuration, listing every problem', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'gateway/src/embedded/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: 'mysql://nope', EXPLORER: 'maybe' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr!.on('data', (d) => (output += String(d)));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(output).toContain('PORT');
    expect(output).toContain('DATABASE_URL');
    expect(output).toContain('EXPLORER');
  }, 60_000);
});

/**
 * BENCH_MODE=services: Haven started as server mode runs it, one process per deployable (the five
 * subgraphs, then the gateway), each `node --import tsx <entry>` on a loopback port of its own, as
 * tests/server-mode.test.ts starts them. Every child is killed when the bench stops or fails.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { exportViewerKeys, generateViewerKeys } from '@haven/core/viewer';
import { newFieldKey } from '@haven/core/crypto/field-cipher';
import { gatewayEntry, subgraphs as subgraphList } from '@haven/gateway/subgraphs';
import { serviceEnv } from './env';
import { procCpuMs } from './measure';
import type { ProfileRequest } from './profile-child';

const root = path.resolve(import.meta.dirname, '..');

const subgraphEntries = Object.fromEntries(subgraphList.map((s) => [s.definition.name, s.entry]));

export interface ServicesOptions {
  databaseUrl: string;
  /** DATABASE_POOL_SIZE of each subgraph and of the gateway. */
  poolSize: number;
  /** Load ./profile-child.ts into every process, so that startProfile() can be used. */
  profiling: boolean;
}

export interface RunningServices {
  graphqlUrl: string;
  /** CPU time each process has used so far, ms, by service name. */
  cpuMs(): Record<string, number>;
  /** Starts a CPU profile in every process; stop(fileOf) writes each to fileOf(service name). */
  startProfile(): Promise<{ stop(fileOf: (name: string) => string): Promise<void> }>;
  /** SIGTERM to every process, SIGKILL to those still running 5 s later. */
  stop(): Promise<void>;
}

const children = new Set<ChildProcess>();
/** Children being stopped on purpose: their exit is not reported. */
const stopping = new WeakSet<ChildProcess>();
const killAll = () => {
  for (const child of children) child.kill('SIGKILL');
};
let guarded = false;
/** No orphans: the children die with the bench, however it ends. */
function guardChildren() {
  if (guarded) return;
  guarded = true;
  process.on('exit', killAll);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      process.exit(130);
    });
  }
}

/**
 * Starts one service (`node --import tsx <entry>`) and resolves with the URL of its "… listening" JSON
 * log line; the child dies with the bench.
 */
export function startService(
  name: string,
  entry: string,
  env: Record<string, string>,
  profiling: boolean,
): Promise<{ child: ChildProcess; url: string }> {
  guardChildren();
  const profiler = profiling
    ? ['--import', pathToFileURL(path.join(import.meta.dirname, 'profile-child.ts')).href]
    : [];
  const child = spawn(process.execPath, ['--import', 'tsx', ...profiler, entry], {
    cwd: root,
    // LOG_LEVEL info: the listening line carries the URL (PORT=0 picks a free port). The gateway then logs
    // every request at info, as in production; its output is read and dropped.
    env: serviceEnv({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', NODE_ENV: 'production', ...env }),
    stdio: ['ignore', 'pipe', 'inherit', ...(profiling ? (['ipc'] as const) : [])],
  });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return new Promise((resolve, reject) => {
    let output = '';
    let listening = false;
    const timer = setTimeout(() => reject(new Error(`${name} did not start within 60 s:\n${output}`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      if (listening) return;
      output += String(chunk);
      for (const line of output.split('\n').slice(0, -1)) {
        if (!line.startsWith('{')) continue;
        const logged = JSON.parse(line) as { msg?: string; url?: string };
        if (logged.msg?.endsWith(' listening') && logged.url) {
          listening = true;
          clearTimeout(timer);
          resolve({ child, url: logged.url });
          return;
        }
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (!listening) reject(new Error(`${name} exited (${code ?? signal}) before listening:\n${output}`));
      else if (!stopping.has(child)) console.error(`${name} exited unexpectedly (${code ?? signal})`);
    });
  });
}

/** Stops a service startService started (SIGTERM; its exit is expected, so not reported). */
export function stopService(child: ChildProcess): void {
  stopping.add(child);
  child.kill('SIGTERM');
}

export async function startServices(options: ServicesOptions): Promise<RunningServices> {
  const keys = await generateViewerKeys();
  const { privateJwk, publicJwk } = await exportViewerKeys(keys);
  const subgraphEnv = {
    DATABASE_URL: options.databaseUrl,
    DATABASE_POOL_SIZE: String(options.poolSize),
    VIEWER_TOKEN_PUBLIC_KEY: JSON.stringify(publicJwk),
    FIELD_ENCRYPTION_KEYS: newFieldKey(),
  };
  try {
    const subgraphs = Object.fromEntries(
      await Promise.all(
        Object.entries(subgraphEntries).map(
          async ([name, entry]) => [name, await startService(name, entry, subgraphEnv, options.profiling)] as const,
        ),
      ),
    );
    const url = (name: keyof typeof subgraphEntries) => `${subgraphs[name]!.url}/graphql`;
    const gateway = await startService(
      'gateway',
      gatewayEntry,
      {
        DATABASE_URL: options.databaseUrl,
        DATABASE_POOL_SIZE: String(options.poolSize),
        VIEWER_TOKEN_PRIVATE_KEY: JSON.stringify(privateJwk),
        IDENTITY_URL: url('identity'),
        CASE_URL: url('case'),
        WORKFLOW_URL: url('workflow'),
        REPORTING_URL: url('reporting'),
        EXCHANGE_URL: url('exchange'),
      },
      options.profiling,
    );
    const processes = {
      gateway: gateway.child,
      ...Object.fromEntries(Object.entries(subgraphs).map(([n, s]) => [n, s.child])),
    };
    return {
      graphqlUrl: `${gateway.url}/graphql`,
      cpuMs: () => Object.fromEntries(Object.entries(processes).map(([n, c]) => [n, procCpuMs(`/proc/${c.pid}/stat`)])),
      async startProfile() {
        const profiled = Object.entries(processes);
        await Promise.all(profiled.map(([, child]) => ask(child, { profile: 'start' })));
        return {
          async stop(fileOf) {
            await Promise.all(profiled.map(([name, child]) => ask(child, { profile: 'stop', file: fileOf(name) })));
          },
        };
      },
      async stop() {
        for (const [, child] of Object.entries(processes)) stopping.add(child);
        const running = Object.entries(processes).filter(([, c]) => c.exitCode === null && c.signalCode === null);
        const exited = Promise.all(running.map(([, c]) => once(c, 'exit')));
        for (const [, child] of running) child.kill('SIGTERM');
        const timer = setTimeout(() => {
          const left = running.filter(([, c]) => c.exitCode === null).map(([name]) => name);
          console.error(`${left.join(', ')}: did not exit within 5 s of SIGTERM; killed`);
          killAll();
        }, 5_000);
        await exited;
        clearTimeout(timer);
      },
    };
  } catch (error) {
    killAll();
    throw error;
  }
}

/** Sends a profiling request to a service (./profile-child.ts) and waits for its answer. */
async function ask(child: ChildProcess, request: ProfileRequest): Promise<void> {
  const replied = once(child, 'message');
  child.send(request);
  await replied;
}

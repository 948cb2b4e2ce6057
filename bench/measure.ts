/** Concurrent load and the figures the benchmarks print: percentiles, maximum, throughput, CPU time. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Session } from 'node:inspector/promises';

export interface Stats {
  count: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
  /** Completed requests per second of wall time over the measured phase. */
  throughput: number;
  errors: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export function stats(samples: readonly number[], wallMs: number, errors = 0): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    max: sorted.at(-1) ?? Number.NaN,
    mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length),
    throughput: (sorted.length / wallMs) * 1000,
    errors,
  };
}

/**
 * Runs `total` calls of `fn` from `clients` concurrent loops (a client sends its next request when its
 * previous one has answered, as a person or a browser tab would), recording each call's latency.
 * With `thinkMs`, a client waits between half and one and a half times that (uniformly drawn) before
 * its next request, as a person reading the page would; 0 (the default) is a saturation test.
 * A failed call is counted and its first error kept; it does not stop the run.
 */
export async function runConcurrently(
  clients: number,
  total: number,
  fn: (client: number, i: number) => Promise<void>,
  thinkMs = 0,
): Promise<Stats & { firstError: unknown }> {
  const samples: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: unknown = null;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let i = next++; i < total; i = next++) {
        const t0 = performance.now();
        try {
          await fn(client, i);
          samples.push(performance.now() - t0);
        } catch (error) {
          errors++;
          firstError ??= error;
        }
        if (thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
      }
    }),
  );
  return { ...stats(samples, performance.now() - started, errors), firstError };
}

export const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');

/** What Linux counts /proc CPU times in (USER_HZ, `getconf CLK_TCK`): 100 per second. */
const CLOCK_TICKS_PER_SECOND = 100;

/**
 * CPU time (user + system) a process (`/proc/<pid>/stat`) or the calling thread
 * (`/proc/thread-self/stat`) has used so far, in ms; Linux only, 10 ms resolution.
 */
export function procCpuMs(statFile: string): number {
  const stat = fs.readFileSync(statFile, 'utf8');
  // After the command name (in parentheses, may hold spaces) come field 3 (state) onwards: utime is 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * Starts a V8 CPU profile of the calling thread; stop(file) writes it as a .cpuprofile
 * (Chrome DevTools' Performance panel or speedscope open it).
 */
export async function startCpuProfile(): Promise<{ stop(file: string): Promise<void> }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await session.post('Profiler.stop');
      session.disconnect();
      // The first sample comes when V8 has finished starting the profiler (most of a second in a large
      // process), which the profile would otherwise show as time spent in `dispatch`: start from there.
      if (profile.timeDeltas?.length) {
        profile.startTime += profile.timeDeltas[0]!;
        profile.timeDeltas[0] = 0;
      }
      await fs.promises.mkdir(path.dirname(file), { recursive: true });
      await fs.promises.writeFile(file, JSON.stringify(profile));
    },
  };
}

/**
 * CPU used so far by the PostgreSQL server's processes on this machine (`postgres` processes in /proc),
 * ms; null when there are none to read (a remote server, or not Linux). Only meaningful when the
 * server is local and serves nothing else that is busy.
 */
export function postgresCpuMs(): number | null {
  let pids: string[];
  try {
    pids = execFileSync('pgrep', ['-x', 'postgres'], { encoding: 'utf8' }).trim().split('\n');
  } catch {
    return null;
  }
  let total = 0;
  for (const pid of pids) {
    try {
      total += procCpuMs(`/proc/${pid}/stat`);
    } catch {
      // A backend that ended between pgrep and the read.
    }
  }
  return total;
}

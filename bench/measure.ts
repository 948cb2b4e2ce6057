/** Concurrent load and the figures the benchmarks print: percentiles, maximum, throughput. */

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
 * A failed call is counted and its first error kept; it does not stop the run.
 */
export async function runConcurrently(
  clients: number,
  total: number,
  fn: (client: number, i: number) => Promise<void>,
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
      }
    }),
  );
  return { ...stats(samples, performance.now() - started, errors), firstError };
}

export const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '–');

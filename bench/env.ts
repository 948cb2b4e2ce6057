import { z } from 'zod';
import { envFields, parseEnv } from '@haven/core/config';

const schema = z.object({
  /** A PostgreSQL database of the bench's own (the case-record bench creates it when missing); else PGlite. */
  BENCH_DATABASE_URL: envFields.databaseUrl().optional(),
  /** Cases: 200 for the audit bench; 100 000 on PGlite and 1 000 000 on PostgreSQL for the case-record bench. */
  BENCH_CASES: z.coerce.number().int().min(1).optional(),
  /** Warm-up requests: 30 for the audit bench; twice the clients per operation for the case-record bench. */
  BENCH_WARMUP: z.coerce.number().int().min(0).optional(),
  BENCH_ROUNDS: z.coerce.number().int().min(1).default(4),
  BENCH_ITERATIONS: z.coerce.number().int().min(1).default(100),
  BENCH_AUDIT_ROWS: z.coerce.number().int().min(1).default(100_000),
  /** Case-record bench: concurrent clients, measured requests per operation, seeding batch size. */
  BENCH_CLIENTS: z.coerce.number().int().min(1).max(200).default(20),
  BENCH_REQUESTS: z.coerce.number().int().min(1).default(400),
  BENCH_BATCH: z.coerce.number().int().min(100).optional(),
  /**
   * Case-record bench: a client's mean pause between two requests, ms (0: none, a saturation test). With
   * it, 20 clients are 20 people reading what they asked for, not 20 loops sending back to back.
   */
  BENCH_THINK_MS: z.coerce.number().int().min(0).default(0),
  /** Case-record bench: a gateway request taking longer counts as an error. */
  BENCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  /** Case-record bench on PGlite: the data folder kept between runs (default: one in the temp folder). */
  BENCH_DATA_DIR: z.string().min(1).optional(),
  /** Case-record bench: only these operations (comma-separated keys), e.g. caseload,casePage; `seed` seeds and stops. */
  BENCH_ONLY: z.string().optional(),
  /**
   * Case-record bench: `embedded` runs Haven in the bench's process (startHaven, as `npm start`);
   * `services` runs it as server mode does, one process per deployable (PostgreSQL only).
   */
  BENCH_MODE: z.enum(['embedded', 'services']).default('embedded'),
  /** Case-record bench: a folder to write V8 CPU profiles of Haven to (see docs/PERFORMANCE.md). */
  BENCH_PROFILE: z.string().min(1).optional(),
});

export const loadBenchEnv = () => parseEnv('bench', schema);

/** The environment of a service process the bench starts: the bench's own, plus `vars`. */
export const serviceEnv = (vars: Record<string, string>): Record<string, string | undefined> => ({
  ...process.env,
  ...vars,
});

/** A process of the floor bench (./floor-service.ts), as ./floor.bench.ts starts it. */
const floorSchema = z.object({
  FLOOR_ROLE: z.enum(['subgraph', 'gateway']),
  /** Subgraph: read each caseload from this database (the bench's seeded one); else constant rows. */
  FLOOR_DATABASE_URL: envFields.databaseUrl().optional(),
  FLOOR_POOL_SIZE: envFields.poolSize(),
  /** Gateway: the subgraph's /graphql URL. */
  FLOOR_SUBGRAPH_URL: envFields.url().optional(),
});

export const loadFloorEnv = () => parseEnv('floor', floorSchema);

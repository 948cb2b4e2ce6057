import { z } from 'zod';
import { envFields, parseEnv } from '@haven/core/config';

const schema = z.object({
  BENCH_DATABASE_URL: envFields.databaseUrl().optional(),
  BENCH_CASES: z.coerce.number().int().min(1).default(200),
  BENCH_WARMUP: z.coerce.number().int().min(0).default(30),
  BENCH_ROUNDS: z.coerce.number().int().min(1).default(4),
  BENCH_ITERATIONS: z.coerce.number().int().min(1).default(100),
  BENCH_AUDIT_ROWS: z.coerce.number().int().min(1).default(100_000),
});

export const loadBenchEnv = () => parseEnv('bench', schema);

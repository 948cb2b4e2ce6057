/**
 * npm run db:migrate — applies pending migrations to the PostgreSQL server in DATABASE_URL.
 * (Embedded mode migrates its PGlite folder by itself on start.)
 */
import { z } from 'zod';
import { parseEnv, envFields, ConfigError } from '../config';
import { migratePostgres } from './postgres';

const schema = z.object({ DATABASE_URL: envFields.databaseUrl() });

try {
  const env = parseEnv('db:migrate', schema);
  await migratePostgres(env.DATABASE_URL);
  console.log('Migrations applied.');
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

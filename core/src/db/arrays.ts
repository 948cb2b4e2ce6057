import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/*
 * Arrays as one bound parameter: a PostgreSQL array literal, cast in SQL. drizzle would otherwise
 * spread a JS array into one parameter per element, and building those dominated lookups of a few
 * thousand ids (the duplicate check's 2 000 candidates: about 5 ms of CPU per check). The values
 * travel in a bound parameter, never as SQL text.
 */

/** A text[] parameter both drivers accept: every element quoted and escaped. */
export function sqlTextArray(values: readonly string[]): SQL {
  const literal = `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
  return sql`${literal}::text[]`;
}

/** A uuid[] parameter; a malformed id fails the cast. */
export function sqlUuidArray(ids: readonly string[]): SQL {
  return sql`${`{${ids.join(',')}}`}::uuid[]`;
}

/** `column = any($1::uuid[])`. */
export function inUuids(column: AnyPgColumn, ids: readonly string[]): SQL {
  return sql`${column} = any(${sqlUuidArray(ids)})`;
}

import { sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/**
 * `column = any($1::uuid[])`: one parameter however many ids. drizzle's inArray binds one parameter
 * per id, and building those dominated lookups of a few thousand ids (the duplicate check's 2 000
 * candidates: about 5 ms of CPU per check). The ids travel as an array literal in a bound parameter,
 * never as SQL text; a malformed id fails the cast.
 */
export function inUuids(column: AnyPgColumn, ids: readonly string[]): SQL {
  return sql`${column} = any(${`{${ids.join(',')}}`}::uuid[])`;
}

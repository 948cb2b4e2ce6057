import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { adminAreas } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { Label } from '@haven/core/forms/index';
import type { AdminArea } from './area';

const json = <T>(value: unknown): T => (typeof value === 'string' ? (JSON.parse(value) as T) : (value as T));
const parent = alias(adminAreas, 'parent');

const columns = {
  id: adminAreas.id,
  code: adminAreas.code,
  level: adminAreas.level,
  parentId: adminAreas.parentId,
  parentCode: parent.code,
  name: adminAreas.name,
  active: adminAreas.active,
};

type Row = { [K in keyof typeof columns]: unknown } & {
  id: string;
  code: string;
  level: number;
  parentId: string | null;
  parentCode: string | null;
  active: boolean;
};
const toArea = (r: Row): AdminArea => ({ ...r, name: json<Label>(r.name) });

function select(tx: Executor) {
  return tx.select(columns).from(adminAreas).leftJoin(parent, eq(parent.id, adminAreas.parentId));
}

/** Areas of an agency by code. */
export async function findAreasByCodes(
  tx: Executor,
  agencyId: string,
  codes: readonly string[],
): Promise<Map<string, AdminArea>> {
  if (codes.length === 0) return new Map();
  const rows = await select(tx).where(and(eq(adminAreas.agencyId, agencyId), inArray(adminAreas.code, [...codes])));
  return new Map(rows.map((r) => [r.code, toArea(r as Row)]));
}

/** Children of an area (or the top level when parentId is null), or every area of a level; by code. */
export async function findAreas(
  tx: Executor,
  agencyId: string,
  where: { parentId?: string | null; level?: number; activeOnly: boolean },
): Promise<AdminArea[]> {
  const rows = await select(tx)
    .where(
      and(
        eq(adminAreas.agencyId, agencyId),
        where.parentId === undefined
          ? undefined
          : where.parentId === null
            ? isNull(adminAreas.parentId)
            : eq(adminAreas.parentId, where.parentId),
        where.level === undefined ? undefined : eq(adminAreas.level, where.level),
        where.activeOnly ? eq(adminAreas.active, true) : undefined,
      ),
    )
    .orderBy(asc(adminAreas.code))
    .limit(5000);
  return rows.map((r) => toArea(r as Row));
}

/** Inserts or updates areas of one level (their parents already stored); returns their ids by code. */
export async function upsertAreas(
  tx: Executor,
  agencyId: string,
  areas: { code: string; level: number; parentId: string | null; name: Label; active: boolean }[],
): Promise<Map<string, string>> {
  if (areas.length === 0) return new Map();
  const rows = await tx
    .insert(adminAreas)
    .values(areas.map((a) => ({ ...a, agencyId })))
    .onConflictDoUpdate({
      target: [adminAreas.agencyId, adminAreas.code],
      set: { name: sql`excluded.name`, active: sql`excluded.active` },
    })
    .returning({ id: adminAreas.id, code: adminAreas.code });
  return new Map(rows.map((r) => [r.code, r.id]));
}

export async function setActive(tx: Executor, agencyId: string, code: string, active: boolean): Promise<boolean> {
  const rows = await tx
    .update(adminAreas)
    .set({ active })
    .where(and(eq(adminAreas.agencyId, agencyId), eq(adminAreas.code, code)))
    .returning({ id: adminAreas.id });
  return rows.length > 0;
}

import type { Path } from '@haven/core/forms/types';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at a path of plain JSON (objects and arrays). */
export function getPath(value: unknown, path: Path): unknown {
  let current = value;
  for (const part of path) {
    if (Array.isArray(current)) current = current[Number(part)];
    else if (isObject(current)) current = current[String(part)];
    else return undefined;
  }
  return current;
}

/**
 * A copy with the value at a path replaced; undefined removes an object property (an optional
 * property left empty is absent, not "", so the definition validator sees what the author meant).
 */
export function setPath<T>(root: T, path: Path, value: unknown): T {
  const [head, ...rest] = path;
  if (head === undefined) return value as T;
  if (Array.isArray(root)) {
    const copy = [...root];
    copy[Number(head)] = setPath(copy[Number(head)], rest, value);
    return copy as T;
  }
  const copy: Record<string, unknown> = isObject(root) ? { ...root } : {};
  const next = rest.length === 0 ? value : setPath(copy[String(head)], rest, value);
  if (next === undefined) delete copy[String(head)];
  else copy[String(head)] = next;
  return copy as T;
}

/** A list with one item moved by `by` places (clamped). */
export function move<T>(items: readonly T[], index: number, by: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, index + by));
  const copy = [...items];
  const [item] = copy.splice(index, 1);
  copy.splice(to, 0, item as T);
  return copy;
}

export const pathKey = (path: Path): string => JSON.stringify(path.map(String));

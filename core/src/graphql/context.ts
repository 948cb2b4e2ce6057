import DataLoader from 'dataloader';
import type { Logger } from '../logging';
import type { Database } from '../db/database';
import type { Viewer } from '../viewer';
import type { Caller } from '../access';
import type { FieldKeyring } from '../crypto/field-cipher';

/** What every subgraph resolver receives. The viewer is always present: requests without one are refused. */
export interface SubgraphContext {
  viewer: Viewer;
  requestId: string;
  log: Logger;
  db: Database;
  /** Keys that encrypt confidential field values at rest. */
  fieldKeys: FieldKeyring;
  /**
   * Case fields the client's whole operation reads, as the gateway worked them out (empty when the
   * request did not come through the gateway's operation planning).
   */
  clientCaseFields: string[];
  /** Largest document upload accepted, in bytes (DOCUMENT_MAX_BYTES; the case subgraph's default when absent). */
  documentMaxBytes?: number;
  loaders: Map<string, DataLoader<string, unknown>>;
}

/** A per-request batching loader, so that lists and entity references cost one query, not one each. */
export function loaderFor<V>(
  ctx: SubgraphContext,
  name: string,
  batch: (keys: readonly string[]) => Promise<Map<string, V>>,
): DataLoader<string, V | null> {
  let loader = ctx.loaders.get(name) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>(async (keys) => {
      const found = await batch(keys);
      return keys.map((key) => found.get(key) ?? null);
    });
    ctx.loaders.set(name, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/** The caller a resolver hands to its service. */
export const callerOf = (ctx: SubgraphContext): Caller => ({ viewer: ctx.viewer, requestId: ctx.requestId });

import { assertPermission } from '@haven/core/access';
import type { Database, Executor } from '@haven/core/db/database';
import type { Viewer } from '@haven/core/viewer';
import type { Partner } from './partner';
import * as store from './partners.store';

/** Partner organisations of the viewer's agency (key pinning and transfers come later). */
export async function listPartners(db: Database, viewer: Viewer): Promise<Partner[]> {
  assertPermission(viewer, 'transfer:read');
  return db.transaction({ viewer }, (tx) => store.findPartners(tx, viewer.agencyId));
}

export const registerPartner = (tx: Executor, values: Omit<Partner, 'id'>): Promise<Partner> =>
  store.insertPartner(tx, values);

import type { Database } from '@haven/core/db/database';
import type { DefaultRoleKey } from '@haven/core/permissions';
import { provisionAgency as provisionIdentity, type Agency } from '@haven/identity';
import { upsertAgencySettings } from '@haven/case';

/**
 * Creates an agency across the contexts that keep per-agency settings, in one transaction:
 * identity (the agency and its default roles) and case (case numbering).
 */
export async function provisionAgency(
  db: Database,
  values: { code: string; name: string; caseNumberPrefix: string },
): Promise<{ agency: Agency; roleIds: Record<DefaultRoleKey, string> }> {
  if (!/^[A-Z]{2,6}$/.test(values.caseNumberPrefix)) throw new Error('case number prefix must be 2 to 6 capital letters');
  return db.transaction({ system: 'provision-agency' }, async (tx) => {
    const provisioned = await provisionIdentity(tx, { code: values.code, name: values.name });
    await upsertAgencySettings(tx, provisioned.agency.id, values.caseNumberPrefix);
    return provisioned;
  });
}

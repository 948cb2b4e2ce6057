import type { Database } from '@haven/core/db/database';
import type { DefaultRoleKey } from '@haven/core/permissions';
import { provisionAgency as provisionIdentity, type Agency } from '@haven/identity';
import { installCaseTypes, installFormTemplates, upsertAgencySettings } from '@haven/case';
import { installWorkflowDefinitions } from '@haven/workflow';

/** Who created what provisioning seeds (no user exists yet when an agency is made). */
const SYSTEM_ACTOR = '00000000-0000-0000-0000-000000000000';

/**
 * Creates an agency across the contexts that keep per-agency settings, in one transaction:
 * identity (the agency and its default roles) and case (case numbering, the shipped case types, the
 * shipped form templates published as version 1).
 */
export async function provisionAgency(
  db: Database,
  values: { code: string; name: string; caseNumberPrefix: string },
): Promise<{ agency: Agency; roleIds: Record<DefaultRoleKey, string> }> {
  if (!/^[A-Z]{2,6}$/.test(values.caseNumberPrefix))
    throw new Error('case number prefix must be 2 to 6 capital letters');
  return db.transaction({ system: 'provision-agency' }, async (tx) => {
    const provisioned = await provisionIdentity(tx, { code: values.code, name: values.name });
    await upsertAgencySettings(tx, provisioned.agency.id, values.caseNumberPrefix);
    await installCaseTypes(tx, provisioned.agency.id);
    await installFormTemplates(tx, provisioned.agency.id, SYSTEM_ACTOR);
    await installWorkflowDefinitions(tx, provisioned.agency.id);
    return provisioned;
  });
}

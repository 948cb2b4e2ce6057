import type { AuditActor } from '@haven/core/audit/audit';
import type { Executor } from '@haven/core/db/database';
import { findRoleGrants } from '../directory/directory.store';
import type { RequestMeta } from './auth';

/** The audit actor for events before a viewer exists (sign-in, its failures). */
export async function actorForUser(
  tx: Executor,
  user: { id: string; agencyId: string } | null,
  meta: RequestMeta,
): Promise<AuditActor> {
  const roles = user ? ((await findRoleGrants(tx, [user.id])).get(user.id) ?? []).map((g) => g.key) : [];
  return {
    actorId: user?.id ?? null,
    agencyId: user?.agencyId ?? null,
    roles,
    requestId: meta.requestId,
    clientAddress: meta.clientAddress,
  };
}

import { and, eq, gt, inArray, isNull } from 'drizzle-orm';
import { caseShares, emergencyAccesses } from '@haven/core/db/schema';
import type { Executor } from '@haven/core/db/database';
import type { CaseGrants } from './access';

/** The viewer's live shares and emergency accesses on some cases, in two indexed queries. */
export async function findGrants(
  tx: Executor,
  userId: string,
  caseIds: readonly string[],
  now: Date,
): Promise<Map<string, CaseGrants>> {
  const out = new Map<string, CaseGrants>();
  if (caseIds.length === 0) return out;
  const grantsOf = (id: string) => {
    let g = out.get(id);
    if (!g) out.set(id, (g = { shares: [], emergency: false }));
    return g;
  };
  const shares = await tx
    .select({ caseId: caseShares.caseId, includesRestricted: caseShares.includesRestricted })
    .from(caseShares)
    .where(
      and(
        eq(caseShares.granteeId, userId),
        inArray(caseShares.caseId, [...caseIds]),
        isNull(caseShares.revokedAt),
        gt(caseShares.expiresAt, now),
      ),
    );
  for (const s of shares) grantsOf(s.caseId).shares.push({ includesRestricted: s.includesRestricted });
  const emergencies = await tx
    .select({ caseId: emergencyAccesses.caseId })
    .from(emergencyAccesses)
    .where(
      and(
        eq(emergencyAccesses.userId, userId),
        inArray(emergencyAccesses.caseId, [...caseIds]),
        gt(emergencyAccesses.expiresAt, now),
      ),
    );
  for (const e of emergencies) grantsOf(e.caseId).emergency = true;
  return out;
}

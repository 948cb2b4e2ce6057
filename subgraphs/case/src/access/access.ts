import type { Viewer } from '@haven/core/viewer';

/** Field classifications (DESIGN.md, field layer), loosest first; the registry is cases/fields.ts. */
export const classifications = ['standard', 'restricted', 'confidential'] as const;
export type Classification = (typeof classifications)[number];

/** Tighter is higher: a field takes the highest of the levels that apply to it. */
export const classificationRank: Record<Classification, number> = { standard: 0, restricted: 1, confidential: 2 };

/**
 * How a viewer reaches one case (the case layer of DESIGN.md). A viewer reaches a case when she is
 * its assigned worker, supervises its team, holds a live share, or has opened it in an emergency.
 * The same rule is in the database (migration 0007, case.viewer_reaches) so that a forgotten check
 * here still returns nothing.
 */
export interface CaseAccess {
  assigned: boolean;
  supervises: boolean;
  /** A live share; sharedRestricted when it includes restricted fields. */
  shared: boolean;
  sharedRestricted: boolean;
  emergency: boolean;
  /** Classifications the case's case type tightens (cases/fields.ts classificationOf applies them). */
  fieldClassifications?: Readonly<Record<string, Classification>>;
}

/** Live grants of one viewer on one case. */
export interface CaseGrants {
  shares: { includesRestricted: boolean }[];
  emergency: boolean;
}

export const noGrants: CaseGrants = { shares: [], emergency: false };

export function accessTo(
  viewer: Viewer,
  record: { agencyId: string; assignedWorkerId: string; teamId: string | null },
  grants: CaseGrants = noGrants,
): CaseAccess | null {
  if (record.agencyId !== viewer.agencyId) return null;
  const access: CaseAccess = {
    assigned: record.assignedWorkerId === viewer.userId,
    supervises: record.teamId !== null && viewer.supervisedTeamIds.includes(record.teamId),
    shared: grants.shares.length > 0,
    sharedRestricted: grants.shares.some((s) => s.includesRestricted),
    emergency: grants.emergency,
  };
  return access.assigned || access.supervises || access.shared || access.emergency ? access : null;
}

/** Works the case: may change it, share it, record consent; shares and emergency access only read. */
export const manages = (access: CaseAccess): boolean => access.assigned || access.supervises;

/** Whether values of a field of this classification may be shown. */
export function mayRead(access: CaseAccess, classification: Classification): boolean {
  switch (classification) {
    case 'standard':
      return true;
    case 'restricted':
      return access.assigned || access.sharedRestricted || access.emergency;
    case 'confidential':
      return access.assigned;
  }
}

/** Whether a field of this classification may be changed: by those who work the case and may read it. */
export function mayUpdate(access: CaseAccess, classification: Classification): boolean {
  return manages(access) && mayRead(access, classification);
}

/**
 * Which share levels the viewer may grant: those who work the case share its standard fields; a
 * restricted share only by someone who reads restricted fields herself (no one grants what she does
 * not hold); confidential fields are never shared.
 */
export function mayShare(access: CaseAccess, level: 'standard' | 'restricted' | 'confidential'): boolean {
  if (!manages(access)) return false;
  if (level === 'standard') return true;
  if (level === 'restricted') return access.assigned;
  return false;
}

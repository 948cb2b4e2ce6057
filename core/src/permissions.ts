/**
 * The typed catalogue of actions. Roles are data (identity.roles) holding a subset of these;
 * every query and mutation declares the action it needs, and anything undeclared is denied.
 */
export const permissions = [
  'case:create',
  'case:read',
  'case:update',
  'case:assign',
  'case:share',
  'case:export',
  /** Open a case outside one's reach, with a reason, for a limited time; the agency's auditors are alerted. */
  'case:emergency_access',
  /** Go ahead without the consent a referral, transfer or report inclusion needs, with a reason. */
  'consent:override',
  'careplan:approve',
  /** Approve a care plan one made or submitted oneself (no default role holds it: a second pair of eyes). */
  'careplan:self_approve',
  'workflow:read',
  /** Save and publish workflow definitions and the agency calendar (programme managers; no case access). */
  'workflow:manage',
  /** Approve one's own transition request (held by no default role). */
  'workflow:self_approve',
  /** Create and publish form definitions (programme managers; no case access comes with it). */
  'form:manage',
  'report:aggregate',
  'user:read',
  'user:manage',
  'audit:read',
  'transfer:read',
  'transfer:initiate',
] as const;

export type Permission = (typeof permissions)[number];

export function isPermission(value: string): value is Permission {
  return (permissions as readonly string[]).includes(value);
}

export const defaultRoleKeys = [
  'caseworker',
  'supervisor',
  'programme_manager',
  'meal_officer',
  'hq_manager',
  'system_administrator',
  'auditor',
] as const;

export type DefaultRoleKey = (typeof defaultRoleKeys)[number];

/** Default roles seeded for every new agency. Managers and administrators reach no case data. */
export const defaultRoles: Record<DefaultRoleKey, { name: string; permissions: Permission[] }> = {
  caseworker: {
    name: 'Caseworker',
    permissions: [
      'case:create',
      'case:read',
      'case:update',
      'case:share',
      'case:export',
      'workflow:read',
      'user:read',
      'transfer:read',
    ],
  },
  supervisor: {
    name: 'Supervisor',
    permissions: [
      'case:create',
      'case:read',
      'case:update',
      'case:assign',
      'case:share',
      'case:export',
      'case:emergency_access',
      'consent:override',
      'careplan:approve',
      'workflow:read',
      'user:read',
      'transfer:read',
      'transfer:initiate',
    ],
  },
  programme_manager: {
    name: 'Programme Manager',
    permissions: ['report:aggregate', 'form:manage', 'workflow:manage', 'user:read'],
  },
  meal_officer: { name: 'MEAL Officer', permissions: ['report:aggregate', 'user:read'] },
  hq_manager: { name: 'HQ Manager', permissions: ['report:aggregate', 'user:read'] },
  system_administrator: { name: 'System Administrator', permissions: ['user:read', 'user:manage', 'transfer:read'] },
  auditor: { name: 'Auditor', permissions: ['audit:read', 'user:read'] },
};

import { HavenError } from './errors';
import type { Permission } from './permissions';
import type { Viewer } from './viewer';

/**
 * Services check the role layer again even though graphql-shield already did at the edge:
 * a service may be called from a job or another service, where no shield stands in front.
 */
export function assertPermission(viewer: Viewer, permission: Permission): void {
  if (!viewer.permissions.includes(permission)) {
    throw new HavenError('FORBIDDEN', `This action needs the ${permission} permission`);
  }
}

/** Who is asking, and the request id the audit trail ties their actions to: what services take. */
export interface Caller {
  viewer: Viewer;
  requestId: string | null;
}

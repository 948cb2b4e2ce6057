import './schema';
export { isCaseDataPermission } from './admin.service';
export type { AgencyRole, AdminTeam, StaffMember } from './admin';

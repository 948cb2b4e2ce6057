import './schema';
export { provisionAgency, createTeam, createStaffUser, resolveViewer, staffStanding } from './directory.service';
export { findAgencyByCode } from './directory.store';
export type { Agency, Team, User } from './directory';

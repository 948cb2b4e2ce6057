import './schema';
export {
  provisionAgency,
  createTeam,
  createStaffUser,
  resolveViewer,
  listSignInChoices,
  type SignInChoice,
} from './directory.service';
export { findAgencyByCode } from './directory.store';
export type { Agency, Team, User } from './directory';

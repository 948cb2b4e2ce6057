import './schema';
export { shareCase, revokeShare, openEmergencyAccess, assignCase, type Share } from './shares.service';

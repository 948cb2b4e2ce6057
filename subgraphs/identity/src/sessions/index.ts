import './schema';
export {
  checkSession,
  viewerForSession,
  signOut,
  issueSession,
  revokeAllSessions,
  type SessionStatus,
} from './sessions.service';
export type { Session, IssuedSession } from './session';

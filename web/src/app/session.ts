import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';

export const MeDocument = graphql(`
  query Me {
    me {
      user {
        id
        displayName
      }
      agency {
        name
      }
      roles {
        key
        name
      }
      permissions
      teams {
        teamId
        name
        isSupervisor
      }
    }
  }
`);

/** The signed-in user as the web client knows them. */
export type Session = MeQuery['me'];

export function can(session: Session, permission: string): boolean {
  return session.permissions.includes(permission);
}

/** Whether the user supervises at least one team (and so has a team caseload). */
export function supervisesATeam(session: Session): boolean {
  return session.teams.some((team) => team.isSupervisor);
}

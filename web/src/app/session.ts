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
    }
  }
`);

/** The signed-in user as the web client knows them. */
export type Session = MeQuery['me'];

export function can(session: Session, permission: string): boolean {
  return session.permissions.includes(permission);
}

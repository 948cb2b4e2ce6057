import { graphql } from '../../gql';

export const AdminDirectoryDocument = graphql(`
  query AdminDirectory {
    staff {
      id
      email
      displayName
      disabled
      roles {
        key
        name
      }
      teams {
        teamId
        name
        isSupervisor
      }
    }
    teams {
      id
      name
      members {
        userId
      }
      supervisors {
        displayName
      }
    }
    roles {
      id
      key
      name
      permissions
    }
  }
`);

export const AdminCreateUserDocument = graphql(`
  mutation AdminCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      setupToken
      user {
        id
        email
      }
    }
  }
`);

export const AdminDisableUserDocument = graphql(`
  mutation AdminDisableUser($userId: ID!) {
    disableUser(userId: $userId) {
      id
      disabled
    }
  }
`);

export const AdminForceSignOutDocument = graphql(`
  mutation AdminForceSignOut($userId: ID!) {
    forceSignOut(userId: $userId)
  }
`);

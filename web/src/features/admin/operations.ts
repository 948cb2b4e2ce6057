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
        displayName
        isSupervisor
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

export const AdminResetUserMfaDocument = graphql(`
  mutation AdminResetUserMfa($userId: ID!) {
    resetUserMfa(userId: $userId) {
      id
    }
  }
`);

export const AdminAssignRolesDocument = graphql(`
  mutation AdminAssignRoles($userId: ID!, $roles: [String!]!) {
    assignRoles(userId: $userId, roles: $roles) {
      id
      roles {
        key
      }
    }
  }
`);

export const AdminCreateTeamDocument = graphql(`
  mutation AdminCreateTeam($name: String!) {
    createTeam(name: $name) {
      id
      name
    }
  }
`);

export const AdminSetTeamMembersDocument = graphql(`
  mutation AdminSetTeamMembers($teamId: ID!, $members: [TeamMemberInput!]!) {
    setTeamMembers(teamId: $teamId, members: $members) {
      id
    }
  }
`);

export const AdminCreateRoleDocument = graphql(`
  mutation AdminCreateRole($input: CreateRoleInput!) {
    createRole(input: $input) {
      id
      key
    }
  }
`);

export const AdminUpdateRolePermissionsDocument = graphql(`
  mutation AdminUpdateRolePermissions($roleId: ID!, $permissions: [String!]!) {
    updateRolePermissions(roleId: $roleId, permissions: $permissions) {
      id
      permissions
    }
  }
`);

export const AdminBulkCreateUsersDocument = graphql(`
  mutation AdminBulkCreateUsers($csv: String!) {
    bulkCreateUsers(csv: $csv) {
      setupToken
      user {
        id
        email
        displayName
      }
    }
  }
`);

// The agency's OpenID Connect identity providers (user:manage). The client secret is write-only.
export const SsoProviderFieldsFragmentDocument = graphql(`
  fragment SsoProviderFields on SsoProvider {
    id
    displayName
    issuer
    clientId
    emailClaim
    nameClaim
    roleClaim
    roleMapping {
      value
      roleKey
    }
    unknownUsers
    defaultRoleKey
    enabled
    hasClientSecret
  }
`);

export const AdminSsoProvidersDocument = graphql(`
  query AdminSsoProviders {
    ssoProviders {
      ...SsoProviderFields
    }
  }
`);

export const AdminSaveSsoProviderDocument = graphql(`
  mutation AdminSaveSsoProvider($id: ID, $input: SsoProviderInput!) {
    saveSsoProvider(id: $id, input: $input) {
      ...SsoProviderFields
    }
  }
`);

export const AdminSetSsoProviderEnabledDocument = graphql(`
  mutation AdminSetSsoProviderEnabled($id: ID!, $enabled: Boolean!) {
    setSsoProviderEnabled(id: $id, enabled: $enabled) {
      ...SsoProviderFields
    }
  }
`);

export interface Agency {
  id: string;
  code: string;
  name: string;
}

export interface Team {
  id: string;
  agencyId: string;
  name: string;
}

export interface User {
  id: string;
  agencyId: string;
  email: string;
  displayName: string;
  locale: string;
  disabled: boolean;
}

export interface Membership {
  teamId: string;
  isSupervisor: boolean;
}

export interface RoleGrant {
  key: string;
  name: string;
  permissions: string[];
}

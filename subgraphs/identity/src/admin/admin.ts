export interface AgencyRole {
  id: string;
  key: string;
  name: string;
  permissions: string[];
}

export interface StaffTeam {
  teamId: string;
  name: string;
  isSupervisor: boolean;
}

/** A member of staff as an administrator sees them: roles, teams and whether they are disabled. */
export interface StaffMember {
  id: string;
  email: string;
  displayName: string;
  disabled: boolean;
  roles: AgencyRole[];
  teams: StaffTeam[];
}

export interface TeamMember {
  userId: string;
  displayName: string;
  isSupervisor: boolean;
}

export interface AdminTeam {
  id: string;
  name: string;
  members: TeamMember[];
}

/** One row of a bulk import, after parsing. */
export interface UserDraft {
  email: string;
  displayName: string;
  roles: string[];
  teams: string[];
}

/** A user just created and their one-time password set-up token (shown only in this answer). */
export interface CreatedUser {
  user: StaffMember;
  setupToken: string;
}

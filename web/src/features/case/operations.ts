import { graphql } from '../../gql';

// The case page: standard fields, then restricted (person.contactPhone, person.currentAddress) and
// confidential ones (the three details). A withheld field is null with a FORBIDDEN_FIELD error at its path.
export const CaseDetailFragmentDocument = graphql(`
  fragment CaseDetail on Case {
    id
    caseNumber
    caseType
    status
    teamId
    createdAt
    updatedAt
    viewerAccess {
      assigned
      supervises
      shared
      sharedRestricted
      emergency
    }
    assignedWorker {
      id
      displayName
    }
    person {
      id
      fullName
      sex
      ageYears
      dateOfBirth
      contactPhone
      currentAddress
    }
    currentStage {
      stage
    }
    incidentNarrative
    perpetratorDetails
    safetyPlan
    shares {
      id
      grantee {
        id
        displayName
      }
      grantedBy {
        id
        displayName
      }
      reason
      includesRestricted
      grantedAt
      expiresAt
      revokedAt
      active
    }
  }
`);

export const CaseDetailDocument = graphql(`
  query CaseDetail($id: ID!) {
    case(id: $id) {
      ...CaseDetail
    }
  }
`);

export const UpdateCaseDetailsDocument = graphql(`
  mutation UpdateCaseDetails($caseId: ID!, $input: CaseDetailsInput!) {
    updateCaseDetails(caseId: $caseId, input: $input) {
      id
      updatedAt
      incidentNarrative
      perpetratorDetails
      safetyPlan
    }
  }
`);

export const ColleaguesDocument = graphql(`
  query Colleagues {
    users {
      id
      displayName
    }
  }
`);

export const ShareCaseDocument = graphql(`
  mutation ShareCase(
    $caseId: ID!
    $granteeId: ID!
    $reason: String!
    $expiresAt: DateTime!
    $includesRestricted: Boolean
  ) {
    shareCase(
      caseId: $caseId
      granteeId: $granteeId
      reason: $reason
      expiresAt: $expiresAt
      includesRestricted: $includesRestricted
    ) {
      id
    }
  }
`);

export const RevokeShareDocument = graphql(`
  mutation RevokeShare($shareId: ID!) {
    revokeShare(shareId: $shareId) {
      id
      active
      revokedAt
    }
  }
`);

export const OpenEmergencyAccessDocument = graphql(`
  mutation OpenEmergencyAccess($caseId: ID!, $reason: String!, $hours: Int) {
    openEmergencyAccess(caseId: $caseId, reason: $reason, hours: $hours) {
      caseId
      expiresAt
    }
  }
`);

// The restricted contact details, for the assigned worker; `clear` names the values to remove.
export const UpdateContactDetailsDocument = graphql(`
  mutation UpdateContactDetails($caseId: ID!, $input: UpdatePersonInput!) {
    updatePerson(caseId: $caseId, input: $input) {
      id
      updatedAt
      person {
        id
        contactPhone
        currentAddress
      }
    }
  }
`);

// Teams with their members, for a supervisor choosing whom to reassign a case to (user:read).
export const TeamMembersDocument = graphql(`
  query TeamMembers {
    teams {
      id
      name
      members {
        userId
        displayName
      }
      supervisors {
        userId
        displayName
      }
    }
  }
`);

export const AssignCaseDocument = graphql(`
  mutation AssignCase($caseId: ID!, $workerId: ID!) {
    assignCase(caseId: $caseId, workerId: $workerId) {
      id
      assignedWorker {
        id
        displayName
      }
    }
  }
`);

export const ExportCaseDocument = graphql(`
  mutation ExportCase($caseId: ID!, $reason: String!) {
    exportCase(caseId: $caseId, reason: $reason) {
      caseNumber
      generatedAt
      fields {
        name
        classification
        value
      }
      withheldFields
    }
  }
`);

// The person's photo (restricted), read on its own when the Details tab shows: it is the heaviest
// value of a case, so the case page does not carry it.
export const CasePersonPhotoDocument = graphql(`
  query CasePersonPhoto($id: ID!) {
    case(id: $id) {
      id
      person {
        id
        photo {
          documentId
          version
          uploadedAt
          dataUrl
        }
      }
    }
  }
`);

export const SetPersonPhotoDocument = graphql(`
  mutation SetPersonPhoto($caseId: ID!, $file: FileUploadInput!) {
    setPersonPhoto(caseId: $caseId, file: $file) {
      id
      currentVersion
    }
  }
`);

import { graphql } from '../../gql';

export const CaseNotesDocument = graphql(`
  query CaseNotes($id: ID!, $after: String) {
    case(id: $id) {
      id
      notes(first: 20, after: $after) {
        nodes {
          id
          noteType
          classification
          subject
          body
          occurredAt
          durationMinutes
          author {
            id
            displayName
          }
          createdAt
          supersedesId
          superseded
        }
        totalCount
        withheldRestricted
        withheldConfidential
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AddCaseNoteDocument = graphql(`
  mutation AddCaseNote($caseId: ID!, $input: CaseNoteInput!) {
    addCaseNote(caseId: $caseId, input: $input) {
      id
    }
  }
`);

export const CaseDocumentsDocument = graphql(`
  query CaseDocuments($id: ID!) {
    case(id: $id) {
      id
      documents {
        nodes {
          id
          title
          documentType
          classification
          currentVersion
          versions {
            version
            fileName
            contentType
            sizeBytes
            uploadedAt
            uploadedBy {
              id
              displayName
            }
          }
          createdAt
          withdrawnAt
        }
        withheldCount
      }
    }
  }
`);

export const UploadDocumentDocument = graphql(`
  mutation UploadDocument($caseId: ID!, $input: UploadDocumentInput!) {
    uploadDocument(caseId: $caseId, input: $input) {
      id
      title
      currentVersion
    }
  }
`);

export const DocumentContentDocument = graphql(`
  query DocumentContent($documentId: ID!, $version: Int) {
    documentContent(documentId: $documentId, version: $version) {
      fileName
      contentType
      contentBase64
    }
  }
`);

// A referral as the case page and the receiving team's page show it.
export const ReferralViewFragmentDocument = graphql(`
  fragment ReferralView on Referral {
    id
    kind
    toTeamId
    toProgramme
    provider {
      id
      name
    }
    service
    urgency
    reason
    status
    declineReason
    outcome
    feedback
    cancelReason
    cancelledAt
    cancelledBy {
      id
      displayName
    }
    createdAt
    createdBy {
      id
      displayName
    }
    events {
      id
      status
      note
      recordedAt
      recordedBy {
        id
        displayName
      }
    }
  }
`);

export const CaseReferralsDocument = graphql(`
  query CaseReferrals($id: ID!) {
    case(id: $id) {
      id
      referrals {
        ...ReferralView
      }
    }
    serviceCatalogue(caseId: $id) {
      key
      name
      internalTeamId
      eligibleForCase {
        eligible
        reasons
      }
    }
  }
`);

export const ServiceProvidersDocument = graphql(`
  query ServiceProviders($serviceKey: String) {
    serviceProviders(serviceKey: $serviceKey) {
      id
      name
    }
  }
`);

export const CreateReferralDocument = graphql(`
  mutation CreateReferral($caseId: ID!, $input: CreateReferralInput!) {
    createReferral(caseId: $caseId, input: $input) {
      id
    }
  }
`);

export const RespondToReferralDocument = graphql(`
  mutation RespondToReferral($referralId: ID!, $decision: ReferralDecision!, $note: String, $declineReason: String) {
    respondToReferral(referralId: $referralId, decision: $decision, note: $note, declineReason: $declineReason) {
      id
      status
    }
  }
`);

export const CompleteReferralDocument = graphql(`
  mutation CompleteReferral($referralId: ID!, $outcome: String!, $feedback: String) {
    completeReferral(referralId: $referralId, outcome: $outcome, feedback: $feedback) {
      id
      status
    }
  }
`);

export const CancelReferralDocument = graphql(`
  mutation CancelReferral($referralId: ID!, $reason: String!) {
    cancelReferral(referralId: $referralId, reason: $reason) {
      id
      status
    }
  }
`);

export const CarePlanFieldsFragmentDocument = graphql(`
  fragment CarePlanFields on CarePlan {
    id
    version
    status
    summary
    reviewDate
    followUpDays
    createdAt
    submittedAt
    decidedAt
    decisionComment
    createdBy {
      id
      displayName
    }
    decidedBy {
      id
      displayName
    }
    completedAt
    completionNote
    completedBy {
      id
      displayName
    }
    objectives {
      id
      position
      need
      description
      responsibleParty
      responsibleUser {
        id
        displayName
      }
      responsibleName
      dueDate
      status
      outcome
      interventions {
        id
        service {
          key
          name
        }
        provider {
          id
          name
        }
        status
        note
        referral {
          id
          status
        }
      }
    }
  }
`);

export const CaseCarePlanDocument = graphql(`
  query CaseCarePlan($id: ID!) {
    case(id: $id) {
      id
      carePlan {
        ...CarePlanFields
      }
      carePlans {
        id
        version
        status
        createdAt
      }
    }
    serviceCatalogue(caseId: $id) {
      key
      name
      eligibleForCase {
        eligible
      }
    }
  }
`);

export const CreateCarePlanDocument = graphql(`
  mutation CreateCarePlan($caseId: ID!, $input: CarePlanInput!) {
    createCarePlan(caseId: $caseId, input: $input) {
      id
    }
  }
`);

export const SubmitCarePlanDocument = graphql(`
  mutation SubmitCarePlan($carePlanId: ID!) {
    submitCarePlan(carePlanId: $carePlanId) {
      id
      status
    }
  }
`);

export const DecideCarePlanDocument = graphql(`
  mutation DecideCarePlan($carePlanId: ID!, $decision: CarePlanDecision!, $comment: String) {
    decideCarePlan(carePlanId: $carePlanId, decision: $decision, comment: $comment) {
      id
      status
    }
  }
`);

export const CompleteCarePlanDocument = graphql(`
  mutation CompleteCarePlan($carePlanId: ID!, $note: String) {
    completeCarePlan(carePlanId: $carePlanId, note: $note) {
      id
      status
    }
  }
`);

export const UpdateCarePlanObjectiveDocument = graphql(`
  mutation UpdateCarePlanObjective($objectiveId: ID!, $input: CarePlanObjectiveUpdateInput!) {
    updateCarePlanObjective(objectiveId: $objectiveId, input: $input) {
      id
    }
  }
`);

// The case person's households: every member, former ones too (the tab hides them until asked).
export const HouseholdViewFragmentDocument = graphql(`
  fragment HouseholdView on Household {
    id
    label
    head {
      personId
      person {
        id
        fullName
      }
      personWithheld
    }
    members(currentOnly: false) {
      personId
      relationship
      joinedAt
      leftAt
      current
      person {
        id
        fullName
        sex
        ageYears
      }
      personWithheld
    }
  }
`);

export const CaseHouseholdsDocument = graphql(`
  query CaseHouseholds($id: ID!) {
    case(id: $id) {
      id
      person {
        id
        fullName
        households {
          ...HouseholdView
        }
      }
    }
  }
`);

export const SearchPersonsDocument = graphql(`
  query SearchPersons($query: String!) {
    searchPersons(query: $query, first: 10) {
      id
      fullName
      sex
      ageYears
      dateOfBirth
    }
  }
`);

export const CreateHouseholdDocument = graphql(`
  mutation CreateHousehold($caseId: ID!, $label: String, $relationship: HouseholdRelationship) {
    createHousehold(caseId: $caseId, label: $label, relationship: $relationship) {
      id
    }
  }
`);

export const AddHouseholdMemberDocument = graphql(`
  mutation AddHouseholdMember($householdId: ID!, $input: HouseholdMemberInput!) {
    addHouseholdMember(householdId: $householdId, input: $input) {
      id
    }
  }
`);

export const SetHouseholdHeadDocument = graphql(`
  mutation SetHouseholdHead($householdId: ID!, $personId: ID!, $previousHeadRelationship: HouseholdRelationship) {
    setHouseholdHead(
      householdId: $householdId
      personId: $personId
      previousHeadRelationship: $previousHeadRelationship
    ) {
      id
    }
  }
`);

export const EndHouseholdMembershipDocument = graphql(`
  mutation EndHouseholdMembership($householdId: ID!, $personId: ID!) {
    endHouseholdMembership(householdId: $householdId, personId: $personId) {
      id
    }
  }
`);

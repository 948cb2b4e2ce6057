import { graphql } from '../../gql';

// The fields the caseload table shows; the query and the mutation both select them, so a new case can join the list as it is.
export const CaseRowFragmentDocument = graphql(`
  fragment CaseRow on Case {
    id
    caseNumber
    caseType
    status
    createdAt
    updatedAt
    person {
      fullName
      sex
      ageYears
      dateOfBirth
    }
    currentStage {
      stage
    }
  }
`);

export const MyCaseloadDocument = graphql(`
  query MyCaseload($first: Int, $after: String) {
    myCaseload(first: $first, after: $after) {
      totalCount
      nodes {
        ...CaseRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CreateCaseDocument = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      ...CaseRow
    }
  }
`);

// A supervisor's team list: the same rows plus the assigned worker and the phone, which the API
// withholds from supervisors (null with a FORBIDDEN_FIELD error), so the table shows "[Restricted]".
export const TeamCaseRowFragmentDocument = graphql(`
  fragment TeamCaseRow on Case {
    ...CaseRow
    assignedWorker {
      id
      displayName
    }
    person {
      contactPhone
    }
  }
`);

export const TeamCaseloadDocument = graphql(`
  query TeamCaseload($first: Int, $after: String) {
    teamCaseload(first: $first, after: $after) {
      totalCount
      nodes {
        ...TeamCaseRow
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

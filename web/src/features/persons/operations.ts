import { graphql } from '../../gql';

// Find a person: the persons the viewer reaches whose name sounds like the query (Arabic or Latin
// script) or who hold an identifier with it as its value, each with the cases of theirs she reaches.
export const FindPersonsDocument = graphql(`
  query FindPersons($query: String!, $first: Int) {
    searchPersons(query: $query, first: $first) {
      id
      fullName
      sex
      ageYears
      dateOfBirth
      cases {
        id
        caseNumber
        caseType
        status
        currentStage {
          stage
        }
      }
    }
  }
`);

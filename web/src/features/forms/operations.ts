import { graphql } from '../../gql';

export const FormDefinitionFieldsFragmentDocument = graphql(`
  fragment FormDefinitionFields on FormDefinition {
    id
    key
    version
    caseTypes
    status
    definition
    createdAt
    publishedAt
  }
`);

// The forms a case of this type may use (newest published version of each).
export const FormDefinitionsDocument = graphql(`
  query FormDefinitions($caseType: CaseType) {
    formDefinitions(caseType: $caseType) {
      ...FormDefinitionFields
    }
  }
`);

export const FormDefinitionDocument = graphql(`
  query FormDefinition($key: String!, $version: Int) {
    formDefinition(key: $key, version: $version) {
      ...FormDefinitionFields
    }
  }
`);

export const FormSubmissionFieldsFragmentDocument = graphql(`
  fragment FormSubmissionFields on FormSubmission {
    id
    formKey
    formVersion
    status
    values
    withheldFields
    submittedBy {
      id
      displayName
    }
    submittedAt
    updatedAt
  }
`);

export const CaseFormsDocument = graphql(`
  query CaseForms($id: ID!, $caseType: CaseType) {
    case(id: $id) {
      id
      formSubmissions {
        ...FormSubmissionFields
      }
    }
    formDefinitions(caseType: $caseType) {
      ...FormDefinitionFields
    }
  }
`);

export const SubmitFormDocument = graphql(`
  mutation SubmitForm($caseId: ID!, $formKey: String!, $values: JSON!) {
    submitForm(caseId: $caseId, formKey: $formKey, values: $values) {
      ...FormSubmissionFields
    }
  }
`);

export const UpdateSubmissionDocument = graphql(`
  mutation UpdateSubmission($submissionId: ID!, $values: JSON!) {
    updateSubmission(submissionId: $submissionId, values: $values) {
      ...FormSubmissionFields
    }
  }
`);

// Drafts: saved unfinished (only the shape of the values is checked), submitted in full later.
export const SaveFormDraftDocument = graphql(`
  mutation SaveFormDraft($caseId: ID!, $formKey: String!, $values: JSON!, $submissionId: ID) {
    saveFormDraft(caseId: $caseId, formKey: $formKey, values: $values, submissionId: $submissionId) {
      ...FormSubmissionFields
    }
  }
`);

export const SubmitFormDraftDocument = graphql(`
  mutation SubmitFormDraft($submissionId: ID!, $values: JSON) {
    submitFormDraft(submissionId: $submissionId, values: $values) {
      ...FormSubmissionFields
    }
  }
`);

// The administrative areas under one area (the top level without parentCode), for location fields.
export const AdminAreasDocument = graphql(`
  query AdminAreas($parentCode: String) {
    adminAreas(parentCode: $parentCode) {
      code
      level
      parentCode
      name
    }
  }
`);

export const SaveFormDefinitionDocument = graphql(`
  mutation SaveFormDefinition($key: String!, $caseTypes: [CaseType!]!, $definition: JSON!) {
    saveFormDefinition(key: $key, caseTypes: $caseTypes, definition: $definition) {
      ...FormDefinitionFields
    }
  }
`);

export const PublishFormDefinitionDocument = graphql(`
  mutation PublishFormDefinition($key: String!, $version: Int!) {
    publishFormDefinition(key: $key, version: $version) {
      ...FormDefinitionFields
    }
  }
`);

// Search before create, and the person picker of person-reference fields.
export const PossibleDuplicatesDocument = graphql(`
  query PossibleDuplicates($input: PossibleDuplicatesInput!) {
    possibleDuplicates(input: $input) {
      personId
      score
      level
      matchedRules
      reachable
      givenName
      familyName
      sex
      dateOfBirth
      cases {
        caseId
        caseNumber
        assignedWorker {
          id
          displayName
        }
      }
    }
  }
`);

// The agency's case types (configuration), for the editor's "for case types".
export const EditorCaseTypesDocument = graphql(`
  query EditorCaseTypes {
    caseTypes {
      key
      label
      active
    }
  }
`);

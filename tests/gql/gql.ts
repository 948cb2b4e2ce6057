/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Create($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      caseNumber\n      caseType\n      status\n      person {\n        fullName\n        sex\n        dateOfBirth\n      }\n      assignedWorker {\n        id\n        displayName\n      }\n      currentStage {\n        stage\n        workflowKey\n      }\n    }\n  }\n": typeof types.CreateDocument,
    "\n  query Caseload($first: Int, $after: String) {\n    myCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        caseNumber\n        person {\n          fullName\n        }\n        currentStage {\n          stage\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
};
const documents: Documents = {
    "\n  mutation Create($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      caseNumber\n      caseType\n      status\n      person {\n        fullName\n        sex\n        dateOfBirth\n      }\n      assignedWorker {\n        id\n        displayName\n      }\n      currentStage {\n        stage\n        workflowKey\n      }\n    }\n  }\n": types.CreateDocument,
    "\n  query Caseload($first: Int, $after: String) {\n    myCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        caseNumber\n        person {\n          fullName\n        }\n        currentStage {\n          stage\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CaseloadDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Create($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      caseNumber\n      caseType\n      status\n      person {\n        fullName\n        sex\n        dateOfBirth\n      }\n      assignedWorker {\n        id\n        displayName\n      }\n      currentStage {\n        stage\n        workflowKey\n      }\n    }\n  }\n"): typeof import('./graphql').CreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload($first: Int, $after: String) {\n    myCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        caseNumber\n        person {\n          fullName\n        }\n        currentStage {\n          stage\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CaseloadDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

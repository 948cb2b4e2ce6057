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
    "\n  mutation AuditorCreate($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditorCreateDocument,
    "\n  query AuditorLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      nodes {\n        seq\n        occurredAt\n        actor {\n          id\n        }\n        action\n        targetId\n        targetIds\n        fields\n        outcome\n        reason\n      }\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.AuditorLogDocument,
    "\n  query AuditorCaseLog($caseId: ID!) {\n    caseAccessLog(caseId: $caseId) {\n      nodes {\n        action\n        actor {\n          id\n          displayName\n        }\n        fields\n        outcome\n      }\n    }\n  }\n": typeof types.AuditorCaseLogDocument,
    "\n  mutation AuditorExport($filter: AuditFilter, $reason: String!) {\n    exportAuditEvents(filter: $filter, reason: $reason) {\n      csv\n      rowCount\n    }\n  }\n": typeof types.AuditorExportDocument,
    "\n  mutation AuditCreate($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.AuditCreateDocument,
    "\n  query AuditRead($id: ID!) {\n    case(id: $id) {\n      caseNumber\n      person {\n        givenName\n        dateOfBirth\n      }\n      currentStage {\n        stage\n      }\n    }\n  }\n": typeof types.AuditReadDocument,
    "\n  mutation AuditUpdate($caseId: ID!, $input: UpdatePersonInput!) {\n    updatePerson(caseId: $caseId, input: $input) {\n      id\n      person {\n        givenName\n      }\n    }\n  }\n": typeof types.AuditUpdateDocument,
    "\n  query AuditHistory($id: ID!) {\n    case(id: $id) {\n      history {\n        field\n        oldValue\n        newValue\n        valuesVisible\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": typeof types.AuditHistoryDocument,
    "\n  mutation Create($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      caseNumber\n      caseType\n      status\n      person {\n        fullName\n        sex\n        dateOfBirth\n      }\n      assignedWorker {\n        id\n        displayName\n      }\n      currentStage {\n        stage\n        workflowKey\n      }\n    }\n  }\n": typeof types.CreateDocument,
    "\n  query Caseload($first: Int, $after: String) {\n    myCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        caseNumber\n        person {\n          fullName\n        }\n        currentStage {\n          stage\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CaseloadDocument,
    "\n  mutation CaseloadRecordConsent($caseId: ID!, $input: RecordConsentInput!) {\n    recordConsent(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.CaseloadRecordConsentDocument,
    "\n  mutation ConsentTestCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": typeof types.ConsentTestCreateCaseDocument,
    "\n  mutation ConsentTestRecord($caseId: ID!, $input: RecordConsentInput!) {\n    recordConsent(caseId: $caseId, input: $input) {\n      id\n      caseId\n      givenBy\n      givenByName\n      scope\n      organisationIds\n      givenAt\n      recordedBy {\n        id\n      }\n      withdrawnAt\n      live\n    }\n  }\n": typeof types.ConsentTestRecordDocument,
    "\n  mutation ConsentTestWithdraw($consentId: ID!) {\n    withdrawConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n      withdrawnRecordedBy {\n        id\n      }\n      live\n    }\n  }\n": typeof types.ConsentTestWithdrawDocument,
    "\n  mutation ConsentTestOverride($caseId: ID!, $scope: ConsentScope!, $reason: String!) {\n    overrideConsent(caseId: $caseId, scope: $scope, reason: $reason) {\n      id\n      scope\n      reason\n      overriddenBy {\n        id\n      }\n    }\n  }\n": typeof types.ConsentTestOverrideDocument,
    "\n  mutation ConsentTestRefer($caseId: ID!, $input: CreateReferralInput!) {\n    createReferral(caseId: $caseId, input: $input) {\n      id\n      kind\n      toTeamId\n      toOrganisationId\n      service\n      status\n      consentId\n      consentOverrideId\n      createdBy {\n        id\n      }\n    }\n  }\n": typeof types.ConsentTestReferDocument,
    "\n  mutation ConsentTestTransfer($caseId: ID!, $partnerId: ID!, $consentOverrideReason: String) {\n    initiateTransfer(caseId: $caseId, partnerId: $partnerId, consentOverrideReason: $consentOverrideReason) {\n      id\n      caseId\n      partnerId\n      status\n      consentId\n      consentOverrideId\n      initiatedBy\n    }\n  }\n": typeof types.ConsentTestTransferDocument,
    "\n  query ConsentTestCase($id: ID!) {\n    case(id: $id) {\n      consents {\n        id\n        scope\n        live\n        withdrawnAt\n      }\n      consentOverrides {\n        id\n        scope\n        reason\n      }\n      referrals {\n        id\n        service\n        consentId\n        consentOverrideId\n      }\n    }\n  }\n": typeof types.ConsentTestCaseDocument,
    "\n  query ConsentTestCounts {\n    caseCounts {\n      caseType\n      status\n      count\n      suppressed\n    }\n  }\n": typeof types.ConsentTestCountsDocument,
};
const documents: Documents = {
    "\n  mutation AuditorCreate($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.AuditorCreateDocument,
    "\n  query AuditorLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      nodes {\n        seq\n        occurredAt\n        actor {\n          id\n        }\n        action\n        targetId\n        targetIds\n        fields\n        outcome\n        reason\n      }\n      hasNextPage\n      endCursor\n    }\n  }\n": types.AuditorLogDocument,
    "\n  query AuditorCaseLog($caseId: ID!) {\n    caseAccessLog(caseId: $caseId) {\n      nodes {\n        action\n        actor {\n          id\n          displayName\n        }\n        fields\n        outcome\n      }\n    }\n  }\n": types.AuditorCaseLogDocument,
    "\n  mutation AuditorExport($filter: AuditFilter, $reason: String!) {\n    exportAuditEvents(filter: $filter, reason: $reason) {\n      csv\n      rowCount\n    }\n  }\n": types.AuditorExportDocument,
    "\n  mutation AuditCreate($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.AuditCreateDocument,
    "\n  query AuditRead($id: ID!) {\n    case(id: $id) {\n      caseNumber\n      person {\n        givenName\n        dateOfBirth\n      }\n      currentStage {\n        stage\n      }\n    }\n  }\n": types.AuditReadDocument,
    "\n  mutation AuditUpdate($caseId: ID!, $input: UpdatePersonInput!) {\n    updatePerson(caseId: $caseId, input: $input) {\n      id\n      person {\n        givenName\n      }\n    }\n  }\n": types.AuditUpdateDocument,
    "\n  query AuditHistory($id: ID!) {\n    case(id: $id) {\n      history {\n        field\n        oldValue\n        newValue\n        valuesVisible\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n": types.AuditHistoryDocument,
    "\n  mutation Create($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      caseNumber\n      caseType\n      status\n      person {\n        fullName\n        sex\n        dateOfBirth\n      }\n      assignedWorker {\n        id\n        displayName\n      }\n      currentStage {\n        stage\n        workflowKey\n      }\n    }\n  }\n": types.CreateDocument,
    "\n  query Caseload($first: Int, $after: String) {\n    myCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        caseNumber\n        person {\n          fullName\n        }\n        currentStage {\n          stage\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CaseloadDocument,
    "\n  mutation CaseloadRecordConsent($caseId: ID!, $input: RecordConsentInput!) {\n    recordConsent(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.CaseloadRecordConsentDocument,
    "\n  mutation ConsentTestCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n": types.ConsentTestCreateCaseDocument,
    "\n  mutation ConsentTestRecord($caseId: ID!, $input: RecordConsentInput!) {\n    recordConsent(caseId: $caseId, input: $input) {\n      id\n      caseId\n      givenBy\n      givenByName\n      scope\n      organisationIds\n      givenAt\n      recordedBy {\n        id\n      }\n      withdrawnAt\n      live\n    }\n  }\n": types.ConsentTestRecordDocument,
    "\n  mutation ConsentTestWithdraw($consentId: ID!) {\n    withdrawConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n      withdrawnRecordedBy {\n        id\n      }\n      live\n    }\n  }\n": types.ConsentTestWithdrawDocument,
    "\n  mutation ConsentTestOverride($caseId: ID!, $scope: ConsentScope!, $reason: String!) {\n    overrideConsent(caseId: $caseId, scope: $scope, reason: $reason) {\n      id\n      scope\n      reason\n      overriddenBy {\n        id\n      }\n    }\n  }\n": types.ConsentTestOverrideDocument,
    "\n  mutation ConsentTestRefer($caseId: ID!, $input: CreateReferralInput!) {\n    createReferral(caseId: $caseId, input: $input) {\n      id\n      kind\n      toTeamId\n      toOrganisationId\n      service\n      status\n      consentId\n      consentOverrideId\n      createdBy {\n        id\n      }\n    }\n  }\n": types.ConsentTestReferDocument,
    "\n  mutation ConsentTestTransfer($caseId: ID!, $partnerId: ID!, $consentOverrideReason: String) {\n    initiateTransfer(caseId: $caseId, partnerId: $partnerId, consentOverrideReason: $consentOverrideReason) {\n      id\n      caseId\n      partnerId\n      status\n      consentId\n      consentOverrideId\n      initiatedBy\n    }\n  }\n": types.ConsentTestTransferDocument,
    "\n  query ConsentTestCase($id: ID!) {\n    case(id: $id) {\n      consents {\n        id\n        scope\n        live\n        withdrawnAt\n      }\n      consentOverrides {\n        id\n        scope\n        reason\n      }\n      referrals {\n        id\n        service\n        consentId\n        consentOverrideId\n      }\n    }\n  }\n": types.ConsentTestCaseDocument,
    "\n  query ConsentTestCounts {\n    caseCounts {\n      caseType\n      status\n      count\n      suppressed\n    }\n  }\n": types.ConsentTestCountsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditorCreate($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditorCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditorLog($filter: AuditFilter, $first: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, after: $after) {\n      nodes {\n        seq\n        occurredAt\n        actor {\n          id\n        }\n        action\n        targetId\n        targetIds\n        fields\n        outcome\n        reason\n      }\n      hasNextPage\n      endCursor\n    }\n  }\n"): typeof import('./graphql').AuditorLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditorCaseLog($caseId: ID!) {\n    caseAccessLog(caseId: $caseId) {\n      nodes {\n        action\n        actor {\n          id\n          displayName\n        }\n        fields\n        outcome\n      }\n    }\n  }\n"): typeof import('./graphql').AuditorCaseLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditorExport($filter: AuditFilter, $reason: String!) {\n    exportAuditEvents(filter: $filter, reason: $reason) {\n      csv\n      rowCount\n    }\n  }\n"): typeof import('./graphql').AuditorExportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditCreate($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AuditCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditRead($id: ID!) {\n    case(id: $id) {\n      caseNumber\n      person {\n        givenName\n        dateOfBirth\n      }\n      currentStage {\n        stage\n      }\n    }\n  }\n"): typeof import('./graphql').AuditReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuditUpdate($caseId: ID!, $input: UpdatePersonInput!) {\n    updatePerson(caseId: $caseId, input: $input) {\n      id\n      person {\n        givenName\n      }\n    }\n  }\n"): typeof import('./graphql').AuditUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditHistory($id: ID!) {\n    case(id: $id) {\n      history {\n        field\n        oldValue\n        newValue\n        valuesVisible\n        changedBy {\n          id\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').AuditHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Create($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n      caseNumber\n      caseType\n      status\n      person {\n        fullName\n        sex\n        dateOfBirth\n      }\n      assignedWorker {\n        id\n        displayName\n      }\n      currentStage {\n        stage\n        workflowKey\n      }\n    }\n  }\n"): typeof import('./graphql').CreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Caseload($first: Int, $after: String) {\n    myCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        id\n        caseNumber\n        person {\n          fullName\n        }\n        currentStage {\n          stage\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CaseloadRecordConsent($caseId: ID!, $input: RecordConsentInput!) {\n    recordConsent(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CaseloadRecordConsentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentTestCreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').ConsentTestCreateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentTestRecord($caseId: ID!, $input: RecordConsentInput!) {\n    recordConsent(caseId: $caseId, input: $input) {\n      id\n      caseId\n      givenBy\n      givenByName\n      scope\n      organisationIds\n      givenAt\n      recordedBy {\n        id\n      }\n      withdrawnAt\n      live\n    }\n  }\n"): typeof import('./graphql').ConsentTestRecordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentTestWithdraw($consentId: ID!) {\n    withdrawConsent(consentId: $consentId) {\n      id\n      withdrawnAt\n      withdrawnRecordedBy {\n        id\n      }\n      live\n    }\n  }\n"): typeof import('./graphql').ConsentTestWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentTestOverride($caseId: ID!, $scope: ConsentScope!, $reason: String!) {\n    overrideConsent(caseId: $caseId, scope: $scope, reason: $reason) {\n      id\n      scope\n      reason\n      overriddenBy {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ConsentTestOverrideDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentTestRefer($caseId: ID!, $input: CreateReferralInput!) {\n    createReferral(caseId: $caseId, input: $input) {\n      id\n      kind\n      toTeamId\n      toOrganisationId\n      service\n      status\n      consentId\n      consentOverrideId\n      createdBy {\n        id\n      }\n    }\n  }\n"): typeof import('./graphql').ConsentTestReferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsentTestTransfer($caseId: ID!, $partnerId: ID!, $consentOverrideReason: String) {\n    initiateTransfer(caseId: $caseId, partnerId: $partnerId, consentOverrideReason: $consentOverrideReason) {\n      id\n      caseId\n      partnerId\n      status\n      consentId\n      consentOverrideId\n      initiatedBy\n    }\n  }\n"): typeof import('./graphql').ConsentTestTransferDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentTestCase($id: ID!) {\n    case(id: $id) {\n      consents {\n        id\n        scope\n        live\n        withdrawnAt\n      }\n      consentOverrides {\n        id\n        scope\n        reason\n      }\n      referrals {\n        id\n        service\n        consentId\n        consentOverrideId\n      }\n    }\n  }\n"): typeof import('./graphql').ConsentTestCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsentTestCounts {\n    caseCounts {\n      caseType\n      status\n      count\n      suppressed\n    }\n  }\n"): typeof import('./graphql').ConsentTestCountsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

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
    "\n  query Me {\n    me {\n      user {\n        id\n        displayName\n      }\n      agency {\n        name\n      }\n      roles {\n        key\n        name\n      }\n      permissions\n      teams {\n        teamId\n        name\n        isSupervisor\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query MyMfa {\n    myMfa {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n": typeof types.MyMfaDocument,
    "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": typeof types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code)\n  }\n": typeof types.ConfirmMfaEnrolmentDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      authMethod\n      mfaLevel\n      userAgent\n      clientAddress\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": typeof types.MySessionsDocument,
    "\n  mutation RevokeMySession($id: ID!) {\n    revokeMySession(id: $id) {\n      id\n    }\n  }\n": typeof types.RevokeMySessionDocument,
    "\n  query AdminDirectory {\n    staff {\n      id\n      email\n      displayName\n      disabled\n      roles {\n        key\n        name\n      }\n      teams {\n        teamId\n        name\n        isSupervisor\n      }\n    }\n    teams {\n      id\n      name\n      members {\n        userId\n        displayName\n        isSupervisor\n      }\n      supervisors {\n        displayName\n      }\n    }\n    roles {\n      id\n      key\n      name\n      permissions\n    }\n  }\n": typeof types.AdminDirectoryDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      setupToken\n      user {\n        id\n        email\n      }\n    }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminDisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n": typeof types.AdminDisableUserDocument,
    "\n  mutation AdminForceSignOut($userId: ID!) {\n    forceSignOut(userId: $userId)\n  }\n": typeof types.AdminForceSignOutDocument,
    "\n  mutation AdminResetUserMfa($userId: ID!) {\n    resetUserMfa(userId: $userId) {\n      id\n    }\n  }\n": typeof types.AdminResetUserMfaDocument,
    "\n  mutation AdminAssignRoles($userId: ID!, $roles: [String!]!) {\n    assignRoles(userId: $userId, roles: $roles) {\n      id\n      roles {\n        key\n      }\n    }\n  }\n": typeof types.AdminAssignRolesDocument,
    "\n  mutation AdminCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.AdminCreateTeamDocument,
    "\n  mutation AdminSetTeamMembers($teamId: ID!, $members: [TeamMemberInput!]!) {\n    setTeamMembers(teamId: $teamId, members: $members) {\n      id\n    }\n  }\n": typeof types.AdminSetTeamMembersDocument,
    "\n  mutation AdminCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      key\n    }\n  }\n": typeof types.AdminCreateRoleDocument,
    "\n  mutation AdminUpdateRolePermissions($roleId: ID!, $permissions: [String!]!) {\n    updateRolePermissions(roleId: $roleId, permissions: $permissions) {\n      id\n      permissions\n    }\n  }\n": typeof types.AdminUpdateRolePermissionsDocument,
    "\n  mutation AdminBulkCreateUsers($csv: String!) {\n    bulkCreateUsers(csv: $csv) {\n      setupToken\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": typeof types.AdminBulkCreateUsersDocument,
    "\n  fragment SsoProviderFields on SsoProvider {\n    id\n    displayName\n    issuer\n    clientId\n    emailClaim\n    nameClaim\n    roleClaim\n    roleMapping {\n      value\n      roleKey\n    }\n    unknownUsers\n    defaultRoleKey\n    enabled\n    hasClientSecret\n  }\n": typeof types.SsoProviderFieldsFragmentDoc,
    "\n  query AdminSsoProviders {\n    ssoProviders {\n      ...SsoProviderFields\n    }\n  }\n": typeof types.AdminSsoProvidersDocument,
    "\n  mutation AdminSaveSsoProvider($id: ID, $input: SsoProviderInput!) {\n    saveSsoProvider(id: $id, input: $input) {\n      ...SsoProviderFields\n    }\n  }\n": typeof types.AdminSaveSsoProviderDocument,
    "\n  mutation AdminSetSsoProviderEnabled($id: ID!, $enabled: Boolean!) {\n    setSsoProviderEnabled(id: $id, enabled: $enabled) {\n      ...SsoProviderFields\n    }\n  }\n": typeof types.AdminSetSsoProviderEnabledDocument,
    "\n  fragment CaseDetail on Case {\n    id\n    caseNumber\n    caseType\n    status\n    teamId\n    createdAt\n    updatedAt\n    viewerAccess {\n      assigned\n      supervises\n      shared\n      sharedRestricted\n      emergency\n    }\n    assignedWorker {\n      id\n      displayName\n    }\n    person {\n      id\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n      contactPhone\n      currentAddress\n    }\n    currentStage {\n      stage\n    }\n    incidentNarrative\n    perpetratorDetails\n    safetyPlan\n    shares {\n      id\n      grantee {\n        id\n        displayName\n      }\n      grantedBy {\n        id\n        displayName\n      }\n      reason\n      includesRestricted\n      grantedAt\n      expiresAt\n      revokedAt\n      active\n    }\n  }\n": typeof types.CaseDetailFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n    }\n  }\n": typeof types.CaseDetailDocument,
    "\n  mutation UpdateCaseDetails($caseId: ID!, $input: CaseDetailsInput!) {\n    updateCaseDetails(caseId: $caseId, input: $input) {\n      id\n      updatedAt\n      incidentNarrative\n      perpetratorDetails\n      safetyPlan\n    }\n  }\n": typeof types.UpdateCaseDetailsDocument,
    "\n  query Colleagues {\n    users {\n      id\n      displayName\n    }\n  }\n": typeof types.ColleaguesDocument,
    "\n  mutation ShareCase(\n    $caseId: ID!\n    $granteeId: ID!\n    $reason: String!\n    $expiresAt: DateTime!\n    $includesRestricted: Boolean\n  ) {\n    shareCase(\n      caseId: $caseId\n      granteeId: $granteeId\n      reason: $reason\n      expiresAt: $expiresAt\n      includesRestricted: $includesRestricted\n    ) {\n      id\n    }\n  }\n": typeof types.ShareCaseDocument,
    "\n  mutation RevokeShare($shareId: ID!) {\n    revokeShare(shareId: $shareId) {\n      id\n      active\n      revokedAt\n    }\n  }\n": typeof types.RevokeShareDocument,
    "\n  mutation OpenEmergencyAccess($caseId: ID!, $reason: String!, $hours: Int) {\n    openEmergencyAccess(caseId: $caseId, reason: $reason, hours: $hours) {\n      caseId\n      expiresAt\n    }\n  }\n": typeof types.OpenEmergencyAccessDocument,
    "\n  mutation UpdateContactDetails($caseId: ID!, $input: UpdatePersonInput!) {\n    updatePerson(caseId: $caseId, input: $input) {\n      id\n      updatedAt\n      person {\n        id\n        contactPhone\n        currentAddress\n      }\n    }\n  }\n": typeof types.UpdateContactDetailsDocument,
    "\n  query TeamMembers {\n    teams {\n      id\n      name\n      members {\n        userId\n        displayName\n      }\n      supervisors {\n        userId\n        displayName\n      }\n    }\n  }\n": typeof types.TeamMembersDocument,
    "\n  mutation AssignCase($caseId: ID!, $workerId: ID!) {\n    assignCase(caseId: $caseId, workerId: $workerId) {\n      id\n      assignedWorker {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.AssignCaseDocument,
    "\n  mutation ExportCase($caseId: ID!, $reason: String!) {\n    exportCase(caseId: $caseId, reason: $reason) {\n      caseNumber\n      generatedAt\n      fields {\n        name\n        classification\n        value\n      }\n      withheldFields\n    }\n  }\n": typeof types.ExportCaseDocument,
    "\n  query CasePersonPhoto($id: ID!) {\n    case(id: $id) {\n      id\n      person {\n        id\n        photo {\n          documentId\n          version\n          uploadedAt\n          dataUrl\n        }\n      }\n    }\n  }\n": typeof types.CasePersonPhotoDocument,
    "\n  mutation SetPersonPhoto($caseId: ID!, $file: FileUploadInput!) {\n    setPersonPhoto(caseId: $caseId, file: $file) {\n      id\n      currentVersion\n    }\n  }\n": typeof types.SetPersonPhotoDocument,
    "\n  query CaseTypes {\n    caseTypes {\n      key\n      label\n      active\n    }\n  }\n": typeof types.CaseTypesDocument,
    "\n  fragment CaseRow on Case {\n    id\n    caseNumber\n    caseType\n    status\n    createdAt\n    updatedAt\n    person {\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n    }\n    currentStage {\n      stage\n    }\n  }\n": typeof types.CaseRowFragmentDoc,
    "\n  query MyCaseload($first: Int, $after: String) {\n    myCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...CaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyCaseloadDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseRow\n    }\n  }\n": typeof types.CreateCaseDocument,
    "\n  fragment TeamCaseRow on Case {\n    ...CaseRow\n    assignedWorker {\n      id\n      displayName\n    }\n    person {\n      contactPhone\n    }\n  }\n": typeof types.TeamCaseRowFragmentDoc,
    "\n  query TeamCaseload($first: Int, $after: String) {\n    teamCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...TeamCaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TeamCaseloadDocument,
    "\n  fragment FormDefinitionFields on FormDefinition {\n    id\n    key\n    version\n    caseTypes\n    status\n    definition\n    createdAt\n    publishedAt\n  }\n": typeof types.FormDefinitionFieldsFragmentDoc,
    "\n  query FormDefinitions($caseType: CaseType) {\n    formDefinitions(caseType: $caseType) {\n      ...FormDefinitionFields\n    }\n  }\n": typeof types.FormDefinitionsDocument,
    "\n  query FormDefinition($key: String!, $version: Int) {\n    formDefinition(key: $key, version: $version) {\n      ...FormDefinitionFields\n    }\n  }\n": typeof types.FormDefinitionDocument,
    "\n  fragment FormSubmissionFields on FormSubmission {\n    id\n    formKey\n    formVersion\n    status\n    values\n    withheldFields\n    submittedBy {\n      id\n      displayName\n    }\n    submittedAt\n    updatedAt\n  }\n": typeof types.FormSubmissionFieldsFragmentDoc,
    "\n  query CaseForms($id: ID!, $caseType: CaseType) {\n    case(id: $id) {\n      id\n      formSubmissions {\n        ...FormSubmissionFields\n      }\n    }\n    formDefinitions(caseType: $caseType) {\n      ...FormDefinitionFields\n    }\n  }\n": typeof types.CaseFormsDocument,
    "\n  mutation SubmitForm($caseId: ID!, $formKey: String!, $values: JSON!) {\n    submitForm(caseId: $caseId, formKey: $formKey, values: $values) {\n      ...FormSubmissionFields\n    }\n  }\n": typeof types.SubmitFormDocument,
    "\n  mutation UpdateSubmission($submissionId: ID!, $values: JSON!) {\n    updateSubmission(submissionId: $submissionId, values: $values) {\n      ...FormSubmissionFields\n    }\n  }\n": typeof types.UpdateSubmissionDocument,
    "\n  mutation SaveFormDraft($caseId: ID!, $formKey: String!, $values: JSON!, $submissionId: ID) {\n    saveFormDraft(caseId: $caseId, formKey: $formKey, values: $values, submissionId: $submissionId) {\n      ...FormSubmissionFields\n    }\n  }\n": typeof types.SaveFormDraftDocument,
    "\n  mutation SubmitFormDraft($submissionId: ID!, $values: JSON) {\n    submitFormDraft(submissionId: $submissionId, values: $values) {\n      ...FormSubmissionFields\n    }\n  }\n": typeof types.SubmitFormDraftDocument,
    "\n  query AdminAreas($parentCode: String) {\n    adminAreas(parentCode: $parentCode) {\n      code\n      level\n      parentCode\n      name\n    }\n  }\n": typeof types.AdminAreasDocument,
    "\n  mutation SaveFormDefinition($key: String!, $caseTypes: [CaseType!]!, $definition: JSON!) {\n    saveFormDefinition(key: $key, caseTypes: $caseTypes, definition: $definition) {\n      ...FormDefinitionFields\n    }\n  }\n": typeof types.SaveFormDefinitionDocument,
    "\n  mutation PublishFormDefinition($key: String!, $version: Int!) {\n    publishFormDefinition(key: $key, version: $version) {\n      ...FormDefinitionFields\n    }\n  }\n": typeof types.PublishFormDefinitionDocument,
    "\n  query PossibleDuplicates($input: PossibleDuplicatesInput!) {\n    possibleDuplicates(input: $input) {\n      personId\n      score\n      level\n      matchedRules\n      reachable\n      givenName\n      familyName\n      sex\n      dateOfBirth\n      cases {\n        caseId\n        caseNumber\n        assignedWorker {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.PossibleDuplicatesDocument,
    "\n  query EditorCaseTypes {\n    caseTypes {\n      key\n      label\n      active\n    }\n  }\n": typeof types.EditorCaseTypesDocument,
    "\n  query FindPersons($query: String!, $first: Int) {\n    searchPersons(query: $query, first: $first) {\n      id\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n      cases {\n        id\n        caseNumber\n        caseType\n        status\n        currentStage {\n          stage\n        }\n      }\n    }\n  }\n": typeof types.FindPersonsDocument,
    "\n  query CaseNotes($id: ID!, $after: String) {\n    case(id: $id) {\n      id\n      notes(first: 20, after: $after) {\n        nodes {\n          id\n          noteType\n          classification\n          subject\n          body\n          occurredAt\n          durationMinutes\n          author {\n            id\n            displayName\n          }\n          createdAt\n          supersedesId\n          superseded\n        }\n        totalCount\n        withheldRestricted\n        withheldConfidential\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.CaseNotesDocument,
    "\n  mutation AddCaseNote($caseId: ID!, $input: CaseNoteInput!) {\n    addCaseNote(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddCaseNoteDocument,
    "\n  query CaseDocuments($id: ID!) {\n    case(id: $id) {\n      id\n      documents {\n        nodes {\n          id\n          title\n          documentType\n          classification\n          currentVersion\n          versions {\n            version\n            fileName\n            contentType\n            sizeBytes\n            uploadedAt\n            uploadedBy {\n              id\n              displayName\n            }\n          }\n          createdAt\n          withdrawnAt\n        }\n        withheldCount\n      }\n    }\n  }\n": typeof types.CaseDocumentsDocument,
    "\n  mutation UploadDocument($caseId: ID!, $input: UploadDocumentInput!) {\n    uploadDocument(caseId: $caseId, input: $input) {\n      id\n      title\n      currentVersion\n    }\n  }\n": typeof types.UploadDocumentDocument,
    "\n  query DocumentContent($documentId: ID!, $version: Int) {\n    documentContent(documentId: $documentId, version: $version) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": typeof types.DocumentContentDocument,
    "\n  fragment ReferralView on Referral {\n    id\n    kind\n    toTeamId\n    toProgramme\n    provider {\n      id\n      name\n    }\n    service\n    urgency\n    reason\n    status\n    declineReason\n    outcome\n    feedback\n    cancelReason\n    cancelledAt\n    cancelledBy {\n      id\n      displayName\n    }\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n    events {\n      id\n      status\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n": typeof types.ReferralViewFragmentDoc,
    "\n  query CaseReferrals($id: ID!) {\n    case(id: $id) {\n      id\n      referrals {\n        ...ReferralView\n      }\n    }\n    serviceCatalogue(caseId: $id) {\n      key\n      name\n      internalTeamId\n      eligibleForCase {\n        eligible\n        reasons\n      }\n    }\n  }\n": typeof types.CaseReferralsDocument,
    "\n  query ServiceProviders($serviceKey: String) {\n    serviceProviders(serviceKey: $serviceKey) {\n      id\n      name\n    }\n  }\n": typeof types.ServiceProvidersDocument,
    "\n  mutation CreateReferral($caseId: ID!, $input: CreateReferralInput!) {\n    createReferral(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateReferralDocument,
    "\n  mutation RespondToReferral($referralId: ID!, $decision: ReferralDecision!, $note: String, $declineReason: String) {\n    respondToReferral(referralId: $referralId, decision: $decision, note: $note, declineReason: $declineReason) {\n      id\n      status\n    }\n  }\n": typeof types.RespondToReferralDocument,
    "\n  mutation CompleteReferral($referralId: ID!, $outcome: String!, $feedback: String) {\n    completeReferral(referralId: $referralId, outcome: $outcome, feedback: $feedback) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteReferralDocument,
    "\n  mutation CancelReferral($referralId: ID!, $reason: String!) {\n    cancelReferral(referralId: $referralId, reason: $reason) {\n      id\n      status\n    }\n  }\n": typeof types.CancelReferralDocument,
    "\n  fragment CarePlanFields on CarePlan {\n    id\n    version\n    status\n    summary\n    reviewDate\n    followUpDays\n    createdAt\n    submittedAt\n    decidedAt\n    decisionComment\n    createdBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n    completedAt\n    completionNote\n    completedBy {\n      id\n      displayName\n    }\n    objectives {\n      id\n      position\n      need\n      description\n      responsibleParty\n      responsibleUser {\n        id\n        displayName\n      }\n      responsibleName\n      dueDate\n      status\n      outcome\n      interventions {\n        id\n        service {\n          key\n          name\n        }\n        provider {\n          id\n          name\n        }\n        status\n        note\n        referral {\n          id\n          status\n        }\n      }\n    }\n  }\n": typeof types.CarePlanFieldsFragmentDoc,
    "\n  query CaseCarePlan($id: ID!) {\n    case(id: $id) {\n      id\n      carePlan {\n        ...CarePlanFields\n      }\n      carePlans {\n        id\n        version\n        status\n        createdAt\n      }\n    }\n    serviceCatalogue(caseId: $id) {\n      key\n      name\n      eligibleForCase {\n        eligible\n      }\n    }\n  }\n": typeof types.CaseCarePlanDocument,
    "\n  mutation CreateCarePlan($caseId: ID!, $input: CarePlanInput!) {\n    createCarePlan(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCarePlanDocument,
    "\n  mutation SubmitCarePlan($carePlanId: ID!) {\n    submitCarePlan(carePlanId: $carePlanId) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitCarePlanDocument,
    "\n  mutation DecideCarePlan($carePlanId: ID!, $decision: CarePlanDecision!, $comment: String) {\n    decideCarePlan(carePlanId: $carePlanId, decision: $decision, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.DecideCarePlanDocument,
    "\n  mutation CompleteCarePlan($carePlanId: ID!, $note: String) {\n    completeCarePlan(carePlanId: $carePlanId, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.CompleteCarePlanDocument,
    "\n  mutation UpdateCarePlanObjective($objectiveId: ID!, $input: CarePlanObjectiveUpdateInput!) {\n    updateCarePlanObjective(objectiveId: $objectiveId, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateCarePlanObjectiveDocument,
    "\n  fragment HouseholdView on Household {\n    id\n    label\n    head {\n      personId\n      person {\n        id\n        fullName\n      }\n      personWithheld\n    }\n    members(currentOnly: false) {\n      personId\n      relationship\n      joinedAt\n      leftAt\n      current\n      person {\n        id\n        fullName\n        sex\n        ageYears\n      }\n      personWithheld\n    }\n  }\n": typeof types.HouseholdViewFragmentDoc,
    "\n  query CaseHouseholds($id: ID!) {\n    case(id: $id) {\n      id\n      person {\n        id\n        fullName\n        households {\n          ...HouseholdView\n        }\n      }\n    }\n  }\n": typeof types.CaseHouseholdsDocument,
    "\n  query SearchPersons($query: String!) {\n    searchPersons(query: $query, first: 10) {\n      id\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n    }\n  }\n": typeof types.SearchPersonsDocument,
    "\n  mutation CreateHousehold($caseId: ID!, $label: String, $relationship: HouseholdRelationship) {\n    createHousehold(caseId: $caseId, label: $label, relationship: $relationship) {\n      id\n    }\n  }\n": typeof types.CreateHouseholdDocument,
    "\n  mutation AddHouseholdMember($householdId: ID!, $input: HouseholdMemberInput!) {\n    addHouseholdMember(householdId: $householdId, input: $input) {\n      id\n    }\n  }\n": typeof types.AddHouseholdMemberDocument,
    "\n  mutation SetHouseholdHead($householdId: ID!, $personId: ID!, $previousHeadRelationship: HouseholdRelationship) {\n    setHouseholdHead(\n      householdId: $householdId\n      personId: $personId\n      previousHeadRelationship: $previousHeadRelationship\n    ) {\n      id\n    }\n  }\n": typeof types.SetHouseholdHeadDocument,
    "\n  mutation EndHouseholdMembership($householdId: ID!, $personId: ID!) {\n    endHouseholdMembership(householdId: $householdId, personId: $personId) {\n      id\n    }\n  }\n": typeof types.EndHouseholdMembershipDocument,
    "\n  query IncomingReferrals($status: ReferralStatus) {\n    incomingReferrals(status: $status) {\n      caseNumber\n      referral {\n        ...ReferralView\n      }\n    }\n  }\n": typeof types.IncomingReferralsDocument,
    "\n  query CaseWorkflow($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      currentStage {\n        stage\n        stageKey\n        workflowKey\n        workflowVersion\n        enteredAt\n      }\n      allowedTransitions {\n        toStage\n        label\n        needsApproval\n        reasonRequired\n        closes\n        blockedBy {\n          guard\n          message\n        }\n      }\n      stageHistory {\n        id\n        fromStage\n        toStage\n        reason\n        closureCategory\n        transitionedBy {\n          id\n          displayName\n        }\n        transitionedAt\n      }\n      workflowApprovals {\n        ...WorkflowApprovalItem\n      }\n    }\n  }\n": typeof types.CaseWorkflowDocument,
    "\n  fragment WorkflowApprovalItem on WorkflowApproval {\n    id\n    caseId\n    fromStage\n    toStage\n    kind\n    reason\n    closureCategory\n    status\n    requestedBy {\n      id\n      displayName\n    }\n    requestedAt\n    decidedBy {\n      id\n      displayName\n    }\n    decidedAt\n    comment\n  }\n": typeof types.WorkflowApprovalItemFragmentDoc,
    "\n  query WorkflowDefinitions($key: String, $includeDrafts: Boolean) {\n    workflowDefinitions(key: $key, includeDrafts: $includeDrafts) {\n      id\n      key\n      version\n      status\n      definition\n      createdAt\n      publishedAt\n    }\n  }\n": typeof types.WorkflowDefinitionsDocument,
    "\n  mutation TransitionCase($caseId: ID!, $toStage: String!, $reason: String, $input: TransitionInput) {\n    transitionCase(caseId: $caseId, toStage: $toStage, reason: $reason, input: $input) {\n      transitioned\n      currentStage {\n        stageKey\n      }\n      approval {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TransitionCaseDocument,
    "\n  query PendingApprovals {\n    pendingApprovals {\n      ...WorkflowApprovalItem\n    }\n  }\n": typeof types.PendingApprovalsDocument,
    "\n  mutation ApproveTransition($approvalId: ID!, $comment: String) {\n    approveTransition(approvalId: $approvalId, comment: $comment) {\n      approval {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ApproveTransitionDocument,
    "\n  mutation RejectTransition($approvalId: ID!, $comment: String!) {\n    rejectTransition(approvalId: $approvalId, comment: $comment) {\n      approval {\n        id\n        status\n      }\n    }\n  }\n": typeof types.RejectTransitionDocument,
    "\n  query MyNotifications($unreadOnly: Boolean) {\n    myNotifications(unreadOnly: $unreadOnly) {\n      id\n      kind\n      caseId\n      title\n      body\n      createdAt\n      readAt\n    }\n  }\n": typeof types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation SaveWorkflowDefinition($key: String!, $definition: JSON!) {\n    saveWorkflowDefinition(key: $key, definition: $definition) {\n      id\n      key\n      version\n      status\n    }\n  }\n": typeof types.SaveWorkflowDefinitionDocument,
    "\n  mutation PublishWorkflowDefinition($key: String!, $version: Int!) {\n    publishWorkflowDefinition(key: $key, version: $version) {\n      id\n      key\n      version\n      status\n    }\n  }\n": typeof types.PublishWorkflowDefinitionDocument,
    "\n  query SupervisorQueue {\n    supervisorQueue {\n      asOf\n      settings {\n        inactivityDays\n      }\n      approvals {\n        kind\n        id\n        caseId\n        caseNumber\n        stage\n        toStage\n        requestedBy {\n          id\n          displayName\n        }\n        requestedAt\n      }\n      approvalsTotal\n      overdue {\n        id\n        caseId\n        caseNumber\n        kind\n        stage\n        dueAt\n        assignedWorker {\n          id\n          displayName\n        }\n      }\n      overdueTotal\n      inactive {\n        caseId\n        caseNumber\n        stage\n        assignedWorker {\n          id\n          displayName\n        }\n        lastActivityAt\n      }\n      inactiveTotal\n      caseloads {\n        worker {\n          id\n          displayName\n        }\n        openCases\n        target\n        overTarget\n      }\n    }\n  }\n": typeof types.SupervisorQueueDocument,
    "\n  mutation DecideQueuedCarePlan($carePlanId: ID!, $decision: CarePlanDecision!, $comment: String) {\n    decideCarePlan(carePlanId: $carePlanId, decision: $decision, comment: $comment) {\n      id\n      status\n    }\n  }\n": typeof types.DecideQueuedCarePlanDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      user {\n        id\n        displayName\n      }\n      agency {\n        name\n      }\n      roles {\n        key\n        name\n      }\n      permissions\n      teams {\n        teamId\n        name\n        isSupervisor\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query MyMfa {\n    myMfa {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n": types.MyMfaDocument,
    "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n": types.StartMfaEnrolmentDocument,
    "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code)\n  }\n": types.ConfirmMfaEnrolmentDocument,
    "\n  query MySessions {\n    mySessions {\n      id\n      authMethod\n      mfaLevel\n      userAgent\n      clientAddress\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n": types.MySessionsDocument,
    "\n  mutation RevokeMySession($id: ID!) {\n    revokeMySession(id: $id) {\n      id\n    }\n  }\n": types.RevokeMySessionDocument,
    "\n  query AdminDirectory {\n    staff {\n      id\n      email\n      displayName\n      disabled\n      roles {\n        key\n        name\n      }\n      teams {\n        teamId\n        name\n        isSupervisor\n      }\n    }\n    teams {\n      id\n      name\n      members {\n        userId\n        displayName\n        isSupervisor\n      }\n      supervisors {\n        displayName\n      }\n    }\n    roles {\n      id\n      key\n      name\n      permissions\n    }\n  }\n": types.AdminDirectoryDocument,
    "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      setupToken\n      user {\n        id\n        email\n      }\n    }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminDisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n": types.AdminDisableUserDocument,
    "\n  mutation AdminForceSignOut($userId: ID!) {\n    forceSignOut(userId: $userId)\n  }\n": types.AdminForceSignOutDocument,
    "\n  mutation AdminResetUserMfa($userId: ID!) {\n    resetUserMfa(userId: $userId) {\n      id\n    }\n  }\n": types.AdminResetUserMfaDocument,
    "\n  mutation AdminAssignRoles($userId: ID!, $roles: [String!]!) {\n    assignRoles(userId: $userId, roles: $roles) {\n      id\n      roles {\n        key\n      }\n    }\n  }\n": types.AdminAssignRolesDocument,
    "\n  mutation AdminCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n": types.AdminCreateTeamDocument,
    "\n  mutation AdminSetTeamMembers($teamId: ID!, $members: [TeamMemberInput!]!) {\n    setTeamMembers(teamId: $teamId, members: $members) {\n      id\n    }\n  }\n": types.AdminSetTeamMembersDocument,
    "\n  mutation AdminCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      key\n    }\n  }\n": types.AdminCreateRoleDocument,
    "\n  mutation AdminUpdateRolePermissions($roleId: ID!, $permissions: [String!]!) {\n    updateRolePermissions(roleId: $roleId, permissions: $permissions) {\n      id\n      permissions\n    }\n  }\n": types.AdminUpdateRolePermissionsDocument,
    "\n  mutation AdminBulkCreateUsers($csv: String!) {\n    bulkCreateUsers(csv: $csv) {\n      setupToken\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n": types.AdminBulkCreateUsersDocument,
    "\n  fragment SsoProviderFields on SsoProvider {\n    id\n    displayName\n    issuer\n    clientId\n    emailClaim\n    nameClaim\n    roleClaim\n    roleMapping {\n      value\n      roleKey\n    }\n    unknownUsers\n    defaultRoleKey\n    enabled\n    hasClientSecret\n  }\n": types.SsoProviderFieldsFragmentDoc,
    "\n  query AdminSsoProviders {\n    ssoProviders {\n      ...SsoProviderFields\n    }\n  }\n": types.AdminSsoProvidersDocument,
    "\n  mutation AdminSaveSsoProvider($id: ID, $input: SsoProviderInput!) {\n    saveSsoProvider(id: $id, input: $input) {\n      ...SsoProviderFields\n    }\n  }\n": types.AdminSaveSsoProviderDocument,
    "\n  mutation AdminSetSsoProviderEnabled($id: ID!, $enabled: Boolean!) {\n    setSsoProviderEnabled(id: $id, enabled: $enabled) {\n      ...SsoProviderFields\n    }\n  }\n": types.AdminSetSsoProviderEnabledDocument,
    "\n  fragment CaseDetail on Case {\n    id\n    caseNumber\n    caseType\n    status\n    teamId\n    createdAt\n    updatedAt\n    viewerAccess {\n      assigned\n      supervises\n      shared\n      sharedRestricted\n      emergency\n    }\n    assignedWorker {\n      id\n      displayName\n    }\n    person {\n      id\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n      contactPhone\n      currentAddress\n    }\n    currentStage {\n      stage\n    }\n    incidentNarrative\n    perpetratorDetails\n    safetyPlan\n    shares {\n      id\n      grantee {\n        id\n        displayName\n      }\n      grantedBy {\n        id\n        displayName\n      }\n      reason\n      includesRestricted\n      grantedAt\n      expiresAt\n      revokedAt\n      active\n    }\n  }\n": types.CaseDetailFragmentDoc,
    "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n    }\n  }\n": types.CaseDetailDocument,
    "\n  mutation UpdateCaseDetails($caseId: ID!, $input: CaseDetailsInput!) {\n    updateCaseDetails(caseId: $caseId, input: $input) {\n      id\n      updatedAt\n      incidentNarrative\n      perpetratorDetails\n      safetyPlan\n    }\n  }\n": types.UpdateCaseDetailsDocument,
    "\n  query Colleagues {\n    users {\n      id\n      displayName\n    }\n  }\n": types.ColleaguesDocument,
    "\n  mutation ShareCase(\n    $caseId: ID!\n    $granteeId: ID!\n    $reason: String!\n    $expiresAt: DateTime!\n    $includesRestricted: Boolean\n  ) {\n    shareCase(\n      caseId: $caseId\n      granteeId: $granteeId\n      reason: $reason\n      expiresAt: $expiresAt\n      includesRestricted: $includesRestricted\n    ) {\n      id\n    }\n  }\n": types.ShareCaseDocument,
    "\n  mutation RevokeShare($shareId: ID!) {\n    revokeShare(shareId: $shareId) {\n      id\n      active\n      revokedAt\n    }\n  }\n": types.RevokeShareDocument,
    "\n  mutation OpenEmergencyAccess($caseId: ID!, $reason: String!, $hours: Int) {\n    openEmergencyAccess(caseId: $caseId, reason: $reason, hours: $hours) {\n      caseId\n      expiresAt\n    }\n  }\n": types.OpenEmergencyAccessDocument,
    "\n  mutation UpdateContactDetails($caseId: ID!, $input: UpdatePersonInput!) {\n    updatePerson(caseId: $caseId, input: $input) {\n      id\n      updatedAt\n      person {\n        id\n        contactPhone\n        currentAddress\n      }\n    }\n  }\n": types.UpdateContactDetailsDocument,
    "\n  query TeamMembers {\n    teams {\n      id\n      name\n      members {\n        userId\n        displayName\n      }\n      supervisors {\n        userId\n        displayName\n      }\n    }\n  }\n": types.TeamMembersDocument,
    "\n  mutation AssignCase($caseId: ID!, $workerId: ID!) {\n    assignCase(caseId: $caseId, workerId: $workerId) {\n      id\n      assignedWorker {\n        id\n        displayName\n      }\n    }\n  }\n": types.AssignCaseDocument,
    "\n  mutation ExportCase($caseId: ID!, $reason: String!) {\n    exportCase(caseId: $caseId, reason: $reason) {\n      caseNumber\n      generatedAt\n      fields {\n        name\n        classification\n        value\n      }\n      withheldFields\n    }\n  }\n": types.ExportCaseDocument,
    "\n  query CasePersonPhoto($id: ID!) {\n    case(id: $id) {\n      id\n      person {\n        id\n        photo {\n          documentId\n          version\n          uploadedAt\n          dataUrl\n        }\n      }\n    }\n  }\n": types.CasePersonPhotoDocument,
    "\n  mutation SetPersonPhoto($caseId: ID!, $file: FileUploadInput!) {\n    setPersonPhoto(caseId: $caseId, file: $file) {\n      id\n      currentVersion\n    }\n  }\n": types.SetPersonPhotoDocument,
    "\n  query CaseTypes {\n    caseTypes {\n      key\n      label\n      active\n    }\n  }\n": types.CaseTypesDocument,
    "\n  fragment CaseRow on Case {\n    id\n    caseNumber\n    caseType\n    status\n    createdAt\n    updatedAt\n    person {\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n    }\n    currentStage {\n      stage\n    }\n  }\n": types.CaseRowFragmentDoc,
    "\n  query MyCaseload($first: Int, $after: String) {\n    myCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...CaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyCaseloadDocument,
    "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseRow\n    }\n  }\n": types.CreateCaseDocument,
    "\n  fragment TeamCaseRow on Case {\n    ...CaseRow\n    assignedWorker {\n      id\n      displayName\n    }\n    person {\n      contactPhone\n    }\n  }\n": types.TeamCaseRowFragmentDoc,
    "\n  query TeamCaseload($first: Int, $after: String) {\n    teamCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...TeamCaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TeamCaseloadDocument,
    "\n  fragment FormDefinitionFields on FormDefinition {\n    id\n    key\n    version\n    caseTypes\n    status\n    definition\n    createdAt\n    publishedAt\n  }\n": types.FormDefinitionFieldsFragmentDoc,
    "\n  query FormDefinitions($caseType: CaseType) {\n    formDefinitions(caseType: $caseType) {\n      ...FormDefinitionFields\n    }\n  }\n": types.FormDefinitionsDocument,
    "\n  query FormDefinition($key: String!, $version: Int) {\n    formDefinition(key: $key, version: $version) {\n      ...FormDefinitionFields\n    }\n  }\n": types.FormDefinitionDocument,
    "\n  fragment FormSubmissionFields on FormSubmission {\n    id\n    formKey\n    formVersion\n    status\n    values\n    withheldFields\n    submittedBy {\n      id\n      displayName\n    }\n    submittedAt\n    updatedAt\n  }\n": types.FormSubmissionFieldsFragmentDoc,
    "\n  query CaseForms($id: ID!, $caseType: CaseType) {\n    case(id: $id) {\n      id\n      formSubmissions {\n        ...FormSubmissionFields\n      }\n    }\n    formDefinitions(caseType: $caseType) {\n      ...FormDefinitionFields\n    }\n  }\n": types.CaseFormsDocument,
    "\n  mutation SubmitForm($caseId: ID!, $formKey: String!, $values: JSON!) {\n    submitForm(caseId: $caseId, formKey: $formKey, values: $values) {\n      ...FormSubmissionFields\n    }\n  }\n": types.SubmitFormDocument,
    "\n  mutation UpdateSubmission($submissionId: ID!, $values: JSON!) {\n    updateSubmission(submissionId: $submissionId, values: $values) {\n      ...FormSubmissionFields\n    }\n  }\n": types.UpdateSubmissionDocument,
    "\n  mutation SaveFormDraft($caseId: ID!, $formKey: String!, $values: JSON!, $submissionId: ID) {\n    saveFormDraft(caseId: $caseId, formKey: $formKey, values: $values, submissionId: $submissionId) {\n      ...FormSubmissionFields\n    }\n  }\n": types.SaveFormDraftDocument,
    "\n  mutation SubmitFormDraft($submissionId: ID!, $values: JSON) {\n    submitFormDraft(submissionId: $submissionId, values: $values) {\n      ...FormSubmissionFields\n    }\n  }\n": types.SubmitFormDraftDocument,
    "\n  query AdminAreas($parentCode: String) {\n    adminAreas(parentCode: $parentCode) {\n      code\n      level\n      parentCode\n      name\n    }\n  }\n": types.AdminAreasDocument,
    "\n  mutation SaveFormDefinition($key: String!, $caseTypes: [CaseType!]!, $definition: JSON!) {\n    saveFormDefinition(key: $key, caseTypes: $caseTypes, definition: $definition) {\n      ...FormDefinitionFields\n    }\n  }\n": types.SaveFormDefinitionDocument,
    "\n  mutation PublishFormDefinition($key: String!, $version: Int!) {\n    publishFormDefinition(key: $key, version: $version) {\n      ...FormDefinitionFields\n    }\n  }\n": types.PublishFormDefinitionDocument,
    "\n  query PossibleDuplicates($input: PossibleDuplicatesInput!) {\n    possibleDuplicates(input: $input) {\n      personId\n      score\n      level\n      matchedRules\n      reachable\n      givenName\n      familyName\n      sex\n      dateOfBirth\n      cases {\n        caseId\n        caseNumber\n        assignedWorker {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.PossibleDuplicatesDocument,
    "\n  query EditorCaseTypes {\n    caseTypes {\n      key\n      label\n      active\n    }\n  }\n": types.EditorCaseTypesDocument,
    "\n  query FindPersons($query: String!, $first: Int) {\n    searchPersons(query: $query, first: $first) {\n      id\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n      cases {\n        id\n        caseNumber\n        caseType\n        status\n        currentStage {\n          stage\n        }\n      }\n    }\n  }\n": types.FindPersonsDocument,
    "\n  query CaseNotes($id: ID!, $after: String) {\n    case(id: $id) {\n      id\n      notes(first: 20, after: $after) {\n        nodes {\n          id\n          noteType\n          classification\n          subject\n          body\n          occurredAt\n          durationMinutes\n          author {\n            id\n            displayName\n          }\n          createdAt\n          supersedesId\n          superseded\n        }\n        totalCount\n        withheldRestricted\n        withheldConfidential\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.CaseNotesDocument,
    "\n  mutation AddCaseNote($caseId: ID!, $input: CaseNoteInput!) {\n    addCaseNote(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.AddCaseNoteDocument,
    "\n  query CaseDocuments($id: ID!) {\n    case(id: $id) {\n      id\n      documents {\n        nodes {\n          id\n          title\n          documentType\n          classification\n          currentVersion\n          versions {\n            version\n            fileName\n            contentType\n            sizeBytes\n            uploadedAt\n            uploadedBy {\n              id\n              displayName\n            }\n          }\n          createdAt\n          withdrawnAt\n        }\n        withheldCount\n      }\n    }\n  }\n": types.CaseDocumentsDocument,
    "\n  mutation UploadDocument($caseId: ID!, $input: UploadDocumentInput!) {\n    uploadDocument(caseId: $caseId, input: $input) {\n      id\n      title\n      currentVersion\n    }\n  }\n": types.UploadDocumentDocument,
    "\n  query DocumentContent($documentId: ID!, $version: Int) {\n    documentContent(documentId: $documentId, version: $version) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n": types.DocumentContentDocument,
    "\n  fragment ReferralView on Referral {\n    id\n    kind\n    toTeamId\n    toProgramme\n    provider {\n      id\n      name\n    }\n    service\n    urgency\n    reason\n    status\n    declineReason\n    outcome\n    feedback\n    cancelReason\n    cancelledAt\n    cancelledBy {\n      id\n      displayName\n    }\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n    events {\n      id\n      status\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n": types.ReferralViewFragmentDoc,
    "\n  query CaseReferrals($id: ID!) {\n    case(id: $id) {\n      id\n      referrals {\n        ...ReferralView\n      }\n    }\n    serviceCatalogue(caseId: $id) {\n      key\n      name\n      internalTeamId\n      eligibleForCase {\n        eligible\n        reasons\n      }\n    }\n  }\n": types.CaseReferralsDocument,
    "\n  query ServiceProviders($serviceKey: String) {\n    serviceProviders(serviceKey: $serviceKey) {\n      id\n      name\n    }\n  }\n": types.ServiceProvidersDocument,
    "\n  mutation CreateReferral($caseId: ID!, $input: CreateReferralInput!) {\n    createReferral(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.CreateReferralDocument,
    "\n  mutation RespondToReferral($referralId: ID!, $decision: ReferralDecision!, $note: String, $declineReason: String) {\n    respondToReferral(referralId: $referralId, decision: $decision, note: $note, declineReason: $declineReason) {\n      id\n      status\n    }\n  }\n": types.RespondToReferralDocument,
    "\n  mutation CompleteReferral($referralId: ID!, $outcome: String!, $feedback: String) {\n    completeReferral(referralId: $referralId, outcome: $outcome, feedback: $feedback) {\n      id\n      status\n    }\n  }\n": types.CompleteReferralDocument,
    "\n  mutation CancelReferral($referralId: ID!, $reason: String!) {\n    cancelReferral(referralId: $referralId, reason: $reason) {\n      id\n      status\n    }\n  }\n": types.CancelReferralDocument,
    "\n  fragment CarePlanFields on CarePlan {\n    id\n    version\n    status\n    summary\n    reviewDate\n    followUpDays\n    createdAt\n    submittedAt\n    decidedAt\n    decisionComment\n    createdBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n    completedAt\n    completionNote\n    completedBy {\n      id\n      displayName\n    }\n    objectives {\n      id\n      position\n      need\n      description\n      responsibleParty\n      responsibleUser {\n        id\n        displayName\n      }\n      responsibleName\n      dueDate\n      status\n      outcome\n      interventions {\n        id\n        service {\n          key\n          name\n        }\n        provider {\n          id\n          name\n        }\n        status\n        note\n        referral {\n          id\n          status\n        }\n      }\n    }\n  }\n": types.CarePlanFieldsFragmentDoc,
    "\n  query CaseCarePlan($id: ID!) {\n    case(id: $id) {\n      id\n      carePlan {\n        ...CarePlanFields\n      }\n      carePlans {\n        id\n        version\n        status\n        createdAt\n      }\n    }\n    serviceCatalogue(caseId: $id) {\n      key\n      name\n      eligibleForCase {\n        eligible\n      }\n    }\n  }\n": types.CaseCarePlanDocument,
    "\n  mutation CreateCarePlan($caseId: ID!, $input: CarePlanInput!) {\n    createCarePlan(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n": types.CreateCarePlanDocument,
    "\n  mutation SubmitCarePlan($carePlanId: ID!) {\n    submitCarePlan(carePlanId: $carePlanId) {\n      id\n      status\n    }\n  }\n": types.SubmitCarePlanDocument,
    "\n  mutation DecideCarePlan($carePlanId: ID!, $decision: CarePlanDecision!, $comment: String) {\n    decideCarePlan(carePlanId: $carePlanId, decision: $decision, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.DecideCarePlanDocument,
    "\n  mutation CompleteCarePlan($carePlanId: ID!, $note: String) {\n    completeCarePlan(carePlanId: $carePlanId, note: $note) {\n      id\n      status\n    }\n  }\n": types.CompleteCarePlanDocument,
    "\n  mutation UpdateCarePlanObjective($objectiveId: ID!, $input: CarePlanObjectiveUpdateInput!) {\n    updateCarePlanObjective(objectiveId: $objectiveId, input: $input) {\n      id\n    }\n  }\n": types.UpdateCarePlanObjectiveDocument,
    "\n  fragment HouseholdView on Household {\n    id\n    label\n    head {\n      personId\n      person {\n        id\n        fullName\n      }\n      personWithheld\n    }\n    members(currentOnly: false) {\n      personId\n      relationship\n      joinedAt\n      leftAt\n      current\n      person {\n        id\n        fullName\n        sex\n        ageYears\n      }\n      personWithheld\n    }\n  }\n": types.HouseholdViewFragmentDoc,
    "\n  query CaseHouseholds($id: ID!) {\n    case(id: $id) {\n      id\n      person {\n        id\n        fullName\n        households {\n          ...HouseholdView\n        }\n      }\n    }\n  }\n": types.CaseHouseholdsDocument,
    "\n  query SearchPersons($query: String!) {\n    searchPersons(query: $query, first: 10) {\n      id\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n    }\n  }\n": types.SearchPersonsDocument,
    "\n  mutation CreateHousehold($caseId: ID!, $label: String, $relationship: HouseholdRelationship) {\n    createHousehold(caseId: $caseId, label: $label, relationship: $relationship) {\n      id\n    }\n  }\n": types.CreateHouseholdDocument,
    "\n  mutation AddHouseholdMember($householdId: ID!, $input: HouseholdMemberInput!) {\n    addHouseholdMember(householdId: $householdId, input: $input) {\n      id\n    }\n  }\n": types.AddHouseholdMemberDocument,
    "\n  mutation SetHouseholdHead($householdId: ID!, $personId: ID!, $previousHeadRelationship: HouseholdRelationship) {\n    setHouseholdHead(\n      householdId: $householdId\n      personId: $personId\n      previousHeadRelationship: $previousHeadRelationship\n    ) {\n      id\n    }\n  }\n": types.SetHouseholdHeadDocument,
    "\n  mutation EndHouseholdMembership($householdId: ID!, $personId: ID!) {\n    endHouseholdMembership(householdId: $householdId, personId: $personId) {\n      id\n    }\n  }\n": types.EndHouseholdMembershipDocument,
    "\n  query IncomingReferrals($status: ReferralStatus) {\n    incomingReferrals(status: $status) {\n      caseNumber\n      referral {\n        ...ReferralView\n      }\n    }\n  }\n": types.IncomingReferralsDocument,
    "\n  query CaseWorkflow($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      currentStage {\n        stage\n        stageKey\n        workflowKey\n        workflowVersion\n        enteredAt\n      }\n      allowedTransitions {\n        toStage\n        label\n        needsApproval\n        reasonRequired\n        closes\n        blockedBy {\n          guard\n          message\n        }\n      }\n      stageHistory {\n        id\n        fromStage\n        toStage\n        reason\n        closureCategory\n        transitionedBy {\n          id\n          displayName\n        }\n        transitionedAt\n      }\n      workflowApprovals {\n        ...WorkflowApprovalItem\n      }\n    }\n  }\n": types.CaseWorkflowDocument,
    "\n  fragment WorkflowApprovalItem on WorkflowApproval {\n    id\n    caseId\n    fromStage\n    toStage\n    kind\n    reason\n    closureCategory\n    status\n    requestedBy {\n      id\n      displayName\n    }\n    requestedAt\n    decidedBy {\n      id\n      displayName\n    }\n    decidedAt\n    comment\n  }\n": types.WorkflowApprovalItemFragmentDoc,
    "\n  query WorkflowDefinitions($key: String, $includeDrafts: Boolean) {\n    workflowDefinitions(key: $key, includeDrafts: $includeDrafts) {\n      id\n      key\n      version\n      status\n      definition\n      createdAt\n      publishedAt\n    }\n  }\n": types.WorkflowDefinitionsDocument,
    "\n  mutation TransitionCase($caseId: ID!, $toStage: String!, $reason: String, $input: TransitionInput) {\n    transitionCase(caseId: $caseId, toStage: $toStage, reason: $reason, input: $input) {\n      transitioned\n      currentStage {\n        stageKey\n      }\n      approval {\n        id\n        status\n      }\n    }\n  }\n": types.TransitionCaseDocument,
    "\n  query PendingApprovals {\n    pendingApprovals {\n      ...WorkflowApprovalItem\n    }\n  }\n": types.PendingApprovalsDocument,
    "\n  mutation ApproveTransition($approvalId: ID!, $comment: String) {\n    approveTransition(approvalId: $approvalId, comment: $comment) {\n      approval {\n        id\n        status\n      }\n    }\n  }\n": types.ApproveTransitionDocument,
    "\n  mutation RejectTransition($approvalId: ID!, $comment: String!) {\n    rejectTransition(approvalId: $approvalId, comment: $comment) {\n      approval {\n        id\n        status\n      }\n    }\n  }\n": types.RejectTransitionDocument,
    "\n  query MyNotifications($unreadOnly: Boolean) {\n    myNotifications(unreadOnly: $unreadOnly) {\n      id\n      kind\n      caseId\n      title\n      body\n      createdAt\n      readAt\n    }\n  }\n": types.MyNotificationsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation SaveWorkflowDefinition($key: String!, $definition: JSON!) {\n    saveWorkflowDefinition(key: $key, definition: $definition) {\n      id\n      key\n      version\n      status\n    }\n  }\n": types.SaveWorkflowDefinitionDocument,
    "\n  mutation PublishWorkflowDefinition($key: String!, $version: Int!) {\n    publishWorkflowDefinition(key: $key, version: $version) {\n      id\n      key\n      version\n      status\n    }\n  }\n": types.PublishWorkflowDefinitionDocument,
    "\n  query SupervisorQueue {\n    supervisorQueue {\n      asOf\n      settings {\n        inactivityDays\n      }\n      approvals {\n        kind\n        id\n        caseId\n        caseNumber\n        stage\n        toStage\n        requestedBy {\n          id\n          displayName\n        }\n        requestedAt\n      }\n      approvalsTotal\n      overdue {\n        id\n        caseId\n        caseNumber\n        kind\n        stage\n        dueAt\n        assignedWorker {\n          id\n          displayName\n        }\n      }\n      overdueTotal\n      inactive {\n        caseId\n        caseNumber\n        stage\n        assignedWorker {\n          id\n          displayName\n        }\n        lastActivityAt\n      }\n      inactiveTotal\n      caseloads {\n        worker {\n          id\n          displayName\n        }\n        openCases\n        target\n        overTarget\n      }\n    }\n  }\n": types.SupervisorQueueDocument,
    "\n  mutation DecideQueuedCarePlan($carePlanId: ID!, $decision: CarePlanDecision!, $comment: String) {\n    decideCarePlan(carePlanId: $carePlanId, decision: $decision, comment: $comment) {\n      id\n      status\n    }\n  }\n": types.DecideQueuedCarePlanDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      user {\n        id\n        displayName\n      }\n      agency {\n        name\n      }\n      roles {\n        key\n        name\n      }\n      permissions\n      teams {\n        teamId\n        name\n        isSupervisor\n      }\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMfa {\n    myMfa {\n      enabled\n      recoveryCodesLeft\n    }\n  }\n"): typeof import('./graphql').MyMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartMfaEnrolment {\n    startMfaEnrolment {\n      secret\n      otpauthUri\n      qrCodeDataUrl\n    }\n  }\n"): typeof import('./graphql').StartMfaEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMfaEnrolment($code: String!) {\n    confirmMfaEnrolment(code: $code)\n  }\n"): typeof import('./graphql').ConfirmMfaEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessions {\n    mySessions {\n      id\n      authMethod\n      mfaLevel\n      userAgent\n      clientAddress\n      createdAt\n      lastSeenAt\n      current\n    }\n  }\n"): typeof import('./graphql').MySessionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeMySession($id: ID!) {\n    revokeMySession(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').RevokeMySessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminDirectory {\n    staff {\n      id\n      email\n      displayName\n      disabled\n      roles {\n        key\n        name\n      }\n      teams {\n        teamId\n        name\n        isSupervisor\n      }\n    }\n    teams {\n      id\n      name\n      members {\n        userId\n        displayName\n        isSupervisor\n      }\n      supervisors {\n        displayName\n      }\n    }\n    roles {\n      id\n      key\n      name\n      permissions\n    }\n  }\n"): typeof import('./graphql').AdminDirectoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      setupToken\n      user {\n        id\n        email\n      }\n    }\n  }\n"): typeof import('./graphql').AdminCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDisableUser($userId: ID!) {\n    disableUser(userId: $userId) {\n      id\n      disabled\n    }\n  }\n"): typeof import('./graphql').AdminDisableUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminForceSignOut($userId: ID!) {\n    forceSignOut(userId: $userId)\n  }\n"): typeof import('./graphql').AdminForceSignOutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResetUserMfa($userId: ID!) {\n    resetUserMfa(userId: $userId) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminResetUserMfaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAssignRoles($userId: ID!, $roles: [String!]!) {\n    assignRoles(userId: $userId, roles: $roles) {\n      id\n      roles {\n        key\n      }\n    }\n  }\n"): typeof import('./graphql').AdminAssignRolesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateTeam($name: String!) {\n    createTeam(name: $name) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminCreateTeamDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetTeamMembers($teamId: ID!, $members: [TeamMemberInput!]!) {\n    setTeamMembers(teamId: $teamId, members: $members) {\n      id\n    }\n  }\n"): typeof import('./graphql').AdminSetTeamMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateRole($input: CreateRoleInput!) {\n    createRole(input: $input) {\n      id\n      key\n    }\n  }\n"): typeof import('./graphql').AdminCreateRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateRolePermissions($roleId: ID!, $permissions: [String!]!) {\n    updateRolePermissions(roleId: $roleId, permissions: $permissions) {\n      id\n      permissions\n    }\n  }\n"): typeof import('./graphql').AdminUpdateRolePermissionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminBulkCreateUsers($csv: String!) {\n    bulkCreateUsers(csv: $csv) {\n      setupToken\n      user {\n        id\n        email\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').AdminBulkCreateUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SsoProviderFields on SsoProvider {\n    id\n    displayName\n    issuer\n    clientId\n    emailClaim\n    nameClaim\n    roleClaim\n    roleMapping {\n      value\n      roleKey\n    }\n    unknownUsers\n    defaultRoleKey\n    enabled\n    hasClientSecret\n  }\n"): typeof import('./graphql').SsoProviderFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSsoProviders {\n    ssoProviders {\n      ...SsoProviderFields\n    }\n  }\n"): typeof import('./graphql').AdminSsoProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSaveSsoProvider($id: ID, $input: SsoProviderInput!) {\n    saveSsoProvider(id: $id, input: $input) {\n      ...SsoProviderFields\n    }\n  }\n"): typeof import('./graphql').AdminSaveSsoProviderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSetSsoProviderEnabled($id: ID!, $enabled: Boolean!) {\n    setSsoProviderEnabled(id: $id, enabled: $enabled) {\n      ...SsoProviderFields\n    }\n  }\n"): typeof import('./graphql').AdminSetSsoProviderEnabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseDetail on Case {\n    id\n    caseNumber\n    caseType\n    status\n    teamId\n    createdAt\n    updatedAt\n    viewerAccess {\n      assigned\n      supervises\n      shared\n      sharedRestricted\n      emergency\n    }\n    assignedWorker {\n      id\n      displayName\n    }\n    person {\n      id\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n      contactPhone\n      currentAddress\n    }\n    currentStage {\n      stage\n    }\n    incidentNarrative\n    perpetratorDetails\n    safetyPlan\n    shares {\n      id\n      grantee {\n        id\n        displayName\n      }\n      grantedBy {\n        id\n        displayName\n      }\n      reason\n      includesRestricted\n      grantedAt\n      expiresAt\n      revokedAt\n      active\n    }\n  }\n"): typeof import('./graphql').CaseDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDetail($id: ID!) {\n    case(id: $id) {\n      ...CaseDetail\n    }\n  }\n"): typeof import('./graphql').CaseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCaseDetails($caseId: ID!, $input: CaseDetailsInput!) {\n    updateCaseDetails(caseId: $caseId, input: $input) {\n      id\n      updatedAt\n      incidentNarrative\n      perpetratorDetails\n      safetyPlan\n    }\n  }\n"): typeof import('./graphql').UpdateCaseDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Colleagues {\n    users {\n      id\n      displayName\n    }\n  }\n"): typeof import('./graphql').ColleaguesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShareCase(\n    $caseId: ID!\n    $granteeId: ID!\n    $reason: String!\n    $expiresAt: DateTime!\n    $includesRestricted: Boolean\n  ) {\n    shareCase(\n      caseId: $caseId\n      granteeId: $granteeId\n      reason: $reason\n      expiresAt: $expiresAt\n      includesRestricted: $includesRestricted\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').ShareCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeShare($shareId: ID!) {\n    revokeShare(shareId: $shareId) {\n      id\n      active\n      revokedAt\n    }\n  }\n"): typeof import('./graphql').RevokeShareDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenEmergencyAccess($caseId: ID!, $reason: String!, $hours: Int) {\n    openEmergencyAccess(caseId: $caseId, reason: $reason, hours: $hours) {\n      caseId\n      expiresAt\n    }\n  }\n"): typeof import('./graphql').OpenEmergencyAccessDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateContactDetails($caseId: ID!, $input: UpdatePersonInput!) {\n    updatePerson(caseId: $caseId, input: $input) {\n      id\n      updatedAt\n      person {\n        id\n        contactPhone\n        currentAddress\n      }\n    }\n  }\n"): typeof import('./graphql').UpdateContactDetailsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMembers {\n    teams {\n      id\n      name\n      members {\n        userId\n        displayName\n      }\n      supervisors {\n        userId\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').TeamMembersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCase($caseId: ID!, $workerId: ID!) {\n    assignCase(caseId: $caseId, workerId: $workerId) {\n      id\n      assignedWorker {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').AssignCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ExportCase($caseId: ID!, $reason: String!) {\n    exportCase(caseId: $caseId, reason: $reason) {\n      caseNumber\n      generatedAt\n      fields {\n        name\n        classification\n        value\n      }\n      withheldFields\n    }\n  }\n"): typeof import('./graphql').ExportCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CasePersonPhoto($id: ID!) {\n    case(id: $id) {\n      id\n      person {\n        id\n        photo {\n          documentId\n          version\n          uploadedAt\n          dataUrl\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CasePersonPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPersonPhoto($caseId: ID!, $file: FileUploadInput!) {\n    setPersonPhoto(caseId: $caseId, file: $file) {\n      id\n      currentVersion\n    }\n  }\n"): typeof import('./graphql').SetPersonPhotoDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseTypes {\n    caseTypes {\n      key\n      label\n      active\n    }\n  }\n"): typeof import('./graphql').CaseTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CaseRow on Case {\n    id\n    caseNumber\n    caseType\n    status\n    createdAt\n    updatedAt\n    person {\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n    }\n    currentStage {\n      stage\n    }\n  }\n"): typeof import('./graphql').CaseRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCaseload($first: Int, $after: String) {\n    myCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...CaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').MyCaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCase($input: CreateCaseInput!) {\n    createCase(input: $input) {\n      ...CaseRow\n    }\n  }\n"): typeof import('./graphql').CreateCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamCaseRow on Case {\n    ...CaseRow\n    assignedWorker {\n      id\n      displayName\n    }\n    person {\n      contactPhone\n    }\n  }\n"): typeof import('./graphql').TeamCaseRowFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamCaseload($first: Int, $after: String) {\n    teamCaseload(first: $first, after: $after) {\n      totalCount\n      nodes {\n        ...TeamCaseRow\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').TeamCaseloadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FormDefinitionFields on FormDefinition {\n    id\n    key\n    version\n    caseTypes\n    status\n    definition\n    createdAt\n    publishedAt\n  }\n"): typeof import('./graphql').FormDefinitionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormDefinitions($caseType: CaseType) {\n    formDefinitions(caseType: $caseType) {\n      ...FormDefinitionFields\n    }\n  }\n"): typeof import('./graphql').FormDefinitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FormDefinition($key: String!, $version: Int) {\n    formDefinition(key: $key, version: $version) {\n      ...FormDefinitionFields\n    }\n  }\n"): typeof import('./graphql').FormDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FormSubmissionFields on FormSubmission {\n    id\n    formKey\n    formVersion\n    status\n    values\n    withheldFields\n    submittedBy {\n      id\n      displayName\n    }\n    submittedAt\n    updatedAt\n  }\n"): typeof import('./graphql').FormSubmissionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseForms($id: ID!, $caseType: CaseType) {\n    case(id: $id) {\n      id\n      formSubmissions {\n        ...FormSubmissionFields\n      }\n    }\n    formDefinitions(caseType: $caseType) {\n      ...FormDefinitionFields\n    }\n  }\n"): typeof import('./graphql').CaseFormsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitForm($caseId: ID!, $formKey: String!, $values: JSON!) {\n    submitForm(caseId: $caseId, formKey: $formKey, values: $values) {\n      ...FormSubmissionFields\n    }\n  }\n"): typeof import('./graphql').SubmitFormDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateSubmission($submissionId: ID!, $values: JSON!) {\n    updateSubmission(submissionId: $submissionId, values: $values) {\n      ...FormSubmissionFields\n    }\n  }\n"): typeof import('./graphql').UpdateSubmissionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFormDraft($caseId: ID!, $formKey: String!, $values: JSON!, $submissionId: ID) {\n    saveFormDraft(caseId: $caseId, formKey: $formKey, values: $values, submissionId: $submissionId) {\n      ...FormSubmissionFields\n    }\n  }\n"): typeof import('./graphql').SaveFormDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitFormDraft($submissionId: ID!, $values: JSON) {\n    submitFormDraft(submissionId: $submissionId, values: $values) {\n      ...FormSubmissionFields\n    }\n  }\n"): typeof import('./graphql').SubmitFormDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAreas($parentCode: String) {\n    adminAreas(parentCode: $parentCode) {\n      code\n      level\n      parentCode\n      name\n    }\n  }\n"): typeof import('./graphql').AdminAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveFormDefinition($key: String!, $caseTypes: [CaseType!]!, $definition: JSON!) {\n    saveFormDefinition(key: $key, caseTypes: $caseTypes, definition: $definition) {\n      ...FormDefinitionFields\n    }\n  }\n"): typeof import('./graphql').SaveFormDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishFormDefinition($key: String!, $version: Int!) {\n    publishFormDefinition(key: $key, version: $version) {\n      ...FormDefinitionFields\n    }\n  }\n"): typeof import('./graphql').PublishFormDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PossibleDuplicates($input: PossibleDuplicatesInput!) {\n    possibleDuplicates(input: $input) {\n      personId\n      score\n      level\n      matchedRules\n      reachable\n      givenName\n      familyName\n      sex\n      dateOfBirth\n      cases {\n        caseId\n        caseNumber\n        assignedWorker {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PossibleDuplicatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorCaseTypes {\n    caseTypes {\n      key\n      label\n      active\n    }\n  }\n"): typeof import('./graphql').EditorCaseTypesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FindPersons($query: String!, $first: Int) {\n    searchPersons(query: $query, first: $first) {\n      id\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n      cases {\n        id\n        caseNumber\n        caseType\n        status\n        currentStage {\n          stage\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').FindPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseNotes($id: ID!, $after: String) {\n    case(id: $id) {\n      id\n      notes(first: 20, after: $after) {\n        nodes {\n          id\n          noteType\n          classification\n          subject\n          body\n          occurredAt\n          durationMinutes\n          author {\n            id\n            displayName\n          }\n          createdAt\n          supersedesId\n          superseded\n        }\n        totalCount\n        withheldRestricted\n        withheldConfidential\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').CaseNotesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCaseNote($caseId: ID!, $input: CaseNoteInput!) {\n    addCaseNote(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddCaseNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseDocuments($id: ID!) {\n    case(id: $id) {\n      id\n      documents {\n        nodes {\n          id\n          title\n          documentType\n          classification\n          currentVersion\n          versions {\n            version\n            fileName\n            contentType\n            sizeBytes\n            uploadedAt\n            uploadedBy {\n              id\n              displayName\n            }\n          }\n          createdAt\n          withdrawnAt\n        }\n        withheldCount\n      }\n    }\n  }\n"): typeof import('./graphql').CaseDocumentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UploadDocument($caseId: ID!, $input: UploadDocumentInput!) {\n    uploadDocument(caseId: $caseId, input: $input) {\n      id\n      title\n      currentVersion\n    }\n  }\n"): typeof import('./graphql').UploadDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentContent($documentId: ID!, $version: Int) {\n    documentContent(documentId: $documentId, version: $version) {\n      fileName\n      contentType\n      contentBase64\n    }\n  }\n"): typeof import('./graphql').DocumentContentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReferralView on Referral {\n    id\n    kind\n    toTeamId\n    toProgramme\n    provider {\n      id\n      name\n    }\n    service\n    urgency\n    reason\n    status\n    declineReason\n    outcome\n    feedback\n    cancelReason\n    cancelledAt\n    cancelledBy {\n      id\n      displayName\n    }\n    createdAt\n    createdBy {\n      id\n      displayName\n    }\n    events {\n      id\n      status\n      note\n      recordedAt\n      recordedBy {\n        id\n        displayName\n      }\n    }\n  }\n"): typeof import('./graphql').ReferralViewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseReferrals($id: ID!) {\n    case(id: $id) {\n      id\n      referrals {\n        ...ReferralView\n      }\n    }\n    serviceCatalogue(caseId: $id) {\n      key\n      name\n      internalTeamId\n      eligibleForCase {\n        eligible\n        reasons\n      }\n    }\n  }\n"): typeof import('./graphql').CaseReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceProviders($serviceKey: String) {\n    serviceProviders(serviceKey: $serviceKey) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ServiceProvidersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateReferral($caseId: ID!, $input: CreateReferralInput!) {\n    createReferral(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RespondToReferral($referralId: ID!, $decision: ReferralDecision!, $note: String, $declineReason: String) {\n    respondToReferral(referralId: $referralId, decision: $decision, note: $note, declineReason: $declineReason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').RespondToReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteReferral($referralId: ID!, $outcome: String!, $feedback: String) {\n    completeReferral(referralId: $referralId, outcome: $outcome, feedback: $feedback) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CompleteReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelReferral($referralId: ID!, $reason: String!) {\n    cancelReferral(referralId: $referralId, reason: $reason) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CancelReferralDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CarePlanFields on CarePlan {\n    id\n    version\n    status\n    summary\n    reviewDate\n    followUpDays\n    createdAt\n    submittedAt\n    decidedAt\n    decisionComment\n    createdBy {\n      id\n      displayName\n    }\n    decidedBy {\n      id\n      displayName\n    }\n    completedAt\n    completionNote\n    completedBy {\n      id\n      displayName\n    }\n    objectives {\n      id\n      position\n      need\n      description\n      responsibleParty\n      responsibleUser {\n        id\n        displayName\n      }\n      responsibleName\n      dueDate\n      status\n      outcome\n      interventions {\n        id\n        service {\n          key\n          name\n        }\n        provider {\n          id\n          name\n        }\n        status\n        note\n        referral {\n          id\n          status\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CarePlanFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseCarePlan($id: ID!) {\n    case(id: $id) {\n      id\n      carePlan {\n        ...CarePlanFields\n      }\n      carePlans {\n        id\n        version\n        status\n        createdAt\n      }\n    }\n    serviceCatalogue(caseId: $id) {\n      key\n      name\n      eligibleForCase {\n        eligible\n      }\n    }\n  }\n"): typeof import('./graphql').CaseCarePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCarePlan($caseId: ID!, $input: CarePlanInput!) {\n    createCarePlan(caseId: $caseId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateCarePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCarePlan($carePlanId: ID!) {\n    submitCarePlan(carePlanId: $carePlanId) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').SubmitCarePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideCarePlan($carePlanId: ID!, $decision: CarePlanDecision!, $comment: String) {\n    decideCarePlan(carePlanId: $carePlanId, decision: $decision, comment: $comment) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideCarePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteCarePlan($carePlanId: ID!, $note: String) {\n    completeCarePlan(carePlanId: $carePlanId, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').CompleteCarePlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCarePlanObjective($objectiveId: ID!, $input: CarePlanObjectiveUpdateInput!) {\n    updateCarePlanObjective(objectiveId: $objectiveId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateCarePlanObjectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HouseholdView on Household {\n    id\n    label\n    head {\n      personId\n      person {\n        id\n        fullName\n      }\n      personWithheld\n    }\n    members(currentOnly: false) {\n      personId\n      relationship\n      joinedAt\n      leftAt\n      current\n      person {\n        id\n        fullName\n        sex\n        ageYears\n      }\n      personWithheld\n    }\n  }\n"): typeof import('./graphql').HouseholdViewFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseHouseholds($id: ID!) {\n    case(id: $id) {\n      id\n      person {\n        id\n        fullName\n        households {\n          ...HouseholdView\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CaseHouseholdsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchPersons($query: String!) {\n    searchPersons(query: $query, first: 10) {\n      id\n      fullName\n      sex\n      ageYears\n      dateOfBirth\n    }\n  }\n"): typeof import('./graphql').SearchPersonsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateHousehold($caseId: ID!, $label: String, $relationship: HouseholdRelationship) {\n    createHousehold(caseId: $caseId, label: $label, relationship: $relationship) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateHouseholdDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddHouseholdMember($householdId: ID!, $input: HouseholdMemberInput!) {\n    addHouseholdMember(householdId: $householdId, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddHouseholdMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetHouseholdHead($householdId: ID!, $personId: ID!, $previousHeadRelationship: HouseholdRelationship) {\n    setHouseholdHead(\n      householdId: $householdId\n      personId: $personId\n      previousHeadRelationship: $previousHeadRelationship\n    ) {\n      id\n    }\n  }\n"): typeof import('./graphql').SetHouseholdHeadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndHouseholdMembership($householdId: ID!, $personId: ID!) {\n    endHouseholdMembership(householdId: $householdId, personId: $personId) {\n      id\n    }\n  }\n"): typeof import('./graphql').EndHouseholdMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncomingReferrals($status: ReferralStatus) {\n    incomingReferrals(status: $status) {\n      caseNumber\n      referral {\n        ...ReferralView\n      }\n    }\n  }\n"): typeof import('./graphql').IncomingReferralsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseWorkflow($id: ID!) {\n    case(id: $id) {\n      id\n      status\n      currentStage {\n        stage\n        stageKey\n        workflowKey\n        workflowVersion\n        enteredAt\n      }\n      allowedTransitions {\n        toStage\n        label\n        needsApproval\n        reasonRequired\n        closes\n        blockedBy {\n          guard\n          message\n        }\n      }\n      stageHistory {\n        id\n        fromStage\n        toStage\n        reason\n        closureCategory\n        transitionedBy {\n          id\n          displayName\n        }\n        transitionedAt\n      }\n      workflowApprovals {\n        ...WorkflowApprovalItem\n      }\n    }\n  }\n"): typeof import('./graphql').CaseWorkflowDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkflowApprovalItem on WorkflowApproval {\n    id\n    caseId\n    fromStage\n    toStage\n    kind\n    reason\n    closureCategory\n    status\n    requestedBy {\n      id\n      displayName\n    }\n    requestedAt\n    decidedBy {\n      id\n      displayName\n    }\n    decidedAt\n    comment\n  }\n"): typeof import('./graphql').WorkflowApprovalItemFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkflowDefinitions($key: String, $includeDrafts: Boolean) {\n    workflowDefinitions(key: $key, includeDrafts: $includeDrafts) {\n      id\n      key\n      version\n      status\n      definition\n      createdAt\n      publishedAt\n    }\n  }\n"): typeof import('./graphql').WorkflowDefinitionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionCase($caseId: ID!, $toStage: String!, $reason: String, $input: TransitionInput) {\n    transitionCase(caseId: $caseId, toStage: $toStage, reason: $reason, input: $input) {\n      transitioned\n      currentStage {\n        stageKey\n      }\n      approval {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').TransitionCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingApprovals {\n    pendingApprovals {\n      ...WorkflowApprovalItem\n    }\n  }\n"): typeof import('./graphql').PendingApprovalsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveTransition($approvalId: ID!, $comment: String) {\n    approveTransition(approvalId: $approvalId, comment: $comment) {\n      approval {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').ApproveTransitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectTransition($approvalId: ID!, $comment: String!) {\n    rejectTransition(approvalId: $approvalId, comment: $comment) {\n      approval {\n        id\n        status\n      }\n    }\n  }\n"): typeof import('./graphql').RejectTransitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyNotifications($unreadOnly: Boolean) {\n    myNotifications(unreadOnly: $unreadOnly) {\n      id\n      kind\n      caseId\n      title\n      body\n      createdAt\n      readAt\n    }\n  }\n"): typeof import('./graphql').MyNotificationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      id\n      readAt\n    }\n  }\n"): typeof import('./graphql').MarkNotificationReadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveWorkflowDefinition($key: String!, $definition: JSON!) {\n    saveWorkflowDefinition(key: $key, definition: $definition) {\n      id\n      key\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').SaveWorkflowDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishWorkflowDefinition($key: String!, $version: Int!) {\n    publishWorkflowDefinition(key: $key, version: $version) {\n      id\n      key\n      version\n      status\n    }\n  }\n"): typeof import('./graphql').PublishWorkflowDefinitionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisorQueue {\n    supervisorQueue {\n      asOf\n      settings {\n        inactivityDays\n      }\n      approvals {\n        kind\n        id\n        caseId\n        caseNumber\n        stage\n        toStage\n        requestedBy {\n          id\n          displayName\n        }\n        requestedAt\n      }\n      approvalsTotal\n      overdue {\n        id\n        caseId\n        caseNumber\n        kind\n        stage\n        dueAt\n        assignedWorker {\n          id\n          displayName\n        }\n      }\n      overdueTotal\n      inactive {\n        caseId\n        caseNumber\n        stage\n        assignedWorker {\n          id\n          displayName\n        }\n        lastActivityAt\n      }\n      inactiveTotal\n      caseloads {\n        worker {\n          id\n          displayName\n        }\n        openCases\n        target\n        overTarget\n      }\n    }\n  }\n"): typeof import('./graphql').SupervisorQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideQueuedCarePlan($carePlanId: ID!, $decision: CarePlanDecision!, $comment: String) {\n    decideCarePlan(carePlanId: $carePlanId, decision: $decision, comment: $comment) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideQueuedCarePlanDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

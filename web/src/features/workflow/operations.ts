import { graphql } from '../../gql';

// The stage bar of the case page: where the case stands, where it may go, what blocks it, and how it got here.
export const CaseWorkflowDocument = graphql(`
  query CaseWorkflow($id: ID!) {
    case(id: $id) {
      id
      status
      currentStage {
        stage
        stageKey
        workflowKey
        workflowVersion
        enteredAt
      }
      allowedTransitions {
        toStage
        label
        needsApproval
        reasonRequired
        closes
        blockedBy {
          guard
          message
        }
      }
      stageHistory {
        id
        fromStage
        toStage
        reason
        closureCategory
        transitionedBy {
          id
          displayName
        }
        transitionedAt
      }
      workflowApprovals {
        ...WorkflowApprovalItem
      }
    }
  }
`);

export const WorkflowApprovalItemFragmentDocument = graphql(`
  fragment WorkflowApprovalItem on WorkflowApproval {
    id
    caseId
    fromStage
    toStage
    kind
    reason
    closureCategory
    status
    requestedBy {
      id
      displayName
    }
    requestedAt
    decidedBy {
      id
      displayName
    }
    decidedAt
    comment
  }
`);

export const WorkflowDefinitionsDocument = graphql(`
  query WorkflowDefinitions($key: String, $includeDrafts: Boolean) {
    workflowDefinitions(key: $key, includeDrafts: $includeDrafts) {
      id
      key
      version
      status
      definition
      createdAt
      publishedAt
    }
  }
`);

export const TransitionCaseDocument = graphql(`
  mutation TransitionCase($caseId: ID!, $toStage: String!, $reason: String, $input: TransitionInput) {
    transitionCase(caseId: $caseId, toStage: $toStage, reason: $reason, input: $input) {
      transitioned
      currentStage {
        stageKey
      }
      approval {
        id
        status
      }
    }
  }
`);

export const PendingApprovalsDocument = graphql(`
  query PendingApprovals {
    pendingApprovals {
      ...WorkflowApprovalItem
    }
  }
`);

export const ApproveTransitionDocument = graphql(`
  mutation ApproveTransition($approvalId: ID!, $comment: String) {
    approveTransition(approvalId: $approvalId, comment: $comment) {
      approval {
        id
        status
      }
    }
  }
`);

export const RejectTransitionDocument = graphql(`
  mutation RejectTransition($approvalId: ID!, $comment: String!) {
    rejectTransition(approvalId: $approvalId, comment: $comment) {
      approval {
        id
        status
      }
    }
  }
`);

export const MyNotificationsDocument = graphql(`
  query MyNotifications($unreadOnly: Boolean) {
    myNotifications(unreadOnly: $unreadOnly) {
      id
      kind
      caseId
      title
      body
      createdAt
      readAt
    }
  }
`);

export const MarkNotificationReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      id
      readAt
    }
  }
`);

export const SaveWorkflowDefinitionDocument = graphql(`
  mutation SaveWorkflowDefinition($key: String!, $definition: JSON!) {
    saveWorkflowDefinition(key: $key, definition: $definition) {
      id
      key
      version
      status
    }
  }
`);

export const PublishWorkflowDefinitionDocument = graphql(`
  mutation PublishWorkflowDefinition($key: String!, $version: Int!) {
    publishWorkflowDefinition(key: $key, version: $version) {
      id
      key
      version
      status
    }
  }
`);

// The supervisor's queue of the teams the viewer supervises: decisions waiting (moves and care plans),
// overdue clocks, inactive cases, caseloads against their targets.
export const SupervisorQueueDocument = graphql(`
  query SupervisorQueue {
    supervisorQueue {
      asOf
      settings {
        inactivityDays
      }
      approvals {
        kind
        id
        caseId
        caseNumber
        stage
        toStage
        requestedBy {
          id
          displayName
        }
        requestedAt
      }
      approvalsTotal
      overdue {
        id
        caseId
        caseNumber
        kind
        stage
        dueAt
        assignedWorker {
          id
          displayName
        }
      }
      overdueTotal
      inactive {
        caseId
        caseNumber
        stage
        assignedWorker {
          id
          displayName
        }
        lastActivityAt
      }
      inactiveTotal
      caseloads {
        worker {
          id
          displayName
        }
        openCases
        target
        overTarget
      }
    }
  }
`);

export const DecideQueuedCarePlanDocument = graphql(`
  mutation DecideQueuedCarePlan($carePlanId: ID!, $decision: CarePlanDecision!, $comment: String) {
    decideCarePlan(carePlanId: $carePlanId, decision: $decision, comment: $comment) {
      id
      status
    }
  }
`);

import { defineSubgraph } from '@haven/core/graphql/subgraph';
import { GraphQLError } from 'graphql';
import { allow, rule } from 'graphql-shield';
import type { SubgraphContext } from '@haven/core/graphql/context';
import { requires, type RootRules } from '@haven/core/graphql/shield';
import { builder } from './builder';
import './stages';
import './engine/schema';
import './supervision/schema';

builder.mutationType({});

/** Reading workflows and the calendar: caseworkers (workflow:read) and programme managers (workflow:manage). */
const readsWorkflows = rule('workflow:read-or-manage', { cache: 'contextual' })(
  (_parent, _args, ctx: SubgraphContext) =>
    ctx.viewer.permissions.includes('workflow:read') ||
    ctx.viewer.permissions.includes('workflow:manage') ||
    new GraphQLError('This action needs the workflow:read or workflow:manage permission', {
      extensions: { code: 'FORBIDDEN', permission: 'workflow:read' },
    }),
);

/** The supervision settings: supervisors (case:read; the service checks she supervises a team) and workflow readers. */
const readsSupervisionSettings = rule('supervision-settings:read', { cache: 'contextual' })(
  (_parent, _args, ctx: SubgraphContext) =>
    ctx.viewer.permissions.includes('case:read') ||
    ctx.viewer.permissions.includes('workflow:read') ||
    ctx.viewer.permissions.includes('workflow:manage') ||
    new GraphQLError('This action needs the workflow:read or workflow:manage permission', {
      extensions: { code: 'FORBIDDEN', permission: 'workflow:read' },
    }),
);

/**
 * Root fields of the workflow engine. The services decide the rest: who works the case, who
 * supervises its team, self-approval.
 */
const rootRules: RootRules = {
  Query: {
    workflowDefinitions: readsWorkflows,
    pendingApprovals: requires('case:read'),
    agencyCalendar: readsWorkflows,
    // The service refuses anyone who supervises no team (or a team she does not supervise).
    supervisorQueue: requires('case:read'),
    // Supervisors, workflow:read or workflow:manage (checked in the service).
    supervisionSettings: readsSupervisionSettings,
    // Every signed-in person has her own notifications.
    myNotifications: allow,
  },
  Mutation: {
    saveWorkflowDefinition: requires('workflow:manage'),
    publishWorkflowDefinition: requires('workflow:manage'),
    migrateWorkflowCases: requires('workflow:manage'),
    transitionCase: requires('case:update'),
    approveTransition: requires('case:update'),
    rejectTransition: requires('case:update'),
    setAgencyCalendar: requires('workflow:manage'),
    setSupervisionSettings: requires('workflow:manage'),
    markNotificationRead: allow,
  },
};

export const workflowSubgraph = defineSubgraph('workflow', builder, rootRules);

import { defineSubgraph } from '@haven/core/graphql/subgraph';
import { requires, type RootRules } from '@haven/core/graphql/shield';
import { builder } from './builder';
import './caseload';
import './audit';
import './alerts';

builder.mutationType({});

/** Every root field of this subgraph and the permission it needs; anything missing is denied. */
const rootRules: RootRules = {
  Query: {
    caseCounts: requires('report:aggregate'),
    auditEvents: requires('audit:read'),
    caseAccessLog: requires('audit:read'),
    accessAlerts: requires('audit:read'),
  },
  Mutation: { exportAuditEvents: requires('audit:read'), acknowledgeAccessAlert: requires('audit:read') },
};

export const reportingSubgraph = defineSubgraph('reporting', builder, rootRules);

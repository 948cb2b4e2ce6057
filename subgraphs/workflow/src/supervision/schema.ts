import { callerOf } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { UserRef } from '../engine/schema';
import { CaseRef } from '../stages/schema';
import * as service from './service';

const WorkerTargetRef = builder.objectRef<{ workerId: string; target: number }>('WorkerCaseloadTarget').implement({
  fields: (t) => ({
    worker: t.field({ type: UserRef, resolve: (w) => ({ id: w.workerId }) }),
    target: t.exposeInt('target'),
  }),
});

const SettingsRef = builder.objectRef<service.SupervisionSettings>('SupervisionSettings').implement({
  description: "The agency's settings of the supervisor's queue.",
  fields: (t) => ({
    inactivityDays: t.exposeInt('inactivityDays', {
      description: 'An open case with no activity for this many days is listed as inactive',
    }),
    caseloadTarget: t.exposeInt('caseloadTarget', { description: 'Open cases a worker is expected to carry' }),
    workerCaseloadTargets: t.field({
      type: [WorkerTargetRef],
      description: 'Targets of single workers, overriding caseloadTarget',
      resolve: (s) => s.workerCaseloadTargets,
    }),
  }),
});

const QueueApprovalRef = builder.objectRef<service.QueueApproval>('QueueApproval').implement({
  description: 'A decision waiting on a supervisor: a workflow move or a care plan submitted for approval.',
  fields: (t) => ({
    kind: t.exposeString('kind', { description: 'transition or care_plan' }),
    id: t.exposeID('id', { description: 'The workflow approval id, or the care plan id' }),
    caseId: t.exposeID('caseId'),
    caseNumber: t.exposeString('caseNumber'),
    case: t.field({ type: CaseRef, resolve: (a) => ({ id: a.caseId }) }),
    stage: t.exposeString('stage', { nullable: true, description: 'The stage the case is in (moves: from)' }),
    toStage: t.exposeString('toStage', { nullable: true }),
    requestedBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (a) => (a.requestedBy ? { id: a.requestedBy } : null),
    }),
    requestedAt: t.field({ type: 'DateTime', resolve: (a) => a.requestedAt }),
  }),
});

const QueueDeadlineRef = builder.objectRef<service.QueueDeadline>('QueueOverdueDeadline').implement({
  description: 'A clock past due and not met: a follow-up, a stage limit (e.g. an assessment) or a review.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    caseNumber: t.exposeString('caseNumber'),
    case: t.field({ type: CaseRef, resolve: (d) => ({ id: d.caseId }) }),
    kind: t.exposeString('kind', { description: 'stage_limit, follow_up or review' }),
    stage: t.exposeString('stage'),
    dueAt: t.field({ type: 'DateTime', resolve: (d) => d.dueAt }),
    assignedWorker: t.field({ type: UserRef, resolve: (d) => ({ id: d.assignedWorkerId }) }),
  }),
});

const QueueInactiveRef = builder.objectRef<service.QueueInactive>('QueueInactiveCase').implement({
  description: 'An open case with no activity (update, stage change, note, form submission) for the configured days.',
  fields: (t) => ({
    caseId: t.exposeID('caseId'),
    caseNumber: t.exposeString('caseNumber'),
    case: t.field({ type: CaseRef, resolve: (c) => ({ id: c.caseId }) }),
    stage: t.exposeString('stage', { nullable: true }),
    assignedWorker: t.field({ type: UserRef, resolve: (c) => ({ id: c.assignedWorkerId }) }),
    lastActivityAt: t.field({ type: 'DateTime', resolve: (c) => c.lastActivityAt }),
  }),
});

const QueueCaseloadRef = builder.objectRef<service.QueueCaseload>('WorkerCaseload').implement({
  fields: (t) => ({
    worker: t.field({ type: UserRef, resolve: (c) => ({ id: c.workerId }) }),
    openCases: t.exposeInt('openCases'),
    target: t.exposeInt('target'),
    overTarget: t.exposeBoolean('overTarget'),
  }),
});

const QueueRef = builder.objectRef<service.SupervisorQueue>('SupervisorQueue').implement({
  description: `What needs a supervisor's attention on the teams she supervises. Lists are capped at ${service.QUEUE_LIMIT}, oldest first; the totals are exact.`,
  fields: (t) => ({
    teamIds: t.exposeIDList('teamIds'),
    asOf: t.field({ type: 'DateTime', resolve: (q) => q.asOf }),
    settings: t.field({ type: SettingsRef, resolve: (q) => q.settings }),
    approvals: t.field({ type: [QueueApprovalRef], resolve: (q) => q.approvals }),
    approvalsTotal: t.exposeInt('approvalsTotal'),
    overdue: t.field({ type: [QueueDeadlineRef], resolve: (q) => q.overdue }),
    overdueTotal: t.exposeInt('overdueTotal'),
    inactive: t.field({ type: [QueueInactiveRef], resolve: (q) => q.inactive }),
    inactiveTotal: t.exposeInt('inactiveTotal'),
    caseloads: t.field({ type: [QueueCaseloadRef], resolve: (q) => q.caseloads }),
  }),
});

const WorkerTargetInput = builder.inputType('WorkerCaseloadTargetInput', {
  fields: (t) => ({ workerId: t.id({ required: true }), target: t.int({ required: true }) }),
});

const SettingsInput = builder.inputType('SupervisionSettingsInput', {
  fields: (t) => ({
    inactivityDays: t.int({ required: true, description: '1 to 365' }),
    caseloadTarget: t.int({ required: true, description: '1 to 500' }),
    workerCaseloadTargets: t.field({ type: [WorkerTargetInput], description: 'Replaces the list; none: empty' }),
  }),
});

builder.queryFields((t) => ({
  supervisorQueue: t.field({
    type: QueueRef,
    description:
      'The supervisor’s queue of the teams the viewer supervises (teamId: one of them). FORBIDDEN for anyone who supervises no team, or a team she does not supervise.',
    args: { teamId: t.arg.id() },
    resolve: (_root, args, ctx) =>
      service.supervisorQueue(ctx.db, callerOf(ctx), { teamId: args.teamId ? String(args.teamId) : null }),
  }),
  supervisionSettings: t.field({
    type: SettingsRef,
    resolve: (_root, _args, ctx) => service.getSupervisionSettings(ctx.db, callerOf(ctx)),
  }),
}));

builder.mutationFields((t) => ({
  setSupervisionSettings: t.field({
    type: SettingsRef,
    description: 'Sets the inactivity threshold and the caseload targets of the agency (workflow:manage).',
    args: { input: t.arg({ type: SettingsInput, required: true }) },
    resolve: (_root, args, ctx) =>
      service.setSupervisionSettings(ctx.db, callerOf(ctx), {
        inactivityDays: args.input.inactivityDays,
        caseloadTarget: args.input.caseloadTarget,
        workerCaseloadTargets: (args.input.workerCaseloadTargets ?? []).map((w) => ({
          workerId: String(w.workerId),
          target: w.target,
        })),
      }),
  }),
}));

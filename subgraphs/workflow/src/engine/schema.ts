import { callerOf, loaderFor } from '@haven/core/graphql/context';
import { builder, JSONRef } from '../builder';
import { closureCategories } from '../definitions/definition';
import { CaseRef, CaseStageRef } from '../stages/schema';
import { toStage } from '../stages/stages.store';
import * as service from './service';
import type { ApprovalRow, DefinitionRow, DeadlineRow, HistoryRow, NotificationRow, StageRow } from './store';
import type { AgencyCalendar } from '../calendar/calendar';

export const UserRef = builder.externalRef('User', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

const user = (id: string | null) => (id ? { id } : null);

export const ClosureCategoryEnum = builder.enumType('ClosureCategory', {
  values: Object.fromEntries(closureCategories.map((c) => [c.toUpperCase(), { value: c }])) as Record<
    Uppercase<(typeof closureCategories)[number]>,
    { value: (typeof closureCategories)[number] }
  >,
});

const WorkflowDefinitionRef = builder.objectRef<DefinitionRow>('WorkflowDefinition').implement({
  description: 'One version of a workflow definition of the agency (stages, transitions, guards, clocks).',
  fields: (t) => ({
    id: t.exposeID('id'),
    key: t.exposeString('key'),
    version: t.exposeInt('version'),
    status: t.exposeString('status', { description: 'draft or published' }),
    definition: t.field({ type: JSONRef, resolve: (d) => d.definition }),
    createdAt: t.field({ type: 'DateTime', resolve: (d) => d.createdAt }),
    publishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.publishedAt }),
  }),
});

const StageChangeRef = builder.objectRef<HistoryRow>('StageChange').implement({
  description: 'A stage change of a case: who, when, why.',
  fields: (t) => ({
    id: t.exposeID('id'),
    fromStage: t.exposeString('fromStage', { nullable: true }),
    toStage: t.exposeString('toStage'),
    reason: t.exposeString('reason', { nullable: true }),
    closureCategory: t.field({
      type: ClosureCategoryEnum,
      nullable: true,
      resolve: (h) => h.closureCategory as (typeof closureCategories)[number] | null,
    }),
    transitionedBy: t.field({ type: UserRef, resolve: (h) => ({ id: h.transitionedBy }) }),
    transitionedAt: t.field({ type: 'DateTime', resolve: (h) => h.transitionedAt }),
    approvalId: t.exposeID('approvalId', { nullable: true }),
    workflowVersion: t.exposeInt('workflowVersion'),
  }),
});

const WorkflowApprovalRef = builder.objectRef<ApprovalRow>('WorkflowApproval').implement({
  description: "A move waiting for (or decided by) a supervisor of the case's team.",
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    fromStage: t.exposeString('fromStage'),
    toStage: t.exposeString('toStage'),
    kind: t.string({
      description: 'supervisor or panel (a panel review)',
      resolve: (a) => (a.input as { kind?: string }).kind ?? 'supervisor',
    }),
    reason: t.exposeString('reason', { nullable: true }),
    closureCategory: t.field({
      type: ClosureCategoryEnum,
      nullable: true,
      resolve: (a) =>
        ((a.input as { closureCategory?: string | null }).closureCategory ?? null) as
          (typeof closureCategories)[number] | null,
    }),
    status: t.exposeString('status', { description: 'pending, approved, rejected or withdrawn' }),
    requestedBy: t.field({ type: UserRef, resolve: (a) => ({ id: a.requestedBy }) }),
    requestedAt: t.field({ type: 'DateTime', resolve: (a) => a.requestedAt }),
    decidedBy: t.field({ type: UserRef, nullable: true, resolve: (a) => user(a.decidedBy) }),
    decidedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.decidedAt }),
    comment: t.exposeString('comment', { nullable: true }),
  }),
});

const DeadlineRef = builder.objectRef<DeadlineRow>('CaseDeadline').implement({
  description: 'A clock running on a case: a stage limit, a follow-up or a review.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', { description: 'stage_limit, follow_up or review' }),
    stage: t.exposeString('stage'),
    startedAt: t.field({ type: 'DateTime', resolve: (d) => d.startedAt }),
    dueAt: t.field({ type: 'DateTime', resolve: (d) => d.dueAt }),
    basis: t.exposeString('basis', { nullable: true }),
  }),
});

const GuardFailureRef = builder
  .objectRef<{ guard: string; message: string }>('WorkflowGuardFailure')
  .implement({ fields: (t) => ({ guard: t.exposeString('guard'), message: t.exposeString('message') }) });

const AllowedTransitionRef = builder.objectRef<service.AllowedTransition>('AllowedTransition').implement({
  description: 'A move the workflow allows from the current stage, and what blocks it now.',
  fields: (t) => ({
    toStage: t.exposeString('toStage'),
    label: t.exposeString('label'),
    needsApproval: t.exposeBoolean('needsApproval'),
    reasonRequired: t.exposeBoolean('reasonRequired'),
    closes: t.exposeBoolean('closes'),
    blockedBy: t.field({ type: [GuardFailureRef], resolve: (a) => a.blockedBy }),
  }),
});

const TransitionOutcomeRef = builder.objectRef<service.TransitionOutcome>('TransitionOutcome').implement({
  fields: (t) => ({
    transitioned: t.exposeBoolean('transitioned', { description: 'False: the move waits for approval' }),
    currentStage: t.field({ type: CaseStageRef, resolve: (o) => toStage(o.stage as StageRow) }),
    approval: t.field({ type: WorkflowApprovalRef, nullable: true, resolve: (o) => o.approval }),
  }),
});

const ApprovalDecisionRef = builder
  .objectRef<{ approval: ApprovalRow; stage: StageRow }>('ApprovalDecision')
  .implement({
    fields: (t) => ({
      approval: t.field({ type: WorkflowApprovalRef, resolve: (d) => d.approval }),
      currentStage: t.field({ type: CaseStageRef, resolve: (d) => toStage(d.stage) }),
    }),
  });

const HolidayRef = builder
  .objectRef<{ date: string; name: string }>('AgencyHoliday')
  .implement({ fields: (t) => ({ date: t.exposeString('date'), name: t.exposeString('name') }) });

const AgencyCalendarRef = builder.objectRef<AgencyCalendar>('AgencyCalendar').implement({
  description: "The agency's working calendar: time zone, weekend days (ISO 1 = Monday … 7 = Sunday), holidays.",
  fields: (t) => ({
    timeZone: t.exposeString('timeZone'),
    weekendDays: t.exposeIntList('weekendDays'),
    holidays: t.field({ type: [HolidayRef], resolve: (c) => c.holidays }),
  }),
});

const NotificationRef = builder.objectRef<NotificationRow>('Notification').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', {
      description: 'due, overdue, escalation, approval_requested or approval_decided',
    }),
    caseId: t.exposeID('caseId', { nullable: true }),
    title: t.exposeString('title'),
    body: t.exposeString('body'),
    createdAt: t.field({ type: 'DateTime', resolve: (n) => n.createdAt }),
    readAt: t.field({ type: 'DateTime', nullable: true, resolve: (n) => n.readAt }),
    emailStatus: t.exposeString('emailStatus'),
  }),
});

builder.objectFields(CaseRef, (t) => ({
  stageHistory: t.field({
    type: [StageChangeRef],
    description: 'Every stage change of the case, oldest first.',
    resolve: async (c, _args, ctx) =>
      (await loaderFor<HistoryRow[]>(ctx, 'stageHistory', (ids) => service.historyOf(ctx.db, callerOf(ctx), ids)).load(
        c.id,
      )) ?? [],
  }),
  workflowApprovals: t.field({
    type: [WorkflowApprovalRef],
    description: 'Approval requests of the case, newest first.',
    resolve: async (c, _args, ctx) =>
      (await loaderFor<ApprovalRow[]>(ctx, 'workflowApprovals', (ids) =>
        service.approvalsOfCases(ctx.db, callerOf(ctx), ids),
      ).load(c.id)) ?? [],
  }),
  deadlines: t.field({
    type: [DeadlineRef],
    description: 'Clocks running on the case, soonest first.',
    resolve: async (c, _args, ctx) =>
      (await loaderFor<DeadlineRow[]>(ctx, 'deadlines', (ids) =>
        service.deadlinesOfCases(ctx.db, callerOf(ctx), ids),
      ).load(c.id)) ?? [],
  }),
  allowedTransitions: t.field({
    type: [AllowedTransitionRef],
    description: 'The moves the workflow allows from the current stage, each with the guards that block it now.',
    resolve: async (c, _args, ctx) =>
      (await loaderFor<service.AllowedTransition[]>(ctx, 'allowedTransitions', (ids) =>
        service.allowedTransitionsOf(ctx.db, callerOf(ctx), ids),
      ).load(c.id)) ?? [],
  }),
}));

builder.queryFields((t) => ({
  workflowDefinitions: t.field({
    type: [WorkflowDefinitionRef],
    description: 'Versions of the agency workflows, newest first; drafts only for workflow:manage.',
    args: { key: t.arg.string(), includeDrafts: t.arg.boolean() },
    resolve: (_root, args, ctx) =>
      service.listDefinitions(ctx.db, callerOf(ctx), args.key ?? null, args.includeDrafts ?? false),
  }),
  pendingApprovals: t.field({
    type: [WorkflowApprovalRef],
    description: 'Approvals waiting on cases of the teams the viewer supervises, oldest first.',
    resolve: (_root, _args, ctx) => service.pendingApprovals(ctx.db, callerOf(ctx)),
  }),
  agencyCalendar: t.field({
    type: AgencyCalendarRef,
    resolve: (_root, _args, ctx) => service.getCalendar(ctx.db, callerOf(ctx)),
  }),
  myNotifications: t.field({
    type: [NotificationRef],
    description: "The viewer's notifications, newest first (at most 200).",
    args: { unreadOnly: t.arg.boolean() },
    resolve: (_root, args, ctx) => service.myNotifications(ctx.db, callerOf(ctx), args.unreadOnly ?? false),
  }),
}));

const SkippedStageRef = builder
  .objectRef<{ stage: string; cases: number }>('WorkflowMigrationSkip')
  .implement({ fields: (t) => ({ stage: t.exposeString('stage'), cases: t.exposeInt('cases') }) });

const MigrationRef = builder
  .objectRef<{ migrated: number; skipped: { stage: string; cases: number }[] }>('WorkflowMigration')
  .implement({
    fields: (t) => ({
      migrated: t.exposeInt('migrated'),
      skipped: t.field({
        type: [SkippedStageRef],
        description: 'Cases left on the old version: their stage is not in the new one',
        resolve: (m) => m.skipped,
      }),
    }),
  });

const TransitionInputRef = builder.inputType('TransitionInput', {
  fields: (t) => ({
    closureCategory: t.field({ type: ClosureCategoryEnum, description: 'Required for a closure' }),
    closureNote: t.string({ description: 'Required when the category is OTHER' }),
  }),
});

const HolidayInput = builder.inputType('AgencyHolidayInput', {
  fields: (t) => ({ date: t.string({ required: true }), name: t.string({ required: true }) }),
});

const CalendarInput = builder.inputType('AgencyCalendarInput', {
  fields: (t) => ({
    timeZone: t.string({ required: true }),
    weekendDays: t.intList({ required: true }),
    holidays: t.field({ type: [HolidayInput], required: true }),
  }),
});

builder.mutationFields((t) => ({
  saveWorkflowDefinition: t.field({
    type: WorkflowDefinitionRef,
    description:
      'Saves a new draft version of a workflow (workflow:manage). Every problem comes back at once, under "definition".',
    args: { key: t.arg.string({ required: true }), definition: t.arg({ type: JSONRef, required: true }) },
    resolve: (_root, args, ctx) =>
      service.saveDefinition(ctx.db, callerOf(ctx), { key: args.key, definition: args.definition }),
  }),
  publishWorkflowDefinition: t.field({
    type: WorkflowDefinitionRef,
    description: 'Publishes a draft; new cases start on it, running cases keep their version.',
    args: { key: t.arg.string({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) => service.publishDefinition(ctx.db, callerOf(ctx), args.key, args.version),
  }),
  migrateWorkflowCases: t.field({
    type: MigrationRef,
    description:
      'Moves running cases from one version of a workflow to a published newer one (workflow:manage); cases in a stage the new version lacks stay.',
    args: {
      key: t.arg.string({ required: true }),
      fromVersion: t.arg.int({ required: true }),
      toVersion: t.arg.int({ required: true }),
    },
    resolve: (_root, args, ctx) =>
      service.migrateCases(ctx.db, callerOf(ctx), {
        key: args.key,
        fromVersion: args.fromVersion,
        toVersion: args.toVersion,
      }),
  }),
  transitionCase: t.field({
    type: TransitionOutcomeRef,
    description:
      'Moves a case to a stage, or requests approval when the move needs it. Failed guards: FORBIDDEN (role, permission) or CONFLICT (forms, consent, care plan, closure documentation), each under extensions.fields at ["guards", guard].',
    args: {
      caseId: t.arg.id({ required: true }),
      toStage: t.arg.string({ required: true }),
      reason: t.arg.string(),
      input: t.arg({ type: TransitionInputRef }),
    },
    resolve: (_root, args, ctx) =>
      service.transitionCase(ctx.db, callerOf(ctx), {
        caseId: String(args.caseId),
        toStage: args.toStage,
        reason: args.reason ?? null,
        input: { closureCategory: args.input?.closureCategory ?? null, closureNote: args.input?.closureNote ?? null },
      }),
  }),
  approveTransition: t.field({
    type: ApprovalDecisionRef,
    description: "Approves a pending move (a supervisor of the case's team; not one's own request).",
    args: { approvalId: t.arg.id({ required: true }), comment: t.arg.string() },
    resolve: (_root, args, ctx) =>
      service.decideApproval(ctx.db, callerOf(ctx), {
        approvalId: String(args.approvalId),
        approve: true,
        comment: args.comment ?? null,
      }),
  }),
  rejectTransition: t.field({
    type: ApprovalDecisionRef,
    description: 'Rejects a pending move, with a comment (required).',
    args: { approvalId: t.arg.id({ required: true }), comment: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) =>
      service.decideApproval(ctx.db, callerOf(ctx), {
        approvalId: String(args.approvalId),
        approve: false,
        comment: args.comment,
      }),
  }),
  setAgencyCalendar: t.field({
    type: AgencyCalendarRef,
    description: "Sets the agency's working calendar (workflow:manage).",
    args: { input: t.arg({ type: CalendarInput, required: true }) },
    resolve: (_root, args, ctx) =>
      service.setCalendar(ctx.db, callerOf(ctx), {
        timeZone: args.input.timeZone,
        weekendDays: args.input.weekendDays,
        holidays: args.input.holidays,
      }),
  }),
  markNotificationRead: t.field({
    type: NotificationRef,
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => service.markNotificationRead(ctx.db, callerOf(ctx), String(args.id)),
  }),
}));

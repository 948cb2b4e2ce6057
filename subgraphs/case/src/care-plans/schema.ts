import { callerOf, loaderFor } from '@haven/core/graphql/context';
import type { CatalogueEntry, ServiceProvider } from '../services';
import { CatalogueEntryRef, ServiceProviderRef, providersByIds, servicesByIds } from '../services';
import { builder } from '../builder';
import { CaseRef, UserRef } from '../cases';
import { ReferralRef, referralsByIds, type Referral } from '../referrals';
import {
  carePlanStatuses,
  currentPlan,
  interventionStatuses,
  objectiveStatuses,
  responsibleParties,
  type CarePlan,
  type Intervention,
  type Objective,
} from './care-plan';
import * as service from './care-plans.service';

const upper = <T extends string>(values: readonly T[], descriptions: Partial<Record<T, string>> = {}) =>
  Object.fromEntries(
    values.map((v) => [v.toUpperCase(), { value: v, ...(descriptions[v] ? { description: descriptions[v] } : {}) }]),
  ) as Record<Uppercase<T>, { value: T; description?: string }>;

const CarePlanStatusEnum = builder.enumType('CarePlanStatus', {
  values: upper(carePlanStatuses, {
    draft: 'Being written; the only status in which its content changes',
    pending_approval: "Submitted; a supervisor of the case's team approves or rejects it",
    approved: 'The plan in force; progress is recorded on it',
    rejected: 'Not approved (see decisionComment); a new version is made instead',
    superseded: 'Was approved; a newer version has been approved since',
    completed: 'Carried out: the approved plan completed once every objective was closed (completeCarePlan)',
  }),
});
const ObjectiveStatusEnum = builder.enumType('CarePlanObjectiveStatus', { values: upper(objectiveStatuses) });
const ResponsiblePartyEnum = builder.enumType('ResponsibleParty', {
  values: upper(responsibleParties, {
    caseworker: 'A caseworker of the agency (responsibleUser)',
    agency_team: 'A member of a team of the agency (responsibleUser)',
  }),
});
const InterventionStatusEnum = builder.enumType('InterventionStatus', { values: upper(interventionStatuses) });
const DecisionEnum = builder.enumType('CarePlanDecision', {
  values: { APPROVE: { value: 'approve' as const }, REJECT: { value: 'reject' as const } },
});

const InterventionRef = builder.objectRef<Intervention>('CarePlanIntervention').implement({
  description: 'A service chosen from the catalogue for an objective, with its provider or the referral made for it.',
  fields: (t) => ({
    id: t.exposeID('id'),
    service: t.field({
      type: CatalogueEntryRef,
      resolve: async (i, _args, ctx) => {
        const entry = await loaderFor<CatalogueEntry>(ctx, 'catalogueEntries', (ids) =>
          servicesByIds(ctx.db, ctx.viewer, ids),
        ).load(i.serviceId);
        if (!entry) throw new Error(`service ${i.serviceId} of intervention ${i.id} missing`);
        return { ...entry, eligibleForCase: null };
      },
    }),
    provider: t.field({
      type: ServiceProviderRef,
      nullable: true,
      resolve: (i, _args, ctx) =>
        i.providerId
          ? loaderFor<ServiceProvider>(ctx, 'serviceProviders', (ids) => providersByIds(ctx.db, ctx.viewer, ids)).load(
              i.providerId,
            )
          : null,
    }),
    referralId: t.exposeID('referralId', { nullable: true, description: 'The referral made for this intervention' }),
    referral: t.field({
      type: ReferralRef,
      nullable: true,
      description: 'The referral made for this intervention, with its status and outcome',
      resolve: (i, _args, ctx) =>
        i.referralId
          ? loaderFor<Referral>(ctx, 'referralsById', (ids) => referralsByIds(ctx.db, callerOf(ctx), ids)).load(
              i.referralId,
            )
          : null,
    }),
    status: t.field({ type: InterventionStatusEnum, resolve: (i) => i.status }),
    note: t.exposeString('note', { nullable: true }),
    updatedBy: t.field({ type: UserRef, resolve: (i) => ({ id: i.updatedBy }) }),
    updatedAt: t.field({ type: 'DateTime', resolve: (i) => i.updatedAt }),
  }),
});

const ObjectiveRef = builder.objectRef<Objective>('CarePlanObjective').implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    position: t.exposeInt('position'),
    need: t.exposeString('need', { nullable: true, description: 'The need the objective answers' }),
    description: t.exposeString('description'),
    responsibleParty: t.field({ type: ResponsiblePartyEnum, resolve: (o) => o.responsibleParty }),
    responsibleUser: t.field({
      type: UserRef,
      nullable: true,
      description: 'CASEWORKER and AGENCY_TEAM: the user of the agency',
      resolve: (o) => (o.responsibleUserId ? { id: o.responsibleUserId } : null),
    }),
    responsibleName: t.exposeString('responsibleName', {
      nullable: true,
      description: 'Other parties: who, in words',
    }),
    dueDate: t.field({ type: 'Date', nullable: true, resolve: (o) => o.dueDate }),
    status: t.field({ type: ObjectiveStatusEnum, resolve: (o) => o.status }),
    outcome: t.exposeString('outcome', { nullable: true }),
    interventions: t.field({ type: [InterventionRef], resolve: (o) => o.interventions }),
    updatedBy: t.field({ type: UserRef, resolve: (o) => ({ id: o.updatedBy }) }),
    updatedAt: t.field({ type: 'DateTime', resolve: (o) => o.updatedAt }),
  }),
});

export const CarePlanRef = builder.objectRef<CarePlan>('CarePlan').implement({
  description: "One version of a case's care plan: objectives, interventions, approval.",
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    version: t.exposeInt('version'),
    status: t.field({ type: CarePlanStatusEnum, resolve: (p) => p.status }),
    summary: t.exposeString('summary', { nullable: true }),
    reviewDate: t.field({ type: 'Date', nullable: true, resolve: (p) => p.reviewDate }),
    followUpDays: t.exposeInt('followUpDays', {
      nullable: true,
      description: 'Days between follow-ups the plan sets (the workflow follow-up clock uses it)',
    }),
    objectives: t.field({ type: [ObjectiveRef], resolve: (p) => p.objectives }),
    createdBy: t.field({ type: UserRef, resolve: (p) => ({ id: p.createdBy }) }),
    createdAt: t.field({ type: 'DateTime', resolve: (p) => p.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (p) => p.updatedAt }),
    submittedAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.submittedAt }),
    decidedBy: t.field({ type: UserRef, nullable: true, resolve: (p) => (p.decidedBy ? { id: p.decidedBy } : null) }),
    decidedAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.decidedAt }),
    decisionComment: t.exposeString('decisionComment', { nullable: true }),
    completedAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.completedAt }),
    completedBy: t.field({
      type: UserRef,
      nullable: true,
      resolve: (p) => (p.completedBy ? { id: p.completedBy } : null),
    }),
    completionNote: t.exposeString('completionNote', {
      nullable: true,
      description: 'The note given when the plan was completed',
    }),
  }),
});

const plansOf = (ctx: Parameters<typeof callerOf>[0], caseId: string) =>
  loaderFor<CarePlan[]>(ctx, 'carePlans', (ids) => service.carePlansOf(ctx.db, callerOf(ctx), ids)).load(caseId);

builder.objectFields(CaseRef, (t) => ({
  carePlan: t.field({
    type: CarePlanRef,
    nullable: true,
    description: 'The care plan in force: the newest approved version, else the newest version.',
    resolve: async (c, _args, ctx) => currentPlan((await plansOf(ctx, c.id)) ?? []),
  }),
  carePlans: t.field({
    type: [CarePlanRef],
    description: 'Every version of the care plan, newest first.',
    resolve: async (c, _args, ctx) => (await plansOf(ctx, c.id)) ?? [],
  }),
}));

const InterventionInput = builder.inputType('CarePlanInterventionInput', {
  fields: (t) => ({
    serviceKey: t.string({ required: true, description: 'An active catalogue service the person is eligible for' }),
    providerId: t.id({ description: 'A provider of the directory that offers the service' }),
    referralId: t.id({ description: 'The referral of this case made for the intervention' }),
    status: t.field({ type: InterventionStatusEnum }),
    note: t.string(),
  }),
});

const ObjectiveInput = builder.inputType('CarePlanObjectiveInput', {
  fields: (t) => ({
    need: t.string(),
    description: t.string({ required: true }),
    responsibleParty: t.field({ type: ResponsiblePartyEnum, required: true }),
    responsibleUserId: t.id({ description: 'CASEWORKER and AGENCY_TEAM: a user of the agency' }),
    responsibleName: t.string({ description: 'Other parties: who, in words' }),
    dueDate: t.field({ type: 'Date' }),
    status: t.field({ type: ObjectiveStatusEnum }),
    outcome: t.string({ description: 'Required when the status is ACHIEVED, PARTIALLY_ACHIEVED or NOT_ACHIEVED' }),
    interventions: t.field({ type: [InterventionInput] }),
  }),
});

const CarePlanInput = builder.inputType('CarePlanInput', {
  fields: (t) => ({
    summary: t.string(),
    reviewDate: t.field({ type: 'Date' }),
    followUpDays: t.int({ description: 'Days between follow-ups, 1 to 365' }),
    objectives: t.field({ type: [ObjectiveInput], required: true }),
  }),
});

const CarePlanDetailsInput = builder.inputType('CarePlanDetailsInput', {
  fields: (t) => ({
    summary: t.string(),
    reviewDate: t.field({ type: 'Date' }),
    followUpDays: t.int(),
  }),
});

const ObjectiveUpdateInput = builder.inputType('CarePlanObjectiveUpdateInput', {
  description:
    'Fields left out stay as they are. Content fields change only in a draft; status and outcome also on the approved plan.',
  fields: (t) => ({
    need: t.string(),
    description: t.string(),
    responsibleParty: t.field({ type: ResponsiblePartyEnum }),
    responsibleUserId: t.id(),
    responsibleName: t.string(),
    dueDate: t.field({ type: 'Date' }),
    status: t.field({ type: ObjectiveStatusEnum }),
    outcome: t.string(),
  }),
});

const InterventionUpdateInput = builder.inputType('CarePlanInterventionUpdateInput', {
  description:
    'Fields left out stay as they are. The provider changes only in a draft; the rest also on the approved plan.',
  fields: (t) => ({
    providerId: t.id(),
    referralId: t.id(),
    status: t.field({ type: InterventionStatusEnum }),
    note: t.string(),
  }),
});

type Raw<T> = { [K in keyof T]?: T[K] | null | undefined };
const ids = (value: string | number | null | undefined) =>
  value === undefined ? undefined : value === null ? null : String(value);

function interventionInput(i: Raw<service.InterventionInput> & { serviceKey: string }): service.InterventionInput {
  return { ...i, providerId: ids(i.providerId), referralId: ids(i.referralId) };
}

function objectiveInput(o: {
  responsibleUserId?: string | number | null;
  interventions?: (Raw<service.InterventionInput> & { serviceKey: string })[] | null;
  [key: string]: unknown;
}): service.ObjectiveInput {
  return {
    ...(o as unknown as service.ObjectiveInput),
    responsibleUserId: ids(o.responsibleUserId),
    interventions: o.interventions?.map(interventionInput) ?? null,
  };
}

builder.mutationFields((t) => ({
  createCarePlan: t.field({
    type: CarePlanRef,
    description:
      'Starts a new version of the care plan as a draft (version = previous + 1). Services must be active and the person eligible; providers must offer the service. Every problem comes back at once under "input".',
    args: { caseId: t.arg.id({ required: true }), input: t.arg({ type: CarePlanInput, required: true }) },
    resolve: (_root, args, ctx) =>
      service.createCarePlan(ctx.db, callerOf(ctx), String(args.caseId), {
        summary: args.input.summary,
        reviewDate: args.input.reviewDate,
        followUpDays: args.input.followUpDays,
        objectives: args.input.objectives.map(objectiveInput),
      }),
  }),
  updateCarePlan: t.field({
    type: CarePlanRef,
    description: 'Changes the summary, review date or follow-up days of a draft.',
    args: { carePlanId: t.arg.id({ required: true }), input: t.arg({ type: CarePlanDetailsInput, required: true }) },
    resolve: (_root, args, ctx) => service.updateCarePlan(ctx.db, callerOf(ctx), String(args.carePlanId), args.input),
  }),
  addCarePlanObjective: t.field({
    type: CarePlanRef,
    description: 'Adds an objective, with its interventions, to a draft.',
    args: { carePlanId: t.arg.id({ required: true }), input: t.arg({ type: ObjectiveInput, required: true }) },
    resolve: (_root, args, ctx) =>
      service.addCarePlanObjective(ctx.db, callerOf(ctx), String(args.carePlanId), objectiveInput(args.input)),
  }),
  updateCarePlanObjective: t.field({
    type: CarePlanRef,
    description:
      'Changes an objective: content in a draft; status and outcome in a draft or the approved plan (an outcome is required for ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED).',
    args: {
      objectiveId: t.arg.id({ required: true }),
      input: t.arg({ type: ObjectiveUpdateInput, required: true }),
    },
    resolve: (_root, args, ctx) =>
      service.updateCarePlanObjective(ctx.db, callerOf(ctx), String(args.objectiveId), {
        ...(args.input as service.ObjectiveUpdate),
        ...(args.input.responsibleUserId !== undefined ? { responsibleUserId: ids(args.input.responsibleUserId) } : {}),
      }),
  }),
  addIntervention: t.field({
    type: CarePlanRef,
    description: 'Adds an intervention to an objective of a draft.',
    args: { objectiveId: t.arg.id({ required: true }), input: t.arg({ type: InterventionInput, required: true }) },
    resolve: (_root, args, ctx) =>
      service.addIntervention(ctx.db, callerOf(ctx), String(args.objectiveId), interventionInput(args.input)),
  }),
  updateIntervention: t.field({
    type: CarePlanRef,
    description:
      'Changes an intervention: the provider in a draft; status, note and referral in a draft or the approved plan.',
    args: {
      interventionId: t.arg.id({ required: true }),
      input: t.arg({ type: InterventionUpdateInput, required: true }),
    },
    resolve: (_root, args, ctx) =>
      service.updateIntervention(ctx.db, callerOf(ctx), String(args.interventionId), {
        ...(args.input as service.InterventionUpdate),
        ...(args.input.providerId !== undefined ? { providerId: ids(args.input.providerId) } : {}),
        ...(args.input.referralId !== undefined ? { referralId: ids(args.input.referralId) } : {}),
      }),
  }),
  submitCarePlan: t.field({
    type: CarePlanRef,
    description: "Sends a draft for approval by a supervisor of the case's team.",
    args: { carePlanId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) => service.submitCarePlan(ctx.db, callerOf(ctx), String(args.carePlanId)),
  }),
  decideCarePlan: t.field({
    type: CarePlanRef,
    description:
      "Approves or rejects a plan awaiting approval (a supervisor of the case's team, not the plan's maker or submitter unless careplan:self_approve). REJECT needs a comment; APPROVE supersedes the previously approved version.",
    args: {
      carePlanId: t.arg.id({ required: true }),
      decision: t.arg({ type: DecisionEnum, required: true }),
      comment: t.arg.string(),
    },
    resolve: (_root, args, ctx) =>
      service.decideCarePlan(ctx.db, callerOf(ctx), String(args.carePlanId), args.decision, args.comment),
  }),
  completeCarePlan: t.field({
    type: CarePlanRef,
    description:
      'Completes the APPROVED plan (it becomes COMPLETED): those who work the case, once every objective is closed (ACHIEVED, PARTIALLY_ACHIEVED, NOT_ACHIEVED or CANCELLED); an objective still NOT_STARTED or IN_PROGRESS is refused with CONFLICT, its message naming the open objectives. A completed plan takes no more progress; a new version may still be started.',
    args: { carePlanId: t.arg.id({ required: true }), note: t.arg.string() },
    resolve: (_root, args, ctx) => service.completeCarePlan(ctx.db, callerOf(ctx), String(args.carePlanId), args.note),
  }),
}));

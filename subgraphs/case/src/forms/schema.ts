import { callerOf, loaderFor, type SubgraphContext } from '@haven/core/graphql/context';
import { builder, JSONRef } from '../builder';
import { CaseRef, UserRef } from '../cases';
import { CaseTypeScalar } from '../cases/schema';
import type { CaseAccess } from '../access';
import type { FormDefinitionRecord, SubmissionView } from './form';
import * as service from './forms.service';

const FormStatusEnum = builder.enumType('FormStatus', {
  values: {
    DRAFT: { value: 'draft' as const, description: 'Saved, not yet in use; may be published' },
    PUBLISHED: { value: 'published' as const, description: 'In use; never changes again' },
    RETIRED: { value: 'retired' as const },
  },
});

export const FormDefinitionRef = builder.objectRef<FormDefinitionRecord>('FormDefinition').implement({
  description:
    'One version of a form: sections, fields, rules, skip logic and calculations, with translated labels and a classification per field.',
  fields: (t) => ({
    id: t.exposeID('id'),
    key: t.exposeString('key'),
    version: t.exposeInt('version'),
    caseTypes: t.field({ type: [CaseTypeScalar], resolve: (d) => d.caseTypes }),
    status: t.field({ type: FormStatusEnum, resolve: (d) => d.status }),
    definition: t.field({
      type: JSONRef,
      description: 'The definition (format: core/src/forms/types.ts)',
      resolve: (d) => d.definition,
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (d) => d.createdAt }),
    publishedAt: t.field({ type: 'DateTime', nullable: true, resolve: (d) => d.publishedAt }),
  }),
});

const SubmissionStatusEnum = builder.enumType('FormSubmissionStatus', {
  values: {
    DRAFT: { value: 'draft' as const, description: 'Saved while being filled in; checked for shape only' },
    SUBMITTED: { value: 'submitted' as const, description: 'Validated in full against its form version' },
  },
});

export const FormSubmissionRef = builder.objectRef<SubmissionView>('FormSubmission').implement({
  description: 'A form filled in for a case, pinned to the version of the form it used.',
  fields: (t) => ({
    id: t.exposeID('id'),
    caseId: t.exposeID('caseId'),
    formKey: t.exposeString('formKey'),
    formVersion: t.exposeInt('formVersion', { description: 'The version it was validated against (a draft: pinned)' }),
    status: t.field({ type: SubmissionStatusEnum, resolve: (s) => s.status }),
    values: t.field({
      type: JSONRef,
      description:
        'Values by field key, calculations included, without the values of fields the viewer may not read (see withheldFields).',
      resolve: (s) => s.values,
    }),
    withheldFields: t.exposeStringList('withheldFields', {
      description:
        'Restricted or confidential fields of the form whose values are withheld from the viewer (the web shows "[Restricted]").',
    }),
    submittedBy: t.field({ type: UserRef, resolve: (s) => ({ id: s.submittedBy }) }),
    submittedAt: t.field({ type: 'DateTime', resolve: (s) => s.submittedAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (s) => s.updatedAt }),
  }),
});

/** The access each case of this request was reached with, for the batched submissions loader. */
const accessOfRequest = new WeakMap<SubgraphContext, Map<string, { access: CaseAccess; caseType: string }>>();

builder.objectField(CaseRef, 'formSubmissions', (t) =>
  t.field({
    type: [FormSubmissionRef],
    description: 'Forms filled in for this case (of one form when formKey is given), drafts included, newest first.',
    args: { formKey: t.arg.string() },
    resolve: async (c, args, ctx) => {
      const access = accessOfRequest.get(ctx) ?? accessOfRequest.set(ctx, new Map()).get(ctx)!;
      access.set(c.id, { access: c.access, caseType: c.caseType });
      const formKey = args.formKey ?? null;
      const loader = loaderFor<SubmissionView[]>(ctx, `formSubmissions:${formKey ?? '*'}`, (ids) =>
        service.submissionsOf(
          ctx.db,
          callerOf(ctx),
          ctx.fieldKeys,
          new Map(ids.map((id) => [id, access.get(id)!])),
          formKey,
        ),
      );
      return (await loader.load(c.id)) ?? [];
    },
  }),
);

builder.queryFields((t) => ({
  formDefinitions: t.field({
    type: [FormDefinitionRef],
    description: 'The newest published version of each form of the agency, for a case type when given.',
    args: { caseType: t.arg({ type: CaseTypeScalar }) },
    resolve: (_root, args, ctx) => service.listDefinitions(ctx.db, callerOf(ctx), args.caseType ?? null),
  }),
  formDefinition: t.field({
    type: FormDefinitionRef,
    description: 'One version of a form; the newest published one when no version is given.',
    args: { key: t.arg.string({ required: true }), version: t.arg.int() },
    resolve: (_root, args, ctx) => service.getDefinition(ctx.db, callerOf(ctx), args.key, args.version ?? null),
  }),
}));

builder.mutationFields((t) => ({
  saveFormDefinition: t.field({
    type: FormDefinitionRef,
    description:
      'Saves a new draft version of a form (form:manage). Every problem of the definition comes back at once, with its path under "definition".',
    args: {
      key: t.arg.string({ required: true }),
      caseTypes: t.arg({ type: [CaseTypeScalar], required: true }),
      definition: t.arg({ type: JSONRef, required: true }),
    },
    resolve: (_root, args, ctx) =>
      service.saveDefinition(ctx.db, callerOf(ctx), {
        key: args.key,
        caseTypes: args.caseTypes,
        definition: args.definition,
      }),
  }),
  publishFormDefinition: t.field({
    type: FormDefinitionRef,
    description: 'Publishes a draft version; new submissions use it. A published version never changes.',
    args: { key: t.arg.string({ required: true }), version: t.arg.int({ required: true }) },
    resolve: (_root, args, ctx) => service.publishDefinition(ctx.db, callerOf(ctx), args.key, args.version),
  }),
  submitForm: t.field({
    type: FormSubmissionRef,
    description:
      'Fills in a form for a case, validated against the newest published version (recorded with the submission). Invalid values: BAD_USER_INPUT with the path of each under "values"; nothing is stored.',
    args: {
      caseId: t.arg.id({ required: true }),
      formKey: t.arg.string({ required: true }),
      values: t.arg({ type: JSONRef, required: true }),
    },
    resolve: (_root, args, ctx) =>
      service.submitForm(ctx.db, callerOf(ctx), ctx.fieldKeys, {
        caseId: String(args.caseId),
        formKey: args.formKey,
        values: args.values,
      }),
  }),
  saveFormDraft: t.field({
    type: FormSubmissionRef,
    description:
      'Saves a draft of a form for a case: a new one pinned to the newest published version, or new values for the draft submissionId names. Only the shape and type of the values are checked.',
    args: {
      caseId: t.arg.id({ required: true }),
      formKey: t.arg.string({ required: true }),
      values: t.arg({ type: JSONRef, required: true }),
      submissionId: t.arg.id(),
    },
    resolve: (_root, args, ctx) =>
      service.saveFormDraft(ctx.db, callerOf(ctx), ctx.fieldKeys, {
        caseId: String(args.caseId),
        formKey: args.formKey,
        values: args.values,
        submissionId: args.submissionId === null || args.submissionId === undefined ? null : String(args.submissionId),
      }),
  }),
  submitFormDraft: t.field({
    type: FormSubmissionRef,
    description:
      'Submits a draft (with new values when given), validated in full against its pinned version; on any problem BAD_USER_INPUT and the draft stays as it was.',
    args: { submissionId: t.arg.id({ required: true }), values: t.arg({ type: JSONRef }) },
    resolve: (_root, args, ctx) =>
      service.submitFormDraft(ctx.db, callerOf(ctx), ctx.fieldKeys, {
        submissionId: String(args.submissionId),
        values: args.values,
      }),
  }),
  updateSubmission: t.field({
    type: FormSubmissionRef,
    description: 'Replaces the values of a submission, validated against the version the submission used.',
    args: { submissionId: t.arg.id({ required: true }), values: t.arg({ type: JSONRef, required: true }) },
    resolve: (_root, args, ctx) =>
      service.updateSubmission(ctx.db, callerOf(ctx), ctx.fieldKeys, {
        submissionId: String(args.submissionId),
        values: args.values,
      }),
  }),
}));

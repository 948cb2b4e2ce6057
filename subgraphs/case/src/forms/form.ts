import type { FormDefinition, FormValues } from '@haven/core/forms/index';

export const formStatuses = ['draft', 'published', 'retired'] as const;
export type FormStatus = (typeof formStatuses)[number];

/** One version of a form definition. */
export interface FormDefinitionRecord {
  id: string;
  key: string;
  version: number;
  caseTypes: string[];
  definition: FormDefinition;
  status: FormStatus;
  createdBy: string;
  createdAt: Date;
  publishedAt: Date | null;
}

/** A form filled in for a case, pinned to the definition version it used. */
export interface FormSubmission {
  id: string;
  caseId: string;
  formDefinitionId: string;
  formKey: string;
  formVersion: number;
  /** Standard and restricted values (confidential ones are kept encrypted elsewhere). */
  values: FormValues;
  status: 'draft' | 'submitted';
  submittedBy: string;
  submittedAt: Date;
  updatedAt: Date;
}

/** A submission as one viewer may see it: values she may not read are left out and named. */
export interface SubmissionView extends FormSubmission {
  withheldFields: string[];
}

/** Where a confidential value of a submission is kept in case.confidential_values. */
export const confidentialFieldName = (submissionId: string, fieldKey: string) => `forms.${submissionId}.${fieldKey}`;

import './schema';
export { installFormTemplates, submitForm, updateSubmission } from './forms.service';
export type { FormDefinitionRecord, FormSubmission, SubmissionView } from './form';

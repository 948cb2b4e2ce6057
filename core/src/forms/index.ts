export * from './types';
export {
  parse,
  evaluate,
  references,
  functions,
  ExpressionError,
  type Node,
  type Value,
  type Scope,
} from './expression';
export { validateDefinition, indexFields } from './definition';
export {
  validateSubmission,
  computeSubmission,
  classificationsOf,
  visibilityOf,
  valuesOfType,
  type SubmissionOptions,
  type Visibility,
} from './submission';
export { formTemplates, type FormTemplate } from './templates';

import type { FormDefinition } from '../types';
import { registration } from './registration';
import { consent } from './consent';
import { riskAssessment } from './risk-assessment';
import { bestInterests } from './best-interests';
import { gbvIntake } from './gbv-intake';
import { gbvSafetyPlan } from './gbv-safety-plan';
import { carePlan } from './care-plan';
import { caseClosure } from './case-closure';

export interface FormTemplate {
  key: string;
  /** Case types the form is for (child_protection, gbv, general_protection). */
  caseTypes: string[];
  definition: FormDefinition;
}

const all = ['child_protection', 'gbv', 'general_protection'];

/** The forms every agency starts with (published as version 1 when the agency is provisioned). */
export const formTemplates: readonly FormTemplate[] = [
  { key: 'registration', caseTypes: all, definition: registration },
  { key: 'consent', caseTypes: all, definition: consent },
  { key: 'protection_risk_assessment', caseTypes: all, definition: riskAssessment },
  { key: 'best_interests_assessment', caseTypes: ['child_protection'], definition: bestInterests },
  { key: 'gbv_intake', caseTypes: ['gbv'], definition: gbvIntake },
  { key: 'gbv_safety_plan', caseTypes: ['gbv'], definition: gbvSafetyPlan },
  { key: 'care_plan', caseTypes: all, definition: carePlan },
  { key: 'case_closure', caseTypes: all, definition: caseClosure },
];

import { caseTypes as caseTypesTable } from '@haven/core/db/schema/case';
import type { Executor } from '@haven/core/db/database';
import type { Label } from '@haven/core/forms/index';

export interface CaseTypeSeed {
  key: string;
  label: Label;
  formKeys: string[];
  mandatoryFields: string[];
  defaultFormClassification: 'standard' | 'restricted' | 'confidential';
  workflowKey: string;
}

/** The case types every agency starts with (migration 0012 seeds the same for older agencies). */
export const builtInCaseTypes: readonly CaseTypeSeed[] = [
  {
    key: 'child_protection',
    label: { en: 'Child protection', ar: 'حماية الطفل' },
    formKeys: [
      'registration',
      'consent',
      'protection_risk_assessment',
      'best_interests_assessment',
      'care_plan',
      'case_closure',
    ],
    mandatoryFields: ['person.dateOfBirth'],
    defaultFormClassification: 'standard',
    workflowKey: 'cp-default',
  },
  {
    key: 'gbv',
    label: { en: 'Gender-based violence', ar: 'العنف القائم على النوع الاجتماعي' },
    formKeys: [
      'registration',
      'consent',
      'gbv_intake',
      'protection_risk_assessment',
      'gbv_safety_plan',
      'care_plan',
      'case_closure',
    ],
    mandatoryFields: [],
    defaultFormClassification: 'restricted',
    workflowKey: 'gbv-default',
  },
  {
    key: 'general_protection',
    label: { en: 'General protection', ar: 'الحماية العامة' },
    formKeys: ['registration', 'consent', 'protection_risk_assessment', 'care_plan', 'case_closure'],
    mandatoryFields: [],
    defaultFormClassification: 'standard',
    workflowKey: 'gp-default',
  },
];

/** Installs the shipped case types for a new agency (provisioning, system transaction). */
export async function installCaseTypes(tx: Executor, agencyId: string): Promise<void> {
  await tx
    .insert(caseTypesTable)
    .values(builtInCaseTypes.map((t) => ({ ...t, agencyId, builtIn: true })))
    .onConflictDoNothing();
}

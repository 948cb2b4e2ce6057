/**
 * The field layer (DESIGN.md): every field of the case record has a classification.
 *   standard      anyone who reaches the case
 *   restricted    the assigned worker, holders of a share with restricted fields, emergency access
 *   confidential  the assigned worker only, whatever other permission the viewer holds;
 *                 encrypted at rest
 * Paths are as the audit trail records them (person.contactPhone). The configurable forms of the
 * case-record issue will bring their own classifications into the same registry. A test fails when
 * a field of Case or Person has no entry here.
 */
import { classificationRank, type Classification } from '../access';

export type { Classification };

export const fieldClassifications: Record<string, Classification> = {
  id: 'standard',
  caseNumber: 'standard',
  caseType: 'standard',
  status: 'standard',
  assignedWorker: 'standard',
  teamId: 'standard',
  createdAt: 'standard',
  updatedAt: 'standard',
  history: 'standard',
  shares: 'standard',
  viewerAccess: 'standard',
  currentStage: 'standard',
  // The workflow subgraph's Case fields (stage history, approvals, clocks, the moves allowed now).
  stageHistory: 'standard',
  workflowApprovals: 'standard',
  deadlines: 'standard',
  allowedTransitions: 'standard',
  consents: 'standard',
  consentOverrides: 'standard',
  referrals: 'standard',
  formSubmissions: 'standard',
  // Lists whose items carry a classification of their own (notes, documents): the service withholds
  // the items the viewer may not see, as it does for form values.
  notes: 'standard',
  documents: 'standard',
  carePlan: 'standard',
  carePlans: 'standard',
  person: 'standard',
  'person.id': 'standard',
  'person.givenName': 'standard',
  'person.familyName': 'standard',
  'person.fullName': 'standard',
  'person.sex': 'standard',
  'person.dateOfBirth': 'standard',
  'person.ageYears': 'standard',
  'person.contactPhone': 'restricted',
  'person.currentAddress': 'restricted',
  // Restricted, not standard: a national id or refugee registration number singles a survivor out
  // beyond the agency as surely as her phone or address; supervisors and standard shares need none.
  'person.identifiers': 'restricted',
  // A face identifies as surely as a phone number.
  'person.photo': 'restricted',
  'person.households': 'standard',
  // The other cases of the person that the viewer reaches (a person may appear in several over time).
  'person.cases': 'standard',
  incidentNarrative: 'confidential',
  perpetratorDetails: 'confidential',
  safetyPlan: 'confidential',
};

/** The confidential fields kept encrypted in case.confidential_values. */
export const confidentialFields = ['incidentNarrative', 'perpetratorDetails', 'safetyPlan'] as const;
export type ConfidentialField = (typeof confidentialFields)[number];

/**
 * The classification of a field path: its own entry or that of the nearest enclosing field
 * (history.changedBy.id → history). Anything unknown is confidential: deny by default. A case type
 * may tighten fields for its cases (`tightened`, from CaseAccess.fieldClassifications): the path
 * takes the tightest of the registry's level and any tightening of it or of an enclosing field.
 */
export function classificationOf(path: string, tightened?: Readonly<Record<string, Classification>>): Classification {
  const parts = path.split('.');
  let level: Classification | undefined;
  for (let n = parts.length; n > 0; n--) {
    level = fieldClassifications[parts.slice(0, n).join('.')];
    if (level) break;
  }
  if (!level) return 'confidential';
  if (tightened) {
    for (let n = parts.length; n > 0; n--) {
      const t = tightened[parts.slice(0, n).join('.')];
      if (t && classificationRank[t] > classificationRank[level]) level = t;
    }
  }
  return level;
}

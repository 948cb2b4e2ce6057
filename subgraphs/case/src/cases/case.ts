/**
 * The key of one of the agency's case types (case.case_types): child_protection, gbv and
 * general_protection are shipped, others are configuration. Lower snake case; GraphQL shows it in
 * upper snake case (the CaseType scalar).
 */
export type CaseType = string;

export const caseStatuses = ['open', 'closed'] as const;
export type CaseStatus = (typeof caseStatuses)[number];

export interface Case {
  id: string;
  agencyId: string;
  caseNumber: string;
  caseType: CaseType;
  status: CaseStatus;
  personId: string;
  assignedWorkerId: string;
  /** The team the case is worked in; its supervisors reach it. */
  teamId: string | null;
  createdAt: Date;
  updatedAt: Date;
}

/** HVN-2026-000123: agency prefix, year of registration, per-agency serial within that year. */
export function formatCaseNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}-${year}-${String(serial).padStart(6, '0')}`;
}

/** The parts of a case number, or null when the text is not one. */
export function parseCaseNumber(text: string): { prefix: string; year: number; serial: number } | null {
  const match = /^([A-Z]{2,8})-(\d{4})-(\d{6,9})$/.exec(text);
  return match ? { prefix: match[1]!, year: Number(match[2]), serial: Number(match[3]) } : null;
}

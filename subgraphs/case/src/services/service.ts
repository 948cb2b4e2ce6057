import { ageInYears, type Sex } from '../persons';

/** A translatable text: English always, other languages by BCP 47 code (as form labels). */
export type Label = { en: string } & Record<string, string>;

export const serviceCategories = [
  'case_management',
  'psychosocial',
  'health',
  'legal',
  'safety',
  'cash_basic_needs',
  'education',
  'livelihoods',
  'family_tracing',
  'other',
] as const;
export type ServiceCategory = (typeof serviceCategories)[number];

/** Who may receive a service, as data; an empty rule is no restriction. */
export interface Eligibility {
  caseTypes?: string[];
  minAge?: number;
  maxAge?: number;
  sexes?: Sex[];
}

/** An entry of the agency's service catalogue. */
export interface CatalogueEntry {
  id: string;
  agencyId: string;
  key: string;
  name: Label;
  category: ServiceCategory;
  description: Label | null;
  eligibility: Eligibility;
  /** The team that delivers it inside the agency, when it is an internal service. */
  internalTeamId: string | null;
  active: boolean;
  updatedBy: string | null;
  updatedAt: Date;
}

export interface ProviderContact {
  phone?: string;
  email?: string;
  address?: string;
  website?: string;
  contactPerson?: string;
}

/** A provider of the agency's directory: one of its programmes or an outside organisation. */
export interface ServiceProvider {
  id: string;
  agencyId: string;
  name: string;
  /** An exchange partner of the agency, when the provider is one. */
  organisationId: string | null;
  serviceKeys: string[];
  /** Admin-area codes covered; empty: everywhere. */
  areaCodes: string[];
  contact: ProviderContact;
  active: boolean;
  updatedBy: string | null;
  updatedAt: Date;
}

const upper = (key: string) => key.toUpperCase();

/** What eligibility is judged on: the case type and the person's sex and date of birth. */
export interface EligibilitySubject {
  caseType: string;
  sex: Sex;
  dateOfBirth: string | null;
}

export interface EligibilityResult {
  eligible: boolean;
  /** Why not, one reason per rule the person does not meet (empty when eligible). */
  reasons: string[];
}

/**
 * Judges a person against a service's eligibility rules (pure: the web can show the same answer).
 * An unknown date of birth or sex does not meet an age or sex rule: the reason says what to record.
 */
export function eligibilityOf(
  entry: Pick<CatalogueEntry, 'eligibility' | 'active'>,
  subject: EligibilitySubject,
  today: Date = new Date(),
): EligibilityResult {
  const reasons: string[] = [];
  const rule = entry.eligibility;
  if (!entry.active) reasons.push('the service is not active');
  if (rule.caseTypes && rule.caseTypes.length > 0 && !rule.caseTypes.includes(subject.caseType)) {
    reasons.push(`the service is for ${rule.caseTypes.map(upper).join(', ')} cases, not ${upper(subject.caseType)}`);
  }
  if (rule.minAge !== undefined || rule.maxAge !== undefined) {
    const range =
      rule.minAge !== undefined && rule.maxAge !== undefined
        ? `ages ${rule.minAge} to ${rule.maxAge}`
        : rule.minAge !== undefined
          ? `ages ${rule.minAge} and over`
          : `ages up to ${rule.maxAge}`;
    const age = ageInYears(subject.dateOfBirth, today);
    if (age === null) reasons.push(`the service is for ${range} and the date of birth is not recorded`);
    else if ((rule.minAge !== undefined && age < rule.minAge) || (rule.maxAge !== undefined && age > rule.maxAge)) {
      reasons.push(`the service is for ${range}; the person is ${age}`);
    }
  }
  if (rule.sexes && rule.sexes.length > 0 && !rule.sexes.includes(subject.sex)) {
    reasons.push(
      subject.sex === 'unknown'
        ? `the service is for ${rule.sexes.join(', ')} persons and the sex is not recorded`
        : `the service is for ${rule.sexes.join(', ')} persons, not ${subject.sex}`,
    );
  }
  return { eligible: reasons.length === 0, reasons };
}

/** Whether a provider covers an area, given the area and its ancestors' codes (empty coverage: everywhere). */
export function covers(provider: Pick<ServiceProvider, 'areaCodes'>, areaWithAncestors: readonly string[]): boolean {
  return provider.areaCodes.length === 0 || provider.areaCodes.some((c) => areaWithAncestors.includes(c));
}

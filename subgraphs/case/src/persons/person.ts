export const sexes = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof sexes)[number];

export interface Person {
  id: string;
  agencyId: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  dateOfBirth: string | null;
  /** Restricted. */
  contactPhone: string | null;
  /** Restricted. */
  currentAddress: string | null;
  createdAt: Date;
}

/** A registration number, national id or phone used to recognise a person; restricted. */
export interface PersonIdentifier {
  id: string;
  personId: string;
  kind: string;
  value: string;
  /** As compared: case, spaces and punctuation removed. */
  normalized: string;
  createdAt: Date;
}

export interface NewPerson {
  agencyId: string;
  givenName: string;
  familyName: string;
  sex: Sex;
  dateOfBirth: string | null;
  contactPhone?: string | null;
  currentAddress?: string | null;
  createdBy: string;
}

/** Whole years between a date of birth and a day, or null when the date of birth is unknown. */
export function ageInYears(dateOfBirth: string | null, today: Date = new Date()): number | null {
  if (!dateOfBirth) return null;
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let age = today.getUTCFullYear() - y;
  const beforeBirthday = today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d);
  if (beforeBirthday) age -= 1;
  return age;
}

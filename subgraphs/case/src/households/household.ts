import { householdRelationshipEnum } from '@haven/core/db/schema';

export const relationships = householdRelationshipEnum.enumValues;
export type Relationship = (typeof relationships)[number];

export interface Household {
  id: string;
  agencyId: string;
  label: string | null;
  headPersonId: string | null;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Membership of a person in a household, with the relationship to its head; leftAt ends it. */
export interface HouseholdMember {
  householdId: string;
  personId: string;
  relationship: Relationship;
  joinedAt: Date;
  leftAt: Date | null;
  addedBy: string;
}

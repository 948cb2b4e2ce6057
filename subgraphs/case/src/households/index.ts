import './schema';
export { HouseholdRef, HouseholdRelationshipEnum } from './schema';
export { relationships, type Relationship, type Household, type HouseholdMember } from './household';

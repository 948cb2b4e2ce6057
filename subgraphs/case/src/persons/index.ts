export { PersonRef, PersonInput, PersonIdentifierInput, PersonIdentifierRef, SexEnum } from './schema';
export {
  insertPerson,
  findPersonsByIds,
  findPerson,
  updatePersonFields,
  insertIdentifiers,
  findIdentifiersOfPersons,
} from './persons.store';
export { ageInYears, sexes, type Person, type NewPerson, type Sex, type PersonIdentifier } from './person';
export { dateOfBirth, personName } from './person-input';
export type { PersonView } from './schema';

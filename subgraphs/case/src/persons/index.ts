export { PersonRef, PersonInput, SexEnum } from './schema';
export { insertPerson, findPersonsByIds, findPerson, updatePersonFields } from './persons.store';
export { ageInYears, sexes, type Person, type NewPerson, type Sex } from './person';
export type { PersonView } from './schema';

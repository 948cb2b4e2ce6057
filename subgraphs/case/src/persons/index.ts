export { PersonRef, PersonInput, SexEnum } from './schema';
export { insertPerson, findPersonsByIds } from './persons.store';
export { ageInYears, sexes, type Person, type NewPerson, type Sex } from './person';

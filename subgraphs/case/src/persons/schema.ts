import { builder } from '../builder';
import { ageInYears, sexes, type Person } from './person';

export const SexEnum = builder.enumType('Sex', {
  values: Object.fromEntries(sexes.map((s) => [s.toUpperCase(), { value: s }])) as Record<
    Uppercase<(typeof sexes)[number]>,
    { value: (typeof sexes)[number] }
  >,
});

export const PersonRef = builder.objectRef<Person>('Person').implement({
  description: 'Someone a case is about. A person may appear in several cases over time.',
  fields: (t) => ({
    id: t.exposeID('id'),
    givenName: t.exposeString('givenName'),
    familyName: t.exposeString('familyName'),
    fullName: t.string({ resolve: (p) => `${p.givenName} ${p.familyName}` }),
    sex: t.field({ type: SexEnum, resolve: (p) => p.sex }),
    dateOfBirth: t.field({ type: 'Date', nullable: true, resolve: (p) => p.dateOfBirth }),
    ageYears: t.int({ nullable: true, resolve: (p) => ageInYears(p.dateOfBirth) }),
  }),
});

export const PersonInput = builder.inputType('PersonInput', {
  fields: (t) => ({
    givenName: t.string({ required: true }),
    familyName: t.string({ required: true }),
    sex: t.field({ type: SexEnum, required: true }),
    dateOfBirth: t.field({ type: 'Date', required: false }),
  }),
});

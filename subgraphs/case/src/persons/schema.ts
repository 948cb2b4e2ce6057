import { builder } from '../builder';
import type { CaseAccess } from '../access';
import { ageInYears, sexes, type Person } from './person';

/** A person as reached through one case: the case's access decides which fields show. */
export type PersonView = Person & { access: CaseAccess };

export const SexEnum = builder.enumType('Sex', {
  values: Object.fromEntries(sexes.map((s) => [s.toUpperCase(), { value: s }])) as Record<
    Uppercase<(typeof sexes)[number]>,
    { value: (typeof sexes)[number] }
  >,
});

export const PersonRef = builder.objectRef<PersonView>('Person').implement({
  description: 'Someone a case is about. A person may appear in several cases over time.',
  fields: (t) => ({
    id: t.exposeID('id'),
    givenName: t.exposeString('givenName'),
    familyName: t.exposeString('familyName'),
    fullName: t.string({ resolve: (p) => `${p.givenName} ${p.familyName}` }),
    sex: t.field({ type: SexEnum, resolve: (p) => p.sex }),
    dateOfBirth: t.field({ type: 'Date', nullable: true, resolve: (p) => p.dateOfBirth }),
    ageYears: t.int({ nullable: true, resolve: (p) => ageInYears(p.dateOfBirth) }),
    contactPhone: t.string({
      nullable: true,
      description: 'Restricted: the assigned worker and holders of a restricted share.',
      resolve: (p) => p.contactPhone,
    }),
    currentAddress: t.string({
      nullable: true,
      description: 'Restricted: the assigned worker and holders of a restricted share.',
      resolve: (p) => p.currentAddress,
    }),
  }),
});

export const PersonInput = builder.inputType('PersonInput', {
  fields: (t) => ({
    givenName: t.string({ required: true }),
    familyName: t.string({ required: true }),
    sex: t.field({ type: SexEnum, required: true }),
    dateOfBirth: t.field({ type: 'Date', required: false }),
    contactPhone: t.string({ required: false, description: 'Restricted.' }),
    currentAddress: t.string({ required: false, description: 'Restricted.' }),
  }),
});

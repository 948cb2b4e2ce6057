import { callerOf, loaderFor } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { findIdentifiersOfPersons } from './persons.store';
import type { CaseAccess } from '../access';
import { ageInYears, sexes, type Person, type PersonIdentifier } from './person';

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

export const PersonIdentifierRef = builder.objectRef<PersonIdentifier>('PersonIdentifier').implement({
  description: 'A registration number, national id or phone number by which the person is recognised.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.exposeString('kind', { description: 'national_id, unhcr_id, phone, …' }),
    value: t.exposeString('value'),
    createdAt: t.field({ type: 'DateTime', resolve: (i) => i.createdAt }),
  }),
});

builder.objectField(PersonRef, 'identifiers', (t) =>
  t.field({
    type: [PersonIdentifierRef],
    nullable: true,
    description: 'Restricted: identifiers single a person out as surely as a phone number or an address.',
    resolve: async (p, _args, ctx) => {
      const { viewer } = callerOf(ctx);
      const loader = loaderFor<PersonIdentifier[]>(ctx, 'personIdentifiers', (ids) =>
        ctx.db.transaction({ viewer }, async (tx) => {
          const out = new Map<string, PersonIdentifier[]>(ids.map((id) => [id, []]));
          for (const i of await findIdentifiersOfPersons(tx, ids)) out.get(i.personId)?.push(i);
          return out;
        }),
      );
      return (await loader.load(p.id)) ?? [];
    },
  }),
);

export const PersonIdentifierInput = builder.inputType('PersonIdentifierInput', {
  fields: (t) => ({
    kind: t.string({ required: true, description: 'A short lower-case word: national_id, unhcr_id, phone, …' }),
    value: t.string({ required: true }),
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

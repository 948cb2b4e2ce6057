import { callerOf, loaderFor } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { UserRef } from '../cases';
import { PersonRef, SexEnum } from '../persons';
import { relationships, type Relationship } from './household';
import * as service from './households.service';
import type { HouseholdView, MemberView } from './households.service';

export const HouseholdRelationshipEnum = builder.enumType('HouseholdRelationship', {
  description: "A member's relationship to the head of the household.",
  values: Object.fromEntries(relationships.map((r) => [r.toUpperCase(), { value: r }])) as Record<
    Uppercase<Relationship>,
    { value: Relationship }
  >,
});

const HouseholdMemberRef = builder.objectRef<MemberView>('HouseholdMember').implement({
  description:
    "A person's membership of a household. A member who has a case of their own that you do not reach shows only the relationship and dates: person is null and personWithheld says why.",
  fields: (t) => ({
    personId: t.id({
      nullable: true,
      description: 'Null when the person is withheld.',
      resolve: (m) => (m.person ? m.personId : null),
    }),
    relationship: t.field({ type: HouseholdRelationshipEnum, resolve: (m) => m.relationship }),
    joinedAt: t.field({ type: 'DateTime', resolve: (m) => m.joinedAt }),
    leftAt: t.field({ type: 'DateTime', nullable: true, resolve: (m) => m.leftAt }),
    current: t.boolean({ resolve: (m) => m.leftAt === null }),
    person: t.field({ type: PersonRef, nullable: true, resolve: (m) => m.person }),
    personWithheld: t.string({
      nullable: true,
      description: 'NOT_REACHED: the member has a case of their own that you do not reach.',
      resolve: (m) => m.personWithheld,
    }),
    addedBy: t.field({ type: UserRef, resolve: (m) => ({ id: m.addedBy }) }),
  }),
});

export const HouseholdRef = builder.objectRef<HouseholdView>('Household').implement({
  description: 'People living together, one of them its head; memberships that ended stay as history.',
  fields: (t) => ({
    id: t.exposeID('id'),
    label: t.exposeString('label', { nullable: true }),
    head: t.field({
      type: HouseholdMemberRef,
      nullable: true,
      resolve: (h) => h.members.find((m) => m.personId === h.headPersonId && !m.leftAt) ?? null,
    }),
    members: t.field({
      type: [HouseholdMemberRef],
      description: 'Members in the order they joined; former members too unless currentOnly.',
      args: { currentOnly: t.arg.boolean({ defaultValue: false }) },
      resolve: (h, args) => (args.currentOnly ? h.members.filter((m) => !m.leftAt) : h.members),
    }),
    createdAt: t.field({ type: 'DateTime', resolve: (h) => h.createdAt }),
    updatedAt: t.field({ type: 'DateTime', resolve: (h) => h.updatedAt }),
  }),
});

builder.objectField(PersonRef, 'households', (t) =>
  t.field({
    type: [HouseholdRef],
    description: 'The households this person belongs or belonged to, that you reach.',
    resolve: async (p, _args, ctx) => {
      const loader = loaderFor<HouseholdView[]>(ctx, 'personHouseholds', (ids) =>
        service.householdsOfPersons(ctx.db, callerOf(ctx), ids),
      );
      return (await loader.load(p.id)) ?? [];
    },
  }),
);

const NewHouseholdPersonInput = builder.inputType('NewHouseholdPersonInput', {
  description: 'A person recorded as a household member, without a case of their own.',
  fields: (t) => ({
    givenName: t.string({ required: true }),
    familyName: t.string({ required: true }),
    sex: t.field({ type: SexEnum, required: true }),
    dateOfBirth: t.field({ type: 'Date' }),
  }),
});

const HouseholdMemberInput = builder.inputType('HouseholdMemberInput', {
  description: 'Either an existing person you reach (personId) or a new person recorded without a case of their own.',
  fields: (t) => ({
    personId: t.id(),
    newPerson: t.field({ type: NewHouseholdPersonInput }),
    relationship: t.field({ type: HouseholdRelationshipEnum, required: true }),
  }),
});

builder.mutationFields((t) => ({
  createHousehold: t.field({
    type: HouseholdRef,
    description: "Creates a household around a case's person, who becomes its first member (by default its head).",
    args: {
      caseId: t.arg.id({ required: true }),
      label: t.arg.string(),
      relationship: t.arg({ type: HouseholdRelationshipEnum, description: 'Of the case person; HEAD by default.' }),
    },
    resolve: (_root, args, ctx) =>
      service.createHousehold(ctx.db, callerOf(ctx), {
        caseId: String(args.caseId),
        label: args.label,
        relationship: args.relationship,
      }),
  }),
  addHouseholdMember: t.field({
    type: HouseholdRef,
    args: {
      householdId: t.arg.id({ required: true }),
      input: t.arg({ type: HouseholdMemberInput, required: true }),
    },
    resolve: (_root, args, ctx) =>
      service.addHouseholdMember(ctx.db, callerOf(ctx), String(args.householdId), {
        personId:
          args.input.personId === null || args.input.personId === undefined ? null : String(args.input.personId),
        newPerson: args.input.newPerson,
        relationship: args.input.relationship,
      }),
  }),
  setHouseholdHead: t.field({
    type: HouseholdRef,
    args: {
      householdId: t.arg.id({ required: true }),
      personId: t.arg.id({ required: true }),
      previousHeadRelationship: t.arg({
        type: HouseholdRelationshipEnum,
        description: "The former head's relationship to the new one; OTHER_RELATIVE by default.",
      }),
    },
    resolve: (_root, args, ctx) =>
      service.setHouseholdHead(
        ctx.db,
        callerOf(ctx),
        String(args.householdId),
        String(args.personId),
        args.previousHeadRelationship,
      ),
  }),
  endHouseholdMembership: t.field({
    type: HouseholdRef,
    description: 'Ends a membership (leftAt); it stays listed as history.',
    args: { householdId: t.arg.id({ required: true }), personId: t.arg.id({ required: true }) },
    resolve: (_root, args, ctx) =>
      service.endHouseholdMembership(ctx.db, callerOf(ctx), String(args.householdId), String(args.personId)),
  }),
}));

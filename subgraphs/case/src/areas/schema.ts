import { callerOf } from '@haven/core/graphql/context';
import { builder, JSONRef } from '../builder';
import type { AdminArea } from './area';
import * as service from './areas.service';

const AdminAreaRef = builder.objectRef<AdminArea>('AdminArea').implement({
  description: "An area of the agency's administrative hierarchy (governorate, district, …), for location fields.",
  fields: (t) => ({
    code: t.exposeString('code'),
    level: t.exposeInt('level', { description: '1 for the top level, the parent’s level + 1 below it' }),
    parentCode: t.exposeString('parentCode', { nullable: true }),
    name: t.field({ type: JSONRef, description: 'Texts by language code; en always', resolve: (a) => a.name }),
    active: t.exposeBoolean('active', { description: 'False: retired; new location values may not name it' }),
  }),
});

const AdminAreaInput = builder.inputType('AdminAreaInput', {
  fields: (t) => ({
    code: t.string({ required: true }),
    parentCode: t.string({ description: 'An area already stored or one of the same import; none for the top level' }),
    name: t.field({ type: JSONRef, required: true, description: 'Texts by language code, en required' }),
    active: t.boolean({ description: 'Default: true for a new area, unchanged for an existing one' }),
  }),
});

const ImportResultRef = builder.objectRef<{ created: number; updated: number }>('AdminAreaImportResult').implement({
  fields: (t) => ({ created: t.exposeInt('created'), updated: t.exposeInt('updated') }),
});

builder.queryFields((t) => ({
  adminAreas: t.field({
    type: [AdminAreaRef],
    description:
      'Areas of your agency: the children of parentCode, or all of one level, or the top level when neither is given; by code.',
    args: { parentCode: t.arg.string(), level: t.arg.int(), includeInactive: t.arg.boolean() },
    resolve: (_root, args, ctx) => service.listAreas(ctx.db, callerOf(ctx), args),
  }),
  adminArea: t.field({
    type: AdminAreaRef,
    nullable: true,
    args: { code: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => service.getArea(ctx.db, callerOf(ctx), args.code),
  }),
}));

builder.mutationFields((t) => ({
  importAdminAreas: t.field({
    type: ImportResultRef,
    description:
      'Adds or updates areas by code (form:manage), in one transaction. Every problem comes back at once, under "areas".',
    args: { areas: t.arg({ type: [AdminAreaInput], required: true }) },
    resolve: (_root, args, ctx) => service.importAreas(ctx.db, callerOf(ctx), args.areas),
  }),
  setAdminAreaActive: t.field({
    type: AdminAreaRef,
    description: 'Retires an area or brings it back (form:manage).',
    args: { code: t.arg.string({ required: true }), active: t.arg.boolean({ required: true }) },
    resolve: (_root, args, ctx) => service.setAreaActive(ctx.db, callerOf(ctx), args.code, args.active),
  }),
}));

import { callerOf } from '@haven/core/graphql/context';
import { builder } from '../builder';
import type { AuditLogEntry } from './audit-log.store';
import * as service from './audit-log.service';

export const UserRef = builder.externalRef('User', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({ id: t.exposeID('id') }),
});

const AuditOutcome = builder.enumType('AuditOutcome', {
  values: { ALLOWED: { value: 'allowed' as const }, DENIED: { value: 'denied' as const } },
});

const AuditEventRef = builder.objectRef<AuditLogEntry>('AuditEvent').implement({
  description: 'One entry of the audit trail: who did what to which record, and which fields; never field values.',
  fields: (t) => ({
    seq: t.exposeString('seq'),
    occurredAt: t.field({ type: 'DateTime', resolve: (e) => e.occurredAt }),
    actor: t.field({ type: UserRef, nullable: true, resolve: (e) => (e.actorId ? { id: e.actorId } : null) }),
    actorRoles: t.exposeStringList('actorRoles'),
    action: t.exposeString('action'),
    targetType: t.exposeString('targetType', { nullable: true }),
    targetId: t.exposeString('targetId', { nullable: true }),
    targetIds: t.exposeStringList('targetIds'),
    fields: t.exposeStringList('fields'),
    outcome: t.field({ type: AuditOutcome, resolve: (e) => e.outcome as 'allowed' | 'denied' }),
    reason: t.exposeString('reason', { nullable: true }),
    requestId: t.exposeString('requestId', { nullable: true }),
    clientAddress: t.exposeString('clientAddress', { nullable: true }),
  }),
});

const AuditEventConnection = builder.objectRef<service.AuditLogPage>('AuditEventConnection').implement({
  fields: (t) => ({
    nodes: t.field({ type: [AuditEventRef], resolve: (p) => p.nodes }),
    hasNextPage: t.exposeBoolean('hasNextPage'),
    endCursor: t.exposeString('endCursor', { nullable: true }),
  }),
});

const AuditExport = builder.objectRef<{ csv: string; rowCount: number }>('AuditExport').implement({
  fields: (t) => ({ csv: t.exposeString('csv'), rowCount: t.exposeInt('rowCount') }),
});

const AuditFilter = builder.inputType('AuditFilter', {
  fields: (t) => ({
    caseId: t.id({ description: 'Events about this case, including list reads that returned it.' }),
    userId: t.id({ description: 'Events by this member of staff.' }),
    action: t.string({ description: 'e.g. case.read, case.update, auth.sign_in' }),
    outcome: t.field({ type: AuditOutcome }),
    from: t.field({ type: 'DateTime' }),
    to: t.field({ type: 'DateTime' }),
  }),
});

type FilterArg =
  | {
      caseId?: string | number | null;
      userId?: string | number | null;
      action?: string | null;
      outcome?: string | null;
      from?: Date | null;
      to?: Date | null;
    }
  | null
  | undefined;
const toFilter = (f: FilterArg) => ({
  caseId: f?.caseId ? String(f.caseId) : null,
  userId: f?.userId ? String(f.userId) : null,
  action: f?.action ?? null,
  outcome: f?.outcome ?? null,
  from: f?.from ?? null,
  to: f?.to ?? null,
});

builder.queryFields((t) => ({
  auditEvents: t.field({
    type: AuditEventConnection,
    description: 'The audit log of the viewer’s agency, newest first (auditors).',
    args: { filter: t.arg({ type: AuditFilter }), first: t.arg.int({ defaultValue: 50 }), after: t.arg.string() },
    resolve: (_root, args, ctx) =>
      service.auditLog(ctx.db, callerOf(ctx), toFilter(args.filter), args.first ?? 50, args.after ?? null),
  }),
  caseAccessLog: t.field({
    type: AuditEventConnection,
    description: 'Everyone who read, changed or was refused a case, newest first (auditors).',
    args: { caseId: t.arg.id({ required: true }), first: t.arg.int({ defaultValue: 50 }), after: t.arg.string() },
    resolve: (_root, args, ctx) =>
      service.auditLog(ctx.db, callerOf(ctx), toFilter({ caseId: args.caseId }), args.first ?? 50, args.after ?? null),
  }),
}));

builder.mutationFields((t) => ({
  exportAuditEvents: t.field({
    type: AuditExport,
    description: 'The filtered audit log as CSV. Needs a reason, which is recorded.',
    args: { filter: t.arg({ type: AuditFilter }), reason: t.arg.string({ required: true }) },
    resolve: (_root, args, ctx) => service.exportAuditLog(ctx.db, callerOf(ctx), toFilter(args.filter), args.reason),
  }),
}));

import { isUuid } from '@haven/core/ids';
import { actorOf, recordAudit, requireReason } from '@haven/core/audit/audit';
import { assertPermission, type Caller } from '@haven/core/access';
import { badInput } from '@haven/core/errors';
import type { Database } from '@haven/core/db/database';
import { findAuditEvents, type AuditLogEntry, type AuditLogFilter } from './audit-log.store';

export interface AuditLogPage {
  nodes: AuditLogEntry[];
  hasNextPage: boolean;
  endCursor: string | null;
}

function checkFilter(filter: AuditLogFilter): void {
  const problems = [];
  if (filter.caseId && !isUuid(filter.caseId))
    problems.push({ path: ['filter', 'caseId'], message: 'must be a case id' });
  if (filter.userId && !isUuid(filter.userId))
    problems.push({ path: ['filter', 'userId'], message: 'must be a user id' });
  if (filter.outcome && !['allowed', 'denied'].includes(filter.outcome))
    problems.push({ path: ['filter', 'outcome'], message: 'must be allowed or denied' });
  if (filter.from && filter.to && filter.from >= filter.to)
    problems.push({ path: ['filter', 'to'], message: 'must be after from' });
  if (problems.length) throw badInput(problems);
}

const usedFilters = (filter: AuditLogFilter) =>
  Object.entries(filter)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k]) => `filter.${k}`)
    .sort();

/**
 * The audit log for auditors: metadata only (who, what, which fields, when, why), never case
 * content; it is never joined with case data. Looking at the log is itself recorded.
 */
export async function auditLog(
  db: Database,
  caller: Caller,
  filter: AuditLogFilter,
  first: number,
  after: string | null,
): Promise<AuditLogPage> {
  assertPermission(caller.viewer, 'audit:read');
  checkFilter(filter);
  if (!Number.isInteger(first) || first < 1 || first > 500)
    throw badInput([{ path: ['first'], message: 'must be between 1 and 500' }]);
  if (after && !/^\d+$/.test(after))
    throw badInput([{ path: ['after'], message: 'is not a cursor returned by this API' }]);
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const rows = await findAuditEvents(db, tx, caller.viewer.agencyId, filter, first + 1, after);
    await recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
      action: 'audit.read',
      targetType: filter.caseId ? 'case' : 'audit',
      targetId: filter.caseId ?? undefined,
      fields: usedFilters(filter),
      outcome: 'allowed',
    });
    const nodes = rows.slice(0, first);
    return { nodes, hasNextPage: rows.length > first, endCursor: nodes.at(-1)?.seq ?? null };
  });
}

export const MAX_EXPORT_ROWS = 100_000;

const csvCell = (value: string | null): string => {
  if (value === null) return '';
  // Quote everything that could break a row or start a spreadsheet formula.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) || safe !== value ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** CSV of the filtered log, for an auditor's offline analysis. An export needs a reason, stored with it. */
export async function exportAuditLog(
  db: Database,
  caller: Caller,
  filter: AuditLogFilter,
  reason: string,
): Promise<{ csv: string; rowCount: number }> {
  assertPermission(caller.viewer, 'audit:read');
  checkFilter(filter);
  const why = requireReason('audit.export', reason);
  return db.transaction({ viewer: caller.viewer }, async (tx) => {
    const rows = await findAuditEvents(db, tx, caller.viewer.agencyId, filter, MAX_EXPORT_ROWS, null);
    await recordAudit(tx, actorOf(caller.viewer, caller.requestId), {
      action: 'audit.export',
      targetType: filter.caseId ? 'case' : 'audit',
      targetId: filter.caseId ?? undefined,
      fields: usedFilters(filter),
      reason: why,
      outcome: 'allowed',
    });
    const header =
      'seq,occurred_at,actor_id,actor_roles,action,target_type,target_id,target_ids,fields,outcome,reason,request_id,client_address';
    const lines = rows.map((r) =>
      [
        r.seq,
        r.occurredAt.toISOString(),
        r.actorId,
        r.actorRoles.join(' '),
        r.action,
        r.targetType,
        r.targetId,
        r.targetIds.join(' '),
        r.fields.join(' '),
        r.outcome,
        r.reason,
        r.requestId,
        r.clientAddress,
      ]
        .map(csvCell)
        .join(','),
    );
    return { csv: [header, ...lines].join('\n') + '\n', rowCount: rows.length };
  });
}

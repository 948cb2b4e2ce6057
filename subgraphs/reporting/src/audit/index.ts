import './schema';
export { auditLog, exportAuditLog } from './audit-log.service';

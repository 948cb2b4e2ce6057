import crypto from 'node:crypto';

/**
 * The canonical form of an audit row, exactly as audit.canonical() builds it in SQL (migration
 * 0002): every value length-prefixed in UTF-8 bytes, NULL as '~', arrays as an encoded string of
 * encoded elements. Keep the two in step.
 */
export interface CanonicalAuditRow {
  seq: string;
  occurredAt: string; // YYYY-MM-DDTHH:MM:SS.ffffffZ, as to_char formats it
  actorId: string | null;
  agencyId: string | null;
  actorRoles: string[];
  action: string;
  targetType: string | null;
  targetId: string | null;
  targetIds: string[];
  fields: string[];
  oldValuesHash: string | null;
  newValuesHash: string | null;
  reason: string | null;
  outcome: string;
  requestId: string | null;
  clientAddress: string | null;
}

const enc = (v: string | null): string => (v === null ? '~' : `${Buffer.byteLength(v, 'utf8')}:${v}`);
const encArray = (v: string[]): string => enc(v.map(enc).join(''));

export function canonicalAuditRow(row: CanonicalAuditRow): string {
  return (
    enc(row.seq) +
    enc(row.occurredAt) +
    enc(row.actorId) +
    enc(row.agencyId) +
    encArray(row.actorRoles) +
    enc(row.action) +
    enc(row.targetType) +
    enc(row.targetId) +
    encArray(row.targetIds) +
    encArray(row.fields) +
    enc(row.oldValuesHash) +
    enc(row.newValuesHash) +
    enc(row.reason) +
    enc(row.outcome) +
    enc(row.requestId) +
    enc(row.clientAddress)
  );
}

export const GENESIS_HASH = '0'.repeat(64);

/** One-shot crypto.hash (Node ≥ 20.12) is about three times faster than createHash for short inputs. */
const sha256Hex: (text: string) => string =
  typeof (crypto as { hash?: unknown }).hash === 'function'
    ? (text) => crypto.hash('sha256', text, 'hex')
    : (text) => crypto.createHash('sha256').update(text, 'utf8').digest('hex');

export function chainHash(prevHash: string, row: CanonicalAuditRow): string {
  return sha256Hex(prevHash + canonicalAuditRow(row));
}

/**
 * Hash of a set of field values, for recording that a change happened without recording the
 * values. Keys are sorted so the same values always give the same hash.
 */
export function valuesHash(values: Record<string, unknown>): string {
  const sorted = Object.keys(values)
    .sort()
    .map((k) => [k, values[k] === undefined ? null : values[k]]);
  return crypto.createHash('sha256').update(JSON.stringify(sorted), 'utf8').digest('hex');
}

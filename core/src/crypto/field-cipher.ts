import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encryption at rest of confidential field values: AES-256-GCM with a random 96-bit nonce per value.
 * The additional authenticated data binds a ciphertext to its place (agency, case, field), so a
 * value copied into another case or field fails to decrypt. Keys live outside the database; each
 * value stores the id of the key that encrypted it, so keys can be rotated (`npm run keys:rotate`).
 */
export interface FieldKeyring {
  /** The key new values are encrypted with. */
  activeKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export interface SealedValue {
  keyId: string;
  /** nonce (12) ‖ tag (16) ‖ ciphertext */
  payload: Buffer;
}

const NONCE = 12;
const TAG = 16;
const KEY_ID = /^[A-Za-z0-9_.-]{1,64}$/;

export class FieldKeyError extends Error {
  override name = 'FieldKeyError';
}

/**
 * Parses `id:base64key[,id:base64key…]`; the first key is the active one, the others stay to
 * decrypt values written before a rotation.
 */
export function parseFieldKeys(text: string): FieldKeyring {
  const keys = new Map<string, Buffer>();
  let activeKeyId: string | undefined;
  for (const entry of text
    .split(/[,\n]/)
    .map((e) => e.trim())
    .filter(Boolean)) {
    const at = entry.indexOf(':');
    const id = entry.slice(0, at);
    const key = Buffer.from(entry.slice(at + 1), 'base64');
    if (at < 1 || !KEY_ID.test(id)) throw new FieldKeyError(`field key "${entry.slice(0, 8)}…" must be id:base64key`);
    if (key.length !== 32) throw new FieldKeyError(`field key ${id} must be 32 bytes (base64), got ${key.length}`);
    if (keys.has(id)) throw new FieldKeyError(`field key ${id} is listed twice`);
    keys.set(id, key);
    activeKeyId ??= id;
  }
  if (!activeKeyId) throw new FieldKeyError('no field encryption key given');
  return { activeKeyId, keys };
}

export function formatFieldKey(id: string, key: Buffer): string {
  return `${id}:${key.toString('base64')}`;
}

/** A new key line, id from today's date plus a random suffix. */
export function newFieldKey(now = new Date()): string {
  const id = `k${now.toISOString().slice(0, 10).replaceAll('-', '')}-${randomBytes(3).toString('hex')}`;
  return formatFieldKey(id, randomBytes(32));
}

export function sealField(keyring: FieldKeyring, plaintext: string, aad: string): SealedValue {
  const key = keyring.keys.get(keyring.activeKeyId)!;
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return { keyId: keyring.activeKeyId, payload: Buffer.concat([nonce, cipher.getAuthTag(), body]) };
}

export function openField(keyring: FieldKeyring, sealed: SealedValue, aad: string): string {
  const key = keyring.keys.get(sealed.keyId);
  if (!key) throw new FieldKeyError(`field key ${sealed.keyId} is not configured; it is needed to decrypt`);
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.payload.subarray(0, NONCE));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.payload.subarray(NONCE, NONCE + TAG));
  return Buffer.concat([decipher.update(sealed.payload.subarray(NONCE + TAG)), decipher.final()]).toString('utf8');
}

/** What ties a confidential value to its place. */
export const confidentialAad = (agencyId: string, caseId: string, field: string) => `${agencyId}/${caseId}/${field}`;

/** A confidential value as stored (case.confidential_values). */
export interface StoredConfidentialValue {
  caseId: string;
  field: string;
  keyId: string;
  ciphertext: Buffer;
}

/** Decrypts a stored confidential value of the agency, checking that it sits where it was written. */
export function openConfidentialValue(keyring: FieldKeyring, agencyId: string, row: StoredConfidentialValue): string {
  return openField(
    keyring,
    { keyId: row.keyId, payload: row.ciphertext },
    confidentialAad(agencyId, row.caseId, row.field),
  );
}

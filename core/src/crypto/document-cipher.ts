import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { FieldKeyError, type FieldKeyring, type SealedValue } from './field-cipher';

/**
 * Encryption at rest of uploaded documents (case.document_versions): AES-256-GCM under the same
 * keyring as confidential field values, a random 96-bit nonce per version, and additional data that
 * binds the ciphertext to its agency, case, document and version, so bytes copied to another
 * document or version fail to decrypt. The payload layout is the field cipher's: nonce ‖ tag ‖ data.
 */
const NONCE = 12;
const TAG = 16;

/** What ties an encrypted document version to its place. */
export const documentAad = (agencyId: string, caseId: string, documentId: string, version: number) =>
  `document/${agencyId}/${caseId}/${documentId}/${version}`;

export function sealBytes(keyring: FieldKeyring, plaintext: Uint8Array, aad: string): SealedValue {
  const key = keyring.keys.get(keyring.activeKeyId);
  if (!key) throw new FieldKeyError('no active field key is configured');
  const nonce = randomBytes(NONCE);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { keyId: keyring.activeKeyId, payload: Buffer.concat([nonce, cipher.getAuthTag(), body]) };
}

/** Decrypts; throws when the key is missing or the ciphertext, tag or place (AAD) do not match. */
export function openBytes(keyring: FieldKeyring, sealed: SealedValue, aad: string): Buffer {
  const key = keyring.keys.get(sealed.keyId);
  if (!key) throw new FieldKeyError(`field key ${sealed.keyId} is not configured; it is needed to decrypt`);
  if (sealed.payload.length < NONCE + TAG) throw new FieldKeyError('ciphertext is too short');
  const decipher = createDecipheriv('aes-256-gcm', key, sealed.payload.subarray(0, NONCE));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(sealed.payload.subarray(NONCE, NONCE + TAG));
  return Buffer.concat([decipher.update(sealed.payload.subarray(NONCE + TAG)), decipher.final()]);
}

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

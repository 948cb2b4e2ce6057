import fs from 'node:fs';
import path from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';
import { keyId, type CheckpointSigner } from './checkpoint';

async function importEd25519(jwk: JWK): Promise<CryptoKey> {
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519')
    throw new Error('audit keys must be Ed25519 JWKs (kty OKP, crv Ed25519)');
  const key = await importJWK(jwk, 'EdDSA');
  if (key instanceof Uint8Array) throw new Error('audit keys must be asymmetric');
  return key;
}

export interface AuditKeys {
  signer: CheckpointSigner | null;
  publicKey: CryptoKey | null;
}

/** Keys from a private JWK: the signer, and the public key verify needs. */
export async function auditKeysFromPrivateJwk(json: string): Promise<AuditKeys & { signer: CheckpointSigner }> {
  const jwk = JSON.parse(json) as JWK;
  if (!jwk.d) throw new Error('the audit signing key must be a private JWK');
  const { d: _private, ...publicJwk } = jwk;
  const publicKey = await importEd25519(publicJwk);
  return { signer: { privateKey: await importEd25519(jwk), keyId: await keyId(publicKey) }, publicKey };
}

export async function auditPublicKey(json: string): Promise<CryptoKey> {
  const { d: _private, ...publicJwk } = JSON.parse(json) as JWK;
  return importEd25519(publicJwk);
}

/**
 * Embedded mode keeps its signing key in a file beside the database folder, made on first start.
 * A server deployment should hold the key elsewhere (AUDIT_SIGNING_KEY) and send checkpoints off
 * the machine, so that whoever controls the database controls neither.
 */
export async function loadOrCreateKeyFile(file: string): Promise<string> {
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const json = JSON.stringify(await exportJWK(privateKey));
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  fs.writeFileSync(file, json, { mode: 0o600, flag: 'wx' });
  return json;
}

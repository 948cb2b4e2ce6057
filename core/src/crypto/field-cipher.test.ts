import { describe, expect, it } from 'vitest';
import { confidentialAad, newFieldKey, openField, parseFieldKeys, sealField } from './field-cipher';

describe('field cipher', () => {
  const keyring = parseFieldKeys(`${newFieldKey()},${newFieldKey()}`);

  it('round-trips a value and never stores the plaintext', () => {
    const aad = confidentialAad('a', 'c', 'incidentNarrative');
    const sealed = sealField(keyring, 'a fictional narrative', aad);
    expect(sealed.keyId).toBe(keyring.activeKeyId);
    expect(sealed.payload.toString('utf8')).not.toContain('fictional');
    expect(openField(keyring, sealed, aad)).toBe('a fictional narrative');
  });

  it('refuses a value moved to another case or field, or tampered with', () => {
    const sealed = sealField(keyring, 'secret', confidentialAad('a', 'c1', 'f'));
    expect(() => openField(keyring, sealed, confidentialAad('a', 'c2', 'f'))).toThrow();
    const flipped = Buffer.from(sealed.payload);
    flipped[flipped.length - 1]! ^= 1;
    expect(() => openField(keyring, { ...sealed, payload: flipped }, confidentialAad('a', 'c1', 'f'))).toThrow();
  });

  it('decrypts with an older key after rotation, and names a missing key', () => {
    const old = parseFieldKeys(newFieldKey());
    const sealed = sealField(old, 'v', 'x');
    const rotated = parseFieldKeys(
      `${newFieldKey()},${[...old.keys].map(([id, k]) => `${id}:${k.toString('base64')}`)[0]}`,
    );
    expect(openField(rotated, sealed, 'x')).toBe('v');
    expect(() => openField(keyring, sealed, 'x')).toThrow(/not configured/);
  });

  it.each([
    [''],
    ['nokey'],
    ['k1:c2hvcnQ='],
    ['k1:' + Buffer.alloc(32).toString('base64') + ',k1:' + Buffer.alloc(32).toString('base64')],
  ])('refuses bad key text %#', (text) => {
    expect(() => parseFieldKeys(text)).toThrow();
  });
});

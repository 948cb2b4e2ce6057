import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  exportViewerKeys,
  generateViewerKeys,
  importViewerKey,
  signViewerToken,
  verifyViewerToken,
  viewerTokenSigner,
  viewerTokenVerifier,
  type Viewer,
} from './viewer';

const viewer: Viewer = {
  userId: '6f1c1f4e-8d7a-4f43-9d59-1d2f0c1e2a3b',
  agencyId: '0b9d3a51-7a3e-4d44-8d2b-5b7f6c1d9e0f',
  roles: ['caseworker'],
  permissions: ['case:read', 'case:create'],
  teamIds: ['t1'],
  supervisedTeamIds: [],
  authMethod: 'demo',
  clientAddress: '127.0.0.1',
};

describe('viewer tokens', () => {
  it('round-trips a viewer', async () => {
    const keys = await generateViewerKeys();
    expect(await verifyViewerToken(await signViewerToken(viewer, keys.privateKey), keys.publicKey)).toEqual(viewer);
  });

  it('refuses a token signed by another key, an expired one, and a tampered one', async () => {
    const keys = await generateViewerKeys();
    const other = await generateViewerKeys();
    expect(await verifyViewerToken(await signViewerToken(viewer, other.privateKey), keys.publicKey)).toBeNull();
    const old = await signViewerToken(viewer, keys.privateKey, new Date(Date.now() - 120_000));
    expect(await verifyViewerToken(old, keys.publicKey)).toBeNull();
    const token = await signViewerToken(viewer, keys.privateKey);
    const [h, p, s] = token.split('.');
    const payload = JSON.parse(Buffer.from(p!, 'base64url').toString());
    payload.perms.push('user:manage');
    const tampered = [h, Buffer.from(JSON.stringify(payload)).toString('base64url'), s].join('.');
    expect(await verifyViewerToken(tampered, keys.publicKey)).toBeNull();
    expect(await verifyViewerToken('', keys.publicKey)).toBeNull();
  });

  it('drops permissions that are not in the catalogue', async () => {
    const keys = await generateViewerKeys();
    const token = await signViewerToken(
      { ...viewer, permissions: ['case:read', 'root:everything' as never] },
      keys.privateKey,
    );
    expect((await verifyViewerToken(token, keys.publicKey))?.permissions).toEqual(['case:read']);
  });

  it('imports keys from JWK configuration and refuses other key types', async () => {
    const { privateJwk, publicJwk } = await exportViewerKeys(await generateViewerKeys());
    const token = await signViewerToken(viewer, await importViewerKey(JSON.stringify(privateJwk)));
    expect(await verifyViewerToken(token, await importViewerKey(JSON.stringify(publicJwk)))).toEqual(viewer);
    await expect(importViewerKey(JSON.stringify({ kty: 'oct', k: 'AAAA' }))).rejects.toThrow(/Ed25519/);
  });

  describe('cached signing and verification', () => {
    afterEach(() => vi.useRealTimers());

    it('re-uses a token only for an identical viewer, and only for half its life', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const keys = await generateViewerKeys();
      const sign = viewerTokenSigner(keys.privateKey);
      const first = await sign(viewer);
      expect(await sign({ ...viewer })).toBe(first);
      // A changed viewer (a role taken away, another address) gets its own token at once.
      const fewer = await sign({ ...viewer, permissions: ['case:read'] });
      expect(fewer).not.toBe(first);
      expect((await verifyViewerToken(fewer, keys.publicKey))?.permissions).toEqual(['case:read']);
      expect(await sign({ ...viewer, clientAddress: '10.0.0.9' })).not.toBe(first);
      vi.advanceTimersByTime(31_000);
      const later = await sign(viewer);
      expect(later).not.toBe(first);
      expect(await verifyViewerToken(later, keys.publicKey)).toEqual(viewer);
    });

    it('remembers a verified token until it expires, and never a bad one', async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      const keys = await generateViewerKeys();
      const other = await generateViewerKeys();
      const verify = viewerTokenVerifier(keys.publicKey);
      const token = await signViewerToken(viewer, keys.privateKey);
      const seen = await verify(token);
      expect(seen).toEqual(viewer);
      expect(await verify(token)).toBe(seen);
      expect(Object.isFrozen(seen) && Object.isFrozen(seen!.permissions)).toBe(true);
      // Forged (another key), tampered and absent tokens are refused every time.
      const forged = await signViewerToken(viewer, other.privateKey);
      expect(await verify(forged)).toBeNull();
      expect(await verify(forged)).toBeNull();
      expect(await verify(`${token.slice(0, -4)}AAAA`)).toBeNull();
      expect(await verify(undefined)).toBeNull();
      // Past its expiry the remembered token is refused like any expired one.
      vi.advanceTimersByTime(61_000);
      expect(await verify(token)).toBeNull();
    });
  });
});

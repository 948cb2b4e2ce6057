import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFolderLockedError, lockDataFolder } from './lock';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'haven-lock-'));

describe('data folder lock', () => {
  it('refuses a second holder while the first holds it, and frees it on release', () => {
    const dir = tempDir();
    const release = lockDataFolder(dir);
    expect(() => lockDataFolder(dir)).toThrow(DataFolderLockedError);
    expect(() => lockDataFolder(dir)).toThrow(/in use by another Haven process/);
    release();
    lockDataFolder(dir)();
  });

  it('takes over a lock whose process is gone', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'haven.lock'), '2147483646');
    const release = lockDataFolder(dir);
    expect(fs.readFileSync(path.join(dir, 'haven.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});

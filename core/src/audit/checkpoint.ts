import fs from 'node:fs';
import path from 'node:path';
import { CompactSign, compactVerify, calculateJwkThumbprint, exportJWK, type CryptoKey } from 'jose';
import type { Database } from '../db/database';
import type { Logger } from '../logging';
import { readChainHead } from './chain.store';

/** A signed statement that the audit chain had this head at this time. */
export interface Checkpoint {
  v: 1;
  seq: string;
  hash: string;
  signedAt: string;
}

export interface SignedCheckpoint extends Checkpoint {
  jws: string;
  keyId: string;
}

/** Where checkpoints go: somewhere the database's administrators cannot rewrite. */
export interface CheckpointSink {
  describe(): string;
  write(checkpoint: SignedCheckpoint): Promise<void>;
}

export async function keyId(publicKey: CryptoKey): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(publicKey));
}

export async function signCheckpoint(
  checkpoint: Checkpoint,
  privateKey: CryptoKey,
  kid: string,
): Promise<SignedCheckpoint> {
  const jws = await new CompactSign(new TextEncoder().encode(JSON.stringify(checkpoint)))
    .setProtectedHeader({ alg: 'EdDSA', typ: 'haven-audit-checkpoint', kid })
    .sign(privateKey);
  return { ...checkpoint, jws, keyId: kid };
}

/** Returns the checkpoint a JWS states, or null if its signature does not verify with the key. */
export async function openCheckpoint(jws: string, publicKey: CryptoKey): Promise<Checkpoint | null> {
  try {
    const { payload, protectedHeader } = await compactVerify(jws.trim(), publicKey, { algorithms: ['EdDSA'] });
    if (protectedHeader.typ !== 'haven-audit-checkpoint') return null;
    const value = JSON.parse(new TextDecoder().decode(payload)) as Checkpoint;
    return value.v === 1 && /^\d+$/.test(value.seq) && /^[0-9a-f]{64}$/.test(value.hash) ? value : null;
  } catch {
    return null;
  }
}

export function directorySink(dir: string): CheckpointSink {
  return {
    describe: () => `directory ${dir}`,
    async write(checkpoint) {
      await fs.promises.mkdir(dir, { recursive: true });
      const name = `checkpoint-${checkpoint.seq.padStart(15, '0')}-${checkpoint.signedAt.replace(/[:.]/g, '-')}.jws`;
      // Write then rename, so a reader never sees half a file.
      const tmp = path.join(dir, `.${name}.tmp`);
      await fs.promises.writeFile(tmp, `${checkpoint.jws}\n`, { mode: 0o600 });
      await fs.promises.rename(tmp, path.join(dir, name));
    },
  };
}

export function httpSink(url: string): CheckpointSink {
  return {
    describe: () => `endpoint ${url}`,
    async write(checkpoint) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/jose', 'x-haven-checkpoint-seq': checkpoint.seq },
        body: checkpoint.jws,
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`checkpoint endpoint answered ${response.status}`);
    },
  };
}

/** Every checkpoint file in a directory (as written by directorySink). */
export async function readCheckpointDirectory(dir: string): Promise<string[]> {
  if (!fs.existsSync(dir)) return [];
  const names = (await fs.promises.readdir(dir))
    .filter((n) => n.startsWith('checkpoint-') && n.endsWith('.jws'))
    .sort();
  return Promise.all(names.map((n) => fs.promises.readFile(path.join(dir, n), 'utf8')));
}

export interface CheckpointSigner {
  privateKey: CryptoKey;
  keyId: string;
}

/** Signs the current chain head and writes it to the sink. */
export async function writeCheckpoint(
  db: Database,
  signer: CheckpointSigner,
  sink: CheckpointSink,
  now = new Date(),
): Promise<SignedCheckpoint> {
  const head = await readChainHead(db);
  const signed = await signCheckpoint(
    { v: 1, seq: head.seq, hash: head.hash, signedAt: now.toISOString() },
    signer.privateKey,
    signer.keyId,
  );
  await sink.write(signed);
  return signed;
}

/**
 * The scheduled job: a checkpoint every interval, skipped when nothing was appended since the last.
 * Failures are logged and retried at the next tick; verify reports how old the newest checkpoint is.
 */
export function startCheckpointSchedule(options: {
  db: Database;
  signer: CheckpointSigner;
  sink: CheckpointSink;
  intervalMs: number;
  log: Logger;
}): { runNow(): Promise<void>; stop(): Promise<void> } {
  let lastSeq: string | null = null;
  let running: Promise<void> = Promise.resolve();
  const tick = () => {
    running = running.then(async () => {
      try {
        const head = await readChainHead(options.db);
        if (head.seq === lastSeq) return;
        const written = await writeCheckpoint(options.db, options.signer, options.sink);
        lastSeq = written.seq;
        options.log.info({ seq: written.seq, sink: options.sink.describe() }, 'audit checkpoint written');
      } catch (error) {
        options.log.error({ err: error, sink: options.sink.describe() }, 'audit checkpoint failed');
      }
    });
    return running;
  };
  const timer = setInterval(tick, options.intervalMs);
  timer.unref();
  return {
    runNow: tick,
    async stop() {
      clearInterval(timer);
      await tick();
    },
  };
}

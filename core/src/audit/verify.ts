import type { CryptoKey } from 'jose';
import type { Database } from '../db/database';
import { chainHash, GENESIS_HASH } from './canonical';
import { readChain, readChainHead } from './chain.store';
import { openCheckpoint, type Checkpoint } from './checkpoint';

export interface VerifyReport {
  ok: boolean;
  rows: number;
  lastSeq: string;
  /** The first row that is wrong, missing or contradicts a checkpoint, in words. */
  firstProblem: { seq: string; problem: string } | null;
  checkpoints: { valid: number; invalidSignatures: number; newest: Checkpoint | null };
  seconds: number;
  rowsPerSecond: number;
}

/**
 * Walks the whole chain, recomputing every hash from the row's content, and checks it against the
 * signed checkpoints: a row edited in place breaks its hash; a row edited with every later hash
 * recomputed contradicts the checkpoints after it; rows deleted from the end fall short of the
 * newest checkpoint.
 */
export async function verifyAuditChain(
  db: Database,
  options: { checkpoints: string[]; publicKey: CryptoKey | null },
): Promise<VerifyReport> {
  const started = performance.now();
  const opened: Checkpoint[] = [];
  let invalidSignatures = 0;
  for (const jws of options.checkpoints) {
    const checkpoint = options.publicKey ? await openCheckpoint(jws, options.publicKey) : null;
    if (checkpoint) opened.push(checkpoint);
    else invalidSignatures++;
  }
  const bySeq = new Map<string, Checkpoint[]>();
  for (const c of opened) bySeq.set(c.seq, [...(bySeq.get(c.seq) ?? []), c]);

  let prev = GENESIS_HASH;
  let expected = 1n;
  let rows = 0;
  let lastSeq = '0';
  let firstProblem: VerifyReport['firstProblem'] = null;

  outer: for await (const batch of readChain(db)) {
    for (const row of batch) {
      if (BigInt(row.seq) !== expected) {
        firstProblem = { seq: expected.toString(), problem: `row ${expected} is missing (the next row is ${row.seq})` };
        break outer;
      }
      if (row.prevHash !== prev) {
        firstProblem = { seq: row.seq, problem: 'its previous-hash does not match the row before it' };
        break outer;
      }
      const computed = chainHash(prev, row);
      if (computed !== row.hash) {
        firstProblem = { seq: row.seq, problem: 'its content does not match its hash (edited after it was written)' };
        break outer;
      }
      for (const checkpoint of bySeq.get(row.seq) ?? []) {
        if (checkpoint.hash !== row.hash) {
          firstProblem = {
            seq: row.seq,
            problem: `it differs from the checkpoint signed at ${checkpoint.signedAt} (the chain was rewritten)`,
          };
          break outer;
        }
      }
      prev = row.hash;
      lastSeq = row.seq;
      expected++;
      rows++;
    }
  }

  const newest = opened.reduce<Checkpoint | null>((a, c) => (!a || BigInt(c.seq) > BigInt(a.seq) ? c : a), null);
  if (!firstProblem && newest && BigInt(newest.seq) > BigInt(lastSeq)) {
    firstProblem = {
      seq: (BigInt(lastSeq) + 1n).toString(),
      problem: `the chain ends at row ${lastSeq} but the checkpoint signed at ${newest.signedAt} covers row ${newest.seq}: rows were deleted`,
    };
  }
  if (!firstProblem) {
    const head = await readChainHead(db);
    if (head.seq !== lastSeq || (rows > 0 && head.hash !== prev)) {
      firstProblem = {
        seq: lastSeq,
        problem: `the recorded chain head (${head.seq}) does not match the last row (${lastSeq})`,
      };
    }
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    ok: firstProblem === null && invalidSignatures === 0,
    rows,
    lastSeq,
    firstProblem,
    checkpoints: { valid: opened.length, invalidSignatures, newest },
    seconds,
    rowsPerSecond: seconds > 0 ? Math.round(rows / seconds) : rows,
  };
}

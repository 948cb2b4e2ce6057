import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { generateKeyPair, exportJWK } from 'jose';
import type { Database } from '@haven/core/db/database';
import { recordAudit, type AuditActor } from '@haven/core/audit/audit';
import http from 'node:http';
import { directorySink, httpSink, openCheckpoint, readCheckpointDirectory, writeCheckpoint } from '@haven/core/audit/checkpoint';
import { listen } from '@haven/core/http/server';
import { auditKeysFromPrivateJwk, type AuditKeys } from '@haven/core/audit/keys';
import { verifyAuditChain } from '@haven/core/audit/verify';
import { openIsolatedDatabase } from '../support/database';

/*
 * These tests damage the chain on purpose, so they run on a database of their own: in-memory
 * PGlite, or a new database on the PostgreSQL server when the suite runs there.
 */
let db: Database;
let keys: AuditKeys & { signer: NonNullable<AuditKeys['signer']> };
const checkpointDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-checkpoints-'));
const actor: AuditActor = {
  actorId: '6f1c1f4e-8d7a-4f43-9d59-1d2f0c1e2a3b',
  agencyId: '0b9d3a51-7a3e-4d44-8d2b-5b7f6c1d9e0f',
  roles: ['caseworker'],
  requestId: 'req-test-0001',
  clientAddress: '127.0.0.1',
};

async function write(n: number, action = 'case.read') {
  for (let i = 0; i < n; i++) {
    await db.transaction({ system: 'test' }, (tx) =>
      recordAudit(tx, actor, {
        action,
        targetType: 'case',
        targetId: `case-${i}`,
        fields: ['caseNumber', 'person.givenName', 'ünïcødé 🙂'],
        reason: i % 2 ? 'a reason with | pipes : and colons' : null,
        outcome: 'allowed',
      }),
    );
  }
}

const verify = async () =>
  verifyAuditChain(db, { checkpoints: await readCheckpointDirectory(checkpointDir), publicKey: keys.publicKey });

/** The database's own message for a statement that must fail (drizzle wraps it). */
async function failure(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
  throw new Error('the statement succeeded but should have failed');
}

/** As a database superuser with triggers switched off: the attacker the chain must expose. */
async function asSuperuserWithoutTriggers(statement: ReturnType<typeof sql>) {
  await db.db.transaction(async (tx) => {
    await tx.execute(sql`set local session_replication_role = replica`);
    await tx.execute(statement);
  });
}

beforeAll(async () => {
  db = await openIsolatedDatabase();
  const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  keys = await auditKeysFromPrivateJwk(JSON.stringify(await exportJWK(privateKey)));
});
afterAll(async () => {
  await db?.close();
  fs.rmSync(checkpointDir, { recursive: true, force: true });
});

describe('the audit chain', () => {
  it('verifies an intact chain, checked against a signed checkpoint', async () => {
    await write(30);
    await writeCheckpoint(db, keys.signer, directorySink(checkpointDir));
    const report = await verify();
    expect(report.firstProblem).toBeNull();
    expect(report.ok).toBe(true);
    expect(report.checkpoints.valid).toBe(1);
  });

  it('keeps one chain under concurrent writers', async () => {
    await Promise.all(Array.from({ length: 6 }, () => write(5, 'case.list')));
    expect((await verify()).ok).toBe(true);
  });

  it('refuses UPDATE, DELETE and TRUNCATE, even for the table owner', async () => {
    for (const statement of [
      sql`update audit.events set reason = 'covered up' where seq = 1`,
      sql`delete from audit.events where seq = 1`,
      sql`truncate audit.events`,
    ]) {
      expect(await failure(db.db.execute(statement))).toMatch(/append-only/);
    }
  });

  it('lets the runtime role only insert and read', async () => {
    const asRuntimeRole = (statement: ReturnType<typeof sql>) => failure(db.transaction({ system: 'test' }, (tx) => tx.execute(statement)));
    expect(await asRuntimeRole(sql`update audit.events set reason = 'x' where seq = 1`)).toMatch(/permission denied/);
    expect(await asRuntimeRole(sql`delete from audit.events where seq = 1`)).toMatch(/permission denied/);
    expect(await asRuntimeRole(sql`update audit.chain_head set seq = 0`)).toMatch(/permission denied/);
    expect(await asRuntimeRole(sql`alter table audit.events disable trigger user`)).toMatch(/must be owner/);
    const [row] = await db.transaction({ system: 'test' }, (tx) => db.rows<{ n: number }>(sql`select count(*)::int as n from audit.events`, tx));
    expect(row!.n).toBeGreaterThan(0);
  });

  it('catches a row edited by a superuser with the triggers off, naming the row', async () => {
    const before = await verify();
    expect(before.ok).toBe(true);
    await asSuperuserWithoutTriggers(sql`update audit.events set fields = '{caseNumber}' where seq = 7`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstProblem).toEqual({ seq: '7', problem: expect.stringMatching(/does not match its hash/) });
    // Put it back (also hidden from the triggers), so the next test starts from an intact chain.
    await asSuperuserWithoutTriggers(
      sql`update audit.events set fields = array['caseNumber', 'person.givenName', 'ünïcødé 🙂'] where seq = 7`,
    );
    expect((await verify()).ok).toBe(true);
  });

  it('catches a rewrite that recomputes every later hash, against the checkpoint', async () => {
    // The attacker edits row 3 and recomputes the chain from there, as the trigger would.
    await asSuperuserWithoutTriggers(sql`update audit.events set reason = 'rewritten' where seq = 3`);
    await asSuperuserWithoutTriggers(sql`
      do $$
      declare r audit.events; prev text;
      begin
        select hash into prev from audit.events where seq = 2;
        for r in select * from audit.events where seq >= 3 order by seq loop
          update audit.events set prev_hash = prev,
            hash = encode(sha256(convert_to(prev || audit.canonical(r), 'UTF8')), 'hex') where seq = r.seq;
          select hash into prev from audit.events where seq = r.seq;
        end loop;
        update audit.chain_head set hash = prev;
      end $$`);
    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.firstProblem?.problem).toMatch(/differs from the checkpoint|previous-hash|does not match its hash/);
  });

  it('catches the newest rows deleted, against the last checkpoint', async () => {
    const fresh = await openIsolatedDatabase();
    const freshDir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-checkpoints-'));
    try {
      const saved = db;
      db = fresh;
      await write(10);
      await writeCheckpoint(db, keys.signer, directorySink(freshDir));
      await asSuperuserWithoutTriggers(sql`delete from audit.events where seq > 7`);
      await asSuperuserWithoutTriggers(sql`update audit.chain_head set seq = 7, hash = (select hash from audit.events where seq = 7)`);
      const report = await verifyAuditChain(db, { checkpoints: await readCheckpointDirectory(freshDir), publicKey: keys.publicKey });
      db = saved;
      expect(report.ok).toBe(false);
      expect(report.firstProblem).toEqual({ seq: '8', problem: expect.stringMatching(/rows were deleted/) });
    } finally {
      await fresh.close();
      fs.rmSync(freshDir, { recursive: true, force: true });
    }
  });

  it('does not trust a checkpoint signed by another key', async () => {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const other = await auditKeysFromPrivateJwk(JSON.stringify(await exportJWK(privateKey)));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'haven-checkpoints-'));
    await writeCheckpoint(db, other.signer, directorySink(dir));
    const report = await verifyAuditChain(db, { checkpoints: await readCheckpointDirectory(dir), publicKey: keys.publicKey });
    expect(report.checkpoints.invalidSignatures).toBe(1);
    expect(report.ok).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends a checkpoint to an HTTP endpoint as a signed JWS', async () => {
    const received: string[] = [];
    const server = await listen(
      http.createServer((req, res) => {
        let body = '';
        req.on('data', (d) => (body += String(d)));
        req.on('end', () => {
          received.push(`${req.headers['content-type']} ${body}`);
          res.writeHead(204).end();
        });
      }),
      0,
      '127.0.0.1',
    );
    try {
      const written = await writeCheckpoint(db, keys.signer, httpSink(`${server.url}/checkpoints`));
      expect(received).toHaveLength(1);
      const [contentType, jws] = received[0]!.split(' ');
      expect(contentType).toBe('application/jose');
      expect(await openCheckpoint(jws!, keys.publicKey!)).toMatchObject({ seq: written.seq, hash: written.hash });
    } finally {
      await server.close();
    }
  });
});

import { actorOf, recordAudit } from '@haven/core/audit/audit';
import type { Database, Executor } from '@haven/core/db/database';
import { HavenError } from '@haven/core/errors';
import type { Viewer } from '@haven/core/viewer';
import { findUser } from '../directory/directory.store';
import type { Clock } from '../auth/clock';
import { AuthError } from '../auth/auth.errors';
import { secretHash } from '../auth/secrets';
import { setMfaLevel } from '../sessions/sessions.store';
import * as store from './mfa.store';
import {
  checkTotp,
  looksLikeRecoveryCode,
  newRecoveryCodes,
  newTotpSecret,
  normaliseRecoveryCode,
  qrCodeDataUrl,
  totpUri,
} from './totp';

export interface MfaEnrolment {
  secret: string;
  otpauthUri: string;
  qrCodeDataUrl: string;
}

export interface MfaStatus {
  enabled: boolean;
  recoveryCodesLeft: number;
}

export async function mfaStatus(db: Database, viewer: Viewer): Promise<MfaStatus> {
  return db.transaction({ viewer }, async (tx) => ({
    enabled: await store.hasConfirmedTotp(tx, viewer.userId),
    recoveryCodesLeft: await store.countUnusedRecoveryCodes(tx, viewer.userId),
  }));
}

/** Starts TOTP enrolment: a new secret, its otpauth URI and a QR code. Nothing is active until confirmed. */
export async function startMfaEnrolment(db: Database, viewer: Viewer, clock: Clock): Promise<MfaEnrolment> {
  return db.transaction({ viewer }, async (tx) => {
    if (await store.hasConfirmedTotp(tx, viewer.userId)) {
      throw new HavenError('CONFLICT', 'MFA is already set up; an administrator can reset it');
    }
    const user = await findUser(tx, viewer.userId);
    if (!user) throw new HavenError('UNAUTHENTICATED', 'Unknown viewer');
    const secret = newTotpSecret();
    await store.upsertPendingTotp(tx, viewer.userId, secret, clock.now());
    const uri = totpUri(secret, user.email);
    return { secret, otpauthUri: uri, qrCodeDataUrl: await qrCodeDataUrl(uri) };
  });
}

/**
 * Confirms enrolment with a first correct code; returns the recovery codes, shown this once. The
 * current session counts as MFA-verified from now on.
 */
export async function confirmMfaEnrolment(db: Database, viewer: Viewer, code: string, clock: Clock): Promise<string[]> {
  const now = clock.now();
  const outcome = await db.transaction(
    { viewer },
    async (tx): Promise<{ codes: string[] } | { refused: 'invalid' | 'reused' }> => {
      const totp = await store.findTotp(tx, viewer.userId, true);
      if (!totp || totp.confirmed) throw new HavenError('CONFLICT', 'Start MFA enrolment first');
      const check = await checkTotp(totp.secret, code.trim(), totp.lastUsedStep, now);
      if (!check.ok) return { refused: check.reason };
      await store.markUsed(tx, viewer.userId, check.step, now);
      const codes = newRecoveryCodes();
      await store.replaceRecoveryCodes(
        tx,
        viewer.userId,
        codes.map((c) => secretHash(c)),
      );
      if (viewer.sessionId) await setMfaLevel(tx, viewer.sessionId, 'totp');
      await recordAudit(tx, actorOf(viewer, null), {
        action: 'auth.mfa_enrolled',
        targetType: 'user',
        targetId: viewer.userId,
        outcome: 'allowed',
      });
      return { codes };
    },
  );
  if ('codes' in outcome) return outcome.codes;
  // The refusal is recorded in a transaction of its own, so it persists although the attempt fails.
  await db.transaction({ viewer }, (tx) =>
    recordAudit(tx, actorOf(viewer, null), {
      action: 'auth.mfa_enrol_failed',
      targetType: 'user',
      targetId: viewer.userId,
      reason: 'wrong TOTP code',
      outcome: 'denied',
    }),
  );
  throw new HavenError('BAD_USER_INPUT', 'The code is not correct', {
    fields: [{ path: ['code'], message: outcome.refused === 'reused' ? 'MFA_CODE_REUSED' : 'INVALID_MFA_CODE' }],
  });
}

/**
 * Checks a second factor at sign-in: a TOTP code (each good once) or an unused recovery code.
 * Returns the MFA level reached, or throws INVALID_MFA_CODE / MFA_CODE_REUSED.
 */
export async function verifySecondFactor(
  tx: Executor,
  userId: string,
  code: string,
  now: Date,
): Promise<'totp' | 'recovery_code'> {
  if (looksLikeRecoveryCode(code)) {
    if (await store.useRecoveryCode(tx, userId, secretHash(normaliseRecoveryCode(code)), now)) return 'recovery_code';
    throw new AuthError('INVALID_MFA_CODE', 'The recovery code is not valid or was used already');
  }
  // The row lock makes two requests with the same code queue up, so only one can use it.
  const totp = await store.findTotp(tx, userId, true);
  if (!totp?.confirmed) throw new AuthError('INVALID_MFA_CODE', 'No authenticator is set up');
  const check = await checkTotp(totp.secret, code.trim(), totp.lastUsedStep, now);
  if (!check.ok) {
    throw check.reason === 'reused'
      ? new AuthError('MFA_CODE_REUSED', 'This code was used already: wait for the next one')
      : new AuthError('INVALID_MFA_CODE', 'The code is not correct');
  }
  await store.markUsed(tx, userId, check.step);
  return 'totp';
}

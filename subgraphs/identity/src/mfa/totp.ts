import { randomBytes } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';

export const TOTP_PERIOD_SECONDS = 30;

export const newTotpSecret = () => generateSecret();

export function totpUri(secret: string, email: string, issuer = 'Haven'): string {
  return generateURI({ issuer, label: email, secret });
}

/** The QR code of the otpauth URI as an SVG data URL: rendered locally, nothing leaves the server. */
export async function qrCodeDataUrl(uri: string): Promise<string> {
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}

export type TotpCheck = { ok: true; step: number } | { ok: false; reason: 'invalid' | 'reused' };

/**
 * Checks a code against the secret at `now`, accepting one step of clock drift either side. otplib 13
 * returns the matched time step; a step at or before the last accepted one is a reuse.
 */
export async function checkTotp(
  secret: string,
  code: string,
  lastUsedStep: number | null,
  now: Date,
): Promise<TotpCheck> {
  if (!/^\d{6}$/.test(code)) return { ok: false, reason: 'invalid' };
  const result = await verify({
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
  });
  // The functional API types HOTP and TOTP results together; a TOTP match carries its time step.
  if (!result.valid || !('timeStep' in result) || typeof result.timeStep !== 'number')
    return { ok: false, reason: 'invalid' };
  if (lastUsedStep !== null && result.timeStep <= lastUsedStep) return { ok: false, reason: 'reused' };
  return { ok: true, step: result.timeStep };
}

/** The code an authenticator app would show at `at` (tests and the demo). */
export const totpCodeAt = (secret: string, at: Date) => generate({ secret, epoch: Math.floor(at.getTime() / 1000) });

/** Ten single-use recovery codes like "k7pq-2mxd-9tav"; 60 bits each, stored as sha256. */
export function newRecoveryCodes(count = 10): string[] {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from({ length: count }, () => {
    const chars = Array.from(randomBytes(12), (b) => alphabet[b % alphabet.length]).join('');
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
}

export const normaliseRecoveryCode = (code: string) => code.trim().toLowerCase().replace(/\s+/g, '');
export const looksLikeRecoveryCode = (code: string) =>
  /^[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}$/.test(normaliseRecoveryCode(code));

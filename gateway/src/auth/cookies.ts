/** The web session cookie: HttpOnly, SameSite=Strict, Secure on https or in production. */
export const SESSION_COOKIE = 'haven_session';
/** The header the web client sends the session's CSRF token in, on every POST. */
export const CSRF_HEADER = 'x-csrf-token';

export function readCookie(cookieHeader: string | null | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      const value = rest.join('=');
      return /^[\w-]{20,200}$/.test(value) ? value : null;
    }
  }
  return null;
}

export function sessionCookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${Math.max(0, Math.floor(maxAgeSeconds))}${secure ? '; Secure' : ''}`;
}

/** Https as the client saw it: directly, or through a proxy that says so (the flag only ever adds Secure). */
export function isHttps(headers: { get(name: string): string | null }, encrypted: boolean): boolean {
  return encrypted || headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https';
}

import { sql } from 'drizzle-orm';
import type { Database } from '@haven/core/db/database';
import { setPassword } from '@haven/identity';
import type { TestHaven } from '../support/haven';

export const PASSWORD = 'a-long-test-passphrase-2026';

export async function givePassword(db: Database, userId: string, password = PASSWORD): Promise<string> {
  return db.transaction({ system: 'test' }, async (tx) => {
    const [row] = await db.rows<{ email: string }>(
      sql`select email from identity.users where id = ${userId}::uuid`,
      tx,
    );
    await setPassword(tx, { id: userId, email: row!.email }, password, new Date());
    return row!.email;
  });
}

export interface AuthResponse {
  status: number;
  body: { status?: string; csrfToken?: string; error?: { code: string; message: string }; [key: string]: unknown };
  /** "haven_session=…" when the response set a cookie. */
  cookie: string | null;
}

export async function post(
  t: TestHaven,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<AuthResponse> {
  const res = await fetch(`${t.haven.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const setCookie = res.headers.get('set-cookie');
  return {
    status: res.status,
    body: (await res.json()) as AuthResponse['body'],
    cookie: setCookie ? setCookie.split(';')[0]! : null,
  };
}

export const signIn = (t: TestHaven, email: string, password: string) => post(t, '/auth/sign-in', { email, password });

/** The headers of a signed-in browser: its cookie and the CSRF token. */
export const browser = (r: AuthResponse) => ({ cookie: r.cookie!, 'x-csrf-token': r.body.csrfToken! });

export async function auditRows(
  db: Database,
  targetId: string,
): Promise<{ action: string; outcome: string; reason: string | null }[]> {
  return db.rows(
    sql`select action, outcome, reason from audit.events where target_id = ${targetId} or actor_id = ${targetId}::uuid order by seq`,
  );
}

export async function countRows(db: Database, table: string, userId: string): Promise<number> {
  const [row] = await db.rows<{ n: number }>(
    sql`select count(*)::int as n from ${sql.raw(table)} where user_id = ${userId}::uuid`,
  );
  return row!.n;
}

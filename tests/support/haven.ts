import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { Database, Executor } from '@haven/core/db/database';
import { createLogger, type Logger } from '@haven/core/logging';
import { startHaven, type HavenOptions, type RunningHaven } from '@haven/gateway/haven';
import { SESSION_COOKIE, CSRF_HEADER } from '@haven/gateway/auth/cookies';
import { csrfTokenFor, issueSession, settableClock, type Clock } from '@haven/identity';
import { openTestDatabase } from './database';
import { newFieldKey, parseFieldKeys } from '@haven/core/crypto/field-cipher';

/** One field key for the whole test run (values written in one test are read in the same run). */
export const testFieldKeys = parseFieldKeys(newFieldKey());
import type { TypedDocumentString } from '../gql/graphql';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

export interface TestHaven {
  db: Database;
  haven: RunningHaven;
  /** Every log line written while the test ran, parsed. */
  logs: Record<string, unknown>[];
  log: Logger;
  /** The clock sign-in and sessions go by: move it instead of sleeping. Starts at the real time. */
  clock: Clock & { set(at: Date): void; advance(ms: number): void };
  /**
   * A real web session for the user (made through the session service, as a password sign-in
   * would), cached per user: the Cookie header and the CSRF header to send with it.
   */
  sessionFor(userId: string): Promise<{ cookie: string; headers: Record<string, string>; sessionId: string }>;
  /**
   * POSTs an operation through the gateway, acting as the given user (a real session cookie and its
   * CSRF token) or nobody.
   * A typed document (from ./gql) types the variables and the data.
   */
  graphql<T = Record<string, unknown>, V = Record<string, unknown>>(
    query: string | TypedDocumentString<T, V>,
    variables?: V,
    options?: { as?: string; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/** Starts every subgraph and the gateway in-process on free ports, over a test database. */
export async function startTestHaven(options: Partial<Omit<HavenOptions, 'log'>> = {}): Promise<TestHaven> {
  const db = options.db ?? (await openTestDatabase());
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const log = createLogger({ level: 'debug', destination });
  const clock = settableClock();
  const haven = await startHaven({
    fieldKeys: testFieldKeys,
    clock,
    db,
    log,
    port: 0,
    host: '127.0.0.1',
    demoSignIn: true,
    explorer: true,
    introspection: true,
    production: false,
    ...options,
  });
  const sessions = new Map<string, Promise<{ cookie: string; headers: Record<string, string>; sessionId: string }>>();
  const sessionFor = (userId: string) => {
    let found = sessions.get(userId);
    if (!found) {
      found = db.transaction({ system: 'test-session' }, async (tx) => {
        const issued = await issueSession(
          tx,
          { db, clock },
          { id: userId, agencyId: await agencyOf(userId, tx) },
          {
            authMethod: 'password',
            mfaLevel: 'none',
            mfaPending: false,
            meta: { requestId: null, clientAddress: '127.0.0.1', userAgent: 'test harness' },
          },
        );
        const cookie = `${SESSION_COOKIE}=${issued.token}`;
        return { cookie, headers: { cookie, [CSRF_HEADER]: issued.csrfToken }, sessionId: issued.session.id };
      });
      sessions.set(userId, found);
    }
    return found;
  };
  // A user id naming nobody still gets a (fake) cookie, so that tests of unknown users keep working.
  const agencyOf = async (userId: string, tx: Executor) => {
    const rows = await db.rows<{ agency_id: string }>(
      sql`select agency_id from identity.users where id = ${userId}::uuid`,
      tx,
    );
    if (!rows[0]) throw new UnknownUser();
    return rows[0].agency_id;
  };
  return {
    db,
    haven,
    logs,
    log,
    clock,
    sessionFor,
    async graphql(query, variables, opts = {}) {
      let identity: Record<string, string> = {};
      if (opts.as) {
        try {
          identity = (await sessionFor(opts.as)).headers;
        } catch (error) {
          if (!(error instanceof UnknownUser)) throw error;
          sessions.delete(opts.as);
          const fake = 'hvs_unknown-session-token-for-a-user-that-does-not-exist';
          identity = { cookie: `${SESSION_COOKIE}=${fake}`, [CSRF_HEADER]: csrfTokenFor(fake) };
        }
      }
      const response = await fetch(haven.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...identity,
          ...opts.headers,
        },
        body: JSON.stringify({ query: query.toString(), variables }),
      });
      const body = (await response.json()) as Omit<GraphQLResponse, 'status' | 'headers'>;
      return { status: response.status, headers: response.headers, ...body } as GraphQLResponse<never>;
    },
    async close() {
      await haven.close();
      await db.close();
    },
  };
}

class UnknownUser extends Error {}

export const errorCodes = (response: GraphQLResponse): unknown[] =>
  (response.errors ?? []).map((e) => e.extensions?.code);

import { Writable } from 'node:stream';
import type { Database } from '@haven/core/db/database';
import { createLogger, type Logger } from '@haven/core/logging';
import { startHaven, type HavenOptions, type RunningHaven } from '@haven/gateway/haven';
import { DEMO_COOKIE } from '@haven/gateway/demo/demo-sign-in';
import { openTestDatabase } from './database';
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
  /**
   * POSTs an operation through the gateway, acting as the given user (demo cookie) or nobody.
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
export async function startTestHaven(options: Partial<Omit<HavenOptions, 'db' | 'log'>> = {}): Promise<TestHaven> {
  const db = await openTestDatabase();
  const logs: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, callback) {
      for (const line of String(chunk).split('\n')) if (line) logs.push(JSON.parse(line) as Record<string, unknown>);
      callback();
    },
  });
  const log = createLogger({ level: 'debug', destination });
  const haven = await startHaven({
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
  return {
    db,
    haven,
    logs,
    log,
    async graphql(query, variables, opts = {}) {
      const response = await fetch(haven.graphqlUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          ...(opts.as ? { cookie: `${DEMO_COOKIE}=${opts.as}` } : {}),
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

export const errorCodes = (response: GraphQLResponse): unknown[] =>
  (response.errors ?? []).map((e) => e.extensions?.code);

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '@haven/core/db/database';
import type { Logger } from '@haven/core/logging';
import type { FieldKeyring } from '@haven/core/crypto/field-cipher';
import { startSubgraphServer, type RunningSubgraph } from '@haven/core/http/subgraph-server';
import { graphqlBodyLimit } from '@haven/core/http/body-limits';
import { generateViewerKeys } from '@haven/core/viewer';
import { createGateway } from './gateway';
import { startGatewayServer } from './app';
import { readComposedSupergraph } from './composition';
import { systemClock, type Clock } from '@haven/identity';
import { sessionViewerResolver } from './auth/resolve-viewer';
import { DEMO_PASSWORD, demoStaff } from './demo/seed';
import { subgraphs } from './subgraphs';
import { startWorkflowQueue, type WorkflowQueue } from '@haven/workflow';

export const defaultWebDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface HavenOptions {
  db: Database;
  /** Keys that encrypt confidential field values at rest. */
  fieldKeys: FieldKeyring;
  log: Logger;
  port: number;
  host: string;
  /** Embedded demo mode: list the demo accounts and their password on the sign-in page. */
  demoSignIn: boolean;
  /** The time sign-in and sessions go by; tests set it instead of sleeping. */
  clock?: Clock;
  explorer: boolean;
  introspection: boolean;
  production: boolean;
  webDir?: string;
  /** Run the workflow job queue (deadline sweeps, alerts, email when smtpUrl is set) in this process. */
  workflowJobs?: { smtpUrl?: string | null; mailFrom?: string } | null;
  /** Largest document upload in bytes (DOCUMENT_MAX_BYTES); the request body limits follow from it. */
  documentMaxBytes?: number;
}

export interface RunningHaven {
  url: string;
  graphqlUrl: string;
  subgraphs: RunningSubgraph[];
  close(): Promise<void>;
}

/**
 * Starts every subgraph and the gateway in this process, each on its own loopback port, talking
 * HTTP exactly as separate processes would. Used by `npm start` and by the cross-service tests.
 */
export async function startHaven(options: HavenOptions): Promise<RunningHaven> {
  // Viewer tokens live for a minute, so a key pair per process start is enough in one process.
  const keys = await generateViewerKeys();
  const authDeps = { db: options.db, clock: options.clock ?? systemClock };
  const started: RunningSubgraph[] = [];
  try {
    for (const { definition } of subgraphs) {
      started.push(
        await startSubgraphServer({
          name: definition.name,
          schema: definition.schema(),
          db: options.db,
          fieldKeys: options.fieldKeys,
          viewerPublicKey: keys.publicKey,
          log: options.log,
          port: 0,
          host: '127.0.0.1',
          documentMaxBytes: options.documentMaxBytes,
        }),
      );
    }
    const jobs: WorkflowQueue | null = options.workflowJobs
      ? await startWorkflowQueue({ db: options.db, log: options.log, ...options.workflowJobs })
      : null;
    const gateway = createGateway({
      supergraphSdl: readComposedSupergraph(),
      subgraphUrls: Object.fromEntries(started.map((s) => [s.name, s.graphqlUrl])),
      viewerPrivateKey: keys.privateKey,
      resolveViewer: sessionViewerResolver(authDeps),
      production: options.production,
      explorer: options.explorer,
      introspection: options.introspection,
      log: options.log,
    });
    const server = await startGatewayServer({
      gateway,
      db: options.db,
      log: options.log.child({ service: 'gateway' }),
      port: options.port,
      host: options.host,
      webDir: options.webDir ?? defaultWebDir,
      maxGraphqlBodyBytes: graphqlBodyLimit(options.documentMaxBytes),
      auth: {
        deps: authDeps,
        production: options.production,
        demoAccounts: options.demoSignIn
          ? {
              password: DEMO_PASSWORD,
              accounts: demoStaff.map((s) => ({ displayName: s.displayName, email: s.email })),
            }
          : null,
      },
    });
    return {
      url: server.url,
      graphqlUrl: `${server.url}/graphql`,
      subgraphs: started,
      async close() {
        await server.close();
        await gateway.dispose();
        await Promise.all(started.map((s) => s.close()));
        await jobs?.stop();
      },
    };
  } catch (error) {
    await Promise.all(started.map((s) => s.close()));
    throw error;
  }
}

/**
 * A process of the floor bench (./floor.bench.ts): the least a federated request can cost, without
 * Haven's own work. FLOOR_ROLE=subgraph serves `caseload` (the 20 rows of a caseload) from an Apollo
 * subgraph as Haven's subgraph server does (node:http, executeHTTPGraphQLRequest); with FLOOR_DATABASE_URL
 * each request reads them in one transaction (role settings, then the caseload query), else they are
 * constant. FLOOR_ROLE=gateway serves the same Hive Gateway runtime and Rust query planner Haven's
 * gateway uses, in front of the subgraph at FLOOR_SUBGRAPH_URL, with none of Haven's plugins.
 * Each prints one JSON line {"msg":"floor listening","url":…} when ready.
 */
import http from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createGatewayRuntime } from '@graphql-hive/gateway-runtime';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';
import { composeServices } from '@theguild/federation-composition';
import { parse } from 'graphql';
import postgres from 'postgres';
import { loadFloorEnv } from './env';

const env = loadFloorEnv();

export const floorTypeDefs = `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
  type Query { caseload(workerId: ID!): [CaseRow!]! }
  type CaseRow @key(fields: "id") {
    id: ID! caseNumber: String! caseType: String! status: String! createdAt: String! updatedAt: String!
    givenName: String! familyName: String! sex: String dateOfBirth: String stage: String total: Int!
  }`;

interface Row {
  id: string;
  case_number: string;
  case_type: string;
  status: string;
  created_at: string;
  updated_at: string;
  given_name: string;
  family_name: string;
  sex: string | null;
  date_of_birth: string | null;
  stage: string | null;
  total: number;
}

const constantRows: Row[] = Array.from({ length: 20 }, (_, i) => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  case_number: `FLOOR-${i}`,
  case_type: 'gbv',
  status: 'open',
  created_at: '2026-01-01T00:00:00Z',
  updated_at: '2026-01-02T00:00:00Z',
  given_name: 'Amal',
  family_name: 'Example',
  sex: 'female',
  date_of_birth: '2010-05-01',
  stage: 'assessment',
  total: 120,
}));

async function serveSubgraph(): Promise<http.Server> {
  const url = env.FLOOR_DATABASE_URL;
  const sql = url ? postgres(url, { max: env.FLOOR_POOL_SIZE, onnotice: () => {} }) : null;
  const readCaseload = async (workerId: string): Promise<Row[]> => {
    if (!sql) return constantRows;
    return sql.begin(async (tx) => {
      // As a Haven transaction starts: its settings go out with the first query.
      void tx`select set_config('haven.viewer_id', ${workerId}, true)`.catch(() => {});
      const rows = await tx<Row[]>`
        select c.id, c.case_number, c.case_type, c.status, c.created_at::text, c.updated_at::text,
               p.given_name, p.family_name, p.sex::text, p.date_of_birth::text, s.stage,
               (select count(*)::int from "case".cases k where k.assigned_worker_id = ${workerId}::uuid) as total
        from "case".cases c
        join "case".persons p on p.id = c.person_id
        left join workflow.case_stages s on s.case_id = c.id
        where c.assigned_worker_id = ${workerId}::uuid
        order by c.updated_at desc, c.id desc
        limit 20`;
      return [...rows];
    });
  };
  const schema = buildSubgraphSchema({
    typeDefs: parse(floorTypeDefs),
    resolvers: {
      Query: { caseload: (_: unknown, args: { workerId: string }) => readCaseload(args.workerId) },
      CaseRow: {
        caseNumber: (r: Row) => r.case_number,
        caseType: (r: Row) => r.case_type,
        createdAt: (r: Row) => r.created_at,
        updatedAt: (r: Row) => r.updated_at,
        givenName: (r: Row) => r.given_name,
        familyName: (r: Row) => r.family_name,
        dateOfBirth: (r: Row) => r.date_of_birth,
      },
    },
  });
  const apollo = new ApolloServer({ schema, stopOnTerminationSignals: false });
  await apollo.start();
  return http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: {
        method: req.method ?? 'POST',
        headers,
        search: '',
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
      },
      context: async () => ({}),
    });
    const out: Record<string, string> = {};
    for (const [key, value] of response.headers) out[key] = value;
    res.writeHead(response.status ?? 200, out);
    res.end(response.body.kind === 'complete' ? response.body.string : '');
  });
}

function serveGateway(): http.Server {
  const subgraphUrl = env.FLOOR_SUBGRAPH_URL;
  if (!subgraphUrl) throw new Error('FLOOR_SUBGRAPH_URL is required for the gateway');
  const composed = composeServices([{ name: 'floor', url: subgraphUrl, typeDefs: parse(floorTypeDefs) }]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  const gateway = createGatewayRuntime({
    supergraph: composed.supergraphSdl,
    unifiedGraphHandler,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    maskedErrors: { isDev: false },
    transportEntries: { floor: { location: subgraphUrl } },
  });
  return http.createServer(gateway);
}

const server = env.FLOOR_ROLE === 'gateway' ? serveGateway() : await serveSubgraph();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address() as { port: number };
  console.log(JSON.stringify({ msg: 'floor listening', url: `http://127.0.0.1:${port}` }));
});
process.on('SIGTERM', () => process.exit(0));

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT } from 'jose';
import { generateViewerKeys, signViewerToken, VIEWER_TOKEN_HEADER, type Viewer } from '@haven/core/viewer';
import { createTestAgency, type TestAgency } from './support/factories';
import { errorCodes, startTestHaven, type TestHaven } from './support/haven';

let t: TestHaven;
let agency: TestAgency;

beforeAll(async () => {
  t = await startTestHaven();
  agency = await createTestAgency(t.db);
  const session = await t.sessionFor(agency.users.caseworker);
  cookie = () => session.cookie;
});
afterAll(() => t?.close());

let cookie: () => string;

describe('GraphQL over HTTP at the gateway', () => {
  it('answers a query over GET', async () => {
    const res = await fetch(`${t.haven.graphqlUrl}?query=${encodeURIComponent('{ me { user { id } } }')}`, {
      headers: { cookie: cookie(), accept: 'application/graphql-response+json' },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/graphql-response+json');
    expect(((await res.json()) as any).data.me.user.id).toBe(agency.users.caseworker);
  });

  it('refuses a mutation over GET with 405 and writes nothing', async () => {
    const query =
      'mutation { createCase(input: { caseType: GBV, person: { givenName: "A", familyName: "B", sex: MALE } }) { id } }';
    const res = await fetch(`${t.haven.graphqlUrl}?query=${encodeURIComponent(query)}`, {
      headers: { cookie: cookie(), accept: 'application/graphql-response+json' },
    });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    const load = await t.graphql<{ myCaseload: { totalCount: number } }>(
      '{ myCaseload { totalCount } }',
      {},
      { as: agency.users.caseworker },
    );
    expect(load.data!.myCaseload.totalCount).toBe(0);
  });

  it('refuses an unsupported content type with 415', async () => {
    const res = await fetch(t.haven.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'text/plain', cookie: cookie() },
      body: '{ me { user { id } } }',
    });
    expect(res.status).toBe(415);
  });

  it('refuses a body that is not JSON with 400', async () => {
    const res = await fetch(t.haven.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', cookie: cookie() },
      body: '{ nope',
    });
    expect(res.status).toBe(400);
  });

  it('answers 400 with GRAPHQL_PARSE_FAILED for a document that does not parse', async () => {
    const res = await t.graphql('{ me { ', {}, { as: agency.users.caseworker });
    expect(res.status).toBe(400);
    expect(errorCodes(res)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('carries one request id from the client through the gateway to the subgraph logs', async () => {
    const requestId = `test-${Date.now()}-trace`;
    const res = await t.graphql(
      '{ myCaseload { totalCount } }',
      {},
      { as: agency.users.caseworker, headers: { 'x-request-id': requestId } },
    );
    expect(res.headers.get('x-request-id')).toBe(requestId);
    const lines = t.logs.filter((l) => l.requestId === requestId);
    expect(lines.some((l) => l.service === 'case' && l.msg === 'graphql request')).toBe(true);
    expect(lines.some((l) => l.service === 'gateway' && l.msg === 'request')).toBe(true);
  });

  it('serves the explorer and introspection outside production', async () => {
    const page = await fetch(t.haven.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Haven GraphQL explorer');
    const res = await t.graphql<{ __schema: { queryType: { name: string } } }>('{ __schema { queryType { name } } }');
    expect(res.data!.__schema.queryType.name).toBe('Query');
  });
});

describe('viewer identity', () => {
  it('answers UNAUTHENTICATED to anyone not signed in', async () => {
    const res = await t.graphql('{ myCaseload { totalCount } }');
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('never passes a client-sent viewer token on to subgraphs', async () => {
    const keys = await generateViewerKeys();
    const forged: Viewer = {
      userId: agency.users.caseworker,
      agencyId: agency.agencyId,
      roles: ['caseworker'],
      permissions: ['case:read', 'case:create'],
      teamIds: [],
      supervisedTeamIds: [],
      authMethod: 'forged',
      clientAddress: '127.0.0.1',
    };
    const res = await t.graphql(
      '{ myCaseload { totalCount } }',
      {},
      {
        headers: {
          [VIEWER_TOKEN_HEADER]: await signViewerToken(forged, keys.privateKey),
          'x-user-id': agency.users.caseworker,
        },
      },
    );
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses a session cookie naming no session', async () => {
    const res = await t.graphql('{ me { user { id } } }', {}, { as: '00000000-0000-4000-8000-000000000000' });
    expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('subgraphs refuse requests without a valid viewer token', () => {
  const body = JSON.stringify({ query: '{ _service { sdl } }' });
  const post = (url: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

  it.each(['identity', 'case', 'workflow', 'reporting', 'exchange'])(
    '%s: absent, forged, expired and wrongly typed tokens',
    async (name) => {
      const subgraph = t.haven.subgraphs.find((s) => s.name === name)!;
      const viewer: Viewer = {
        userId: agency.users.caseworker,
        agencyId: agency.agencyId,
        roles: [],
        permissions: [],
        teamIds: [],
        supervisedTeamIds: [],
        authMethod: 'test',
        clientAddress: '127.0.0.1',
      };
      const other = await generateViewerKeys();
      const refused: Record<string, string>[] = [
        {},
        { [VIEWER_TOKEN_HEADER]: 'not-a-jwt' },
        { [VIEWER_TOKEN_HEADER]: await signViewerToken(viewer, other.privateKey) },
        { [VIEWER_TOKEN_HEADER]: await signViewerToken(viewer, other.privateKey, new Date(Date.now() - 3_600_000)) },
        {
          [VIEWER_TOKEN_HEADER]: await new SignJWT({
            agency: agency.agencyId,
            roles: [],
            perms: [],
            teams: [],
            sup: [],
          })
            .setProtectedHeader({ alg: 'HS256' })
            .setSubject(viewer.userId)
            .setIssuedAt()
            .setExpirationTime('1m')
            .sign(new TextEncoder().encode('x'.repeat(32))),
        },
      ];
      for (const headers of refused) {
        const res = await post(subgraph.graphqlUrl, headers);
        expect(res.status).toBe(401);
        const json = (await res.json()) as { errors: { extensions: { code: string } }[] };
        expect(json.errors[0]!.extensions.code).toBe('UNAUTHENTICATED');
      }
    },
  );

  it('every service answers /healthz and /readyz', async () => {
    for (const base of [t.haven.url, ...t.haven.subgraphs.map((s) => s.url)]) {
      expect((await fetch(`${base}/healthz`)).status).toBe(200);
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
    }
  });
});

describe('production mode', () => {
  let prod: TestHaven;
  beforeAll(async () => {
    prod = await startTestHaven({ production: true, explorer: false, introspection: false });
  });
  afterAll(() => prod?.close());

  it('turns off the explorer and introspection', async () => {
    const page = await fetch(prod.haven.graphqlUrl, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toContain('Haven GraphQL explorer');
    const res = await prod.graphql('{ __schema { queryType { name } } }');
    expect(res.data ?? null).toBeNull();
    expect(res.errors?.[0]?.message).toMatch(/introspection/i);
  });
});

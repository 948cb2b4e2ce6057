import { describe, expect, it } from 'vitest';
import { graphql } from 'graphql';
import { createSchemaBuilder } from './builder';
import { requires, undeclaredRootFields } from './shield';
import { defineSubgraph } from './subgraph';
import type { SubgraphContext } from './context';
import type { Viewer } from '../viewer';

function testSubgraph() {
  const builder = createSchemaBuilder();
  builder.queryFields((t) => ({
    declared: t.string({ resolve: () => 'ok' }),
    forgotten: t.string({ resolve: () => 'leaked' }),
  }));
  return defineSubgraph('test', builder, { Query: { declared: requires('case:read') } });
}

const viewer = (permissions: Viewer['permissions']): SubgraphContext =>
  ({
    viewer: {
      userId: 'u',
      agencyId: 'a',
      roles: [],
      permissions,
      teamIds: [],
      supervisedTeamIds: [],
      authMethod: 'test',
      clientAddress: null,
    },
  }) as unknown as SubgraphContext;

describe('protectSchema', () => {
  const subgraph = testSubgraph();

  it('denies a root field that declares no permission, whoever asks', async () => {
    const res = await graphql({
      schema: subgraph.schema(),
      source: '{ forgotten }',
      contextValue: viewer(['case:read']),
    });
    expect(res.data?.forgotten ?? null).toBeNull();
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(undeclaredRootFields(subgraph.subgraphSchema(), subgraph.rootRules)).toEqual(['Query.forgotten']);
  });

  it('allows a declared field only with the permission', async () => {
    const ok = await graphql({
      schema: subgraph.schema(),
      source: '{ declared }',
      contextValue: viewer(['case:read']),
    });
    expect(ok.data?.declared).toBe('ok');
    const denied = await graphql({ schema: subgraph.schema(), source: '{ declared }', contextValue: viewer([]) });
    expect(denied.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN', permission: 'case:read' });
  });

  it('leaves the federation fields open so the gateway can plan queries', async () => {
    const res = await graphql({ schema: subgraph.schema(), source: '{ _service { sdl } }', contextValue: viewer([]) });
    expect(res.errors).toBeUndefined();
  });
});

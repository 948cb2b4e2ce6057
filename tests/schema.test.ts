import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSchema, isObjectType } from 'graphql';
import { undeclaredRootFields } from '@haven/core/graphql/shield';
import { composeSupergraph, publicSchemaPath, supergraphPath } from '@haven/gateway/composition';
import { subgraphs } from '@haven/gateway/subgraphs';

describe('the supergraph', () => {
  it('composes from the subgraphs, and the committed files are current (run npm run compose)', () => {
    const { supergraphSdl, publicSdl } = composeSupergraph();
    expect(fs.readFileSync(supergraphPath, 'utf8')).toBe(supergraphSdl);
    expect(fs.readFileSync(publicSchemaPath, 'utf8')).toBe(publicSdl);
  });
});

describe('deny by default', () => {
  it.each(subgraphs.map((s) => [s.definition.name, s.definition] as const))(
    '%s: every query and mutation declares the permission it needs',
    (_name, definition) => {
      expect(undeclaredRootFields(definition.subgraphSchema(), definition.rootRules)).toEqual([]);
    },
  );
});

describe('deny by default, on the composed schema', () => {
  it('every query and mutation a client can call is declared with a permission by the subgraph that serves it', () => {
    const { publicSdl } = composeSupergraph();
    const schema = buildSchema(publicSdl);
    const undeclared: string[] = [];
    for (const root of ['Query', 'Mutation'] as const) {
      const type = schema.getType(root);
      if (!type || !isObjectType(type)) continue;
      for (const field of Object.keys(type.getFields())) {
        const declared = subgraphs.some(
          (s) =>
            s.definition.rootRules[root]?.[field] !== undefined &&
            isObjectType(s.definition.subgraphSchema().getType(root)) &&
            field in (s.definition.subgraphSchema().getType(root) as { getFields(): object }).getFields(),
        );
        if (!declared) undeclared.push(`${root}.${field}`);
      }
    }
    expect(undeclared).toEqual([]);
    expect(Object.keys((schema.getType('Query') as { getFields(): object }).getFields()).length).toBeGreaterThan(5);
  });
});

describe('the field layer', () => {
  it('classifies every field of the case record (Case and Person), so none is open by accident', async () => {
    const { caseSubgraph } = await import('@haven/case');
    const { fieldClassifications } = await import('../subgraphs/case/src/cases/fields');
    const schema = caseSubgraph.subgraphSchema();
    const missing: string[] = [];
    for (const [type, prefix] of [
      ['Case', ''],
      ['Person', 'person.'],
    ] as const) {
      const t = schema.getType(type);
      if (!t || !isObjectType(t)) throw new Error(`no ${type} type`);
      for (const field of Object.keys(t.getFields())) {
        if (!fieldClassifications[`${prefix}${field}`]) missing.push(`${type}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

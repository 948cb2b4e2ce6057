import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
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

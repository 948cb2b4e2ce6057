import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import { composeServices } from '@theguild/federation-composition';
import { subgraphs } from './subgraphs';

const gatewayDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The composed supergraph the gateway serves, committed and checked for staleness in CI. */
export const supergraphPath = path.join(gatewayDir, 'supergraph.graphql');
/** The public API schema (what clients see), used by codegen. */
export const publicSchemaPath = path.join(gatewayDir, 'schema.graphql');

export interface Composition {
  supergraphSdl: string;
  publicSdl: string;
}

/** Composes the supergraph from the subgraph schemas in this checkout; throws listing every error. */
export function composeSupergraph(): Composition {
  const result = composeServices(
    subgraphs.map(({ definition, defaultPort }) => ({
      name: definition.name,
      url: `http://127.0.0.1:${defaultPort}/graphql`,
      typeDefs: parse(printSubgraphSchema(definition.subgraphSchema())),
    })),
  );
  if (result.errors) {
    throw new Error(`Supergraph composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return { supergraphSdl: `${result.supergraphSdl.trim()}\n`, publicSdl: `${result.publicSdl.trim()}\n` };
}

export function readComposedSupergraph(): string {
  return fs.readFileSync(supergraphPath, 'utf8');
}

import type { GraphQLSchema } from 'graphql';
import type { HavenSchemaBuilder } from './builder';
import { protectSchema, type FieldRules, type RootRules } from './shield';

export interface SubgraphDefinition {
  name: string;
  rootRules: RootRules;
  fieldRules: FieldRules;
  /** The federation subgraph schema without rules: what composition reads. */
  subgraphSchema(): GraphQLSchema;
  /** The schema served, with graphql-shield rules applied. */
  schema(): GraphQLSchema;
}

/** Both schemas are built once: Pothos builders cannot build twice. */
export function defineSubgraph(
  name: string,
  builder: HavenSchemaBuilder,
  rootRules: RootRules,
  fieldRules: FieldRules = {},
): SubgraphDefinition {
  let raw: GraphQLSchema | undefined;
  let served: GraphQLSchema | undefined;
  const subgraphSchema = () => {
    if (!raw) {
      builder.queryType({});
      raw = builder.toSubGraphSchema({ linkUrl: 'https://specs.apollo.dev/federation/v2.6' });
    }
    return raw;
  };
  return {
    name,
    rootRules,
    fieldRules,
    subgraphSchema,
    schema: () => (served ??= protectSchema(subgraphSchema(), rootRules, fieldRules)),
  };
}

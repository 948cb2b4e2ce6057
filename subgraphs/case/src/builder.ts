import { addJSONScalar, createSchemaBuilder } from '@haven/core/graphql/builder';

export const builder = createSchemaBuilder();

/** The JSON scalar (core/src/graphql/builder.ts) as this subgraph's Pothos type. */
export const JSONRef = addJSONScalar(builder);

import { createSchemaBuilder } from '@haven/core/graphql/builder';

export const builder = createSchemaBuilder();

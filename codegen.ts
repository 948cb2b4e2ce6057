import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed GraphQL documents for the web client and the tests, from the composed public schema.
 * `documentMode: 'string'` yields TypedDocumentString objects, so the browser bundle carries no graphql-js.
 * Output depends only on the schema and the documents (no formatter, no timestamps), so CI can
 * regenerate and check `git diff --exit-code`.
 */
const target = {
  preset: 'client',
  presetConfig: {
    // Components read fragment fields directly; masking would add useFragment() calls for no gain here.
    fragmentMasking: false,
  },
  config: {
    documentMode: 'string',
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: { Date: 'string', DateTime: 'string', CaseType: 'string' },
  },
} as const;

const config: CodegenConfig = {
  schema: 'gateway/schema.graphql',
  // tests/ may have no documents yet; an empty target must not fail the run.
  ignoreNoDocuments: true,
  generates: {
    'web/src/gql/': { ...target, documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'] },
    'tests/gql/': { ...target, documents: ['tests/**/*.ts', '!tests/gql/**'] },
  },
};

export default config;

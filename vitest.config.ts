import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Node loads graphql's CommonJS build for dependencies; Vite would give our sources the .mjs
    // build, and graphql refuses to mix the two. Point our sources at the same build Node uses.
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['**/*.test.ts'],
    exclude: ['**/node_modules/**', 'web/dist/**', 'data/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // PGlite and Chromium are memory-hungry; two workers suit a two-core machine.
    maxWorkers: 2,
  },
});

#!/usr/bin/env bash
# Fails when a generated file is stale: the composed supergraph, codegen output, or a migration
# that drizzle-kit would generate from the schema but that is not committed.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent compose
npm run --silent codegen
npx drizzle-kit generate --config core/drizzle.config.ts >/dev/null
if [ -n "$(git status --porcelain -- gateway/supergraph.graphql gateway/schema.graphql web/src/gql tests/gql migrations)" ]; then
  echo "Generated files are stale. Run npm run compose, npm run codegen and npm run db:generate, then commit:" >&2
  git status --short -- gateway/supergraph.graphql gateway/schema.graphql web/src/gql tests/gql migrations >&2
  git diff --stat -- gateway web/src/gql tests/gql migrations >&2
  exit 1
fi
echo "Generated files are current."

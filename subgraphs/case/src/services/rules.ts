import { GraphQLError } from 'graphql';
import { rule } from 'graphql-shield';
import type { SubgraphContext } from '@haven/core/graphql/context';
import { requires, type RootRules } from '@haven/core/graphql/shield';

/** The catalogue and the directory are read by those who work cases and by those who manage them. */
const readsCatalogue = rule('catalogue:case:read|form:manage', { cache: 'contextual' })(
  (_parent, _args, ctx: SubgraphContext) =>
    ctx.viewer.permissions.includes('case:read') ||
    ctx.viewer.permissions.includes('form:manage') ||
    new GraphQLError('This action needs the case:read or form:manage permission', {
      extensions: { code: 'FORBIDDEN', permission: 'case:read' },
    }),
);

/** The root fields of this module and the permission each needs (merged into the subgraph's rules). */
export const rules: RootRules = {
  Query: {
    serviceCatalogue: readsCatalogue,
    serviceProviders: readsCatalogue,
  },
  Mutation: {
    saveService: requires('form:manage'),
    setServiceActive: requires('form:manage'),
    saveServiceProvider: requires('form:manage'),
    setProviderActive: requires('form:manage'),
  },
};

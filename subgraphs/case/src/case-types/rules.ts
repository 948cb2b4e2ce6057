import { GraphQLError } from 'graphql';
import { rule } from 'graphql-shield';
import type { SubgraphContext } from '@haven/core/graphql/context';
import { requires, type RootRules } from '@haven/core/graphql/shield';

/**
 * Agency configuration (case types, administrative areas) is read by those who work cases (to
 * register one, to fill in a location) and by those who configure it.
 */
export const readsConfiguration = rule('reads-configuration:case:read|form:manage', { cache: 'contextual' })(
  (_parent, _args, ctx: SubgraphContext) =>
    ctx.viewer.permissions.includes('case:read') ||
    ctx.viewer.permissions.includes('form:manage') ||
    new GraphQLError('This action needs the case:read or form:manage permission', {
      extensions: { code: 'FORBIDDEN', permission: 'case:read' },
    }),
);

/** The root fields of this module and the permission each needs (merged into the subgraph's rules). */
export const rules: RootRules = {
  Query: { caseTypes: readsConfiguration },
  Mutation: { saveCaseType: requires('form:manage') },
};

import { GraphQLError, isObjectType, type GraphQLSchema } from 'graphql';
import { applyMiddleware } from 'graphql-middleware';
import { allow, deny, rule, shield, type IRule, type IRules } from 'graphql-shield';

type ShieldRule = IRule | typeof allow | typeof deny;
import type { Permission } from '../permissions';
import type { SubgraphContext } from './context';

const permissionRules = new Map<Permission, IRule>();

/** The role layer: the viewer's roles must grant this action. */
export function requires(permission: Permission): IRule {
  let existing = permissionRules.get(permission);
  if (!existing) {
    existing = rule(`requires:${permission}`, { cache: 'contextual' })(
      (_parent, _args, ctx: SubgraphContext) =>
        ctx.viewer.permissions.includes(permission) ||
        new GraphQLError(`This action needs the ${permission} permission`, {
          extensions: { code: 'FORBIDDEN', permission },
        }),
    );
    permissionRules.set(permission, existing);
  }
  return existing;
}

/**
 * The field layer at the edge: a field whose value the viewer may not see resolves to null with a
 * FORBIDDEN_FIELD error at its path (the one form Haven uses everywhere; the web shows
 * "[Restricted]"). The check reads the parent object, which the service built for this viewer.
 */
export function fieldRule<P>(
  name: string,
  check: (parent: P, ctx: SubgraphContext) => boolean,
  classification: string,
): IRule {
  return rule(`field:${name}`, { cache: 'no_cache' })((parent: P, _args, ctx: SubgraphContext) =>
    check(parent, ctx)
      ? true
      : new GraphQLError('This field is restricted', { extensions: { code: 'FORBIDDEN_FIELD', classification } }),
  );
}

/** Rules for fields of non-root types, by type and field; unlisted fields are open. */
export type FieldRules = Record<string, Record<string, IRule>>;

export interface RootRules {
  Query?: Record<string, ShieldRule>;
  Mutation?: Record<string, ShieldRule>;
}

/** Root fields every subgraph has that the gateway needs for federation. */
const federationRootFields = ['_service', '_entities'];

/**
 * Applies graphql-shield to a subgraph schema (the one returned by toSubGraphSchema). Deny by
 * default: a root field without a declared rule is refused. Non-root types are open to anyone who
 * reached them through an allowed root field (field-level classification rules come on top).
 */
export function protectSchema(schema: GraphQLSchema, rootRules: RootRules, fieldRules: FieldRules = {}): GraphQLSchema {
  const rules: Record<string, Record<string, ShieldRule> | ShieldRule> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (type.name === 'Query' || type.name === 'Mutation') {
      const declared = rootRules[type.name] ?? {};
      const fieldRules: Record<string, ShieldRule> = {};
      for (const field of Object.keys(type.getFields())) {
        fieldRules[field] = federationRootFields.includes(field) ? allow : (declared[field] ?? deny);
      }
      rules[type.name] = fieldRules;
    } else if (fieldRules[type.name]) {
      const typeRules = fieldRules[type.name]!;
      for (const field of Object.keys(typeRules)) {
        if (!type.getFields()[field]) throw new Error(`field rule for unknown field ${type.name}.${field}`);
      }
      rules[type.name] = Object.fromEntries(Object.keys(type.getFields()).map((f) => [f, typeRules[f] ?? allow]));
    } else {
      rules[type.name] = allow;
    }
  }
  return applyMiddleware(
    schema,
    shield(rules as IRules, {
      fallbackRule: deny,
      allowExternalErrors: true,
      fallbackError: new GraphQLError('Not allowed', { extensions: { code: 'FORBIDDEN' } }),
    }),
  );
}

/** Lists root fields that have no declared rule; used by the deny-by-default test. */
export function undeclaredRootFields(schema: GraphQLSchema, rootRules: RootRules): string[] {
  const missing: string[] = [];
  for (const root of ['Query', 'Mutation'] as const) {
    const type = schema.getType(root);
    if (!type || !isObjectType(type)) continue;
    for (const field of Object.keys(type.getFields())) {
      if (!federationRootFields.includes(field) && !rootRules[root]?.[field]) missing.push(`${root}.${field}`);
    }
  }
  return missing;
}

/** Any signed-in viewer (the subgraph server already refused requests without one). */
export const signedIn: IRule = rule('signed-in', { cache: 'contextual' })((_p, _a, ctx: SubgraphContext) =>
  Boolean(ctx.viewer),
);

import {
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';

/**
 * The field paths a client operation reads below every object of one type (e.g. Case), as dotted
 * paths relative to that object (caseNumber, person.givenName, currentStage.stage), whichever
 * subgraph serves them. The gateway hands this to the subgraph that owns the type, so that one
 * audit row records everything a client read of a case, including fields other subgraphs resolve.
 */
export function fieldPathsBelowType(schema: GraphQLSchema, document: DocumentNode, typeName: string): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const out = new Set<string>();

  // Validation has already refused fragment cycles, so the walk ends.
  const walk = (set: SelectionSetNode, type: GraphQLNamedType, below: string | null): void => {
    if (!isObjectType(type) && !isInterfaceType(type)) return;
    const fields = type.getFields();
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        const field = fields[name];
        if (!field) continue;
        const inner = getNamedType(field.type);
        const path = below === null ? null : below ? `${below}.${name}` : name;
        if (path !== null && !selection.selectionSet) out.add(path);
        if (selection.selectionSet) {
          // Entering another object of the type starts a fresh relative path.
          walk(selection.selectionSet, inner, inner.name === typeName ? '' : path);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        if (on) walk(selection.selectionSet, on, on.name === typeName && below === null ? '' : below);
      } else {
        const fragment = fragments.get(selection.name.value);
        const on = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && on) walk(fragment.selectionSet, on, on.name === typeName && below === null ? '' : below);
      }
    }
  };

  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const root =
      d.operation === 'query' ? schema.getQueryType() : d.operation === 'mutation' ? schema.getMutationType() : null;
    if (root) walk(d.selectionSet, root, null);
  }
  return [...out].sort();
}

/**
 * The header in which the gateway tells subgraphs which Case fields the client's operation reads
 * (comma-separated paths). Set by the gateway only; a client-sent value is never passed on.
 */
export const CASE_FIELDS_HEADER = 'x-haven-case-fields';

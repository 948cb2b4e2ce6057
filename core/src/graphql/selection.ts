import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * The fields a query selected below the current field, as dotted paths (caseNumber,
 * person.givenName), optionally below a sub-path (['nodes'] for a connection). Fragments are
 * followed; inline fragments on other types are skipped. This is what the audit trail records as
 * "fields read": names only, never values.
 */
export function selectedFields(
  info: GraphQLResolveInfo,
  options: { below?: string[]; typeName?: string } = {},
): string[] {
  const out = new Set<string>();
  const typeName = options.typeName;

  const walk = (set: SelectionSetNode | undefined, prefix: string, rest: string[]): void => {
    if (!set) return;
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (name.startsWith('__')) continue;
        if (rest.length > 0) {
          if (name === rest[0]) walk(selection.selectionSet, prefix, rest.slice(1));
          continue;
        }
        const path = prefix ? `${prefix}.${name}` : name;
        if (selection.selectionSet) walk(selection.selectionSet, path, []);
        else out.add(path);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const on = selection.typeCondition?.name.value;
        if (!on || !typeName || on === typeName || prefix) walk(selection.selectionSet, prefix, rest);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet, prefix, rest);
      }
    }
  };

  for (const node of info.fieldNodes) walk(node.selectionSet, '', options.below ?? []);
  return [...out].sort();
}

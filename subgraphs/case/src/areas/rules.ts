import { requires, type RootRules } from '@haven/core/graphql/shield';
import { readsConfiguration } from '../case-types/rules';

/** The root fields of this module and the permission each needs (merged into the subgraph's rules). */
export const rules: RootRules = {
  Query: { adminAreas: readsConfiguration, adminArea: readsConfiguration },
  Mutation: { importAdminAreas: requires('form:manage'), setAdminAreaActive: requires('form:manage') },
};

/**
 * Person fields and queries that need the case module (imported after it, so persons/ stays free of
 * an import cycle with cases/): Person.cases and searchPersons.
 */
import { callerOf, loaderFor } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { CaseRef, type CaseView } from '../cases';
import { PersonRef } from './schema';
import * as service from './persons.service';

builder.objectField(PersonRef, 'cases', (t) =>
  t.field({
    type: [CaseRef],
    description: 'The cases of this person that you reach (a person may appear in several over time), oldest first.',
    resolve: async (p, _args, ctx) => {
      const loader = loaderFor<CaseView[]>(ctx, 'personCases', (ids) =>
        service.casesOfPersons(ctx.db, callerOf(ctx), ids),
      );
      return (await loader.load(p.id)) ?? [];
    },
  }),
);

builder.queryField('searchPersons', (t) =>
  t.field({
    type: [PersonRef],
    description:
      'Persons you reach (through a case, or a relative through a household) whose name sounds like the query, in Arabic or Latin script, or who hold an identifier with the query as its value. Best matches first; at most 50.',
    args: { query: t.arg.string({ required: true }), first: t.arg.int({ defaultValue: 20 }) },
    resolve: (_root, args, ctx) => service.searchPersons(ctx.db, callerOf(ctx), args.query, args.first),
  }),
);

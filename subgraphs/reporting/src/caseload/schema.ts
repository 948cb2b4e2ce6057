import { builder } from '../builder';
import { caseCounts, MINIMUM_CELL_SIZE, type AggregateCell } from './caseload.service';

const CaseCountRef = builder.objectRef<AggregateCell>('CaseCount').implement({
  description: `Number of cases in one cell; cells under ${MINIMUM_CELL_SIZE} are suppressed.`,
  fields: (t) => ({
    caseType: t.exposeString('caseType'),
    status: t.exposeString('status'),
    count: t.exposeInt('count', { nullable: true }),
    suppressed: t.exposeBoolean('suppressed'),
  }),
});

builder.queryFields((t) => ({
  caseCounts: t.field({
    type: [CaseCountRef],
    description: 'Anonymised case counts of the viewer’s agency by case type and status.',
    resolve: (_root, _args, ctx) => caseCounts(ctx.db, ctx.viewer),
  }),
}));

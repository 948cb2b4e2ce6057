import { loaderFor } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { stageKeys, type CaseStage } from './stage';
import { stagesOf } from './stages.service';

export const StageEnum = builder.enumType('WorkflowStage', {
  values: Object.fromEntries(stageKeys.map((k) => [k.toUpperCase(), { value: k }])) as Record<
    Uppercase<(typeof stageKeys)[number]>,
    { value: (typeof stageKeys)[number] }
  >,
});

const CaseStageRef = builder.objectRef<CaseStage>('CaseStage').implement({
  fields: (t) => ({
    stage: t.field({ type: StageEnum, resolve: (s) => s.stage }),
    workflowKey: t.exposeString('workflowKey'),
    enteredAt: t.field({ type: 'DateTime', resolve: (s) => s.enteredAt }),
  }),
});

/** The workflow subgraph adds the current stage to the case subgraph's Case. */
builder.externalRef('Case', builder.selection<{ id: string }>('id')).implement({
  fields: (t) => ({
    id: t.exposeID('id'),
    currentStage: t.field({
      type: CaseStageRef,
      nullable: true,
      resolve: (ref, _args, ctx) =>
        loaderFor<CaseStage>(ctx, 'stage', (ids) => stagesOf(ctx.db, ctx.viewer, ctx.requestId, ids)).load(ref.id),
    }),
  }),
});

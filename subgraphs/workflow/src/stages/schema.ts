import { loaderFor } from '@haven/core/graphql/context';
import { builder } from '../builder';
import { stageKeys, type CaseStage, type StageKey } from './stage';
import { stagesOf } from './stages.service';

export const StageEnum = builder.enumType('WorkflowStage', {
  values: Object.fromEntries(stageKeys.map((k) => [k.toUpperCase(), { value: k }])) as Record<
    Uppercase<(typeof stageKeys)[number]>,
    { value: (typeof stageKeys)[number] }
  >,
});

export const CaseStageRef = builder.objectRef<CaseStage>('CaseStage').implement({
  fields: (t) => ({
    stage: t.field({
      type: StageEnum,
      description: 'The stage, for the stages of the shipped workflows; stageKey names any stage.',
      resolve: (s) => {
        if (!(stageKeys as readonly string[]).includes(s.stage))
          throw new Error(`stage ${s.stage} is not a shipped stage; read stageKey`);
        return s.stage as StageKey;
      },
    }),
    stageKey: t.exposeString('stage', { description: "The stage's key in the case's workflow definition" }),
    workflowKey: t.exposeString('workflowKey'),
    workflowVersion: t.exposeInt('workflowVersion', { description: 'The definition version the case runs on' }),
    enteredAt: t.field({ type: 'DateTime', resolve: (s) => s.enteredAt }),
  }),
});

/** The workflow subgraph adds the current stage to the case subgraph's Case. */
export const CaseRef = builder.externalRef('Case', builder.selection<{ id: string }>('id')).implement({
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

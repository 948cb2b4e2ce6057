/**
 * The workflow definition as the editor holds it (the JSON saveWorkflowDefinition takes; see
 * subgraphs/workflow/src/definitions/definition.ts), and the checks the editor makes before saving.
 * The server checks everything again, against the agency's forms and roles; its problems come back
 * with paths into this object.
 */
export type Labels = Record<string, string>;
export type DurationUnit = 'hours' | 'days' | 'workingDays';
export const durationUnits: DurationUnit[] = ['hours', 'days', 'workingDays'];
export type Duration = Partial<Record<DurationUnit, number>>;

export interface DeadlineAction {
  type: 'deadline';
  kind: 'stage_limit' | 'follow_up' | 'review';
  due: Duration;
  [other: string]: unknown;
}

export interface Stage {
  key: string;
  label: Labels;
  caseStatus: 'open' | 'closed';
  closureForms?: string[];
  onEnter?: DeadlineAction[];
  [other: string]: unknown;
}

export const guardTypes = ['forms_submitted', 'consent', 'care_plan_approved', 'permission', 'role'] as const;
export type GuardType = (typeof guardTypes)[number];
export const consentScopes = ['services', 'referral', 'information_sharing', 'reporting'] as const;

export interface Guard {
  type: GuardType;
  forms?: string[];
  scope?: string;
  permission?: string;
  roles?: string[];
}

export interface Transition {
  from: string;
  to: string;
  label?: Labels;
  guards?: Guard[];
  approval?: 'supervisor' | 'panel';
  reasonRequired?: boolean;
  closureCategories?: string[];
  [other: string]: unknown;
}

export interface Definition {
  label: Labels;
  initialStage: string;
  stages: Stage[];
  transitions: Transition[];
  [other: string]: unknown;
}

export const ANY = '*';
export const RESUME = '@resume';

export function blankDefinition(): Definition {
  return {
    label: { en: '', ar: '' },
    initialStage: 'intake',
    stages: [
      { key: 'intake', label: { en: 'Intake', ar: '' }, caseStatus: 'open' },
      { key: 'closed', label: { en: 'Closed', ar: '' }, caseStatus: 'closed' },
    ],
    transitions: [{ from: 'intake', to: 'closed', approval: 'supervisor' }],
  };
}

/** A stored definition (JSON) as the editor's object, filling in what the editor needs. */
export function asDefinition(json: unknown): Definition {
  const d = (json && typeof json === 'object' ? structuredClone(json) : {}) as Partial<Definition>;
  return {
    ...d,
    label: d.label ?? { en: '' },
    initialStage: d.initialStage ?? '',
    stages: Array.isArray(d.stages) ? d.stages : [],
    transitions: Array.isArray(d.transitions) ? d.transitions : [],
  };
}

/** The stage's time limit (its first stage_limit deadline), if any. */
export function stageLimitOf(stage: Stage): { unit: DurationUnit; amount: number } | null {
  const action = (stage.onEnter ?? []).find((a) => a.type === 'deadline' && a.kind === 'stage_limit');
  if (!action) return null;
  const unit = durationUnits.find((u) => action.due[u] !== undefined);
  return unit ? { unit, amount: action.due[unit]! } : null;
}

/** Sets (or, with null, removes) the stage's time limit, keeping its other clocks and risk-specific limits. */
export function withStageLimit(stage: Stage, limit: { unit: DurationUnit; amount: number } | null): Stage {
  const others = (stage.onEnter ?? []).filter((a) => !(a.type === 'deadline' && a.kind === 'stage_limit'));
  const existing = (stage.onEnter ?? []).find((a) => a.type === 'deadline' && a.kind === 'stage_limit');
  const onEnter = limit
    ? [
        {
          ...(existing ?? { type: 'deadline' as const, kind: 'stage_limit' as const }),
          due: { [limit.unit]: limit.amount },
        },
        ...others,
      ]
    : others;
  const next: Stage = { ...stage, onEnter };
  if (onEnter.length === 0) delete next.onEnter;
  return next;
}

export interface Problem {
  /** Path into the definition, e.g. "stages.2.key". */
  path: string;
  message: string;
}

const KEY = /^[a-z][a-z0-9_]{0,62}$/;

/** The editor's problems, as keys of workflow.check in the translations. */
export type CheckKey =
  | 'labelEn'
  | 'noStages'
  | 'stageKey'
  | 'duplicateStage'
  | 'stageLabel'
  | 'limit'
  | 'initialUnknown'
  | 'initialClosed'
  | 'fromUnknown'
  | 'toUnknown'
  | 'sameStage'
  | 'duplicateTransition'
  | 'forms'
  | 'roles'
  | 'permission';

/** What the editor can check alone: keys, labels, stages named by transitions, limits. */
export function checkDefinition(
  def: Definition,
  say: (key: CheckKey, values?: Record<string, string>) => string,
): Problem[] {
  const problems: Problem[] = [];
  const add = (path: (string | number)[], key: CheckKey, values?: Record<string, string>) =>
    problems.push({ path: path.join('.'), message: say(key, values) });
  if (!def.label.en?.trim()) add(['label'], 'labelEn');
  if (def.stages.length === 0) add(['stages'], 'noStages');
  const keys = new Set<string>();
  def.stages.forEach((s, i) => {
    if (!KEY.test(s.key)) add(['stages', i, 'key'], 'stageKey');
    else if (keys.has(s.key)) add(['stages', i, 'key'], 'duplicateStage', { key: s.key });
    keys.add(s.key);
    if (!s.label.en?.trim()) add(['stages', i, 'label'], 'stageLabel');
    const limit = stageLimitOf(s);
    if (limit && (!Number.isInteger(limit.amount) || limit.amount < 1 || limit.amount > 3650))
      add(['stages', i, 'onEnter', 0, 'due'], 'limit');
  });
  const initial = def.stages.find((s) => s.key === def.initialStage);
  if (!initial) add(['initialStage'], 'initialUnknown');
  else if (initial.caseStatus !== 'open') add(['initialStage'], 'initialClosed');
  const seen = new Set<string>();
  def.transitions.forEach((t, i) => {
    if (t.from !== ANY && !keys.has(t.from)) add(['transitions', i, 'from'], 'fromUnknown', { stage: t.from });
    if (t.to !== RESUME && !keys.has(t.to)) add(['transitions', i, 'to'], 'toUnknown', { stage: t.to });
    if (t.from === t.to) add(['transitions', i, 'to'], 'sameStage');
    const id = `${t.from} → ${t.to}`;
    if (seen.has(id)) add(['transitions', i], 'duplicateTransition', { id });
    seen.add(id);
    (t.guards ?? []).forEach((g, j) => {
      if (g.type === 'forms_submitted' && !(g.forms ?? []).length)
        add(['transitions', i, 'guards', j, 'forms'], 'forms');
      if (g.type === 'role' && !(g.roles ?? []).length) add(['transitions', i, 'guards', j, 'roles'], 'roles');
      if (g.type === 'permission' && !g.permission?.trim())
        add(['transitions', i, 'guards', j, 'permission'], 'permission');
    });
  });
  return problems;
}

/** A guard with the parameters its type takes. */
export function guardOfType(type: GuardType): Guard {
  switch (type) {
    case 'forms_submitted':
      return { type, forms: [] };
    case 'consent':
      return { type, scope: 'services' };
    case 'permission':
      return { type, permission: '' };
    case 'role':
      return { type, roles: [] };
    default:
      return { type };
  }
}

/** "a, b , c" → ["a", "b", "c"]. */
export function keyList(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

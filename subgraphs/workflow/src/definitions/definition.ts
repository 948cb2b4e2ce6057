/**
 * Workflow definitions as data: stages, transitions, guards, approvals and the clocks a stage starts.
 * Programme managers save new versions; a case keeps the version it started on.
 */
import { permissions, type Permission } from '@haven/core/permissions';

export const riskLevels = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof riskLevels)[number];

/** A stored risk level (a form value), or null when there is none or it is not one of the levels. */
export const riskLevelOf = (value: string | null | undefined): RiskLevel | null =>
  value && (riskLevels as readonly string[]).includes(value) ? (value as RiskLevel) : null;

/** A time limit: clock hours, calendar days, or working days of the agency's calendar. */
export type Duration = { hours: number } | { days: number } | { workingDays: number };

export const deadlineKinds = ['stage_limit', 'follow_up', 'review'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export interface DeadlineAction {
  type: 'deadline';
  kind: DeadlineKind;
  /** The limit when nothing more specific applies. */
  due: Duration;
  /** Limits by the case's risk level (latest submitted protection_risk_assessment). */
  byRisk?: Partial<Record<RiskLevel, Duration>>;
  /** Follow-ups: the approved care plan's follow_up_days wins when it sets one. */
  carePlanFollowUp?: boolean;
  /** Escalate to the team's supervisors this many hours after the due time (default 24). */
  escalateAfterHours?: number;
}

export type StageAction = DeadlineAction;

export interface StageDefinition {
  key: string;
  label: Record<string, string>;
  /** The case's status while in this stage (case.cases.status); closed stages close the case. */
  caseStatus: 'open' | 'closed';
  /** Forms a closure into this stage needs besides case_closure. */
  closureForms?: string[];
  onEnter?: StageAction[];
}

export const closureCategories = [
  'objectives_met',
  'client_disengaged',
  'transferred',
  'relocated',
  'survivor_request',
  'no_longer_eligible',
  'deceased',
  'other',
] as const;
export type ClosureCategory = (typeof closureCategories)[number];

export type Guard =
  | { type: 'forms_submitted'; forms: string[] }
  | { type: 'consent'; scope: 'services' | 'referral' | 'information_sharing' | 'reporting' }
  | { type: 'care_plan_approved' }
  | { type: 'permission'; permission: Permission }
  | { type: 'role'; roles: string[] };

export const guardTypes = ['forms_submitted', 'consent', 'care_plan_approved', 'permission', 'role'] as const;

export interface TransitionDefinition {
  /** A stage key, or "*": any stage whose case status is open. */
  from: string;
  /** A stage key, or "@resume": back to the stage a paused case came from. */
  to: string;
  label?: Record<string, string>;
  guards?: Guard[];
  /** supervisor: a supervisor of the case's team approves; panel: the same, recorded as a panel review. */
  approval?: 'supervisor' | 'panel';
  /** A reason must be given (always for closure, reopening and pausing). */
  reasonRequired?: boolean;
  /** The closure categories this transition allows (default: all). */
  closureCategories?: ClosureCategory[];
}

export interface WorkflowDefinition {
  label: Record<string, string>;
  initialStage: string;
  stages: StageDefinition[];
  transitions: TransitionDefinition[];
}

export const CLOSURE_FORM = 'case_closure';
export const RESUME = '@resume';
export const ANY = '*';

// ---------------------------------------------------------------------------------------------
// Validation: every problem at once, with its path under "definition"

export interface DefinitionProblem {
  path: (string | number)[];
  message: string;
}

const KEY = /^[a-z][a-z0-9_]{0,62}$/;

function durationProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return 'must be { hours }, { days } or { workingDays }';
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length !== 1) return 'must name exactly one of hours, days, workingDays';
  const [unit, n] = entries[0]!;
  if (!['hours', 'days', 'workingDays'].includes(unit)) return `unknown unit "${unit}"`;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1 || n > 3650)
    return 'must be a whole number from 1 to 3650';
  return null;
}

/**
 * Checks a definition against the agency's form keys and roles. Problems: malformed parts, duplicate
 * stages, transitions from or to nowhere, stages no path reaches from the initial stage, guards
 * naming unknown forms, roles or permissions, closing stages without a way in that can be approved.
 */
export function validateWorkflowDefinition(
  input: unknown,
  known: { formKeys: readonly string[]; roleKeys: readonly string[] },
): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (path: (string | number)[], message: string) => problems.push({ path, message });
  if (!input || typeof input !== 'object' || Array.isArray(input)) {
    add([], 'must be an object with label, initialStage, stages and transitions');
    return problems;
  }
  const def = input as Record<string, unknown>;
  if (!def.label || typeof def.label !== 'object' || typeof (def.label as Record<string, unknown>).en !== 'string')
    add(['label'], 'needs an English label (label.en)');
  const stages = Array.isArray(def.stages) ? (def.stages as unknown[]) : null;
  if (!stages || stages.length === 0) add(['stages'], 'must list at least one stage');
  const stageKeys = new Map<string, StageDefinition>();
  (stages ?? []).forEach((raw, i) => {
    if (!raw || typeof raw !== 'object') return add(['stages', i], 'must be an object');
    const s = raw as Record<string, unknown>;
    if (typeof s.key !== 'string' || !KEY.test(s.key))
      add(['stages', i, 'key'], 'must be a lower-case key (letters, digits, _)');
    else if (stageKeys.has(s.key)) add(['stages', i, 'key'], `duplicate stage "${s.key}"`);
    else stageKeys.set(s.key, s as unknown as StageDefinition);
    if (!s.label || typeof s.label !== 'object' || typeof (s.label as Record<string, unknown>).en !== 'string')
      add(['stages', i, 'label'], 'needs an English label (label.en)');
    if (s.caseStatus !== 'open' && s.caseStatus !== 'closed')
      add(['stages', i, 'caseStatus'], 'must be open or closed');
    if (s.closureForms !== undefined) {
      if (!Array.isArray(s.closureForms)) add(['stages', i, 'closureForms'], 'must be a list of form keys');
      else
        s.closureForms.forEach((f, j) => {
          if (typeof f !== 'string' || !known.formKeys.includes(f))
            add(['stages', i, 'closureForms', j], `unknown form "${String(f)}"`);
        });
    }
    if (s.onEnter !== undefined) {
      if (!Array.isArray(s.onEnter)) add(['stages', i, 'onEnter'], 'must be a list of actions');
      else
        s.onEnter.forEach((a, j) => {
          const path = ['stages', i, 'onEnter', j];
          if (!a || typeof a !== 'object') return add(path, 'must be an object');
          const action = a as Record<string, unknown>;
          if (action.type !== 'deadline') return add([...path, 'type'], 'unknown action (deadline)');
          if (!deadlineKinds.includes(action.kind as DeadlineKind))
            add([...path, 'kind'], `must be one of ${deadlineKinds.join(', ')}`);
          const d = durationProblem(action.due);
          if (d) add([...path, 'due'], d);
          if (action.byRisk !== undefined) {
            if (!action.byRisk || typeof action.byRisk !== 'object') add([...path, 'byRisk'], 'must be an object');
            else
              for (const [level, duration] of Object.entries(action.byRisk)) {
                if (!riskLevels.includes(level as RiskLevel))
                  add([...path, 'byRisk', level], `unknown risk level (${riskLevels.join(', ')})`);
                const p = durationProblem(duration);
                if (p) add([...path, 'byRisk', level], p);
              }
          }
          if (
            action.escalateAfterHours !== undefined &&
            (typeof action.escalateAfterHours !== 'number' ||
              !Number.isInteger(action.escalateAfterHours) ||
              action.escalateAfterHours < 0)
          )
            add([...path, 'escalateAfterHours'], 'must be a whole number of hours, 0 or more');
        });
    }
  });
  if (typeof def.initialStage !== 'string' || !stageKeys.has(def.initialStage))
    add(['initialStage'], `must be one of the stages (${[...stageKeys.keys()].join(', ')})`);
  else if (stageKeys.get(def.initialStage)!.caseStatus !== 'open') add(['initialStage'], 'must be an open stage');

  const transitions = Array.isArray(def.transitions) ? (def.transitions as unknown[]) : null;
  if (!transitions) add(['transitions'], 'must be a list');
  const edges: [string, string][] = [];
  const seen = new Set<string>();
  (transitions ?? []).forEach((raw, i) => {
    const path = ['transitions', i];
    if (!raw || typeof raw !== 'object') return add(path, 'must be an object');
    const t = raw as Record<string, unknown>;
    const fromOk = t.from === ANY || (typeof t.from === 'string' && stageKeys.has(t.from));
    const toOk = t.to === RESUME || (typeof t.to === 'string' && stageKeys.has(t.to));
    if (!fromOk) add([...path, 'from'], `transition from an unknown stage "${String(t.from)}"`);
    if (!toOk) add([...path, 'to'], `transition to an unknown stage "${String(t.to)}"`);
    if (fromOk && toOk) {
      if (t.from === t.to) add([...path, 'to'], 'a transition must change the stage');
      const id = `${String(t.from)}→${String(t.to)}`;
      if (seen.has(id)) add(path, `duplicate transition ${id}`);
      seen.add(id);
      if (t.to === RESUME && t.from !== ANY && stageKeys.get(t.from as string)?.caseStatus !== 'open')
        add([...path, 'from'], 'only an open stage (a pause) can resume');
      const targets = t.to === RESUME ? [...stageKeys.keys()] : [t.to as string];
      const sources =
        t.from === ANY
          ? [...stageKeys.values()].filter((s) => s.caseStatus === 'open').map((s) => s.key)
          : [t.from as string];
      for (const from of sources) for (const to of targets) if (from !== to) edges.push([from, to]);
    }
    if (t.approval !== undefined && t.approval !== 'supervisor' && t.approval !== 'panel')
      add([...path, 'approval'], 'must be supervisor or panel');
    if (t.reasonRequired !== undefined && typeof t.reasonRequired !== 'boolean')
      add([...path, 'reasonRequired'], 'must be true or false');
    if (t.closureCategories !== undefined) {
      if (!Array.isArray(t.closureCategories) || t.closureCategories.length === 0)
        add([...path, 'closureCategories'], 'must list at least one category');
      else
        t.closureCategories.forEach((c, j) => {
          if (!closureCategories.includes(c as ClosureCategory))
            add([...path, 'closureCategories', j], `unknown closure category "${String(c)}"`);
        });
    }
    if (t.guards !== undefined) {
      if (!Array.isArray(t.guards)) return add([...path, 'guards'], 'must be a list');
      t.guards.forEach((g, j) => {
        const gp = [...path, 'guards', j];
        if (!g || typeof g !== 'object') return add(gp, 'must be an object');
        const guard = g as Record<string, unknown>;
        switch (guard.type) {
          case 'forms_submitted':
            if (!Array.isArray(guard.forms) || guard.forms.length === 0) add([...gp, 'forms'], 'must list form keys');
            else
              guard.forms.forEach((f, k) => {
                if (typeof f !== 'string' || !known.formKeys.includes(f))
                  add([...gp, 'forms', k], `unknown form "${String(f)}"`);
              });
            break;
          case 'consent':
            if (!['services', 'referral', 'information_sharing', 'reporting'].includes(guard.scope as string))
              add([...gp, 'scope'], 'must be services, referral, information_sharing or reporting');
            break;
          case 'care_plan_approved':
            break;
          case 'permission':
            if (!(permissions as readonly string[]).includes(guard.permission as string))
              add([...gp, 'permission'], `unknown permission "${String(guard.permission)}"`);
            break;
          case 'role':
            if (!Array.isArray(guard.roles) || guard.roles.length === 0) add([...gp, 'roles'], 'must list role keys');
            else
              guard.roles.forEach((r, k) => {
                if (typeof r !== 'string' || !known.roleKeys.includes(r))
                  add([...gp, 'roles', k], `unknown role "${String(r)}"`);
              });
            break;
          default:
            add([...gp, 'type'], `unknown guard (${guardTypes.join(', ')})`);
        }
      });
    }
  });

  // Every stage must be reachable from the initial stage.
  if (typeof def.initialStage === 'string' && stageKeys.has(def.initialStage)) {
    const reached = new Set([def.initialStage]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const [from, to] of edges)
        if (reached.has(from) && !reached.has(to)) {
          reached.add(to);
          grew = true;
        }
    }
    (stages ?? []).forEach((raw, i) => {
      const key = (raw as { key?: unknown } | null)?.key;
      if (typeof key === 'string' && stageKeys.get(key) === raw && !reached.has(key))
        add(['stages', i], `stage "${key}" cannot be reached from ${def.initialStage as string}`);
    });
  }
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Reading a validated definition

/** The transition from the case's stage to toStage, if the definition has one. */
export function findTransition(
  def: WorkflowDefinition,
  fromStage: string,
  toStage: string,
  pausedFrom: string | null,
): TransitionDefinition | null {
  return transitionsFrom(def, fromStage, pausedFrom).find((t) => t.to === toStage)?.transition ?? null;
}

/** The stages a case can move to from its stage (resume resolved to the stage it was paused from). */
export function transitionsFrom(
  def: WorkflowDefinition,
  fromStage: string,
  pausedFrom: string | null,
): { to: string; transition: TransitionDefinition }[] {
  const from = def.stages.find((s) => s.key === fromStage);
  if (!from) return [];
  const out = new Map<string, TransitionDefinition>();
  for (const t of def.transitions) {
    if (t.from !== fromStage && !(t.from === ANY && from.caseStatus === 'open')) continue;
    const to = t.to === RESUME ? pausedFrom : t.to;
    if (!to || to === fromStage || out.has(to)) continue;
    // A specific transition wins over a "*" one for the same target.
    out.set(to, t);
  }
  for (const t of def.transitions) if (t.from === fromStage && t.to !== RESUME && t.to !== fromStage) out.set(t.to, t);
  return [...out.entries()].map(([to, transition]) => ({ to, transition }));
}

export function stageOf(def: WorkflowDefinition, key: string): StageDefinition | undefined {
  return def.stages.find((s) => s.key === key);
}

/**
 * What a move asks for beyond its guards: a closure needs a supervisor's approval (and a closure
 * category), reopening a closed case a reason, like a transition that says so.
 */
export function transitionRules(
  def: WorkflowDefinition,
  fromStage: string,
  toStage: string,
  transition: TransitionDefinition,
): { closes: boolean; reopens: boolean; needsApproval: boolean; reasonRequired: boolean } {
  const closes = stageOf(def, toStage)?.caseStatus === 'closed';
  const reopens = stageOf(def, fromStage)?.caseStatus === 'closed';
  return {
    closes,
    reopens,
    needsApproval: Boolean(transition.approval) || closes,
    reasonRequired: Boolean(transition.reasonRequired) || reopens,
  };
}

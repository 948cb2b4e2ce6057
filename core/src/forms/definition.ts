import {
  classifications,
  fieldTypes,
  type FieldDefinition,
  type FormDefinition,
  type Path,
  type Problem,
} from './types';
import { ExpressionError, evaluate, isConstant, parse, references, truthy, type Node } from './expression';

export const keyPattern = /^[a-z][A-Za-z0-9_]{0,63}$/;
const languagePattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

const commonProps = ['key', 'type', 'label', 'help', 'classification', 'required', 'showIf', 'rules'];
/** The properties each field type may carry (anything else is a mistake worth naming). */
const propsOf: Record<string, string[]> = {
  text: ['minLength', 'maxLength', 'pattern'],
  longText: ['minLength', 'maxLength', 'pattern'],
  number: ['min', 'max', 'integer'],
  date: ['minDate', 'maxDate'],
  dateTime: [],
  singleChoice: ['options'],
  multipleChoice: ['options', 'minSelected', 'maxSelected'],
  yesNo: [],
  location: ['levels', 'minLevels'],
  person: [],
  group: ['fields', 'minItems', 'maxItems'],
  signature: [],
  file: [],
  calculated: ['expression'],
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Where each field sits, for lookups by key (top-level fields and the fields of groups). */
export interface FieldIndex {
  top: Map<string, FieldDefinition>;
  /** group key → child key → field */
  children: Map<string, Map<string, FieldDefinition>>;
}

export function indexFields(definition: FormDefinition): FieldIndex {
  const top = new Map<string, FieldDefinition>();
  const children = new Map<string, Map<string, FieldDefinition>>();
  for (const section of definition.sections) {
    for (const field of section.fields) {
      top.set(field.key, field);
      if (field.type === 'group') children.set(field.key, new Map((field.fields ?? []).map((f) => [f.key, f])));
    }
  }
  return { top, children };
}

/** What a reference means where it is written (inside a group item, its siblings come first). */
export function resolveRef(
  index: FieldIndex,
  path: string[],
  group: string | null,
): { field: FieldDefinition; group: string | null; list: boolean } | null {
  if (path.length === 1) {
    const sibling = group ? index.children.get(group)?.get(path[0]!) : undefined;
    if (sibling) return { field: sibling, group, list: false };
    const top = index.top.get(path[0]!);
    return top ? { field: top, group: null, list: false } : null;
  }
  const child = index.children.get(path[0]!)?.get(path[1]!);
  return child ? { field: child, group: path[0]!, list: true } : null;
}

/**
 * Checks a form definition and lists every problem with its path (e.g. ["sections", 0, "fields",
 * 2, "options"]): shape, unknown field types and properties, duplicate keys, option lists,
 * expressions that do not parse or name unknown fields, cycles between calculated fields, and
 * conditions that can never hold.
 */
export function validateDefinition(input: unknown): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ path, message });

  const label = (value: unknown, path: Path, required = true) => {
    if (value === undefined && !required) return;
    if (!isObject(value)) return add(path, 'must be a label: an object of texts by language, with en');
    if (typeof value.en !== 'string' || value.en.trim() === '') add([...path, 'en'], 'must be a non-empty text');
    for (const [lang, text] of Object.entries(value)) {
      if (!languagePattern.test(lang)) add([...path, lang], 'is not a language code');
      else if (typeof text !== 'string') add([...path, lang], 'must be a text');
    }
  };
  const count = (value: unknown, path: Path) => {
    if (value !== undefined && (typeof value !== 'number' || !Number.isInteger(value) || value < 0)) {
      add(path, 'must be a whole number of at least 0');
    }
  };

  if (!isObject(input)) {
    add([], 'must be an object with title and sections');
    return problems;
  }
  for (const prop of Object.keys(input)) {
    if (!['title', 'description', 'sections', 'rules'].includes(prop)) add([prop], 'is not a property of a form');
  }
  label(input.title, ['title']);
  label(input.description, ['description'], false);
  if (!Array.isArray(input.sections) || input.sections.length === 0) {
    add(['sections'], 'must be a list of at least one section');
    return problems;
  }

  // Pass 1: shape of sections and fields; collect expressions to check once all keys are known.
  const expressions: { source: unknown; path: Path; group: string | null; owner: string | null; kind: string }[] = [];
  const topKeys = new Map<string, Path>();
  const groupChildren = new Map<string, Map<string, FieldDefinition>>();
  const sectionKeys = new Set<string>();

  const checkField = (field: unknown, path: Path, group: string | null, keys: Map<string, Path>) => {
    if (!isObject(field)) return add(path, 'must be a field object');
    const key = field.key;
    if (typeof key !== 'string' || !keyPattern.test(key)) {
      add([...path, 'key'], 'must be a key: a letter then letters, digits or _ (at most 64)');
    } else if (keys.has(key)) {
      add([...path, 'key'], `duplicates the key "${key}" of ${keys.get(key)!.join('.')}`);
    } else if (group && topKeys.has(key)) {
      add([...path, 'key'], `"${key}" is also a field outside the group; give it another key`);
    } else {
      keys.set(key, path);
    }
    const type = field.type;
    if (typeof type !== 'string' || !(fieldTypes as readonly string[]).includes(type)) {
      add([...path, 'type'], `is not a field type (one of ${fieldTypes.join(', ')})`);
      return;
    }
    const allowed = new Set([...commonProps, ...propsOf[type]!]);
    for (const prop of Object.keys(field))
      if (!allowed.has(prop)) add([...path, prop], `is not a property of a ${type} field`);
    label(field.label, [...path, 'label']);
    label(field.help, [...path, 'help'], false);
    if (field.classification !== undefined) {
      if (!(classifications as readonly string[]).includes(field.classification as string)) {
        add([...path, 'classification'], 'must be standard, restricted or confidential');
      } else if (group) {
        add([...path, 'classification'], 'fields of a group take the classification of the group');
      }
    }
    if (field.required !== undefined && typeof field.required !== 'boolean')
      add([...path, 'required'], 'must be true or false');
    if (type === 'calculated' && field.required) add([...path, 'required'], 'a calculated field is never entered');
    const owner = typeof key === 'string' ? key : null;
    if (field.showIf !== undefined)
      expressions.push({ source: field.showIf, path: [...path, 'showIf'], group, owner, kind: 'showIf' });
    if (field.rules !== undefined) {
      if (!Array.isArray(field.rules)) add([...path, 'rules'], 'must be a list');
      else
        field.rules.forEach((rule, i) => {
          if (!isObject(rule)) return add([...path, 'rules', i], 'must be a rule: check and message');
          label(rule.message, [...path, 'rules', i, 'message']);
          expressions.push({
            source: rule.check,
            path: [...path, 'rules', i, 'check'],
            group,
            owner: null,
            kind: 'rule',
          });
        });
    }
    for (const prop of ['minLength', 'maxLength', 'minSelected', 'maxSelected', 'minItems', 'maxItems', 'minLevels']) {
      count(field[prop], [...path, prop]);
    }
    for (const [lo, hi] of [
      ['minLength', 'maxLength'],
      ['min', 'max'],
      ['minSelected', 'maxSelected'],
      ['minItems', 'maxItems'],
    ] as const) {
      if (typeof field[lo] === 'number' && typeof field[hi] === 'number' && field[lo] > field[hi]) {
        add([...path, hi], `must not be less than ${lo}`);
      }
    }
    for (const prop of ['min', 'max']) {
      if (field[prop] !== undefined && (typeof field[prop] !== 'number' || !Number.isFinite(field[prop]))) {
        add([...path, prop], 'must be a number');
      }
    }
    if (field.integer !== undefined && typeof field.integer !== 'boolean')
      add([...path, 'integer'], 'must be true or false');
    for (const prop of ['minDate', 'maxDate']) {
      const v = field[prop];
      if (v !== undefined && !(v === 'today' || (typeof v === 'string' && datePattern.test(v)))) {
        add([...path, prop], 'must be a date YYYY-MM-DD or "today"');
      }
    }
    if (field.pattern !== undefined) {
      if (typeof field.pattern !== 'string' || field.pattern.length > 200)
        add([...path, 'pattern'], 'must be a regular expression of at most 200 characters');
      else
        try {
          new RegExp(field.pattern, 'u');
        } catch {
          add([...path, 'pattern'], 'is not a valid regular expression');
        }
    }
    if (type === 'singleChoice' || type === 'multipleChoice') {
      if (!Array.isArray(field.options) || field.options.length === 0) {
        add([...path, 'options'], 'a choice field needs a list of at least one option');
      } else {
        const seen = new Set<string>();
        field.options.forEach((option, i) => {
          const at = [...path, 'options', i];
          if (!isObject(option)) return add(at, 'must be an option: value and label');
          if (typeof option.value !== 'string' || !/^[A-Za-z0-9_.-]{1,64}$/.test(option.value)) {
            add([...at, 'value'], 'must be a code of letters, digits, _ . - (at most 64)');
          } else if (seen.has(option.value)) {
            add([...at, 'value'], `duplicates the option "${option.value}"`);
          } else seen.add(option.value);
          label(option.label, [...at, 'label']);
          if (option.score !== undefined && (typeof option.score !== 'number' || !Number.isFinite(option.score))) {
            add([...at, 'score'], 'must be a number');
          }
          for (const prop of Object.keys(option))
            if (!['value', 'label', 'score'].includes(prop)) add([...at, prop], 'is not a property of an option');
        });
        if (typeof field.maxSelected === 'number' && field.maxSelected > field.options.length) {
          add([...path, 'maxSelected'], 'is more than the number of options');
        }
      }
    }
    if (type === 'location') {
      if (!Array.isArray(field.levels) || field.levels.length === 0) {
        add([...path, 'levels'], 'a location field needs the list of administrative levels');
      } else {
        field.levels.forEach((l, i) => label(l, [...path, 'levels', i]));
        if (typeof field.minLevels === 'number' && field.minLevels > field.levels.length) {
          add([...path, 'minLevels'], 'is more than the number of levels');
        }
      }
    }
    if (type === 'calculated') {
      if (typeof field.expression !== 'string') add([...path, 'expression'], 'a calculated field needs an expression');
      else
        expressions.push({ source: field.expression, path: [...path, 'expression'], group, owner, kind: 'expression' });
    }
    if (type === 'group') {
      if (group) add([...path, 'type'], 'a group may not hold another group');
      if (!Array.isArray(field.fields) || field.fields.length === 0) {
        add([...path, 'fields'], 'a group needs a list of at least one field');
      } else {
        const childKeys = new Map<string, Path>();
        const name = typeof key === 'string' ? key : `#${path.join('.')}`;
        field.fields.forEach((child, i) => checkField(child, [...path, 'fields', i], name, childKeys));
        groupChildren.set(
          name,
          new Map(
            (field.fields as unknown[]).flatMap((c) =>
              isObject(c) && typeof c.key === 'string' ? [[c.key, c as unknown as FieldDefinition]] : [],
            ),
          ),
        );
      }
    }
  };

  input.sections.forEach((section, s) => {
    const path = ['sections', s];
    if (!isObject(section)) return add(path, 'must be a section: key, title and fields');
    for (const prop of Object.keys(section))
      if (!['key', 'title', 'showIf', 'fields'].includes(prop)) add([...path, prop], 'is not a property of a section');
    if (typeof section.key !== 'string' || !keyPattern.test(section.key)) add([...path, 'key'], 'must be a key');
    else if (sectionKeys.has(section.key)) add([...path, 'key'], `duplicates the section "${section.key}"`);
    else sectionKeys.add(section.key);
    label(section.title, [...path, 'title']);
    if (section.showIf !== undefined)
      expressions.push({ source: section.showIf, path: [...path, 'showIf'], group: null, owner: null, kind: 'showIf' });
    if (!Array.isArray(section.fields) || section.fields.length === 0) {
      add([...path, 'fields'], 'a section needs a list of at least one field');
      return;
    }
    section.fields.forEach((field, f) => checkField(field, [...path, 'fields', f], null, topKeys));
  });
  if (input.rules !== undefined) {
    if (!Array.isArray(input.rules)) add(['rules'], 'must be a list');
    else
      input.rules.forEach((rule, i) => {
        if (!isObject(rule)) return add(['rules', i], 'must be a rule: check, message and optionally field');
        label(rule.message, ['rules', i, 'message']);
        if (rule.field !== undefined && (typeof rule.field !== 'string' || !topKeys.has(rule.field))) {
          add(['rules', i, 'field'], 'must name a field of the form');
        }
        expressions.push({ source: rule.check, path: ['rules', i, 'check'], group: null, owner: null, kind: 'rule' });
      });
  }

  // Pass 2: expressions, now that every key is known.
  const defLike = input as unknown as FormDefinition;
  const index: FieldIndex = {
    top: new Map(
      (defLike.sections as unknown[]).flatMap((s) =>
        isObject(s) && Array.isArray(s.fields)
          ? (s.fields as unknown[]).flatMap((f) =>
              isObject(f) && typeof f.key === 'string' ? [[f.key, f as unknown as FieldDefinition]] : [],
            )
          : [],
      ),
    ),
    children: groupChildren,
  };
  /** calculated field id (key or group.key) → the calculated fields it reads */
  const calcDeps = new Map<string, { path: Path; deps: string[] }>();
  for (const e of expressions) {
    if (typeof e.source !== 'string' || e.source.trim() === '') {
      add(e.path, 'must be an expression');
      continue;
    }
    let node: Node;
    try {
      node = parse(e.source);
    } catch (error) {
      add(e.path, `does not parse: ${error instanceof ExpressionError ? error.message : 'invalid expression'}`);
      continue;
    }
    const { refs, calls } = references(node);
    const deps: string[] = [];
    for (const ref of refs) {
      const found = resolveRef(index, ref, e.group);
      if (!found) {
        add(e.path, `names an unknown field "${ref.join('.')}"`);
        continue;
      }
      if (found.field.type === 'calculated')
        deps.push(found.group ? `${found.group}.${found.field.key}` : found.field.key);
    }
    for (const c of calls) {
      if (c.kind !== 'call' || c.name !== 'score') continue;
      const arg = c.args[0]!;
      const target = arg.kind === 'ref' ? resolveRef(index, arg.path, e.group) : null;
      if (!target || !['singleChoice', 'multipleChoice'].includes(target.field.type)) {
        add(e.path, 'score() takes a choice field');
      }
    }
    if (e.kind === 'showIf' && e.owner && refs.some((r) => r.length === 1 && r[0] === e.owner)) {
      add(e.path, 'a field cannot be shown on a condition about itself');
    }
    if (
      e.kind === 'showIf' &&
      isConstant(node) &&
      !truthy(evaluate(node, { lookup: () => null, score: () => null, today: '2000-01-01' }))
    ) {
      add(e.path, 'is never true: the field or section could never be shown');
    }
    if (e.kind === 'expression' && e.owner) {
      calcDeps.set(e.group ? `${e.group}.${e.owner}` : e.owner, { path: e.path, deps });
    }
  }

  // Cycles between calculated fields (depth-first search, each cycle reported once per field on it).
  const state = new Map<string, 'visiting' | 'done'>();
  const onCycle = new Set<string>();
  const visit = (id: string, stack: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      for (const member of stack.slice(stack.indexOf(id))) onCycle.add(member);
      return;
    }
    state.set(id, 'visiting');
    for (const dep of calcDeps.get(id)?.deps ?? []) visit(dep, [...stack, id]);
    state.set(id, 'done');
  };
  for (const id of calcDeps.keys()) visit(id, []);
  for (const id of onCycle) add(calcDeps.get(id)!.path, `calculated field "${id}" depends on itself through a cycle`);

  return problems;
}

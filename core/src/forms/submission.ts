import { evaluate, isBlank, parse, truthy, type Node, type Scope, type Value } from './expression';
import { indexFields, resolveRef, type FieldIndex } from './definition';
import type { FieldDefinition, FormDefinition, FormValues, Path, Problem } from './types';
import { hasControlCharacters } from '../text';

export interface SubmissionOptions {
  /** Today, YYYY-MM-DD, as the server (or device) sees it. */
  today: string;
}

const parsed = new Map<string, Node>();
/** Expressions are parsed once; definitions are validated before use, so parsing succeeds. */
function node(source: string): Node {
  let n = parsed.get(source);
  if (!n) {
    n = parse(source);
    if (parsed.size > 5000) parsed.clear();
    parsed.set(source, n);
  }
  return n;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const areaCode = /^[A-Za-z0-9_.:-]{1,64}$/;

export function isCalendarDate(v: unknown): v is string {
  if (typeof v !== 'string' || !datePattern.test(v)) return false;
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === v;
}

/** Values as JSON holds them, turned into expression values (objects of a group item become true). */
function toValue(v: unknown): Value {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (Array.isArray(v)) return v.map(toValue);
  return true;
}

class Evaluator {
  readonly index: FieldIndex;
  constructor(
    readonly definition: FormDefinition,
    readonly values: FormValues,
    readonly today: string,
  ) {
    this.index = indexFields(definition);
  }

  scope(item: Record<string, unknown> | null, group: string | null): Scope {
    const read = (path: string[]): { field: FieldDefinition; value: unknown } | null => {
      const found = resolveRef(this.index, path, group);
      if (!found) return null;
      if (found.list) {
        const items = Array.isArray(this.values[path[0]!]) ? (this.values[path[0]!] as unknown[]) : [];
        return { field: found.field, value: items.map((i) => (isObject(i) ? i[path[1]!] : undefined)) };
      }
      const source = found.group && item ? item : this.values;
      return { field: found.field, value: source[found.field.key] };
    };
    const scoreOf = (field: FieldDefinition, v: unknown): number | null => {
      const chosen = Array.isArray(v) ? v : isBlank(v) ? [] : [v];
      let total = 0;
      for (const c of chosen) total += field.options?.find((o) => o.value === c)?.score ?? 0;
      return total;
    };
    return {
      today: this.today,
      lookup: (path) => {
        const r = read(path);
        return r ? toValue(r.value) : null;
      },
      score: (path) => {
        const r = read(path);
        if (!r) return null;
        const found = resolveRef(this.index, path, group)!;
        return found.list ? (r.value as unknown[]).map((v) => scoreOf(r.field, v)) : scoreOf(r.field, r.value);
      },
    };
  }

  holds(source: string | undefined, scope: Scope): boolean {
    return source === undefined || truthy(evaluate(node(source), scope));
  }
}

/** Runs the calculations: calculated fields take their computed value, hidden ones null. */
export function computeSubmission(
  definition: FormDefinition,
  input: FormValues,
  options: SubmissionOptions,
): FormValues {
  const values: FormValues = { ...input };
  const ev = new Evaluator(definition, values, options.today);
  const top = definition.sections.flatMap((s) => s.fields.map((f) => ({ field: f, section: s })));
  const calcs = top.filter((t) => t.field.type === 'calculated');
  const groups = top.filter((t) => t.field.type === 'group');
  const groupCalcs = groups.flatMap((g) => (g.field.fields ?? []).filter((f) => f.type === 'calculated'));
  for (const { field } of groups) {
    if (Array.isArray(values[field.key])) {
      values[field.key] = (values[field.key] as unknown[]).map((item) => (isObject(item) ? { ...item } : item));
    }
  }
  // Definitions have no cycles, so as many passes as there are calculated fields settle every value.
  const passes = calcs.length + groupCalcs.length;
  for (let pass = 0; pass < passes; pass++) {
    for (const { field } of groups) {
      const items = values[field.key];
      if (!Array.isArray(items)) continue;
      for (const item of items) {
        if (!isObject(item)) continue;
        for (const child of field.fields ?? []) {
          if (child.type === 'calculated')
            item[child.key] = evaluate(node(child.expression!), ev.scope(item, field.key));
        }
      }
    }
    for (const { field } of calcs) values[field.key] = evaluate(node(field.expression!), ev.scope(null, null));
  }
  // Calculated fields that are not shown take no value.
  for (const { field, section } of top) {
    if (
      field.type === 'calculated' &&
      !(ev.holds(section.showIf, ev.scope(null, null)) && ev.holds(field.showIf, ev.scope(null, null)))
    ) {
      values[field.key] = null;
    }
  }
  return values;
}

/**
 * Checks the values of a submission against its definition and lists every problem with the path
 * of the failing value (["household", 0, "age"]). Calculated fields may not be given; fields that
 * skip logic hides must be empty and are never required.
 */
export function validateSubmission(definition: FormDefinition, input: unknown, options: SubmissionOptions): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Path, message: string) => problems.push({ path, message });
  if (!isObject(input)) return [{ path: [], message: 'must be an object of field values by field key' }];
  const values = computeSubmission(definition, input, options);
  const ev = new Evaluator(definition, values, options.today);
  const topScope = ev.scope(null, null);

  const checkFields = (
    fields: FieldDefinition[],
    given: Record<string, unknown>,
    path: Path,
    scope: Scope,
    shown: boolean,
    group: string | null,
  ) => {
    const known = new Set(fields.map((f) => f.key));
    if (group)
      for (const key of Object.keys(given)) if (!known.has(key)) add([...path, key], 'is not a field of this group');
    for (const field of fields) {
      const at = [...path, field.key];
      const value = given[field.key];
      if (field.type === 'calculated') continue;
      const visible = shown && ev.holds(field.showIf, scope);
      if (!visible) {
        if (!isBlank(value)) add(at, 'must be empty: the field is not shown');
        continue;
      }
      if (isBlank(value)) {
        if (field.required) add(at, 'is required');
        continue;
      }
      const before = problems.length;
      checkValue(field, value, at);
      if (problems.length > before) continue;
      for (const rule of field.rules ?? []) if (!ev.holds(rule.check, scope)) add(at, rule.message.en);
    }
  };

  const checkValue = (field: FieldDefinition, value: unknown, at: Path) => {
    switch (field.type) {
      case 'text':
      case 'longText': {
        if (typeof value !== 'string') return add(at, 'must be a text');
        const allowed = field.type === 'longText' ? '\n\r\t' : '';
        if (hasControlCharacters(value, allowed)) return add(at, 'must not contain control characters');
        const max = field.maxLength ?? (field.type === 'text' ? 500 : 20_000);
        if (value.length > max) return add(at, `must be at most ${max} characters`);
        if (field.minLength !== undefined && value.trim().length < field.minLength)
          return add(at, `must be at least ${field.minLength} characters`);
        if (field.pattern !== undefined && !new RegExp(`^(?:${field.pattern})$`, 'u').test(value))
          return add(at, 'is not in the expected form');
        return;
      }
      case 'number':
        if (typeof value !== 'number' || !Number.isFinite(value)) return add(at, 'must be a number');
        if (field.integer && !Number.isInteger(value)) return add(at, 'must be a whole number');
        if (field.min !== undefined && value < field.min) return add(at, `must be at least ${field.min}`);
        if (field.max !== undefined && value > field.max) return add(at, `must be at most ${field.max}`);
        return;
      case 'date': {
        if (!isCalendarDate(value)) return add(at, 'must be a date YYYY-MM-DD');
        const min = field.minDate === 'today' ? options.today : field.minDate;
        const max = field.maxDate === 'today' ? options.today : field.maxDate;
        if (min && value < min)
          return add(at, field.minDate === 'today' ? 'must not be in the past' : `must not be before ${min}`);
        if (max && value > max)
          return add(at, field.maxDate === 'today' ? 'must not be in the future' : `must not be after ${max}`);
        return;
      }
      case 'dateTime':
        if (
          typeof value !== 'string' ||
          !dateTimePattern.test(value) ||
          Number.isNaN(Date.parse(value)) ||
          !isCalendarDate(value.slice(0, 10))
        ) {
          return add(at, 'must be a date and time, ISO 8601 with a time zone');
        }
        return;
      case 'yesNo':
        if (typeof value !== 'boolean') add(at, 'must be true (yes) or false (no)');
        return;
      case 'singleChoice':
        if (typeof value !== 'string' || !field.options!.some((o) => o.value === value))
          add(at, 'must be one of the options');
        return;
      case 'multipleChoice': {
        if (!Array.isArray(value)) return add(at, 'must be a list of options');
        value.forEach((v, i) => {
          if (typeof v !== 'string' || !field.options!.some((o) => o.value === v))
            add([...at, i], 'must be one of the options');
          else if (value.indexOf(v) !== i) add([...at, i], 'is chosen twice');
        });
        if (field.minSelected !== undefined && value.length < field.minSelected)
          add(at, `must choose at least ${field.minSelected}`);
        if (field.maxSelected !== undefined && value.length > field.maxSelected)
          add(at, `must choose at most ${field.maxSelected}`);
        return;
      }
      case 'location': {
        const levels = field.levels!.length;
        if (!Array.isArray(value) || value.length > levels)
          return add(at, `must be a list of at most ${levels} area codes, from the top level down`);
        value.forEach((v, i) => {
          if (typeof v !== 'string' || !areaCode.test(v)) add([...at, i], 'must be an area code');
        });
        if (value.length < (field.minLevels ?? 1)) add(at, `must name at least ${field.minLevels ?? 1} levels`);
        return;
      }
      case 'person':
        if (typeof value !== 'string' || !uuid.test(value)) add(at, 'must be the id of a person');
        return;
      case 'signature': {
        if (!isObject(value)) return add(at, 'must be a signature: name, signedAt and optionally image');
        if (typeof value.name !== 'string' || value.name.trim() === '' || value.name.length > 200)
          add([...at, 'name'], 'must be the name of who signed (at most 200 characters)');
        if (
          typeof value.signedAt !== 'string' ||
          !dateTimePattern.test(value.signedAt) ||
          Number.isNaN(Date.parse(value.signedAt))
        )
          add([...at, 'signedAt'], 'must be a date and time, ISO 8601 with a time zone');
        if (
          value.image !== undefined &&
          (typeof value.image !== 'string' ||
            !/^data:image\/png;base64,[A-Za-z0-9+/=]+$/.test(value.image) ||
            value.image.length > 200_000)
        ) {
          add([...at, 'image'], 'must be a PNG data address of at most 200000 characters');
        }
        for (const k of Object.keys(value))
          if (!['name', 'signedAt', 'image'].includes(k)) add([...at, k], 'is not part of a signature');
        return;
      }
      case 'file': {
        if (!isObject(value)) return add(at, 'must be a file: documentId, name and optionally mediaType');
        if (typeof value.documentId !== 'string' || !uuid.test(value.documentId))
          add([...at, 'documentId'], 'must be the id of a document');
        if (typeof value.name !== 'string' || value.name.trim() === '' || value.name.length > 255)
          add([...at, 'name'], 'must be a file name of at most 255 characters');
        if (
          value.mediaType !== undefined &&
          (typeof value.mediaType !== 'string' || !/^[a-z]+\/[A-Za-z0-9.+-]+$/.test(value.mediaType))
        )
          add([...at, 'mediaType'], 'must be a media type');
        for (const k of Object.keys(value))
          if (!['documentId', 'name', 'mediaType'].includes(k)) add([...at, k], 'is not part of a file');
        return;
      }
      case 'group': {
        if (!Array.isArray(value)) return add(at, 'must be a list of items');
        const max = field.maxItems ?? 100;
        if (value.length > max) return add(at, `must have at most ${max} items`);
        if (field.minItems !== undefined && value.length < field.minItems)
          add(at, `must have at least ${field.minItems} items`);
        value.forEach((item, i) => {
          if (!isObject(item)) return add([...at, i], 'must be an object of field values');
          const original = (input as Record<string, unknown>)[field.key] as unknown[];
          const given = isObject(original[i]) ? (original[i] as Record<string, unknown>) : {};
          // Calculated children given in the input are refused; computed ones are checked as values.
          for (const child of field.fields ?? []) {
            if (child.type === 'calculated' && given[child.key] !== undefined)
              add([...at, i, child.key], 'is calculated by the form and may not be given');
          }
          checkFields(field.fields ?? [], item, [...at, i], ev.scope(item, field.key), true, field.key);
        });
        return;
      }
      case 'calculated':
        return;
    }
  };

  const known = new Set(definition.sections.flatMap((s) => s.fields.map((f) => f.key)));
  for (const key of Object.keys(input)) if (!known.has(key)) add([key], 'is not a field of this form');
  for (const field of definition.sections.flatMap((s) => s.fields)) {
    if (field.type === 'calculated' && input[field.key] !== undefined)
      add([field.key], 'is calculated by the form and may not be given');
  }
  for (const section of definition.sections) {
    const shown = ev.holds(section.showIf, topScope);
    checkFields(
      section.fields.filter((f) => f.type !== 'calculated'),
      values,
      [],
      topScope,
      shown,
      null,
    );
  }
  // A rule about a field that already failed its own checks would only repeat the problem.
  const failed = new Set(problems.map((p) => p.path[0]));
  for (const rule of definition.rules ?? []) {
    if (rule.field && failed.has(rule.field)) continue;
    if (!ev.holds(rule.check, topScope)) add(rule.field ? [rule.field] : [], rule.message.en);
  }
  return problems;
}

/** The classification of each top-level field (default standard). */
export function classificationsOf(definition: FormDefinition): Map<string, 'standard' | 'restricted' | 'confidential'> {
  return new Map(
    definition.sections.flatMap((s) => s.fields.map((f) => [f.key, f.classification ?? 'standard'] as const)),
  );
}

/** What skip logic shows for some values: sections and fields by key (a group's fields per item). */
export interface Visibility {
  /** The values with calculations run (as computeSubmission gives them). */
  values: FormValues;
  section(key: string): boolean;
  /** A top-level field, or with group and item a field of one item of a repeating group. */
  field(key: string, group?: string, item?: number): boolean;
}

/**
 * Which sections and fields are shown for these values, decided by the same evaluator that
 * validates them: the browser hides what the server would refuse a value for.
 */
export function visibilityOf(definition: FormDefinition, input: FormValues, options: SubmissionOptions): Visibility {
  const values = computeSubmission(definition, input, options);
  const ev = new Evaluator(definition, values, options.today);
  const top = ev.scope(null, null);
  const sectionOfField = new Map<string, string>();
  for (const s of definition.sections) for (const f of s.fields) sectionOfField.set(f.key, s.key);
  const section = (key: string) => ev.holds(definition.sections.find((s) => s.key === key)?.showIf, top);
  const field = (key: string, group?: string, item?: number): boolean => {
    if (group === undefined) {
      const owner = sectionOfField.get(key);
      return (owner === undefined || section(owner)) && ev.holds(ev.index.top.get(key)?.showIf, top);
    }
    if (!field(group)) return false;
    const items = values[group];
    const entry = Array.isArray(items) ? items[item ?? 0] : undefined;
    return ev.holds(ev.index.children.get(group)?.get(key)?.showIf, ev.scope(isObject(entry) ? entry : {}, group));
  };
  return { values, section, field };
}

/**
 * The given values of every field of one type, with their paths (from `values`), repeating groups
 * included: what the server checks against other data (location codes against the agency's areas,
 * file fields against the case's documents).
 */
export function valuesOfType(
  definition: FormDefinition,
  values: FormValues,
  type: FieldDefinition['type'],
): { path: (string | number)[]; value: unknown }[] {
  const found: { path: (string | number)[]; value: unknown }[] = [];
  const collect = (fields: readonly FieldDefinition[], given: Record<string, unknown>, path: (string | number)[]) => {
    for (const field of fields) {
      const value = given[field.key];
      if (value === undefined || value === null) continue;
      if (field.type === type) found.push({ path: [...path, field.key], value });
      if (field.type === 'group' && Array.isArray(value)) {
        value.forEach((item, i) => {
          if (item && typeof item === 'object' && !Array.isArray(item))
            collect(field.fields ?? [], item as Record<string, unknown>, [...path, field.key, i]);
        });
      }
    }
  };
  collect(
    definition.sections.flatMap((s) => s.fields),
    values,
    ['values'],
  );
  return found;
}

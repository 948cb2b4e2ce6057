/**
 * The small expression language of form definitions (skip logic, calculations, rules). A
 * hand-written tokenizer and recursive-descent parser; evaluation walks the tree and never throws
 * (a type mismatch gives null), so the browser and the server agree on every input.
 *
 *   literals     12  3.5  'text'  "text"  true  false  null  ['a', 'b']
 *   references   age   household.age  (a field of each item of a group: a list)
 *   operators    or  and  not   = != < <= > >=   in   + - * /   ( )
 *   functions    count(x) sum(x, …) min(x, …) max(x, …) round(x) age(date) today()
 *                daysBetween(from, to) if(cond, a, b) isBlank(x) score(choiceField)
 */

export type Node =
  | { kind: 'literal'; value: Value }
  | { kind: 'list'; items: Node[] }
  | { kind: 'ref'; path: string[] }
  | { kind: 'unary'; op: 'not' | '-'; operand: Node }
  | { kind: 'binary'; op: BinaryOp; left: Node; right: Node }
  | { kind: 'call'; name: string; args: Node[] };

type BinaryOp = 'or' | 'and' | '=' | '!=' | '<' | '<=' | '>' | '>=' | 'in' | '+' | '-' | '*' | '/';

export type Value = null | number | string | boolean | Value[];

export class ExpressionError extends Error {
  override name = 'ExpressionError';
}

/** Function names and how many arguments each takes ([min, max]). */
export const functions: Record<string, [number, number]> = {
  count: [1, 1],
  sum: [1, 50],
  min: [1, 50],
  max: [1, 50],
  round: [1, 1],
  age: [1, 1],
  today: [0, 0],
  daysBetween: [2, 2],
  if: [3, 3],
  isBlank: [1, 1],
  score: [1, 1],
};

interface Token {
  type: 'num' | 'str' | 'name' | 'op' | 'end';
  text: string;
  at: number;
}

const MAX_LENGTH = 2000;

function tokenize(source: string): Token[] {
  if (source.length > MAX_LENGTH) throw new ExpressionError(`is longer than ${MAX_LENGTH} characters`);
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const ch = source[i]!;
    if (/\s/.test(ch)) {
      i++;
    } else if (/[0-9]/.test(ch)) {
      const m = /^[0-9]+(\.[0-9]+)?/.exec(source.slice(i))!;
      tokens.push({ type: 'num', text: m[0], at: i });
      i += m[0].length;
    } else if (ch === "'" || ch === '"') {
      const end = source.indexOf(ch, i + 1);
      if (end < 0) throw new ExpressionError(`unterminated text starting at ${i + 1}`);
      tokens.push({ type: 'str', text: source.slice(i + 1, end), at: i });
      i = end + 1;
    } else if (/[A-Za-z_]/.test(ch)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(i))!;
      tokens.push({ type: 'name', text: m[0], at: i });
      i += m[0].length;
    } else {
      const two = source.slice(i, i + 2);
      if (['<=', '>=', '!=', '=='].includes(two)) {
        tokens.push({ type: 'op', text: two === '==' ? '=' : two, at: i });
        i += 2;
      } else if ('=<>+-*/(),.[]'.includes(ch)) {
        tokens.push({ type: 'op', text: ch, at: i });
        i++;
      } else {
        throw new ExpressionError(`unexpected character "${ch}" at ${i + 1}`);
      }
    }
  }
  tokens.push({ type: 'end', text: '', at: source.length });
  return tokens;
}

const keywords = new Set(['and', 'or', 'not', 'in', 'true', 'false', 'null']);

/** Parses an expression; throws ExpressionError saying what is wrong and where. */
export function parse(source: string): Node {
  const tokens = tokenize(source);
  let pos = 0;
  const peek = () => tokens[pos]!;
  const isOp = (text: string) => peek().type === 'op' && peek().text === text;
  const isWord = (text: string) => peek().type === 'name' && peek().text === text;
  const where = (t: Token) => (t.type === 'end' ? 'at the end' : `at ${t.at + 1} ("${t.text}")`);
  const expect = (text: string) => {
    if (!isOp(text)) throw new ExpressionError(`expected "${text}" ${where(peek())}`);
    pos++;
  };
  let depth = 0;

  function expression(): Node {
    if (++depth > 50) throw new ExpressionError('is nested too deeply');
    const node = or();
    depth--;
    return node;
  }
  function or(): Node {
    let left = and();
    while (isWord('or')) {
      pos++;
      left = { kind: 'binary', op: 'or', left, right: and() };
    }
    return left;
  }
  function and(): Node {
    let left = not();
    while (isWord('and')) {
      pos++;
      left = { kind: 'binary', op: 'and', left, right: not() };
    }
    return left;
  }
  function not(): Node {
    if (isWord('not')) {
      pos++;
      return { kind: 'unary', op: 'not', operand: not() };
    }
    return comparison();
  }
  function comparison(): Node {
    const left = additive();
    const t = peek();
    if ((t.type === 'op' && ['=', '!=', '<', '<=', '>', '>='].includes(t.text)) || isWord('in')) {
      pos++;
      return { kind: 'binary', op: t.text as BinaryOp, left, right: additive() };
    }
    return left;
  }
  function additive(): Node {
    let left = multiplicative();
    while (isOp('+') || isOp('-')) {
      const op = tokens[pos++]!.text as '+' | '-';
      left = { kind: 'binary', op, left, right: multiplicative() };
    }
    return left;
  }
  function multiplicative(): Node {
    let left = unary();
    while (isOp('*') || isOp('/')) {
      const op = tokens[pos++]!.text as '*' | '/';
      left = { kind: 'binary', op, left, right: unary() };
    }
    return left;
  }
  function unary(): Node {
    if (isOp('-')) {
      pos++;
      return { kind: 'unary', op: '-', operand: unary() };
    }
    return primary();
  }
  function primary(): Node {
    const t = peek();
    if (t.type === 'num') {
      pos++;
      return { kind: 'literal', value: Number(t.text) };
    }
    if (t.type === 'str') {
      pos++;
      return { kind: 'literal', value: t.text };
    }
    if (isOp('(')) {
      pos++;
      const inner = expression();
      expect(')');
      return inner;
    }
    if (isOp('[')) {
      pos++;
      const items: Node[] = [];
      if (!isOp(']')) {
        items.push(expression());
        while (isOp(',')) {
          pos++;
          items.push(expression());
        }
      }
      expect(']');
      return { kind: 'list', items };
    }
    if (t.type === 'name') {
      pos++;
      if (t.text === 'true' || t.text === 'false') return { kind: 'literal', value: t.text === 'true' };
      if (t.text === 'null') return { kind: 'literal', value: null };
      if (keywords.has(t.text)) throw new ExpressionError(`unexpected "${t.text}" at ${t.at + 1}`);
      if (isOp('(')) {
        const arity = Object.hasOwn(functions, t.text) ? functions[t.text] : undefined;
        if (!arity) throw new ExpressionError(`unknown function "${t.text}"`);
        pos++;
        const args: Node[] = [];
        if (!isOp(')')) {
          args.push(expression());
          while (isOp(',')) {
            pos++;
            args.push(expression());
          }
        }
        expect(')');
        if (args.length < arity[0] || args.length > arity[1]) {
          const want = arity[0] === arity[1] ? `${arity[0]}` : `${arity[0]} to ${arity[1]}`;
          throw new ExpressionError(`${t.text}() takes ${want} argument${want === '1' ? '' : 's'}`);
        }
        return { kind: 'call', name: t.text, args };
      }
      const path = [t.text];
      while (isOp('.')) {
        pos++;
        const part = peek();
        if (part.type !== 'name') throw new ExpressionError(`expected a field name ${where(part)}`);
        pos++;
        path.push(part.text);
      }
      if (path.length > 2) throw new ExpressionError(`"${path.join('.')}": a reference has at most two parts`);
      return { kind: 'ref', path };
    }
    throw new ExpressionError(`unexpected ${t.type === 'end' ? 'end' : `"${t.text}" at ${t.at + 1}`}`);
  }

  const node = expression();
  if (peek().type !== 'end') throw new ExpressionError(`unexpected "${peek().text}" at ${peek().at + 1}`);
  return node;
}

/** Every field reference in an expression (each as its path), and the calls it makes. */
export function references(node: Node): { refs: string[][]; calls: Node[] } {
  const refs: string[][] = [];
  const calls: Node[] = [];
  const walk = (n: Node): void => {
    switch (n.kind) {
      case 'ref':
        refs.push(n.path);
        return;
      case 'list':
        n.items.forEach(walk);
        return;
      case 'unary':
        walk(n.operand);
        return;
      case 'binary':
        walk(n.left);
        walk(n.right);
        return;
      case 'call':
        calls.push(n);
        n.args.forEach(walk);
        return;
      case 'literal':
        return;
    }
  };
  walk(node);
  return { refs, calls };
}

export interface Scope {
  /** The value of a reference (a field, or group.field as a list); undefined when unknown. */
  lookup(path: string[]): Value;
  /** Points of the chosen option(s) of a choice field. */
  score(path: string[]): Value;
  /** Today, YYYY-MM-DD: passed in so the server and tests decide what today is. */
  today: string;
}

const isoDate = /^\d{4}-\d{2}-\d{2}/;

export const isBlank = (v: unknown): boolean =>
  v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

export const truthy = (v: Value): boolean => !isBlank(v) && v !== false && v !== 0;

function numbers(values: Value[]): number[] {
  return values.flatMap((v) => (Array.isArray(v) ? numbers(v) : typeof v === 'number' ? [v] : []));
}

function dayNumber(v: Value): number | null {
  if (typeof v !== 'string' || !isoDate.test(v)) return null;
  const t = Date.parse(`${v.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(t) ? null : Math.round(t / 86_400_000);
}

function equal(a: Value, b: Value): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]!));
  return (a ?? null) === (b ?? null);
}

function compare(op: string, a: Value, b: Value): boolean {
  if (op === '=') return equal(a, b);
  if (op === '!=') return !equal(a, b);
  const bothNumbers = typeof a === 'number' && typeof b === 'number';
  const bothText = typeof a === 'string' && typeof b === 'string';
  if (!bothNumbers && !bothText) return false;
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    default:
      return a >= b;
  }
}

function wholeYears(from: string, to: string): number | null {
  if (!isoDate.test(from) || !isoDate.test(to) || dayNumber(from) === null) return null;
  const [fy, fm, fd] = from.slice(0, 10).split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.slice(0, 10).split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Evaluates a parsed expression; never throws. */
export function evaluate(node: Node, scope: Scope): Value {
  const ev = (n: Node) => evaluate(n, scope);
  switch (node.kind) {
    case 'literal':
      return node.value;
    case 'list':
      return node.items.map(ev);
    case 'ref':
      return scope.lookup(node.path) ?? null;
    case 'unary': {
      const v = ev(node.operand);
      if (node.op === 'not') return !truthy(v);
      return typeof v === 'number' ? -v : null;
    }
    case 'binary': {
      if (node.op === 'and') return truthy(ev(node.left)) && truthy(ev(node.right));
      if (node.op === 'or') return truthy(ev(node.left)) || truthy(ev(node.right));
      const a = ev(node.left);
      const b = ev(node.right);
      if (node.op === 'in') return Array.isArray(b) ? b.some((x) => equal(x, a)) : false;
      if (['+', '-', '*', '/'].includes(node.op)) {
        if (node.op === '+' && typeof a === 'string' && typeof b === 'string') return a + b;
        if (typeof a !== 'number' || typeof b !== 'number') return null;
        const r = node.op === '+' ? a + b : node.op === '-' ? a - b : node.op === '*' ? a * b : b === 0 ? NaN : a / b;
        return Number.isFinite(r) ? r : null;
      }
      return compare(node.op, a, b);
    }
    case 'call':
      return call(node.name, node.args, scope);
  }
}

function call(name: string, args: Node[], scope: Scope): Value {
  const ev = (n: Node) => evaluate(n, scope);
  switch (name) {
    case 'if':
      return truthy(ev(args[0]!)) ? ev(args[1]!) : ev(args[2]!);
    case 'isBlank':
      return isBlank(ev(args[0]!));
    case 'count': {
      const v = ev(args[0]!);
      return Array.isArray(v) ? v.filter((x) => !isBlank(x)).length : isBlank(v) ? 0 : 1;
    }
    case 'sum':
      return numbers(args.map(ev)).reduce((s, n) => s + n, 0);
    case 'min':
    case 'max': {
      const ns = numbers(args.map(ev));
      return ns.length === 0 ? null : name === 'min' ? Math.min(...ns) : Math.max(...ns);
    }
    case 'round': {
      const v = ev(args[0]!);
      return typeof v === 'number' ? Math.round(v) : null;
    }
    case 'today':
      return scope.today;
    case 'age': {
      const v = ev(args[0]!);
      return typeof v === 'string' ? wholeYears(v, scope.today) : null;
    }
    case 'daysBetween': {
      const a = dayNumber(ev(args[0]!));
      const b = dayNumber(ev(args[1]!));
      return a === null || b === null ? null : b - a;
    }
    case 'score': {
      const target = args[0]!;
      return target.kind === 'ref' ? scope.score(target.path) : null;
    }
    default:
      return null;
  }
}

/** Whether an expression depends on nothing but itself (no fields, no today()): it can be folded. */
export function isConstant(node: Node): boolean {
  const { refs, calls } = references(node);
  return refs.length === 0 && !calls.some((c) => c.kind === 'call' && (c.name === 'today' || c.name === 'age'));
}

import { describe, expect, it } from 'vitest';
import { evaluate, ExpressionError, parse, type Scope, type Value } from './expression';

const scope = (values: Record<string, Value>, today = '2026-06-15'): Scope => ({
  today,
  lookup: (path) => (Object.hasOwn(values, path.join('.')) ? values[path.join('.')]! : null),
  score: () => null,
});
const run = (source: string, values: Record<string, Value> = {}) => evaluate(parse(source), scope(values));

describe('expressions', () => {
  it.each([
    ['1 + 2 * 3', 7],
    ['(1 + 2) * 3', 9],
    ['10 / 4', 2.5],
    ['1 / 0', null],
    ['-a + 1', -4],
    ["'a' + 'b'", 'ab'],
    ["'a' + 1", null],
    ['a = 5 and b != 2', true],
    ['a > 3 or x > 1', true],
    ['not a = 5', false],
    ['x < 3', false],
    ['x = null', true],
    ["c in ['p', 'q']", true],
    ["'q' in multi", true],
    ["'z' in multi", false],
    ['count(multi)', 2],
    ['count(x)', 0],
    ['sum(a, list, x)', 11],
    ['min(list)', 2],
    ['max(a, list)', 5],
    ['round(2.6)', 3],
    ["if(a > 4, 'big', 'small')", 'big'],
    ['isBlank(x)', true],
    ["isBlank('')", true],
    ['isBlank(a)', false],
    ['today()', '2026-06-15'],
    ["age('2010-06-16')", 15],
    ["age('2010-06-15')", 16],
    ["age('not a date')", null],
    ["daysBetween('2026-06-10', today())", 5],
    ["'2026-01-01' < today()", true],
    ['true and 1', true],
    ['a == 5', true],
  ] as [string, Value][])('%s → %j', (source, expected) => {
    expect(run(source, { a: 5, b: 3, c: 'p', multi: ['p', 'q'], list: [2, 4] })).toEqual(expected);
  });

  it.each([
    ['1 +', 'unexpected end'],
    ['(1 + 2', 'expected ")"'],
    ['foo(1)', 'unknown function "foo"'],
    ['if(1, 2)', 'if() takes 3 arguments'],
    ['a.b.c', 'at most two parts'],
    ["'open", 'unterminated text'],
    ['a # b', 'unexpected character "#"'],
    ['1 2', 'unexpected "2"'],
    ['and', 'unexpected "and"'],
  ])('refuses %s', (source, message) => {
    expect(() => parse(source)).toThrow(ExpressionError);
    expect(() => parse(source)).toThrow(message);
  });

  it('never evaluates code: no eval, names are only fields', () => {
    expect(run('constructor')).toBeNull();
    expect(() => parse('process.exit(1)')).toThrow(ExpressionError);
  });
});

import { describe, expect, it } from 'vitest';
import { validateDefinition } from './definition';

const l = (en: string) => ({ en });
const form = (fields: unknown[], extra: Record<string, unknown> = {}) => ({
  title: l('Test'),
  sections: [{ key: 'main', title: l('Main'), fields }],
  ...extra,
});
const text = (key: string, extra: Record<string, unknown> = {}) => ({ key, type: 'text', label: l(key), ...extra });

describe('validateDefinition', () => {
  it('accepts a small valid form', () => {
    expect(
      validateDefinition(form([text('a'), { key: 'b', type: 'calculated', label: l('b'), expression: 'count(a)' }])),
    ).toEqual([]);
  });

  it.each([
    ['not an object', 'x', [[[], 'must be an object']]],
    ['no sections', { title: l('T'), sections: [] }, [[['sections'], 'at least one section']]],
    ['title without English', { ...form([text('a')]), title: { ar: 'x' } }, [[['title', 'en'], 'non-empty text']]],
    [
      'unknown field type',
      form([{ key: 'a', type: 'colour', label: l('a') }]),
      [[['sections', 0, 'fields', 0, 'type'], 'is not a field type']],
    ],
    ['duplicate keys', form([text('a'), text('a')]), [[['sections', 0, 'fields', 1, 'key'], 'duplicates the key "a"']]],
    ['bad key', form([text('A b')]), [[['sections', 0, 'fields', 0, 'key'], 'must be a key']]],
    [
      'unknown property',
      form([text('a', { options: [] })]),
      [[['sections', 0, 'fields', 0, 'options'], 'is not a property of a text field']],
    ],
    [
      'choice without options',
      form([{ key: 'a', type: 'singleChoice', label: l('a') }]),
      [[['sections', 0, 'fields', 0, 'options'], 'needs a list']],
    ],
    [
      'duplicate option',
      form([
        {
          key: 'a',
          type: 'singleChoice',
          label: l('a'),
          options: [
            { value: 'x', label: l('x') },
            { value: 'x', label: l('x') },
          ],
        },
      ]),
      [[['sections', 0, 'fields', 0, 'options', 1, 'value'], 'duplicates the option']],
    ],
    [
      'expression does not parse',
      form([text('a', { showIf: 'a =' })]),
      [[['sections', 0, 'fields', 0, 'showIf'], 'does not parse']],
    ],
    [
      'unknown field in expression',
      form([text('a', { showIf: 'b = 1' })]),
      [[['sections', 0, 'fields', 0, 'showIf'], 'unknown field "b"']],
    ],
    [
      'condition never true',
      form([text('a', { showIf: '1 = 2', required: true })]),
      [[['sections', 0, 'fields', 0, 'showIf'], 'is never true']],
    ],
    [
      'section never shown',
      { title: l('T'), sections: [{ key: 's', title: l('S'), showIf: 'false', fields: [text('a')] }] },
      [[['sections', 0, 'showIf'], 'is never true']],
    ],
    [
      'cycle between calculated fields',
      form([
        { key: 'x', type: 'calculated', label: l('x'), expression: 'y + 1' },
        { key: 'y', type: 'calculated', label: l('y'), expression: 'x + 1' },
      ]),
      [
        [['sections', 0, 'fields', 0, 'expression'], 'cycle'],
        [['sections', 0, 'fields', 1, 'expression'], 'cycle'],
      ],
    ],
    [
      'calculated without expression',
      form([{ key: 'x', type: 'calculated', label: l('x') }]),
      [[['sections', 0, 'fields', 0, 'expression'], 'needs an expression']],
    ],
    [
      'score of a text field',
      form([text('a'), { key: 'x', type: 'calculated', label: l('x'), expression: 'score(a)' }]),
      [[['sections', 0, 'fields', 1, 'expression'], 'score() takes a choice field']],
    ],
    [
      'bad classification',
      form([text('a', { classification: 'secret' })]),
      [[['sections', 0, 'fields', 0, 'classification'], 'standard, restricted or confidential']],
    ],
    [
      'classification inside a group',
      form([{ key: 'g', type: 'group', label: l('g'), fields: [text('a', { classification: 'restricted' })] }]),
      [[['sections', 0, 'fields', 0, 'fields', 0, 'classification'], 'take the classification of the group']],
    ],
    [
      'min above max',
      form([{ key: 'n', type: 'number', label: l('n'), min: 5, max: 1 }]),
      [[['sections', 0, 'fields', 0, 'max'], 'must not be less than min']],
    ],
    [
      'bad pattern',
      form([text('a', { pattern: '(' })]),
      [[['sections', 0, 'fields', 0, 'pattern'], 'not a valid regular expression']],
    ],
    [
      'location without levels',
      form([{ key: 'p', type: 'location', label: l('p') }]),
      [[['sections', 0, 'fields', 0, 'levels'], 'administrative levels']],
    ],
    [
      'rule on an unknown field',
      form([text('a')], { rules: [{ check: 'true', message: l('m'), field: 'zz' }] }),
      [[['rules', 0, 'field'], 'must name a field']],
    ],
  ])('%s', (_name, definition, expected) => {
    const problems = validateDefinition(definition);
    expect(problems.map((p) => p.path)).toEqual((expected as [unknown[], string][]).map(([path]) => path));
    (expected as [unknown[], string][]).forEach(([, message], i) => expect(problems[i]!.message).toContain(message));
  });

  it('lists every problem at once', () => {
    const problems = validateDefinition(
      form([
        { key: 'a', type: 'colour', label: l('a') },
        text('a'),
        text('b', { showIf: 'nope = 1' }),
        { key: 'c', type: 'multipleChoice', label: {} },
      ]),
    );
    expect(problems.map((p) => p.path.join('.'))).toEqual([
      'sections.0.fields.0.type',
      'sections.0.fields.1.key',
      'sections.0.fields.3.label.en',
      'sections.0.fields.3.options',
      'sections.0.fields.2.showIf',
    ]);
  });
});

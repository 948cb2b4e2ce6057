import { describe, expect, it } from 'vitest';
import { computeSubmission, validateSubmission } from './submission';
import { validateDefinition } from './definition';
import type { FormDefinition } from './types';

const l = (en: string) => ({ en });
const today = '2026-06-15';

const definition: FormDefinition = {
  title: l('Test form'),
  sections: [
    {
      key: 'main',
      title: l('Main'),
      fields: [
        { key: 'name', type: 'text', label: l('Name'), required: true, maxLength: 20 },
        { key: 'code', type: 'text', label: l('Code'), pattern: '[A-Z]{3}' },
        { key: 'count', type: 'number', label: l('Count'), integer: true, min: 0, max: 10 },
        { key: 'born', type: 'date', label: l('Born'), maxDate: 'today' },
        { key: 'seenAt', type: 'dateTime', label: l('Seen at') },
        { key: 'hasPet', type: 'yesNo', label: l('Has a pet'), required: true },
        { key: 'petName', type: 'text', label: l('Pet name'), required: true, showIf: 'hasPet = true' },
        {
          key: 'colour',
          type: 'singleChoice',
          label: l('Colour'),
          options: [
            { value: 'red', label: l('Red'), score: 2 },
            { value: 'blue', label: l('Blue'), score: 5 },
          ],
        },
        {
          key: 'tags',
          type: 'multipleChoice',
          label: l('Tags'),
          maxSelected: 2,
          options: [
            { value: 'a', label: l('A'), score: 1 },
            { value: 'b', label: l('B'), score: 1 },
            { value: 'c', label: l('C'), score: 1 },
          ],
        },
        { key: 'place', type: 'location', label: l('Place'), levels: [l('Region'), l('Town')], minLevels: 2 },
        { key: 'other', type: 'person', label: l('Other person') },
        { key: 'sig', type: 'signature', label: l('Signature') },
        { key: 'doc', type: 'file', label: l('Document') },
        {
          key: 'household',
          type: 'group',
          label: l('Household'),
          maxItems: 3,
          fields: [
            { key: 'memberName', type: 'text', label: l('Name'), required: true },
            {
              key: 'age',
              type: 'number',
              label: l('Age'),
              min: 0,
              max: 120,
              rules: [{ check: 'age < 100', message: l('must be under 100') }],
            },
            { key: 'adult', type: 'calculated', label: l('Adult'), expression: 'age >= 18' },
          ],
        },
        { key: 'score', type: 'calculated', label: l('Score'), expression: 'sum(score(colour), score(tags))' },
        { key: 'level', type: 'calculated', label: l('Level'), expression: "if(score >= 6, 'high', 'low')" },
        {
          key: 'adults',
          type: 'calculated',
          label: l('Adults'),
          expression: 'count(household) - count(household.age) + sum(household.age)',
        },
      ],
    },
    {
      key: 'extra',
      title: l('Extra'),
      showIf: "colour = 'blue'",
      fields: [{ key: 'why', type: 'text', label: l('Why blue'), required: true }],
    },
  ],
  rules: [{ field: 'count', check: 'isBlank(count) or count <= count(household) + 5', message: l('too many') }],
};

const base = { name: 'Fictiva', hasPet: false };

describe('validateSubmission', () => {
  it('the test definition is valid', () => expect(validateDefinition(definition)).toEqual([]));

  it('accepts good values', () => {
    expect(
      validateSubmission(
        definition,
        {
          ...base,
          code: 'ABC',
          count: 3,
          born: '2010-02-28',
          seenAt: '2026-06-01T10:00:00Z',
          colour: 'blue',
          why: 'because',
          tags: ['a', 'c'],
          place: ['R1', 'T2'],
          other: '6f1c2d0e-1234-4abc-8def-0123456789ab',
          sig: { name: 'Fictiva', signedAt: '2026-06-01T10:00:00Z' },
          doc: { documentId: '6f1c2d0e-1234-4abc-8def-0123456789ab', name: 'letter.pdf', mediaType: 'application/pdf' },
          household: [{ memberName: 'A', age: 40 }, { memberName: 'B' }],
        },
        { today },
      ),
    ).toEqual([]);
  });

  it.each([
    ['not an object', [], [[[], 'must be an object']]],
    ['required missing', { hasPet: false }, [[['name'], 'is required']]],
    ['empty text counts as missing', { ...base, name: '' }, [[['name'], 'is required']]],
    ['wrong type', { ...base, name: 5 }, [[['name'], 'must be a text']]],
    ['too long', { ...base, name: 'x'.repeat(21) }, [[['name'], 'at most 20']]],
    ['control characters', { ...base, name: 'a\u0007' }, [[['name'], 'control characters']]],
    ['pattern', { ...base, code: 'abc' }, [[['code'], 'expected form']]],
    ['not a whole number', { ...base, count: 1.5 }, [[['count'], 'whole number']]],
    ['above max', { ...base, count: 11 }, [[['count'], 'at most 10']]],
    ['number as text', { ...base, count: '3' }, [[['count'], 'must be a number']]],
    ['not a date', { ...base, born: '2026-02-30' }, [[['born'], 'must be a date']]],
    ['future date', { ...base, born: '2026-06-16' }, [[['born'], 'in the future']]],
    ['date time without zone', { ...base, seenAt: '2026-06-01T10:00' }, [[['seenAt'], 'time zone']]],
    ['yes/no as text', { ...base, hasPet: 'yes' }, [[['hasPet'], 'true (yes) or false']]],
    ['unknown option', { ...base, colour: 'green' }, [[['colour'], 'one of the options']]],
    [
      'multiple: unknown and twice',
      { ...base, tags: ['a', 'z', 'a'] },
      [
        [['tags', 1], 'one of the options'],
        [['tags', 2], 'chosen twice'],
        [['tags'], 'at most 2'],
      ],
    ],
    ['location too shallow', { ...base, place: ['R1'] }, [[['place'], 'at least 2 levels']]],
    ['location bad code', { ...base, place: ['R1', 'a b'] }, [[['place', 1], 'area code']]],
    ['person not an id', { ...base, other: 'bob' }, [[['other'], 'id of a person']]],
    [
      'signature incomplete',
      { ...base, sig: { name: '' } },
      [
        [['sig', 'name'], 'name'],
        [['sig', 'signedAt'], 'date and time'],
      ],
    ],
    [
      'file bad',
      { ...base, doc: { documentId: 'x', name: 'a', size: 3 } },
      [
        [['doc', 'documentId'], 'id of a document'],
        [['doc', 'size'], 'not part of a file'],
      ],
    ],
    ['unknown field', { ...base, shoeSize: 40 }, [[['shoeSize'], 'not a field of this form']]],
    ['calculated given', { ...base, level: 'low' }, [[['level'], 'is calculated']]],
    [
      'group item problems',
      {
        ...base,
        household: [
          { memberName: 'A', age: -1 },
          { age: 3, extra: 1 },
        ],
      },
      [
        [['household', 0, 'age'], 'at least 0'],
        [['household', 1, 'extra'], 'not a field of this group'],
        [['household', 1, 'memberName'], 'is required'],
      ],
    ],
    [
      'group item rule',
      { ...base, household: [{ memberName: 'A', age: 101 }] },
      [[['household', 0, 'age'], 'must be under 100']],
    ],
    [
      'calculated group field given',
      { ...base, household: [{ memberName: 'A', adult: true }] },
      [[['household', 0, 'adult'], 'is calculated']],
    ],
    [
      'too many items',
      { ...base, household: [{ memberName: 'A' }, { memberName: 'B' }, { memberName: 'C' }, { memberName: 'D' }] },
      [[['household'], 'at most 3 items']],
    ],
    ['hidden field must be empty', { ...base, petName: 'Rex' }, [[['petName'], 'not shown']]],
    ['shown field is required', { ...base, hasPet: true }, [[['petName'], 'is required']]],
    [
      'hidden section: required field not required, must be empty',
      { ...base, colour: 'red', why: 'x' },
      [[['why'], 'not shown']],
    ],
    ['shown section: required', { ...base, colour: 'blue' }, [[['why'], 'is required']]],
    ['form rule', { ...base, count: 7, household: [{ memberName: 'A' }] }, [[['count'], 'too many']]],
  ])('%s', (_name, values, expected) => {
    const problems = validateSubmission(definition, values, { today });
    expect(problems.map((p) => p.path)).toEqual((expected as [unknown[], string][]).map(([path]) => path));
    (expected as [unknown[], string][]).forEach(([, message], i) => expect(problems[i]!.message).toContain(message));
  });
});

describe('computeSubmission', () => {
  it('computes scores, levels and group fields', () => {
    const values = computeSubmission(
      definition,
      {
        ...base,
        colour: 'blue',
        tags: ['a'],
        household: [
          { memberName: 'A', age: 40 },
          { memberName: 'B', age: 4 },
        ],
      },
      { today },
    );
    expect(values).toMatchObject({ score: 6, level: 'high', adults: 44 });
    expect(values.household).toEqual([
      { memberName: 'A', age: 40, adult: true },
      { memberName: 'B', age: 4, adult: false },
    ]);
  });

  it('overrides a calculated value given in the input', () => {
    expect(computeSubmission(definition, { ...base, colour: 'red', level: 'critical' }, { today }).level).toBe('low');
  });
});

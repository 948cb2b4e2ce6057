import { describe, expect, it } from 'vitest';
import { riskAssessment } from '@haven/core/forms/templates/risk-assessment';
import { visibilityOf } from '@haven/core/forms/submission';
import type { FormDefinition } from '@haven/core/forms/types';
import { outgoingValues } from './FormRenderer';
import { formMessage, labelIn } from './labels';

const today = '2026-01-15';
const household: FormDefinition = {
  title: { en: 'Household' },
  sections: [
    {
      key: 'main',
      title: { en: 'Main' },
      fields: [
        { key: 'hasChildren', type: 'yesNo', label: { en: 'Children?' } },
        {
          key: 'children',
          type: 'group',
          label: { en: 'Children' },
          showIf: 'hasChildren = true',
          fields: [
            { key: 'age', type: 'number', label: { en: 'Age' } },
            { key: 'school', type: 'text', label: { en: 'School' }, showIf: 'age >= 6' },
            { key: 'older', type: 'calculated', label: { en: 'Older' }, expression: 'age + 1' },
          ],
        },
      ],
    },
  ],
};

describe('the renderer’s values', () => {
  it('shows fields as skip logic decides, with the server’s evaluator', () => {
    const low = visibilityOf(riskAssessment, { immediateDanger: 'no' }, { today });
    expect(low.field('immediateActions')).toBe(false);
    const high = visibilityOf(riskAssessment, { immediateDanger: 'yes' }, { today });
    expect(high.field('immediateActions')).toBe(true);
    expect(high.values.riskLevel).toBe('critical');
    const v = visibilityOf(household, { hasChildren: true, children: [{ age: 3 }, { age: 9 }] }, { today });
    expect(v.field('school', 'children', 0)).toBe(false);
    expect(v.field('school', 'children', 1)).toBe(true);
    expect(visibilityOf(household, { children: [{ age: 9 }] }, { today }).field('school', 'children', 0)).toBe(false);
  });

  it('sends no value for hidden, calculated, withheld or empty fields', () => {
    const values = {
      immediateDanger: 'no',
      immediateActions: 'left over from before',
      riskScore: 3,
      assessorNotes: '',
      selfHarm: 'no',
    };
    expect(outgoingValues(riskAssessment, values, ['selfHarm'])).toEqual({ immediateDanger: 'no' });
    expect(
      outgoingValues(household, {
        hasChildren: true,
        children: [
          { age: 3, school: 'x', older: 4 },
          { age: 8, school: 'y' },
        ],
      }),
    ).toEqual({ hasChildren: true, children: [{ age: 3 }, { age: 8, school: 'y' }] });
  });

  it('translates the engine’s messages and takes rule messages from the form', () => {
    const t = ((key: string, options?: { n?: string }) => `${key}|${options?.n ?? ''}`) as never;
    expect(formMessage(t, 'must be at most 10')).toBe('formMessages.max|10');
    expect(formMessage(t, 'is required')).toBe('formMessages.required|');
    const withRule: FormDefinition = {
      ...household,
      rules: [{ check: 'true', message: { en: 'Too young', ar: 'صغير جداً' } }],
    };
    expect(formMessage(t, 'Too young', withRule, 'ar')).toBe('صغير جداً');
    expect(labelIn({ en: 'Age', ar: 'العمر' }, 'ar')).toBe('العمر');
    expect(labelIn({ en: 'Age' }, 'ar')).toBe('Age');
  });
});

import { describe, expect, it } from 'vitest';
import { validateDefinition } from '../definition';
import { computeSubmission, validateSubmission } from '../submission';
import type { FieldDefinition } from '../types';
import { formTemplates } from '.';

const today = '2026-06-15';
const risk = formTemplates.find((t) => t.key === 'protection_risk_assessment')!.definition;

describe('shipped templates', () => {
  it.each(formTemplates.map((t) => [t.key, t] as const))('%s is valid and translated into Arabic', (_key, template) => {
    expect(validateDefinition(template.definition)).toEqual([]);
    const labels: unknown[] = [template.definition.title];
    const walk = (fields: FieldDefinition[]) =>
      fields.forEach((f) => {
        labels.push(f.label, ...(f.options ?? []).map((o) => o.label));
        walk(f.fields ?? []);
      });
    template.definition.sections.forEach((s) => {
      labels.push(s.title);
      walk(s.fields);
    });
    for (const label of labels)
      expect(label).toEqual({ en: expect.any(String), ar: expect.stringMatching(/\p{Script=Arabic}/u) });
  });

  it('the GBV safety plan keeps its sensitive fields confidential', () => {
    const plan = formTemplates.find((t) => t.key === 'gbv_safety_plan')!.definition;
    const confidential = plan.sections.flatMap((s) => s.fields).filter((f) => f.classification === 'confidential');
    expect(confidential.map((f) => f.key)).toEqual(['warningSigns', 'safePlaces', 'trustedContacts', 'codeWord']);
  });

  const answers = {
    immediateDanger: 'no',
    perpetratorAccess: 'no',
    selfHarm: 'no',
    supportNetwork: 'yes',
    basicNeedsMet: 'yes',
  };
  it.each([
    ['low', answers, 0],
    ['medium', { ...answers, supportNetwork: 'no', basicNeedsMet: 'partly' }, 4],
    ['high', { ...answers, perpetratorAccess: 'yes', selfHarm: 'unsure', basicNeedsMet: 'no' }, 9],
    [
      'critical',
      { ...answers, perpetratorAccess: 'yes', selfHarm: 'yes', supportNetwork: 'no', specificRisks: ['exploitation'] },
      16,
    ],
    ['critical', { ...answers, immediateDanger: 'yes' }, 8],
  ])('risk assessment scores %s', (level, values, score) => {
    const computed = computeSubmission(risk, values, { today });
    expect(computed).toMatchObject({ riskLevel: level, riskScore: score });
    const needsActions = level === 'high' || level === 'critical';
    const problems = validateSubmission(risk, values, { today });
    expect(problems).toEqual(needsActions ? [{ path: ['immediateActions'], message: 'is required' }] : []);
  });
});

import { useTranslation } from 'react-i18next';
import { failedAt, type PartialError } from '../../api/client';
import { useFormat } from '../../i18n/format';
import { labelIn } from '../forms/labels';
import { StageBar } from '../workflow/StageBar';
import type { CaseFormsState } from '../forms/useCaseForms';
import { Item } from './CasePage';
import type { CaseDetail } from './useCase';
import type { CaseTab } from './useCaseTab';

const RISK_FORM = 'protection_risk_assessment';
const riskLevels = ['low', 'medium', 'high', 'critical'] as const;
type RiskLevel = (typeof riskLevels)[number];
const isRiskLevel = (v: unknown): v is RiskLevel =>
  typeof v === 'string' && (riskLevels as readonly string[]).includes(v);

/** The forms a stage calls for, in the order they are usually filled in (when the case type has them). */
const formsForStage: Record<string, string[]> = {
  IDENTIFICATION: ['registration', 'consent'],
  ASSESSMENT: [RISK_FORM, 'best_interests_assessment', 'gbv_intake'],
  CARE_PLAN: ['care_plan', 'gbv_safety_plan'],
  IMPLEMENTATION: [],
  CASE_REVIEW: [RISK_FORM],
  REOPENED: [RISK_FORM],
};

interface NextStep {
  key: string;
  text: string;
  tab?: CaseTab;
}

/**
 * The noise-free view: who, which case, where it stands, how risky, who holds it, and what comes
 * next (the stage's guidance and the forms it calls for that are not filled in yet).
 */
export function CaseSummary({
  record,
  errors,
  forms,
  onOpenTab,
  onChanged,
}: {
  record: CaseDetail;
  errors: PartialError[];
  forms: CaseFormsState;
  onOpenTab: (tab: CaseTab) => void;
  /** The stage bar moved the case: the page loads it again. */
  onChanged?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const language = i18n.resolvedLanguage ?? 'en';
  const person = record.person;
  const stage = record.currentStage?.stage ?? null;

  // The newest protection risk assessment's calculated level (submissions come newest first).
  const assessment =
    forms.status === 'ready'
      ? forms.submissions.find((s) => s.formKey === RISK_FORM && s.status !== 'DRAFT')
      : undefined;
  const level = assessment?.values.riskLevel;
  const score = assessment?.values.riskScore;

  const steps: NextStep[] = [];
  if (stage && record.status === 'OPEN') {
    steps.push({ key: 'stage', text: t(`case.nextSteps.stage.${stage}` as 'case.nextSteps.stage.IDENTIFICATION') });
    if (forms.status === 'ready') {
      for (const draft of forms.submissions.filter((s) => s.status === 'DRAFT')) {
        const form = forms.definitions.find((d) => d.key === draft.formKey);
        steps.push({
          key: `draft:${draft.id}`,
          text: t('case.nextSteps.finishDraft', {
            title: form ? labelIn(form.definition.title, language) : draft.formKey,
          }),
          tab: 'forms',
        });
      }
      const filled = new Set(forms.submissions.map((s) => s.formKey));
      for (const key of formsForStage[stage] ?? []) {
        const form = forms.definitions.find((d) => d.key === key);
        if (!form || (filled.has(key) && !(stage === 'CASE_REVIEW' || stage === 'REOPENED'))) continue;
        steps.push({
          key: `form:${key}`,
          text: t('case.nextSteps.fill', { title: labelIn(form.definition.title, language) }),
          tab: 'forms',
        });
      }
    }
  }

  return (
    <section className="panel case-summary" aria-labelledby="case-summary-title">
      <h2 id="case-summary-title">{t('case.sections.summary')}</h2>
      <dl className="case-fields">
        <Item label={t('case.fields.person')}>
          <bdi>{person.fullName}</bdi>
        </Item>
        <Item label={t('case.fields.sex')}>{t(`enums.sex.${person.sex}`)}</Item>
        <Item label={t('case.fields.age')}>
          {person.ageYears == null ? (
            <span className="muted">{t('case.notRecorded')}</span>
          ) : (
            format.number(person.ageYears)
          )}
        </Item>
        <Item label={t('case.fields.caseNumber')}>
          <bdi>{record.caseNumber}</bdi>
        </Item>
        <Item label={t('case.fields.caseType')}>
          {t(`enums.caseType.${record.caseType}` as 'enums.caseType.GBV', { defaultValue: record.caseType })}
        </Item>
        <Item label={t('case.fields.status')}>{t(`enums.status.${record.status}`)}</Item>
        <Item label={t('case.fields.stage')}>
          {stage ? (
            t(`enums.stage.${stage}`)
          ) : failedAt(errors, ['case', 'currentStage']) ? (
            <span className="muted">{t('case.unavailable')}</span>
          ) : (
            t('caseload.stageUnknown')
          )}
        </Item>
        <Item label={t('case.fields.riskLevel')}>
          {forms.status !== 'ready' ? (
            <span className="muted">{forms.status === 'loading' ? '…' : t('case.unavailable')}</span>
          ) : isRiskLevel(level) ? (
            <span className={`risk risk-${level}`}>
              {t(`case.risk.${level}`)}
              {typeof score === 'number' && (
                <span className="muted"> ({t('case.risk.score', { score: format.number(score) })})</span>
              )}
            </span>
          ) : (
            <span className="muted">{t('case.risk.notAssessed')}</span>
          )}
        </Item>
        <Item label={t('case.fields.assignedWorker')}>
          <bdi>{record.assignedWorker.displayName}</bdi>
        </Item>
      </dl>
      <StageBar caseId={record.id} onChanged={() => onChanged?.()} />
      {steps.length > 0 && (
        <div className="next-steps">
          <h3>{t('case.nextSteps.title')}</h3>
          <ul>
            {steps.map((step) => (
              <li key={step.key}>
                {step.tab ? (
                  <button type="button" className="link-button" onClick={() => onOpenTab(step.tab!)}>
                    {step.text}
                  </button>
                ) : (
                  step.text
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

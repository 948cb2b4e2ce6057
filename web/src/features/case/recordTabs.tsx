import type { TFunction } from 'i18next';
import type { TabDefinition } from '../../app/Tabs';
import type { CaseDetail } from './useCase';
import type { CaseTab } from './useCaseTab';

/** The tabs of the case record beyond details and forms: notes, documents, referrals, care plan. */
export function caseRecordTabs(_: { record: CaseDetail; manages: boolean; t: TFunction }): TabDefinition<CaseTab>[] {
  return [];
}

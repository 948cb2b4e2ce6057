import type { TFunction } from 'i18next';
import type { TabDefinition } from '../../app/Tabs';
import { CarePlanTab } from '../records/CarePlanTab';
import { DocumentsTab } from '../records/DocumentsTab';
import { HouseholdTab } from '../records/HouseholdTab';
import { NotesTab } from '../records/NotesTab';
import { ReferralsTab } from '../records/ReferralsTab';
import type { CaseDetail } from './useCase';
import type { CaseTab } from './useCaseTab';

/** The tabs of the case record beyond details and forms: household, notes, documents, referrals, care plan. */
export function caseRecordTabs({
  record,
  manages,
  t,
}: {
  record: CaseDetail;
  manages: boolean;
  t: TFunction;
}): TabDefinition<CaseTab>[] {
  return [
    {
      key: 'household',
      label: t('case.tabs.household'),
      render: () => <HouseholdTab caseId={record.id} mayWrite={manages} />,
    },
    { key: 'notes', label: t('case.tabs.notes'), render: () => <NotesTab caseId={record.id} mayWrite={manages} /> },
    {
      key: 'documents',
      label: t('case.tabs.documents'),
      render: () => <DocumentsTab caseId={record.id} mayWrite={manages} />,
    },
    {
      key: 'referrals',
      label: t('case.tabs.referrals'),
      render: () => <ReferralsTab caseId={record.id} mayWrite={manages} />,
    },
    {
      key: 'carePlan',
      label: t('case.tabs.carePlan'),
      render: () => (
        <CarePlanTab
          caseId={record.id}
          mayWrite={record.viewerAccess.assigned}
          supervises={record.viewerAccess.supervises}
        />
      ),
    },
  ];
}

import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type PartialError } from '../../api/client';
import { inPlace } from '../../app/route';
import { can, type Session } from '../../app/session';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import { useReturnFocus } from '../../app/useReturnFocus';
import { isolate, useFormat } from '../../i18n/format';
import { CaseDetailsForm } from './CaseDetailsForm';
import { ContactDetailsForm } from './ContactDetailsForm';
import { EmergencyAccessForm } from './EmergencyAccessForm';
import { ExportPanel } from './ExportPanel';
import { FieldValue } from './FieldValue';
import { PersonPhoto } from './PersonPhoto';
import { ReassignPanel } from './ReassignPanel';
import { SharesPanel } from './SharesPanel';
import { useCase, type CaseDetail } from './useCase';
import { Tabs, type TabDefinition } from '../../app/Tabs';
import { FormsTab } from '../forms/FormsTab';
import { useCaseForms } from '../forms/useCaseForms';
import { CaseSummary } from './CaseSummary';
import { caseRecordTabs } from './recordTabs';
import { useCaseTab, type CaseTab } from './useCaseTab';

interface CasePageProps {
  caseId: string;
  session: Session;
  onBack: () => void;
}

function BackLink({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  return (
    <p className="back-link">
      <a href="/" onClick={inPlace(onBack)}>
        {t('case.back')}
      </a>
    </p>
  );
}

/**
 * One case: the summary first (the noise-free view), then tabs: details (restricted and confidential
 * fields, each withheld one "[Restricted]"), forms, notes, documents, referrals, care plan, sharing.
 */
export function CasePage({ caseId, session, onBack }: CasePageProps) {
  const { t } = useTranslation();
  const { state, reload, patch } = useCase(caseId);

  if (state.status === 'loading') {
    return (
      <>
        <BackLink onBack={onBack} />
        <p className="page-status" role="status">
          {t('case.loading')}
        </p>
      </>
    );
  }
  if (state.status === 'failed') {
    // A case out of reach and a missing case look the same (NOT_FOUND), by design of the API.
    const missing = isApiError(state.error, 'NOT_FOUND') || isApiError(state.error, 'FORBIDDEN');
    return (
      <>
        <BackLink onBack={onBack} />
        <CaseProblem
          title={missing ? t('case.notFound.title') : t('case.loadFailed')}
          body={
            missing ? t('case.notFound.body') : isApiError(state.error, 'NETWORK_ERROR') ? t('errors.network') : null
          }
          onRetry={missing ? null : reload}
        />
        {missing && can(session, 'case:emergency_access') && <EmergencyAccessForm caseId={caseId} onOpened={reload} />}
      </>
    );
  }
  return (
    <>
      <BackLink onBack={onBack} />
      <CaseView record={state.record} errors={state.errors} session={session} reload={reload} patch={patch} />
    </>
  );
}

function CaseProblem({ title, body, onRetry }: { title: string; body: string | null; onRetry: (() => void) | null }) {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section className="empty-state" aria-labelledby="case-problem-title">
      <h1 id="case-problem-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {body && <p>{body}</p>}
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('app.retry')}
        </button>
      )}
    </section>
  );
}

export function Item({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="case-item">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

interface CaseViewProps {
  record: CaseDetail;
  errors: PartialError[];
  session: Session;
  reload: () => void;
  patch: (fields: Partial<CaseDetail>) => void;
}

function CaseView({ record, errors, session, reload, patch }: CaseViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [tab, setTab] = useCaseTab();
  const forms = useCaseForms(record.id, record.caseType);
  const access = record.viewerAccess;
  const manages = access.assigned || access.supervises;
  // Errors other than withheld fields (a subgraph that failed): say so once, show what arrived.
  const partlyFailed = errors.some((e) => e.code !== 'FORBIDDEN_FIELD');

  const reaches = [
    access.assigned && t('case.access.assigned'),
    access.supervises && t('case.access.supervises'),
    access.shared && (access.sharedRestricted ? t('case.access.sharedRestricted') : t('case.access.shared')),
    access.emergency && t('case.access.emergency'),
  ].filter((x): x is string => typeof x === 'string');

  const context = { caseId: record.id, person: { id: record.person.id, name: record.person.fullName } };
  const tabs: TabDefinition<CaseTab>[] = [
    {
      key: 'details',
      label: t('case.tabs.details'),
      render: () => <DetailsTab record={record} errors={errors} patch={patch} />,
    },
    {
      key: 'forms',
      label: t('case.tabs.forms'),
      badge: forms.state.status === 'ready' ? format.number(forms.state.submissions.length) : undefined,
      render: () => (
        <FormsTab
          caseId={record.id}
          forms={forms.state}
          mayFill={manages}
          context={context}
          onChanged={() => {
            forms.reload();
            reload();
          }}
        />
      ),
    },
    ...caseRecordTabs({ record, manages, t }),
  ];
  if (manages) {
    tabs.push({
      key: 'sharing',
      label: t('case.tabs.sharing'),
      render: () => (
        <>
          <SharesPanel record={record} selfId={session.user.id} onChanged={reload} />
          {access.supervises && <ReassignPanel record={record} onReassigned={reload} />}
          <ExportPanel record={record} />
        </>
      ),
    });
  }

  return (
    <article className="case-page" aria-labelledby="case-title">
      <div className="page-heading">
        <div>
          <h1 id="case-title" ref={heading} tabIndex={-1}>
            {t('case.title', { caseNumber: isolate(record.caseNumber) })}
          </h1>
          <p className="muted summary">{t('case.reachedAs', { ways: format.list(reaches) })}</p>
        </div>
      </div>
      {partlyFailed && (
        <p className="notice notice-error" role="alert">
          {t('case.partlyFailed')}
        </p>
      )}
      <CaseSummary record={record} errors={errors} forms={forms.state} onOpenTab={setTab} onChanged={reload} />
      <Tabs label={t('case.tabs.label')} tabs={tabs} selected={tab} onSelect={setTab} />
    </article>
  );
}

/** Contact details (restricted) and confidential details, each withheld value "[Restricted]". */
function DetailsTab({
  record,
  errors,
  patch,
}: {
  record: CaseDetail;
  errors: PartialError[];
  patch: (fields: Partial<CaseDetail>) => void;
}) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [editingContact, setEditingContact] = useState(false);
  const [contactSaved, setContactSaved] = useState(false);
  const contactButton = useReturnFocus(editingContact);
  const detailsButton = useReturnFocus(editing);
  const access = record.viewerAccess;
  const person = record.person;
  return (
    <>
      <section className="panel" aria-labelledby="case-restricted-title">
        <h2 id="case-restricted-title">{t('case.sections.restricted')}</h2>
        <p className="muted">{t('case.sections.restrictedIntro')}</p>
        <PersonPhoto caseId={record.id} name={person.fullName} mayChange={access.assigned} />
        <div role="status" className="announcement">
          {contactSaved && <p className="notice notice-success">{t('contact.saved')}</p>}
        </div>
        {editingContact ? (
          <ContactDetailsForm
            record={record}
            onSaved={(fields) => {
              patch(fields);
              setEditingContact(false);
              setContactSaved(true);
            }}
            onCancel={() => {
              contactButton.cancelled();
              setEditingContact(false);
            }}
          />
        ) : (
          <>
            <dl className="case-fields">
              <Item label={t('case.fields.contactPhone')}>
                <FieldValue path={['case', 'person', 'contactPhone']} value={person.contactPhone} errors={errors} />
              </Item>
              <Item label={t('case.fields.currentAddress')}>
                <FieldValue
                  path={['case', 'person', 'currentAddress']}
                  value={person.currentAddress}
                  errors={errors}
                  multiline
                />
              </Item>
            </dl>
            {access.assigned && (
              <div className="form-actions">
                <button
                  ref={contactButton.ref}
                  type="button"
                  className="button"
                  onClick={() => {
                    setContactSaved(false);
                    setEditingContact(true);
                  }}
                >
                  {t('contact.edit')}
                </button>
              </div>
            )}
          </>
        )}
      </section>

      <section className="panel" aria-labelledby="case-confidential-title">
        <h2 id="case-confidential-title">{t('case.sections.confidential')}</h2>
        <p className="muted">{t('case.sections.confidentialIntro')}</p>
        <div role="status" className="announcement">
          {saved && <p className="notice notice-success">{t('case.details.saved')}</p>}
        </div>
        {editing ? (
          <CaseDetailsForm
            record={record}
            onSaved={(fields) => {
              patch(fields);
              setEditing(false);
              setSaved(true);
            }}
            onCancel={() => {
              detailsButton.cancelled();
              setEditing(false);
            }}
          />
        ) : (
          <>
            <dl className="case-fields case-fields-long">
              {(['incidentNarrative', 'perpetratorDetails', 'safetyPlan'] as const).map((field) => (
                <Item key={field} label={t(`case.fields.${field}`)}>
                  <FieldValue path={['case', field]} value={record[field]} errors={errors} multiline />
                </Item>
              ))}
            </dl>
            {access.assigned && (
              <div className="form-actions">
                <button
                  ref={detailsButton.ref}
                  type="button"
                  className="button"
                  onClick={() => {
                    setSaved(false);
                    setEditing(true);
                  }}
                >
                  {t('case.details.edit')}
                </button>
              </div>
            )}
          </>
        )}
      </section>
    </>
  );
}

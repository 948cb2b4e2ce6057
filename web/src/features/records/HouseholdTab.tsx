import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocusAmong } from '../../app/useReturnFocus';
import { isAbortError, request } from '../../api/client';
import type { HouseholdRelationship, HouseholdViewFragment, SearchPersonsQuery, Sex } from '../../gql/graphql';
import { isolate, useFormat } from '../../i18n/format';
import { sexes } from '../caseload/enums';
import {
  AddHouseholdMemberDocument,
  CaseHouseholdsDocument,
  CreateHouseholdDocument,
  EndHouseholdMembershipDocument,
  SearchPersonsDocument,
  SetHouseholdHeadDocument,
} from './operations';
import { AddToggle, RecordForm, RecordTab, type Announcement } from './RecordTab';
import { translateServerMessage } from '../../i18n/server-messages';
import { Field } from './shared';

type Household = HouseholdViewFragment;
type Member = Household['members'][number];
type Found = SearchPersonsQuery['searchPersons'][number];

const relationships: HouseholdRelationship[] = [
  'HEAD',
  'SPOUSE_PARTNER',
  'CHILD',
  'STEPCHILD',
  'SIBLING',
  'PARENT',
  'GRANDPARENT',
  'GRANDCHILD',
  'OTHER_RELATIVE',
  'CAREGIVER',
  'NON_RELATIVE',
];
/** A household has one head: these are offered wherever HEAD is not (setHouseholdHead changes the head). */
const memberRelationships = relationships.filter((r) => r !== 'HEAD');

const loadHouseholds = (id: string, signal: AbortSignal) =>
  request(CaseHouseholdsDocument, { id }, { signal }).then((r) => r.case.person);

/**
 * The households of the case's person: head and current members (former ones on request), and for
 * those who work the case: create one, add a member, make a member the head, end a membership.
 */
export function HouseholdTab({ caseId, mayWrite }: { caseId: string; mayWrite: boolean }) {
  const { t } = useTranslation();
  return (
    <RecordTab
      caseId={caseId}
      load={loadHouseholds}
      titleId="household-title"
      title={t('household.title')}
      add={
        mayWrite
          ? (person) =>
              person.households.length > 0
                ? undefined
                : {
                    label: t('household.create'),
                    form: (saved, cancel) => <CreateHouseholdForm caseId={caseId} onSaved={saved} onCancel={cancel} />,
                  }
          : undefined
      }
    >
      {(person, { changed }) =>
        person.households.length === 0 ? (
          <p className="muted">{t('household.none', { name: isolate(person.fullName) })}</p>
        ) : (
          person.households.map((household, index) => (
            <HouseholdCard
              key={household.id}
              household={household}
              number={index + 1}
              mayWrite={mayWrite}
              changed={changed}
            />
          ))
        )
      }
    </RecordTab>
  );
}

function RelationshipSelect({
  control,
  value,
  onChange,
  options = relationships,
}: {
  control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };
  value: HouseholdRelationship;
  onChange: (value: HouseholdRelationship) => void;
  options?: HouseholdRelationship[];
}) {
  const { t } = useTranslation();
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.target.value as HouseholdRelationship)}>
      {options.map((r) => (
        <option key={r} value={r}>
          {t(`household.relationships.${r}`)}
        </option>
      ))}
    </select>
  );
}

/** A member's name, or why it is not shown (from personWithheld, never guessed). */
function MemberName({ member }: { member: { person?: { fullName: string } | null; personWithheld?: string | null } }) {
  const { t } = useTranslation();
  if (member.person)
    return (
      <strong>
        <bdi>{member.person.fullName}</bdi>
      </strong>
    );
  return (
    <span className="withheld-member">
      <span className="restricted" title={t('case.restrictedHint')}>
        {t('case.restricted')}
      </span>{' '}
      {member.personWithheld === 'NOT_REACHED' ? t('household.withheld.NOT_REACHED') : t('household.withheld.other')}
    </span>
  );
}

function HouseholdCard({
  household,
  number,
  mayWrite,
  changed,
}: {
  household: Household;
  number: number;
  mayWrite: boolean;
  changed: (message: Announcement) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const [showPast, setShowPast] = useState(false);
  const [adding, setAdding] = useState(false);
  const name = household.label ?? t('household.unnamed', { number });
  const current = household.members.filter((m) => m.current);
  const past = household.members.filter((m) => !m.current);
  const shown = showPast ? household.members : current;
  const head = household.head;
  return (
    <section className="household" aria-labelledby={headingId}>
      <h3 id={headingId}>
        <bdi>{name}</bdi>
      </h3>
      <p>
        {t('household.head')}:{' '}
        {head ? <MemberName member={head} /> : <span className="muted">{t('household.noHead')}</span>}
      </p>
      {past.length > 0 && (
        <label className="inline-check">
          <input type="checkbox" checked={showPast} onChange={(e) => setShowPast(e.target.checked)} />{' '}
          {t('household.showPast', { count: past.length })}
        </label>
      )}
      {shown.length === 0 ? (
        <p className="muted">{t('household.noMembers')}</p>
      ) : (
        <ul className="record-list" aria-label={t('household.membersOf', { name: isolate(name) })}>
          {shown.map((member, i) => (
            <MemberItem
              key={`${member.personId ?? 'withheld'}-${member.joinedAt}-${i}`}
              household={household}
              member={member}
              mayWrite={mayWrite}
              changed={changed}
              since={format.date(member.joinedAt)}
              until={member.leftAt ? format.date(member.leftAt) : null}
            />
          ))}
        </ul>
      )}
      {mayWrite && (
        <AddToggle
          label={t('household.addMember')}
          open={adding}
          onOpen={() => setAdding(true)}
          onClose={() => setAdding(false)}
        >
          {(cancel) => (
            <AddMemberForm
              household={household}
              onSaved={(message) => {
                setAdding(false);
                changed(message);
              }}
              onCancel={cancel}
            />
          )}
        </AddToggle>
      )}
    </section>
  );
}

function MemberItem({
  household,
  member,
  mayWrite,
  changed,
  since,
  until,
}: {
  household: Household;
  member: Member;
  mayWrite: boolean;
  changed: (message: Announcement) => void;
  since: string;
  until: string | null;
}) {
  const { t } = useTranslation();
  const [action, setAction] = useState<'head' | 'end' | null>(null);
  // A cancelled form gives the focus back to the button that opened it (drawn again once it closes).
  const focus = useReturnFocusAmong(action);
  const personId = member.personId;
  const memberName = member.person?.fullName ?? '';
  // Only a member the viewer sees can be acted on (a withheld one has no person id to name).
  const actable = mayWrite && member.current && personId !== null && personId !== undefined && member.person;
  const close = () => {
    if (action) focus.cancelled(action);
    setAction(null);
  };
  const done = (message: Announcement) => {
    setAction(null);
    changed(message);
  };
  return (
    <li className={['record', 'household-member', !member.current && 'is-superseded'].filter(Boolean).join(' ')}>
      <div>
        <p className="record-head">
          <MemberName member={member} />{' '}
          <span className="muted">· {t(`household.relationships.${member.relationship}`)}</span>
          {member.person?.ageYears != null && (
            <span className="muted"> · {t('household.age', { count: member.person.ageYears })}</span>
          )}
        </p>
        <p className="muted">{until ? t('household.between', { since, until }) : t('household.since', { since })}</p>
      </div>
      {actable && action === null && (
        <div className="inline-actions" ref={focus.container}>
          {member.relationship !== 'HEAD' && (
            <button
              type="button"
              className="button button-small"
              aria-label={t('household.makeHeadOf', { name: isolate(memberName) })}
              data-action="head"
              onClick={() => setAction('head')}
            >
              {t('household.makeHead')}
            </button>
          )}
          <button
            type="button"
            className="button button-small"
            aria-label={t('household.endOf', { name: isolate(memberName) })}
            data-action="end"
            onClick={() => setAction('end')}
          >
            {t('household.end')}
          </button>
        </div>
      )}
      {actable && action === 'head' && (
        <MakeHeadForm household={household} personId={personId} name={memberName} onSaved={done} onCancel={close} />
      )}
      {actable && action === 'end' && (
        <EndMembershipForm
          householdId={household.id}
          personId={personId}
          name={memberName}
          onSaved={done}
          onCancel={close}
        />
      )}
    </li>
  );
}

/** Puts the focus on the first control of a form that just opened. */
function useFocusFirst() {
  const ref = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    ref.current?.closest('form')?.querySelector<HTMLElement>('input, select, button')?.focus();
  }, []);
  return ref;
}

function CreateHouseholdForm({
  caseId,
  onSaved,
  onCancel,
}: {
  caseId: string;
  onSaved: (message: Announcement) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [label, setLabel] = useState('');
  const [relationship, setRelationship] = useState<HouseholdRelationship>('HEAD');
  const focus = useFocusFirst();
  async function send() {
    await request(CreateHouseholdDocument, { caseId, label: label.trim() === '' ? null : label, relationship });
    onSaved((tr) => tr('household.created'));
  }
  return (
    <RecordForm label={t('household.create')} submitLabel={t('household.createSubmit')} send={send} onCancel={onCancel}>
      {(problem) => (
        <div className="form-grid" ref={focus}>
          <Field label={t('household.label')} problem={problem('label')} optional>
            {(c) => <input {...c} value={label} onChange={(e) => setLabel(e.target.value)} />}
          </Field>
          <Field label={t('household.casePersonRelationship')} problem={problem('relationship')}>
            {(c) => <RelationshipSelect control={c} value={relationship} onChange={setRelationship} />}
          </Field>
        </div>
      )}
    </RecordForm>
  );
}

function AddMemberForm({
  household,
  onSaved,
  onCancel,
}: {
  household: Household;
  onSaved: (message: Announcement) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'existing' | 'new'>('existing');
  const [chosen, setChosen] = useState<Found | null>(null);
  const [givenName, setGivenName] = useState('');
  const [familyName, setFamilyName] = useState('');
  const [sex, setSex] = useState<Sex>('FEMALE');
  const [dateOfBirth, setDateOfBirth] = useState('');
  // HEAD is offered only while the household has none.
  const options = household.head ? memberRelationships : relationships;
  const [relationship, setRelationship] = useState<HouseholdRelationship>(household.head ? 'CHILD' : 'HEAD');
  const focus = useFocusFirst();
  const modeName = useId();

  async function send() {
    const name = mode === 'existing' ? (chosen?.fullName ?? '') : `${givenName.trim()} ${familyName.trim()}`.trim();
    await request(AddHouseholdMemberDocument, {
      householdId: household.id,
      input:
        mode === 'existing'
          ? { personId: chosen?.id, relationship }
          : {
              newPerson: { givenName, familyName, sex, dateOfBirth: dateOfBirth === '' ? null : dateOfBirth },
              relationship,
            },
    });
    onSaved((tr) => tr('household.added', { name: isolate(name) }));
  }
  return (
    <RecordForm
      label={t('household.addMember')}
      submitLabel={t('household.addSubmit')}
      check={() =>
        mode === 'existing' && !chosen
          ? { fields: { personId: t('household.errors.choosePerson') }, message: t('records.errors.check') }
          : null
      }
      send={send}
      onCancel={onCancel}
    >
      {(problem) => (
        <div ref={focus}>
          <fieldset className="household-mode">
            <legend>{t('household.who')}</legend>
            {(['existing', 'new'] as const).map((m) => (
              <label key={m} className="inline-check">
                <input type="radio" name={modeName} checked={mode === m} onChange={() => setMode(m)} />{' '}
                {t(`household.mode.${m}`)}
              </label>
            ))}
          </fieldset>
          <div className="form-grid">
            {mode === 'existing' ? (
              <Field label={t('household.search')} problem={problem('personId')} wide>
                {(c) => (
                  <PersonSearch
                    control={c}
                    exclude={household.members.filter((m) => m.current).map((m) => m.personId ?? '')}
                    chosen={chosen}
                    onChoose={setChosen}
                  />
                )}
              </Field>
            ) : (
              <>
                <Field label={t('household.givenName')} problem={problem('givenName')}>
                  {(c) => <input {...c} value={givenName} onChange={(e) => setGivenName(e.target.value)} />}
                </Field>
                <Field label={t('household.familyName')} problem={problem('familyName')}>
                  {(c) => <input {...c} value={familyName} onChange={(e) => setFamilyName(e.target.value)} />}
                </Field>
                <Field label={t('household.sex')} problem={problem('sex')}>
                  {(c) => (
                    <select {...c} value={sex} onChange={(e) => setSex(e.target.value as Sex)}>
                      {sexes.map((s) => (
                        <option key={s} value={s}>
                          {t(`enums.sex.${s}`)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <Field label={t('household.dateOfBirth')} problem={problem('dateOfBirth')} optional>
                  {(c) => (
                    <input {...c} type="date" value={dateOfBirth} onChange={(e) => setDateOfBirth(e.target.value)} />
                  )}
                </Field>
              </>
            )}
            <Field label={t('household.relationship')} problem={problem('relationship')}>
              {(c) => (
                <RelationshipSelect control={c} value={relationship} onChange={setRelationship} options={options} />
              )}
            </Field>
          </div>
        </div>
      )}
    </RecordForm>
  );
}

/**
 * Search as you type (400 ms after the last keystroke, the previous request aborted) among the
 * persons the worker reaches; each result is a button, so the keyboard reaches and chooses them.
 */
function PersonSearch({
  control,
  exclude,
  chosen,
  onChoose,
}: {
  control: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string };
  exclude: string[];
  chosen: Found | null;
  onChoose: (person: Found | null) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found[] | null>(null);
  const [searching, setSearching] = useState(false);
  const chosenId = `${control.id}-chosen`;

  useEffect(() => {
    const text = query.trim();
    if (text.length < 2) {
      setFound(null);
      setSearching(false);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(() => {
      setSearching(true);
      request(SearchPersonsDocument, { query: text }, { signal: controller.signal }).then(
        ({ searchPersons }) => {
          setFound(searchPersons);
          setSearching(false);
        },
        (error: unknown) => {
          if (!isAbortError(error)) {
            setFound([]);
            setSearching(false);
          }
        },
      );
    }, 400);
    return () => {
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  const results = found?.filter((p) => !exclude.includes(p.id)) ?? [];
  return (
    <div className="person-picker">
      <p className="person-picker-value" id={chosenId}>
        {chosen ? (
          t('household.chosen', { name: isolate(chosen.fullName) })
        ) : (
          <span className="muted">{t('household.noneChosen')}</span>
        )}
      </p>
      <input
        {...control}
        aria-describedby={[chosenId, control['aria-describedby']].filter(Boolean).join(' ')}
        type="search"
        autoComplete="off"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <div role="status" className="announcement">
        {searching ? (
          <p className="muted">{t('household.searching')}</p>
        ) : found && results.length === 0 ? (
          <p className="muted">{t('household.noneFound')}</p>
        ) : found ? (
          <p className="visually-hidden">{t('household.found', { count: results.length })}</p>
        ) : null}
      </div>
      {results.length > 0 && (
        <ul className="person-results" aria-label={t('household.results')}>
          {results.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                className="button button-small"
                aria-pressed={chosen?.id === p.id}
                onClick={() => onChoose(p)}
              >
                <bdi>{p.fullName}</bdi>
                <span className="muted">
                  {' · '}
                  {t(`enums.sex.${p.sex}`)}
                  {p.ageYears != null && ` · ${t('household.age', { count: p.ageYears })}`}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function MakeHeadForm({
  household,
  personId,
  name,
  onSaved,
  onCancel,
}: {
  household: Household;
  personId: string;
  name: string;
  onSaved: (message: Announcement) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [previous, setPrevious] = useState<HouseholdRelationship>('OTHER_RELATIVE');
  const focus = useFocusFirst();
  const head = household.head;
  async function send() {
    await request(SetHouseholdHeadDocument, {
      householdId: household.id,
      personId,
      previousHeadRelationship: head ? previous : null,
    });
    onSaved((tr) => tr('household.headSet', { name: isolate(name) }));
  }
  return (
    <RecordForm
      label={t('household.makeHeadOf', { name: isolate(name) })}
      submitLabel={t('household.makeHead')}
      send={send}
      onCancel={onCancel}
    >
      {(problem) => (
        <div className="form-grid" ref={focus}>
          {head ? (
            <Field
              label={
                head.person
                  ? t('household.previousHeadRelationship', { name: isolate(head.person.fullName) })
                  : t('household.previousHeadRelationshipWithheld')
              }
              problem={problem('previousHeadRelationship')}
            >
              {(c) => (
                <RelationshipSelect control={c} value={previous} onChange={setPrevious} options={memberRelationships} />
              )}
            </Field>
          ) : (
            <p>{t('household.makeHeadConfirm', { name: isolate(name) })}</p>
          )}
          <PersonProblem problem={problem('personId')} />
        </div>
      )}
    </RecordForm>
  );
}

function EndMembershipForm({
  householdId,
  personId,
  name,
  onSaved,
  onCancel,
}: {
  householdId: string;
  personId: string;
  name: string;
  onSaved: (message: Announcement) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const focus = useFocusFirst();
  async function send() {
    await request(EndHouseholdMembershipDocument, { householdId, personId });
    onSaved((tr) => tr('household.ended', { name: isolate(name) }));
  }
  return (
    <RecordForm
      label={t('household.endOf', { name: isolate(name) })}
      submitLabel={t('household.endConfirmSubmit')}
      send={send}
      onCancel={onCancel}
    >
      {(problem) => (
        <div ref={focus}>
          <p>{t('household.endConfirm', { name: isolate(name) })}</p>
          <PersonProblem problem={problem('personId')} />
        </div>
      )}
    </RecordForm>
  );
}

/** A problem with the member acted on (no control of its own to sit beside). */
function PersonProblem({ problem }: { problem: string | undefined }) {
  const { t } = useTranslation();
  return problem ? <p className="field-error">{translateServerMessage(t, problem)}</p> : null;
}

import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { isAbortError } from '../../api/client';
import { useReturnFocus } from '../../app/useReturnFocus';
import { refusalOf, type Refusal } from './shared';

/** A success message, made when shown so that it follows a change of language. */
export type Announcement = (t: TFunction) => string;

interface RecordTabProps<T> {
  caseId: string;
  /** Reads the tab's records (module-level, so it stays the same function); read again after each change. */
  load: (caseId: string, signal: AbortSignal) => Promise<T>;
  /** The heading's id, which names the section. */
  titleId: string;
  title: string;
  /** For a viewer who may write: the button's label and the form it opens, which calls saved or cancel (none: no button). */
  add?: (
    data: T,
  ) => { label: string; form: (saved: (message: Announcement) => void, cancel: () => void) => ReactNode } | undefined;
  /** The add button below the records instead of above them. */
  addLast?: boolean;
  /** The records, once read; changed announces a change made in them and reads them again. */
  children: (data: T, tools: { changed: (message: Announcement) => void; update: (data: T) => void }) => ReactNode;
}

/**
 * What every record tab of the case page shares: its records read (loading, failed), a section under
 * its heading, the announcement of the last change, and the add button that opens the tab's form.
 */
export function RecordTab<T extends object>({
  caseId,
  load,
  titleId,
  title,
  add,
  addLast,
  children,
}: RecordTabProps<T>) {
  const { t } = useTranslation();
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [adding, setAdding] = useState(false);
  const [saved, setSaved] = useState<Announcement | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    load(caseId, controller.signal).then(setData, (error: unknown) => {
      if (!isAbortError(error)) setFailed(true);
    });
    return () => controller.abort();
  }, [load, caseId, attempt]);

  if (failed) return <p className="notice notice-error">{t('records.loadFailed')}</p>;
  if (!data) return <p className="page-status">{t('records.loading')}</p>;
  const changed = (message: Announcement) => {
    setSaved(() => message);
    setAdding(false);
    setAttempt((n) => n + 1);
  };
  const addition = add?.(data);
  const adder = addition && (
    <AddToggle
      label={addition.label}
      open={adding}
      onOpen={() => {
        setSaved(null);
        setAdding(true);
      }}
      onClose={() => setAdding(false)}
    >
      {(cancel) => addition.form(changed, cancel)}
    </AddToggle>
  );
  return (
    <section aria-labelledby={titleId}>
      <h2 id={titleId}>{title}</h2>
      <div role="status" className="announcement">
        {saved && <p className="notice notice-success">{saved(t)}</p>}
      </div>
      {!addLast && adder}
      {children(data, { changed, update: setData })}
      {addLast && adder}
    </section>
  );
}

/**
 * An add button and the form it opens in its place; a cancelled form gives the focus back to the button.
 */
export function AddToggle({
  label,
  open,
  onOpen,
  onClose,
  children,
}: {
  label: string;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  /** The form, given what its cancel button calls. */
  children: (cancel: () => void) => ReactNode;
}) {
  const focus = useReturnFocus(open);
  if (open)
    return children(() => {
      focus.cancelled();
      onClose();
    });
  return (
    <button ref={focus.ref} type="button" className="button" onClick={onOpen}>
      {label}
    </button>
  );
}

/** The records as a labelled list, or the tab's words for having none. */
export function RecordList<R>({
  items,
  label,
  empty,
  children,
}: {
  items: readonly R[];
  label: string;
  empty: string;
  children: (item: R) => ReactNode;
}) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="record-list" aria-label={label}>
      {items.map((item) => children(item))}
    </ul>
  );
}

interface RecordFormProps {
  /** The form's accessible name. */
  label: string;
  submitLabel: string;
  /** The submit button's text while sending (default "Saving…"). */
  busyLabel?: string;
  /** A problem found before sending (nothing is sent then). */
  check?: () => Refusal | null;
  /** Sends the form and, once the API took it, tells the tab; what it throws is shown as a refusal. */
  send: () => Promise<void>;
  /** How a thrown error becomes problems by field (default: by the last part of each path). */
  refused?: (error: unknown) => Refusal;
  onCancel: () => void;
  /** The fields, given the problem for a name. */
  children: (problem: (name: string) => string | undefined) => ReactNode;
}

/** An add form of a record tab: one send at a time, the refusal above the fields, submit and cancel. */
export function RecordForm({
  label,
  submitLabel,
  busyLabel,
  check,
  send,
  refused,
  onCancel,
  children,
}: RecordFormProps) {
  const { t } = useTranslation();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const early = check?.() ?? null;
    if (early) {
      setRefusal(early);
      return;
    }
    setBusy(true);
    setRefusal(null);
    try {
      await send();
    } catch (error) {
      setRefusal(refused ? refused(error) : refusalOf(error, t));
    }
    setBusy(false);
  }
  return (
    <form noValidate className="record-form" onSubmit={(e) => void submit(e)} aria-label={label}>
      <div role="alert">{refusal && <p className="notice notice-error">{refusal.message}</p>}</div>
      {children((name) => refusal?.fields[name])}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? (busyLabel ?? t('records.saving')) : submitLabel}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('forms.cancel')}
        </button>
      </div>
    </form>
  );
}

import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isAbortError, isApiError, request } from '../../api/client';
import { useFocusOnMount } from '../../app/useFocusOnMount';
import type { StartMfaEnrolmentMutation } from '../../gql/graphql';
import { translateServerMessage } from '../../i18n/server-messages';
import { ConfirmMfaEnrolmentDocument, MyMfaDocument, StartMfaEnrolmentDocument } from './operations';

type Enrolment = StartMfaEnrolmentMutation['startMfaEnrolment'];

type PageState =
  | { kind: 'loading' }
  | { kind: 'failed' }
  | { kind: 'enabled'; recoveryCodesLeft: number }
  | { kind: 'not-enrolled' }
  | { kind: 'enrolling'; enrolment: Enrolment }
  | { kind: 'enrolled'; recoveryCodes: string[] };

/** The signed-in user's two-step verification: TOTP enrolment by QR code, then recovery codes shown once. */
export function MfaPage() {
  const { t } = useTranslation();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const [state, setState] = useState<PageState>({ kind: 'loading' });
  const [problem, setProblem] = useState<string | null>(null);
  const [codeProblem, setCodeProblem] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const codeInput = useRef<HTMLInputElement>(null);
  const codesHeading = useRef<HTMLHeadingElement>(null);
  const codeId = useId();

  const load = useCallback(async (signal?: AbortSignal) => {
    try {
      const { myMfa } = await request(MyMfaDocument, undefined, { signal });
      setState(
        myMfa.enabled ? { kind: 'enabled', recoveryCodesLeft: myMfa.recoveryCodesLeft } : { kind: 'not-enrolled' },
      );
    } catch (error) {
      if (!isAbortError(error)) setState({ kind: 'failed' });
    }
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    void load(controller.signal);
    return () => controller.abort();
  }, [load]);

  useEffect(() => {
    if (state.kind === 'enrolled') codesHeading.current?.focus();
  }, [state.kind]);

  const explain = (error: unknown) =>
    setProblem(
      isApiError(error, 'NETWORK_ERROR')
        ? t('errors.network')
        : isApiError(error, 'CONFLICT')
          ? t('mfa.errors.conflict')
          : t('mfa.errors.failed'),
    );

  const start = async () => {
    setProblem(null);
    setBusy(true);
    try {
      const { startMfaEnrolment } = await request(StartMfaEnrolmentDocument);
      setCode('');
      setCodeProblem(null);
      setState({ kind: 'enrolling', enrolment: startMfaEnrolment });
    } catch (error) {
      explain(error);
    } finally {
      setBusy(false);
    }
  };

  const confirm = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setCodeProblem(null);
    if (!/^\d{6}$/.test(code.trim())) {
      setCodeProblem(t('mfa.errors.codeFormat'));
      codeInput.current?.focus();
      return;
    }
    setBusy(true);
    try {
      const { confirmMfaEnrolment } = await request(ConfirmMfaEnrolmentDocument, { code: code.trim() });
      setState({ kind: 'enrolled', recoveryCodes: confirmMfaEnrolment });
    } catch (error) {
      const field = isApiError(error, 'BAD_USER_INPUT')
        ? error.fields.find((f) => f.path[f.path.length - 1] === 'code')
        : undefined;
      if (field) {
        setCodeProblem(translateServerMessage(t, field.message));
        codeInput.current?.focus();
      } else explain(error);
    } finally {
      setBusy(false);
    }
  };

  const errorId = `${codeId}-error`;
  return (
    <section aria-labelledby="mfa-title" className="account-page">
      <h1 id="mfa-title" ref={heading} tabIndex={-1}>
        {t('mfa.title')}
      </h1>
      <div role="alert">{problem && <p className="notice notice-error">{problem}</p>}</div>
      {state.kind === 'loading' && (
        <p className="page-status" role="status">
          {t('app.loading')}
        </p>
      )}
      {state.kind === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p>{t('mfa.errors.loadFailed')}</p>
          <button type="button" className="button" onClick={() => void load()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {state.kind === 'enabled' && (
        <div className="notice notice-success">
          <p>{t('mfa.enabled')}</p>
          <p>{t('mfa.recoveryCodesLeft', { count: state.recoveryCodesLeft })}</p>
        </div>
      )}
      {state.kind === 'not-enrolled' && (
        <>
          <p>{t('mfa.intro')}</p>
          <button type="button" className="button button-primary" aria-busy={busy} onClick={() => void start()}>
            {t('mfa.start')}
          </button>
        </>
      )}
      {state.kind === 'enrolling' && (
        <>
          <ol className="mfa-steps">
            <li>
              <p>{t('mfa.scan')}</p>
              <img
                className="mfa-qr"
                src={state.enrolment.qrCodeDataUrl}
                alt={t('mfa.qrAlt')}
                width={200}
                height={200}
              />
            </li>
            <li>
              <p>{t('mfa.manual')}</p>
              <dl className="mfa-secret">
                <dt>{t('mfa.secret')}</dt>
                <dd>
                  <code dir="ltr">{state.enrolment.secret}</code>
                </dd>
                <dt>{t('mfa.uri')}</dt>
                <dd>
                  <code dir="ltr">{state.enrolment.otpauthUri}</code>
                </dd>
              </dl>
            </li>
            <li>
              <form onSubmit={(e) => void confirm(e)} noValidate>
                <div className={['field', codeProblem && 'has-error'].filter(Boolean).join(' ')}>
                  <label htmlFor={codeId}>{t('mfa.code')}</label>
                  <input
                    id={codeId}
                    ref={codeInput}
                    inputMode="numeric"
                    autoComplete="one-time-code"
                    maxLength={6}
                    dir="ltr"
                    value={code}
                    onChange={(e) => setCode(e.target.value)}
                    aria-invalid={codeProblem !== null}
                    aria-describedby={codeProblem ? errorId : undefined}
                  />
                  <div aria-live="assertive">
                    {codeProblem && (
                      <p className="field-error" id={errorId}>
                        {codeProblem}
                      </p>
                    )}
                  </div>
                </div>
                <button type="submit" className="button button-primary" aria-busy={busy} disabled={busy}>
                  {t('mfa.confirm')}
                </button>
              </form>
            </li>
          </ol>
        </>
      )}
      {state.kind === 'enrolled' && (
        <div className="notice notice-success" role="status">
          <h2 ref={codesHeading} tabIndex={-1}>
            {t('mfa.done')}
          </h2>
          <p>
            <strong>{t('mfa.saveNow')}</strong>
          </p>
          <ul className="recovery-codes" aria-label={t('mfa.recoveryCodes')}>
            {state.recoveryCodes.map((c) => (
              <li key={c}>
                <code dir="ltr">{c}</code>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { keepAlive } from '../features/sign-in/auth';

/** How long before the idle time-out the warning appears. */
const WARNING_SECONDS = 120;

/**
 * Watches for the person's own activity (not background requests): a warning shortly before the
 * session's idle time-out, offering to stay signed in, and `onLocked` when it has passed.
 */
export function IdleGuard({ idleTimeoutSeconds, onLocked }: { idleTimeoutSeconds: number; onLocked: () => void }) {
  const { t } = useTranslation();
  const lastActivity = useRef(Date.now());
  const lastPing = useRef(Date.now());
  const [warning, setWarning] = useState(false);

  useEffect(() => {
    const mark = () => {
      if (warning) return;
      lastActivity.current = Date.now();
      // Activity that sends no request still counts: tell the server now and then.
      if (lastActivity.current - lastPing.current > 60_000) {
        lastPing.current = lastActivity.current;
        keepAlive().catch(() => undefined);
      }
    };
    const events = ['keydown', 'pointerdown'] as const;
    for (const e of events) window.addEventListener(e, mark);
    const timer = window.setInterval(() => {
      const idle = (Date.now() - lastActivity.current) / 1000;
      if (idle >= idleTimeoutSeconds) onLocked();
      else setWarning(idle >= idleTimeoutSeconds - WARNING_SECONDS);
    }, 5000);
    return () => {
      for (const e of events) window.removeEventListener(e, mark);
      window.clearInterval(timer);
    };
  }, [idleTimeoutSeconds, onLocked, warning]);

  if (!warning) return null;
  return (
    <div className="notice idle-warning" role="alertdialog" aria-labelledby="idle-warning-text">
      <p id="idle-warning-text">{t('idle.warning')}</p>
      <button
        type="button"
        className="button"
        onClick={() => {
          lastActivity.current = Date.now();
          setWarning(false);
          keepAlive().catch(onLocked);
        }}
      >
        {t('idle.stay')}
      </button>
    </div>
  );
}

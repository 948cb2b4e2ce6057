import { useEffect, useRef } from 'react';

/**
 * For a button that opens a form: once the form is cancelled and closed, the focus goes back to the
 * button (drawn again, or still there), so a keyboard or screen-reader user goes on from where she
 * was instead of from the top of the page. Put `ref` on the button; call `cancelled()` from the
 * form's cancel before closing it.
 */
export function useReturnFocus<T extends HTMLElement = HTMLButtonElement>(open: boolean) {
  const ref = useRef<T | null>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (open || !pending.current) return;
    pending.current = false;
    ref.current?.focus();
  }, [open]);
  return {
    ref,
    cancelled: () => {
      pending.current = true;
    },
  };
}

/**
 * The same for several buttons in one container, each marked `data-action="<key>"`, of which one form
 * is open at a time (`open` is its key): once the form whose key was passed to `cancelled` closes, the
 * focus goes back to its button. Put `container` on the buttons' parent.
 */
export function useReturnFocusAmong<K extends string>(open: K | null) {
  const container = useRef<HTMLDivElement | null>(null);
  const pending = useRef<K | null>(null);
  useEffect(() => {
    if (open !== null || pending.current === null) return;
    container.current?.querySelector<HTMLElement>(`[data-action="${pending.current}"]`)?.focus();
    pending.current = null;
  }, [open]);
  return {
    container,
    cancelled: (key: K) => {
      pending.current = key;
    },
  };
}

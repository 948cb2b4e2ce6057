import { useEffect, useRef } from 'react';

/** Moves focus to an element (usually a page heading) when a screen appears, so assistive technology follows. */
export function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}

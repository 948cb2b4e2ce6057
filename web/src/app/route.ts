import { useEffect, useState, type MouseEvent } from 'react';

/**
 * The one address the client gives a page of its own: /cases/<id>, so a case can be opened from a
 * link, reloaded, or reached by a supervisor or colleague who has it in no caseload. Everything else
 * lives at /. The gateway answers any path with index.html.
 */
const casePath = /^\/cases\/([^/]+)\/?$/;

export function caseIdFromPath(pathname: string): string | null {
  const match = casePath.exec(pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : null;
}

export function casePathFor(caseId: string): string {
  return `/cases/${encodeURIComponent(caseId)}`;
}

/**
 * The click handler of an in-app link: a plain click (main button, no modifier key) is handled in
 * place by `go`; any other opens the link as the browser would (a new tab or window).
 */
export function inPlace(go: () => void) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go();
  };
}

const listeners = new Set<() => void>();

/** Changes the address without reloading, as a link would, and tells useCaseRoute. */
export function navigate(path: string): void {
  if (window.location.pathname === path) return;
  window.history.pushState(null, '', path);
  for (const listener of listeners) listener();
}

/** The case the address names, kept in step with navigate() and the browser's back and forward. */
export function useCaseRoute(): string | null {
  const [caseId, setCaseId] = useState(() => caseIdFromPath(window.location.pathname));
  useEffect(() => {
    const update = () => setCaseId(caseIdFromPath(window.location.pathname));
    listeners.add(update);
    window.addEventListener('popstate', update);
    return () => {
      listeners.delete(update);
      window.removeEventListener('popstate', update);
    };
  }, []);
  return caseId;
}

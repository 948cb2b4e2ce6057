import type { ReactNode } from 'react';
import { casePathFor, inPlace, navigate } from './route';

/**
 * A link to a case page: a real address (it opens in a new tab with a modifier key or the middle
 * button), opened in place on a plain click.
 */
export function CaseLink({ caseId, children }: { caseId: string; children: ReactNode }) {
  const path = casePathFor(caseId);
  return (
    <a href={path} onClick={inPlace(() => navigate(path))}>
      {children}
    </a>
  );
}

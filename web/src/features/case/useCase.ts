import { useCallback, useEffect, useState } from 'react';
import { isAbortError, requestPartial, type PartialError } from '../../api/client';
import type { CaseDetailFragment } from '../../gql/graphql';
import { CaseDetailDocument } from './operations';

export type CaseDetail = CaseDetailFragment;

export type CaseState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'ready'; record: CaseDetail; errors: PartialError[] };

/** One case as the viewer may see it: the data and the errors of withheld fields, kept together. */
export function useCase(caseId: string) {
  const [state, setState] = useState<CaseState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    requestPartial(CaseDetailDocument, { id: caseId }, { signal: controller.signal }).then(
      ({ data, errors }) => setState({ status: 'ready', record: data.case, errors }),
      (error: unknown) => {
        if (!isAbortError(error)) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [caseId, attempt]);

  /** Loads the case again (after a change), keeping the page on screen meanwhile. */
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  /** Merges fields a mutation returned, for the fields it names only. */
  const patch = useCallback((fields: Partial<CaseDetail>) => {
    setState((s) => (s.status === 'ready' ? { ...s, record: { ...s.record, ...fields } } : s));
  }, []);

  return { state, reload, patch };
}

import { useCallback, useEffect, useState } from 'react';
import { isAbortError, request } from '../../api/client';
import type { CaseRowFragment, MyCaseloadQuery } from '../../gql/graphql';
import { MyCaseloadDocument } from './operations';

export type CaseRow = CaseRowFragment;

export type CaseloadState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | {
      status: 'ready';
      cases: CaseRow[];
      totalCount: number;
      hasNextPage: boolean;
      endCursor: string | null;
      more: 'idle' | 'loading' | 'failed';
    };

type Connection = MyCaseloadQuery['myCaseload'];

function withoutDuplicates(cases: CaseRow[]): CaseRow[] {
  const seen = new Set<string>();
  return cases.filter((c) => !seen.has(c.id) && Boolean(seen.add(c.id)));
}

function page(connection: Connection) {
  return {
    totalCount: connection.totalCount,
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor ?? null,
  };
}

/** The signed-in worker's caseload, a page at a time ("Load more"), newest activity first. */
export function useCaseload(pageSize: number) {
  const [state, setState] = useState<CaseloadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    request(MyCaseloadDocument, { first: pageSize }, { signal: controller.signal }).then(
      ({ myCaseload }) =>
        setState({ status: 'ready', cases: withoutDuplicates(myCaseload.nodes), ...page(myCaseload), more: 'idle' }),
      (error: unknown) => {
        if (!isAbortError(error)) setState({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [pageSize, attempt]);

  const loadMore = useCallback(async () => {
    if (state.status !== 'ready' || !state.hasNextPage || state.more === 'loading') return;
    const after = state.endCursor;
    setState((s) => (s.status === 'ready' ? { ...s, more: 'loading' } : s));
    try {
      const { myCaseload } = await request(MyCaseloadDocument, { first: pageSize, after });
      setState((s) =>
        s.status === 'ready'
          ? { ...s, cases: withoutDuplicates([...s.cases, ...myCaseload.nodes]), ...page(myCaseload), more: 'idle' }
          : s,
      );
    } catch {
      setState((s) => (s.status === 'ready' ? { ...s, more: 'failed' } : s));
    }
  }, [state, pageSize]);

  /** A case just created: it is the most recently updated, so it belongs at the top. */
  const prepend = useCallback((row: CaseRow) => {
    setState((s) =>
      s.status === 'ready'
        ? { ...s, cases: [row, ...s.cases.filter((c) => c.id !== row.id)], totalCount: s.totalCount + 1 }
        : s,
    );
  }, []);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { state, loadMore, prepend, retry };
}

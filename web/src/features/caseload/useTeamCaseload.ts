import { useCallback, useEffect, useState } from 'react';
import { isAbortError, requestPartial, type PartialError } from '../../api/client';
import type { TeamCaseRowFragment, TeamCaseloadQuery } from '../../gql/graphql';
import { TeamCaseloadDocument } from './operations';

/** A team case with the errors of its own withheld fields, their paths relative to the row (e.g. ["person","contactPhone"]). */
export interface TeamCaseRow {
  row: TeamCaseRowFragment;
  errors: PartialError[];
}

export type TeamCaseloadState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | {
      status: 'ready';
      cases: TeamCaseRow[];
      totalCount: number;
      hasNextPage: boolean;
      endCursor: string | null;
      more: 'idle' | 'loading' | 'failed';
    };

type Connection = TeamCaseloadQuery['teamCaseload'];

/**
 * Error paths name the row by its index in one page (["teamCaseload","nodes",3,"person","contactPhone"]);
 * pages are joined, so each row keeps its own errors instead.
 */
function rows(connection: Connection, errors: PartialError[]): TeamCaseRow[] {
  return connection.nodes.map((row, index) => ({
    row,
    errors: errors
      .filter((e) => e.path[0] === 'teamCaseload' && e.path[1] === 'nodes' && String(e.path[2]) === String(index))
      .map((e) => ({ ...e, path: e.path.slice(3) })),
  }));
}

function withoutDuplicates(cases: TeamCaseRow[]): TeamCaseRow[] {
  const seen = new Set<string>();
  return cases.filter((c) => !seen.has(c.row.id) && Boolean(seen.add(c.row.id)));
}

function page(connection: Connection) {
  return {
    totalCount: connection.totalCount,
    hasNextPage: connection.pageInfo.hasNextPage,
    endCursor: connection.pageInfo.endCursor ?? null,
  };
}

/** Cases of the teams the signed-in supervisor supervises, a page at a time, as the API lets her see them. */
export function useTeamCaseload(pageSize: number) {
  const [state, setState] = useState<TeamCaseloadState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    requestPartial(TeamCaseloadDocument, { first: pageSize }, { signal: controller.signal }).then(
      ({ data, errors }) =>
        setState({
          status: 'ready',
          cases: withoutDuplicates(rows(data.teamCaseload, errors)),
          ...page(data.teamCaseload),
          more: 'idle',
        }),
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
      const { data, errors } = await requestPartial(TeamCaseloadDocument, { first: pageSize, after });
      setState((s) =>
        s.status === 'ready'
          ? {
              ...s,
              cases: withoutDuplicates([...s.cases, ...rows(data.teamCaseload, errors)]),
              ...page(data.teamCaseload),
              more: 'idle',
            }
          : s,
      );
    } catch {
      setState((s) => (s.status === 'ready' ? { ...s, more: 'failed' } : s));
    }
  }, [state, pageSize]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);

  return { state, loadMore, retry };
}

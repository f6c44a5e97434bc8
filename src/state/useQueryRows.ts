import { useEffect, useState } from 'react';
import type { PlainRow } from '../engine/plain-rows';
import type { QueryRunner } from '../engine/query-runner';
import type { SqlQuery } from '../model/sql';

/** Result of a query as a component sees it. */
export type QueryState =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly rows: readonly PlainRow[] }
  | { readonly status: 'failed'; readonly error: Error };

/** Runs a query whenever its text or bound values change; null skips it. */
export function useQueryRows(runner: QueryRunner, query: SqlQuery | null): QueryState {
  const [state, setState] = useState<QueryState>({ status: 'loading' });
  // Text and values together identify a query; objects rebuilt on render do not.
  const key = query ? JSON.stringify(query) : '';

  useEffect(() => {
    if (!query) return;
    let current = true;
    setState({ status: 'loading' });
    runner.rows(query).then(
      (rows) => current && setState({ status: 'done', rows }),
      (error: Error) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runner, key]);

  return state;
}

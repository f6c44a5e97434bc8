import { useEffect, useState } from 'react';
import type { PlainRow } from '../engine/plain-rows';
import type { QueryRunner } from '../engine/query-runner';
import type { SqlQuery } from '../model/sql';

/** Result of a query as a component sees it. */
export type QueryState =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly rows: readonly PlainRow[] }
  | { readonly status: 'failed'; readonly error: Error };

interface Settled {
  readonly key: string;
  readonly state: QueryState;
}

const LOADING: QueryState = { status: 'loading' };

/** Runs a query whenever its text or bound values change; null skips it. */
export function useQueryRows(runner: QueryRunner, query: SqlQuery | null): QueryState {
  const [settled, setSettled] = useState<Settled | null>(null);
  // Text and values together identify a query; objects rebuilt on render do not.
  const key = query ? JSON.stringify(query) : '';

  useEffect(() => {
    if (!query) return;
    let current = true;
    runner.rows(query).then(
      (rows) => current && setSettled({ key, state: { status: 'done', rows } }),
      (error: Error) =>
        current && setSettled({ key, state: { status: 'failed', error } }),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [runner, key]);

  // A result of an earlier query is never shown as this one's.
  return settled?.key === key ? settled.state : LOADING;
}

import { useEffect, useState } from 'react';

/** An asynchronous result as a component sees it. */
export type AsyncResult<T> =
  | { readonly status: 'loading' }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly error: Error };

interface Settled<T> {
  readonly key: string;
  readonly result: AsyncResult<T>;
}

const LOADING = { status: 'loading' } as const;

/**
 * Runs `load` whenever `key` changes (null skips it); a result is only ever shown
 * for the key it was loaded for, so a slow earlier run never overwrites a newer one.
 */
export function useAsyncResult<T>(
  key: string | null,
  load: () => Promise<T>,
): AsyncResult<T> {
  const [settled, setSettled] = useState<Settled<T> | null>(null);

  useEffect(() => {
    if (key === null) return;
    let current = true;
    load().then(
      (value) => current && setSettled({ key, result: { status: 'done', value } }),
      (error: unknown) =>
        current &&
        setSettled({
          key,
          result: {
            status: 'failed',
            error: error instanceof Error ? error : new Error(String(error)),
          },
        }),
    );
    return () => {
      current = false;
    };
    // The key names everything `load` reads; the closure itself changes every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return settled?.key === key ? settled.result : LOADING;
}

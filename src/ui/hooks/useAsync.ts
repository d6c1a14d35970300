// Loads something from core once (and again on reload), keeping the error for ErrorMessage.
import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> = { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

export function useAsync<T>(load: () => Promise<T> | T, deps: readonly unknown[]): AsyncState<T> & { reload: () => void } {
  const [state, setState] = useState<AsyncState<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    let live = true;
    // a tick first, so the loading frame is drawn before synchronous work (SQLite) runs
    void new Promise((resolve) => setImmediate(resolve))
      .then(load)
      .then(
        (value) => live && setState({ status: 'ready', value }),
        (error: unknown) => live && setState({ status: 'failed', error }),
      );
    return () => {
      live = false;
    };
  }, [...deps, generation]); // `load` is a fresh closure each render: the caller's deps decide
  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...state, reload };
}

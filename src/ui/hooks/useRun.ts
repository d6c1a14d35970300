// Runs one long pipeline operation: holds its AbortController in a ref (cancel = abort, also on unmount),
// turns progress events into state, and lets the run ask the user about the budget.
import { useCallback, useEffect, useReducer, useRef } from 'react';
import { isAbortError } from '../../core/errors.js';
import type { PipelineEvent } from '../../core/app/types.js';
import { initialRun, runReducer, type RunAction, type RunState } from './run-state.js';

export type BudgetAnswer = 'continue' | 'stop';

export interface RunControls {
  signal: AbortSignal;
  onProgress: (event: PipelineEvent) => void;
  askBudget: (spentUsd: number, capUsd: number) => Promise<BudgetAnswer>;
}

export function useRun<R>() {
  const [state, dispatch] = useReducer(runReducer as (s: RunState<R>, a: RunAction<R>) => RunState<R>, undefined, initialRun<R>);
  const controller = useRef<AbortController | null>(null);
  const pendingBudget = useRef<((answer: BudgetAnswer) => void) | null>(null);

  const answerBudget = useCallback((answer: BudgetAnswer) => {
    pendingBudget.current?.(answer);
    pendingBudget.current = null;
    dispatch({ type: 'budget' });
  }, []);

  const cancel = useCallback(() => {
    const current = controller.current;
    if (!current || current.signal.aborted) return;
    current.abort();
    pendingBudget.current?.('stop');
    pendingBudget.current = null;
    dispatch({ type: 'cancelling' });
  }, []);

  const start = useCallback((work: (controls: RunControls) => Promise<R>) => {
    controller.current?.abort();
    const own = new AbortController();
    controller.current = own;
    dispatch({ type: 'start', at: Date.now() });
    const askBudget = (spentUsd: number, capUsd: number) =>
      new Promise<BudgetAnswer>((resolve) => {
        pendingBudget.current = resolve;
        dispatch({ type: 'budget', budget: { spentUsd, capUsd } });
      });
    work({ signal: own.signal, onProgress: (event) => dispatch({ type: 'event', event, at: Date.now() }), askBudget }).then(
      (result) => dispatch({ type: 'finished', result }),
      (error: unknown) => dispatch({ type: 'failed', error, cancelled: own.signal.aborted || isAbortError(error) }),
    );
  }, []);

  useEffect(
    () => () => {
      controller.current?.abort();
      pendingBudget.current?.('stop');
    },
    [],
  );

  return { state, start, cancel, answerBudget };
}

// A stack of wizard steps: forward pushes, Esc pops; popping the first step leaves the flow.
import { useCallback, useReducer } from 'react';

type Action<S> = { type: 'push'; step: S } | { type: 'pop' } | { type: 'replace'; step: S };

function reducer<S>(stack: S[], action: Action<S>): S[] {
  if (action.type === 'push') return [...stack, action.step];
  if (action.type === 'replace') return [...stack.slice(0, -1), action.step];
  return stack.length > 1 ? stack.slice(0, -1) : stack;
}

export function useSteps<S>(first: S, onLeave: () => void) {
  const [stack, dispatch] = useReducer(reducer<S>, [first]);
  const push = useCallback((step: S) => dispatch({ type: 'push', step }), []);
  const replace = useCallback((step: S) => dispatch({ type: 'replace', step }), []);
  const back = useCallback(() => {
    if (stack.length <= 1) onLeave();
    else dispatch({ type: 'pop' });
  }, [stack.length, onLeave]);
  return { step: stack[stack.length - 1], push, replace, back };
}

/**
 * A function whose identity never changes but which always calls the latest `callback`: a
 * memoised child given it is not rendered again just because its parent made a new closure.
 * (For event handlers only: it reads the latest closure when called, not during render.)
 */
import { useCallback, useLayoutEffect, useRef } from 'react';

export function useStableCallback<Args extends unknown[], Result>(
  callback: (...args: Args) => Result,
): (...args: Args) => Result {
  const latest = useRef(callback);
  useLayoutEffect(() => {
    latest.current = callback;
  });
  return useCallback((...args: Args) => latest.current(...args), []);
}

/** Whether to keep things still: the lab's own setting or the system's `prefers-reduced-motion`. */
import { useEffect, useState } from 'react';
import { useConfig } from '../../store/config';

function query(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia('(prefers-reduced-motion: reduce)')
    : null;
}

export function useReducedMotion(): boolean {
  const setting = useConfig((state) => state.app.reducedMotion);
  const [system, setSystem] = useState(() => query()?.matches ?? false);
  useEffect(() => {
    const list = query();
    if (list === null) return;
    const update = () => setSystem(list.matches);
    list.addEventListener('change', update);
    return () => list.removeEventListener('change', update);
  }, []);
  return setting || system;
}

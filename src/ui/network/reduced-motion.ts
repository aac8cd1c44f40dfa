/**
 * Whether to animate: off when the learner asked for reduced motion in the settings or in
 * the operating system (`prefers-reduced-motion`).
 */
import { useSyncExternalStore } from 'react';
import { useConfig } from '../../store/config';

const QUERY = '(prefers-reduced-motion: reduce)';

function mediaQuery(): MediaQueryList | null {
  // jsdom and old browsers have no matchMedia: treat them as "no preference".
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function'
    ? window.matchMedia(QUERY)
    : null;
}

function subscribe(onChange: () => void): () => void {
  const query = mediaQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const systemPrefersReduced = () => mediaQuery()?.matches ?? false;

export function useReducedMotion(): boolean {
  const setting = useConfig((state) => state.app.reducedMotion);
  const system = useSyncExternalStore(subscribe, systemPrefersReduced, () => false);
  return setting || system;
}

/**
 * Whether an element has come near the screen yet (and stays true once it has). The loop
 * lesson is on the first screen, but its loss chart sits below the diagram: on a phone it is a
 * screen or two down, and its code (recharts) should not be fetched before anyone scrolls to it.
 */
import { useEffect, useState, type RefObject } from 'react';

/** Start loading half a screen before the element shows. */
const AHEAD = '50% 0px 50% 0px';

export function useNearScreen(target: RefObject<Element | null>): boolean {
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = target.current;
    if (near || element === null) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: AHEAD },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, target]);
  return near;
}

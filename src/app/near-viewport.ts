/**
 * Whether an element is near the viewport yet: a lesson renders (its code fetched if it has not
 * been yet) when its section comes within a quarter of a screen of being seen; before the
 * page's first scroll, only when it is on the screen, so the first visit downloads the lessons
 * on the first screen and nothing else. Once near, it stays near (the code is kept).
 *
 * While the app hydrates the build's HTML, the first render depends only on `already`, never
 * on the browser, so it makes what the build made (where nothing is near) and hydration
 * matches. What the browser knows (no IntersectionObserver, a link pointing here) applies
 * right after.
 */
import { useEffect, useState, type RefObject } from 'react';
import { firstScroll, hasScrolled } from './page-moments';
import { isHydrating } from './hydration';

/** How far ahead of the viewport a lesson starts loading: a quarter of a screen, above and below. */
const AHEAD = '25% 0px 25% 0px';
/** Before the first scroll: the screen itself. */
const ON_SCREEN = '0px';

export function useNearViewport(
  target: RefObject<Element | null>,
  already: boolean,
  wantedOnArrival: () => boolean = () => false,
): boolean {
  // Rendered afresh in the browser (no build HTML to match), a wanted lesson starts at once;
  // the build itself (no window) knows of no link.
  const [near, setNear] = useState(
    () => already || (typeof window !== 'undefined' && !isHydrating() && wantedOnArrival()),
  );
  useEffect(() => {
    const element = target.current;
    if (near || element === null) return;
    if (typeof IntersectionObserver === 'undefined' || wantedOnArrival()) {
      setNear(true);
      return;
    }
    let observer: IntersectionObserver | null = null;
    let cancelled = false;
    const observe = (rootMargin: string) => {
      observer?.disconnect();
      observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) setNear(true);
        },
        { rootMargin },
      );
      observer.observe(element);
    };
    if (hasScrolled()) observe(AHEAD);
    else {
      observe(ON_SCREEN);
      void firstScroll().then(() => {
        if (!cancelled) observe(AHEAD);
      });
    }
    return () => {
      cancelled = true;
      observer?.disconnect();
    };
  }, [near, target, wantedOnArrival]);
  return near;
}

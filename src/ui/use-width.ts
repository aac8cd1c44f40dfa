/**
 * The width of an element in CSS pixels, followed as it changes: for drawings that lay
 * themselves out at the size they are shown, so their text keeps its size on a phone instead of
 * shrinking with a scaled-down picture.
 */
import { useEffect, useState, type RefObject } from 'react';

export function useWidth(
  element: RefObject<Element | null>,
  fallback: number,
  least = 160,
): number {
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const target = element.current;
    if (target === null || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined) setWidth(Math.max(least, Math.round(entry.contentRect.width)));
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [element, least]);
  return width;
}

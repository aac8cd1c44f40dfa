/**
 * The lab's neuron maps, kept fresh while its run trains and the view is on screen, and
 * `useWhenIdle`, which holds the view back until the page has drawn the lesson and the view's
 * place is near the screen.
 */
import { useEffect, useState, type RefObject } from 'react';
import type { AnswerOf } from '../../engine/protocol';
import { useRunPicture } from './use-boundary-refresh';

/** Small maps: 24 × 24 cells are enough for a 40-pixel node and cheap to send 4 times a second. */
export const NEURON_MAP_RESOLUTION = 24;

/** The run's neuron maps (see `useRunPicture`), asked for only while `visible`. */
export function useNeuronMaps(
  runId: string,
  resolution = NEURON_MAP_RESOLUTION,
  intervalMs = 250,
  visible = true,
): AnswerOf<'neuron-maps'> | null {
  return useRunPicture('neuron-maps', runId, resolution, intervalMs, visible);
}

/**
 * Whether `target` is on screen (any part of it), followed as the page scrolls; true where
 * there is no IntersectionObserver.
 */
export function useOnScreen(target: RefObject<Element | null>): boolean {
  const [onScreen, setOnScreen] = useState(true);
  useEffect(() => {
    const element = target.current;
    if (element === null || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      const last = entries.at(-1);
      if (last !== undefined) setOnScreen(last.isIntersecting);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [target]);
  return onScreen;
}

/**
 * False until the browser has had an idle moment after the first paint (so the lesson a link
 * opens shows its boundary plot first) and `target` has come within a screen of the viewport.
 * Without IntersectionObserver (tests, old browsers) only the idle moment is waited for.
 */
export function useWhenIdle(target: RefObject<Element | null>): boolean {
  const [idle, setIdle] = useState(false);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (typeof window.requestIdleCallback === 'function') {
      // The timeout: a page kept busy by training still gets the view within a second.
      const handle = window.requestIdleCallback(() => setIdle(true), { timeout: 1000 });
      return () => window.cancelIdleCallback(handle);
    }
    const timer = setTimeout(() => setIdle(true), 100);
    return () => clearTimeout(timer);
  }, []);
  useEffect(() => {
    const element = target.current;
    if (near) return;
    if (element === null || typeof IntersectionObserver === 'undefined') {
      setNear(true);
      return;
    }
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: '100% 0px 100% 0px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [near, target]);
  return idle && near;
}

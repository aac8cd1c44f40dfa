/**
 * Presenter mode fits the shown lesson to the screen, as a slide is fitted: the layout in
 * presenter.css first spreads a lesson across the screen's width; if it is still a little taller
 * than the space under the bars, the whole lesson is zoomed down until it fits. Only a little:
 * below MIN_ZOOM the type would be too small for the back row, so a lesson with more than that
 * to show keeps its full size and scrolls.
 */
import { useEffect } from 'react';

/** Three quarters of the presenter's type: 19 px on a 1920×1080 screen, 13 px on 1280×720. */
export const MIN_ZOOM = 0.75;
/** Zoom steps finer than this are not worth a new layout. */
const ZOOM_STEP = 0.01;
/** A pixel of rounding between the lesson's edge and the screen's is not an overflow. */
const SLACK_PX = 1;

function zoomOf(element: HTMLElement): number {
  const zoom = parseFloat(element.style.zoom);
  return Number.isFinite(zoom) && zoom > 0 ? zoom : 1;
}

function setZoom(element: HTMLElement, zoom: number): void {
  element.style.zoom = zoom === 1 ? '' : zoom.toFixed(3);
}

/** The space the lesson has: from its top (under the bars, page scrolled up) to the screen's foot. */
function spaceFor(section: HTMLElement): number {
  return window.innerHeight - section.getBoundingClientRect().top - SLACK_PX;
}

/** The lesson's height on screen at `zoom` (a zoomed lesson reflows into a wider box). */
function heightAt(section: HTMLElement, zoom: number): number {
  setZoom(section, zoom);
  return section.getBoundingClientRect().height;
}

/**
 * The largest zoom (1 at most, MIN_ZOOM at least) at which the lesson fits, or 1 when even
 * MIN_ZOOM does not fit. Zooming out makes the lesson's box wider in its own pixels, so text
 * reflows into fewer lines: a few rounds, each scaled by how far the last one missed, settle it.
 */
export function fittingZoom(section: HTMLElement): number {
  const space = spaceFor(section);
  if (heightAt(section, 1) <= space) return 1;
  if (heightAt(section, MIN_ZOOM) > space) return 1;
  let fits = MIN_ZOOM;
  let tooBig = 1;
  // Between a zoom known to fit and one known not to: guess by proportion, keep the bracket.
  for (let round = 0; round < 6 && tooBig - fits > ZOOM_STEP; round += 1) {
    const height = heightAt(section, fits);
    const guess = Math.min(tooBig - ZOOM_STEP, Math.max(fits + ZOOM_STEP, (fits * space) / height));
    if (heightAt(section, guess) <= space) fits = guess;
    else tooBig = guess;
  }
  return Math.floor(fits / ZOOM_STEP) * ZOOM_STEP;
}

/**
 * Keeps the shown lesson fitted while the screen's size or the lesson's content changes (a
 * chart drawn, a race's results arriving). Refits at most once a frame, and only sets a zoom
 * that differs from the current one, so its own change of size settles at once.
 */
export function useFitLesson(lessonId: string): void {
  useEffect(() => {
    const section = document.getElementById(lessonId);
    // jsdom has no ResizeObserver (nor layout): nothing to fit there.
    if (section === null || typeof ResizeObserver === 'undefined') return undefined;
    let frame = 0;
    const refit = () => {
      frame = 0;
      const current = zoomOf(section);
      // Trying smaller zooms shortens the page for a moment, which would pull a scrolled page
      // up (a race brought into view): put the page back where it was.
      const scrolled = window.scrollY;
      const zoom = fittingZoom(section);
      setZoom(section, Math.abs(zoom - current) < ZOOM_STEP ? current : zoom);
      if (window.scrollY !== scrolled) window.scrollTo({ top: scrolled, behavior: 'instant' });
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(refit);
    };
    const observer = new ResizeObserver(schedule);
    // The lesson's own box (its content growing) and the page's (the screen resized).
    observer.observe(section);
    observer.observe(document.documentElement);
    window.addEventListener('resize', schedule);
    schedule();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', schedule);
      cancelAnimationFrame(frame);
      setZoom(section, 1);
    };
  }, [lessonId]);
}

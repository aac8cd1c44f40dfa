/**
 * Switching between the learner's scrolling page and the presenter's one-lesson screen.
 * Full screen needs a user gesture, so it is requested here, inside the click that enters.
 */
import { useConfig } from '../store/config';
import { lessonInView } from './lesson-modes';
import type { LessonId } from './lessons';

export function canFullScreen(): boolean {
  return document.fullscreenEnabled === true;
}

/** jsdom and some embedded browsers lack the Fullscreen API: treat that as "not full screen". */
export function isFullScreen(): boolean {
  return Boolean(document.fullscreenElement);
}

export function requestFullScreen(): void {
  if (!canFullScreen() || isFullScreen()) return;
  // A refusal (e.g. no gesture) leaves the presenter's "Go full screen" button in place.
  document.documentElement.requestFullscreen().catch(() => undefined);
}

/** From a click: the lesson read last (see trackLessonRead) becomes the one presented. */
export function enterPresenter(lesson: LessonId | null): void {
  requestFullScreen();
  const { setAppField } = useConfig.getState();
  if (lesson !== null) setAppField('lesson', lesson);
  setAppField('mode', 'presenter');
}

/**
 * Follows which lesson the learner is reading as the page scrolls (at most once a frame). The
 * header's buttons sit at the top of the page, so while the header is in view the reading is
 * kept: scrolling up to press "Presenter mode" must not change which lesson is presented.
 */
export function trackLessonRead(onLesson: (lesson: LessonId) => void): () => void {
  let frame = 0;
  const check = () => {
    frame = 0;
    const header = document.querySelector('.app-header');
    if (header !== null && header.getBoundingClientRect().bottom > 0) return;
    const lesson = lessonInView();
    if (lesson !== null) onLesson(lesson);
  };
  const onScroll = () => {
    if (frame === 0) frame = requestAnimationFrame(check);
  };
  check();
  window.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    window.removeEventListener('scroll', onScroll);
    cancelAnimationFrame(frame);
  };
}

export function leavePresenter(): void {
  if (isFullScreen()) document.exitFullscreen().catch(() => undefined);
  const { app, setAppField } = useConfig.getState();
  setAppField('mode', 'learner');
  // The click's re-render has committed by the next frame; the page is then there to scroll.
  requestAnimationFrame(() => document.getElementById(app.lesson)?.scrollIntoView?.());
}

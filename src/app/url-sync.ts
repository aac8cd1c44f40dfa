/**
 * Keeps the settings and the address bar in step: the URL is read once at start-up (with a
 * notice for every value that had to be dropped), and every later change of settings (the
 * overfitting lab's included) is written back with replaceState, so copying the address copies
 * the exact lab state.
 */
import { useConfig } from '../store/config';
import { DEFAULT_APP_SETTINGS } from '../store/config-schema';
import type { LessonId } from './lessons';
import { readHashTarget } from './url-hash';
import { readUrlState, writeUrlState } from './url-state';

export function loadSettingsFromUrl(): void {
  const { run, app, lab, notices } = readUrlState(window.location.search);
  const hash = readHashTarget(window.location.hash);
  if (hash.notice !== null) {
    notices.push(hash.notice);
    // Drop the unusable hash so Copy link and later reads see a clean address.
    const { pathname, search } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}`);
  }
  useConfig.getState().replace(run, app, notices);
  // The lab takes these when its store is made, or at once if it already was (its code comes
  // first for a link to the lesson).
  useConfig.getState().setLab(lab);
}

export function currentShareUrl(): string {
  const { run, app, lab } = useConfig.getState();
  const { origin, pathname, hash } = window.location;
  return `${origin}${pathname}${writeUrlState(run, app, lab)}${hash}`;
}

/** The address of one lesson alone (embed mode) with the current settings. */
export function currentEmbedUrl(lesson: LessonId): string {
  const { run, app, lab } = useConfig.getState();
  const { origin, pathname } = window.location;
  // Page-level state (which lesson is open, presenter mode) means nothing inside a frame; nor
  // does the overfitting lab's in another lesson's.
  const { lesson: firstLesson, mode } = DEFAULT_APP_SETTINGS;
  const settings = { ...app, lesson: firstLesson, mode, embed: lesson };
  return `${origin}${pathname}${writeUrlState(run, settings, lesson === 'overfitting' ? lab : null)}`;
}

export function keepUrlInSync(): () => void {
  return useConfig.subscribe((state, previous) => {
    if (state.run === previous.run && state.app === previous.app && state.lab === previous.lab)
      return;
    const search = writeUrlState(state.run, state.app, state.lab);
    if (search === window.location.search) return;
    const { pathname, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  });
}

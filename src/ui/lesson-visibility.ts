/**
 * Whether the lesson a component belongs to is on (or near) the screen. The shell provides
 * it per lesson section; views use it to skip periodic work nobody can see, such as asking
 * the worker for a fresh loss landscape while training streams. Outside a lesson (tests,
 * embeds) everything counts as visible.
 */
import { createContext, useContext } from 'react';

export const LessonVisibleContext = createContext(true);

export function useLessonVisible(): boolean {
  return useContext(LessonVisibleContext);
}

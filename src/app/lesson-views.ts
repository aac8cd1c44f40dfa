/**
 * Each built lesson's view, loaded on demand so the first screen ships little JavaScript.
 * A lesson missing here shows a short placeholder.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { LessonId } from './lessons';

type LessonView = LazyExoticComponent<ComponentType>;

export const lessonViews: Partial<Record<LessonId, LessonView>> = {
  loop: lazy(() => import('../lessons/loop/LoopLesson')),
};

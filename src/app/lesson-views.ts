/**
 * Each lesson's view. The first lesson is part of the first bundle, so the first paint shows it
 * whole (nothing below it moves when it arrives); every other lesson is loaded on demand, when
 * its section nears the viewport, so the first screen ships little JavaScript.
 */
import { lazy, type ComponentType } from 'react';
import LoopLesson from '../lessons/loop/LoopLesson';
import { lessonLoaders } from './lesson-loaders';
import type { LessonId } from './lessons';

/** The lesson whose view is in the first bundle, shown at once without waiting to be near. */
export const FIRST_SCREEN_LESSON: LessonId = 'loop';

export const lessonViews: Readonly<Record<LessonId, ComponentType>> = {
  loop: LoopLesson,
  forward: lazy(lessonLoaders.forward),
  loss: lazy(lessonLoaders.loss),
  backprop: lazy(lessonLoaders.backprop),
  update: lazy(lessonLoaders.update),
  'learning-rate': lazy(lessonLoaders['learning-rate']),
  landscape: lazy(lessonLoaders.landscape),
  vocabulary: lazy(lessonLoaders.vocabulary),
  overfitting: lazy(lessonLoaders.overfitting),
  code: lazy(lessonLoaders.code),
  scale: lazy(lessonLoaders.scale),
  embeddings: lazy(lessonLoaders.embeddings),
};

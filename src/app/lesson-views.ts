/**
 * Each lesson's view. The first lesson is part of the first bundle, so the first paint shows it
 * whole (nothing below it moves when it arrives); every other lesson is loaded on demand, when
 * its section nears the viewport, so the first screen ships little JavaScript.
 */
import { lazy, type ComponentType } from 'react';
import LoopLesson from '../lessons/loop/LoopLesson';
import type { LessonId } from './lessons';

/** The lesson whose view is in the first bundle, shown at once without waiting to be near. */
export const FIRST_SCREEN_LESSON: LessonId = 'loop';

export const lessonViews: Readonly<Record<LessonId, ComponentType>> = {
  loop: LoopLesson,
  forward: lazy(() => import('../lessons/forward/ForwardLesson')),
  loss: lazy(() => import('../lessons/loss/LossLesson')),
  backprop: lazy(() => import('../lessons/backprop/BackpropLesson')),
  update: lazy(() => import('../lessons/update/UpdateLesson')),
  'learning-rate': lazy(() => import('../lessons/learning-rate/LearningRateLesson')),
  landscape: lazy(() => import('../lessons/landscape/LandscapeLesson')),
  vocabulary: lazy(() => import('../lessons/vocabulary/VocabularyLesson')),
  overfitting: lazy(() => import('../lessons/overfitting/OverfittingLesson')),
  code: lazy(() => import('../lessons/code/CodeLesson')),
  scale: lazy(() => import('../lessons/scale/ScaleLesson')),
  embeddings: lazy(() => import('../lessons/embeddings/EmbeddingsLesson')),
};

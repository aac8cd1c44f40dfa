/**
 * Each built lesson's view, loaded on demand so the first screen ships little JavaScript.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { LessonId } from './lessons';

type LessonView = LazyExoticComponent<ComponentType>;

export const lessonViews: Readonly<Record<LessonId, LessonView>> = {
  loop: lazy(() => import('../lessons/loop/LoopLesson')),
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

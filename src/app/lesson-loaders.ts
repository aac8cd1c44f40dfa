/**
 * Where each lesson's code is fetched from, apart from the first lesson's (which is in the
 * app's own bundle), and which lesson a link points into.
 */
import type { ComponentType } from 'react';
import type { LessonId } from './lessons';

type LessonModule = Promise<{ default: ComponentType }>;

export const lessonLoaders: Readonly<Record<Exclude<LessonId, 'loop'>, () => LessonModule>> = {
  forward: () => import('../lessons/forward/ForwardLesson'),
  loss: () => import('../lessons/loss/LossLesson'),
  backprop: () => import('../lessons/backprop/BackpropLesson'),
  update: () => import('../lessons/update/UpdateLesson'),
  'learning-rate': () => import('../lessons/learning-rate/LearningRateLesson'),
  landscape: () => import('../lessons/landscape/LandscapeLesson'),
  vocabulary: () => import('../lessons/vocabulary/VocabularyLesson'),
  overfitting: () => import('../lessons/overfitting/OverfittingLesson'),
  code: () => import('../lessons/code/CodeLesson'),
  scale: () => import('../lessons/scale/ScaleLesson'),
  embeddings: () => import('../lessons/embeddings/EmbeddingsLesson'),
};

/** The lesson a hash (`#overfitting`, `#overfitting-title`) points into, if it has a loader. */
export function linkedLesson(hash: string): keyof typeof lessonLoaders | null {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ''));
  } catch {
    return null;
  }
  const lessons = Object.keys(lessonLoaders) as (keyof typeof lessonLoaders)[];
  return lessons.find((lesson) => id === lesson || id.startsWith(`${lesson}-`)) ?? null;
}

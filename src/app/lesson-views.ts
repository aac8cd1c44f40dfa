/**
 * Each lesson's view. The first lesson is part of the first bundle, so the first paint shows it
 * whole (nothing below it moves when it arrives); every other lesson is loaded on demand, when
 * its section nears the viewport, so the first screen ships little JavaScript.
 */
import { createElement, lazy, useState, type ComponentType } from 'react';
import LoopLesson from '../lessons/loop/LoopLesson';
import { lessonLoaders } from './lesson-loaders';
import type { LessonId } from './lessons';

/** The lesson whose view is in the first bundle, shown at once without waiting to be near. */
export const FIRST_SCREEN_LESSON = 'loop' satisfies LessonId;

type LazyLessonId = keyof typeof lessonLoaders;

/** Lessons whose code has arrived, so their views render without suspending. */
const arrived = new Map<LazyLessonId, ComponentType>();

function load(id: LazyLessonId): Promise<{ default: ComponentType }> {
  return lessonLoaders[id]().then((module) => {
    arrived.set(id, module.default);
    return module;
  });
}

/**
 * A lazily loaded lesson that renders at once when its code has already arrived (fetched
 * ahead for a link, say), instead of suspending for a moment and showing its placeholder.
 */
function lazyLesson(id: LazyLessonId): ComponentType {
  const Lazy = lazy(() => load(id));
  return function LessonView() {
    // Chosen once: switching from the lazy wrapper to the module's view later would remount
    // the lesson and lose its state.
    const [View] = useState<ComponentType>(() => arrived.get(id) ?? Lazy);
    return createElement(View);
  };
}

/** Fetches and evaluates a lesson's code, so its first render does not wait for it. */
export async function preloadLesson(id: LazyLessonId): Promise<void> {
  await load(id);
}

/**
 * Starts loading a lesson's code ahead of its first render (the first lesson's is in the
 * bundle already). A failure here is met again, and reported, when the lesson renders.
 */
export function loadLessonAhead(id: LessonId): void {
  if (id !== FIRST_SCREEN_LESSON) load(id).catch(() => undefined);
}

export const lessonViews: Readonly<Record<LessonId, ComponentType>> = {
  loop: LoopLesson,
  forward: lazyLesson('forward'),
  loss: lazyLesson('loss'),
  backprop: lazyLesson('backprop'),
  update: lazyLesson('update'),
  'learning-rate': lazyLesson('learning-rate'),
  landscape: lazyLesson('landscape'),
  vocabulary: lazyLesson('vocabulary'),
  overfitting: lazyLesson('overfitting'),
  code: lazyLesson('code'),
  scale: lazyLesson('scale'),
  embeddings: lazyLesson('embeddings'),
};

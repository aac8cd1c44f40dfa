/**
 * What presenter mode, embed mode and the header tools need to know about lessons: which one
 * is being read, and which ones drive the main run. (Kept out of lessons.ts, which the first
 * screen loads, because only those later-loaded parts use it.)
 */
import { lessons, type LessonId, type LessonMeta } from './lessons';

/**
 * Lessons that drive the main run, so the transport bar belongs with them; the others run
 * their own runs with their own buttons (presenter and embed modes hide the bar for those).
 */
const mainRunLessons: ReadonlySet<LessonId> = new Set<LessonId>([
  'loop',
  'forward',
  'loss',
  'backprop',
  'update',
  'landscape',
  'code',
]);

export function usesMainRun(id: LessonId): boolean {
  return mainRunLessons.has(id);
}

export function lessonMeta(id: LessonId): LessonMeta {
  return lessons.find((lesson) => lesson.id === id) ?? (lessons[0] as LessonMeta);
}

/**
 * The lesson being read: the section across the upper third of the viewport, else the last one
 * that starts above that line (the line may fall in the gap between two sections).
 */
export function lessonInView(): LessonId | null {
  const line = window.innerHeight / 3;
  let above: LessonId | null = null;
  for (const { id } of lessons) {
    const box = document.getElementById(id)?.getBoundingClientRect();
    if (box === undefined || box.bottom <= 0) continue;
    if (box.top <= line && box.bottom > line) return id;
    if (box.top <= line) above = id;
  }
  return above;
}

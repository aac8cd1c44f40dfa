/**
 * The lessons in the article's order, as data: a stable id (usable as a #link) and its
 * number. The id list itself lives in the settings schema, which validates `ls=` links.
 */
import { lessonIds, type LessonId } from '../store/config-schema';

export { lessonIds, type LessonId };

export function isLessonId(value: unknown): value is LessonId {
  return typeof value === 'string' && (lessonIds as readonly string[]).includes(value);
}

export interface LessonMeta {
  readonly id: LessonId;
  readonly number: number;
}

export const lessons: readonly LessonMeta[] = lessonIds.map((id, index) => ({
  id,
  number: index + 1,
}));

/** Lesson: scale. Not built yet: shows the shared placeholder. */
import { LessonPlaceholder } from '../../ui/LessonPlaceholder';

export default function ScaleLesson() {
  return <LessonPlaceholder />;
}

/** Lesson: loss. Not built yet: shows the shared placeholder. */
import { LessonPlaceholder } from '../../ui/LessonPlaceholder';

export default function LossLesson() {
  return <LessonPlaceholder />;
}

/** Lesson: forward. Not built yet: shows the shared placeholder. */
import { LessonPlaceholder } from '../../ui/LessonPlaceholder';

export default function ForwardLesson() {
  return <LessonPlaceholder />;
}

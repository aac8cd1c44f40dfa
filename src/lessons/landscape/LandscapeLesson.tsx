/** Lesson: landscape. Not built yet: shows the shared placeholder. */
import { LessonPlaceholder } from '../../ui/LessonPlaceholder';

export default function LandscapeLesson() {
  return <LessonPlaceholder />;
}

/** Lesson: learning-rate. Not built yet: shows the shared placeholder. */
import { LessonPlaceholder } from '../../ui/LessonPlaceholder';

export default function LearningRateLesson() {
  return <LessonPlaceholder />;
}

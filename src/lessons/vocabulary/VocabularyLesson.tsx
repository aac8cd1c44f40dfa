/** Lesson: vocabulary. Not built yet: shows the shared placeholder. */
import { LessonPlaceholder } from '../../ui/LessonPlaceholder';

export default function VocabularyLesson() {
  return <LessonPlaceholder />;
}

/** What a lesson shows until its view is built. */
import { useT } from './i18n';

export function LessonPlaceholder() {
  const t = useT();
  return <p className="placeholder">{t('lesson.placeholder')}</p>;
}

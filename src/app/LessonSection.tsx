/** One lesson: a linkable section with its number, title, summary and (lazy) content. */
import { Suspense } from 'react';
import type { MessageKey } from '../ui/messages/en';
import { useT } from '../ui/i18n';
import { lessonViews } from './lesson-views';
import type { LessonMeta } from './lessons';

export function LessonSection({ lesson }: { lesson: LessonMeta }) {
  const t = useT();
  const View = lessonViews[lesson.id];
  const titleId = `${lesson.id}-title`;
  return (
    <section id={lesson.id} className="lesson" aria-labelledby={titleId}>
      <h2 id={titleId}>
        <span className="numbers">{lesson.number}.</span>{' '}
        {t(`lesson.${lesson.id}.title` as MessageKey)}
      </h2>
      <p className="summary">{t(`lesson.${lesson.id}.summary` as MessageKey)}</p>
      <Suspense fallback={<p className="placeholder">…</p>}>
        <View />
      </Suspense>
    </section>
  );
}

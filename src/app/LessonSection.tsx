/**
 * One lesson: a linkable section with its number, title, summary and (lazy) content. On the
 * learner's page its heading row also offers an Embed button; presenter mode leaves that out;
 * an embed shows the content alone (its title kept for assistive technology only).
 */
import { lazy, Suspense, useCallback, useRef, useState } from 'react';
import type { MessageKey } from '../ui/messages/en';
import { useT } from '../ui/i18n';
import { FailIfAsked } from './boundary/fail-switch';
import { LessonBoundary } from './boundary/LessonBoundary';
import { useCodeAhead } from './code-ahead';
import { FIRST_SCREEN_LESSON, lessonViews, loadLessonAhead } from './lesson-views';
import { useNearViewport } from './near-viewport';
import { readHashTarget } from './url-hash';
import type { LessonMeta } from './lessons';
import { currentEmbedUrl } from './url-sync';

const EmbedDialog = lazy(() => import('./deferred').then((m) => ({ default: m.EmbedDialog })));

export type LessonChrome = 'page' | 'presenter' | 'embed';

export function LessonSection({
  lesson,
  chrome = 'page',
}: {
  lesson: LessonMeta;
  chrome?: LessonChrome;
}) {
  const t = useT();
  // The embed address is taken when the dialog opens: it shows the settings of that moment.
  const [embedSrc, setEmbedSrc] = useState<string | null>(null);
  const View = lessonViews[lesson.id];
  const titleId = `${lesson.id}-title`;
  const title = t(`lesson.${lesson.id}.title` as MessageKey);
  const embed = chrome === 'embed';
  const section = useRef<HTMLElement>(null);
  // The first lesson, or a lesson shown alone, is wanted now; the one a link points at, as
  // soon as the page is in the browser (the build's HTML cannot know the link).
  const near = useNearViewport(
    section,
    lesson.id === FIRST_SCREEN_LESSON || chrome !== 'page',
    useCallback(() => isLinkTarget(lesson.id), [lesson.id]),
  );
  useCodeAhead(
    section,
    useCallback(() => loadLessonAhead(lesson.id), [lesson.id]),
    near,
  );
  const pending = <p className="placeholder lesson-pending">{t('lesson.loading')}</p>;
  return (
    <section id={lesson.id} className="lesson" aria-labelledby={titleId} ref={section}>
      <div className={embed ? 'visually-hidden' : 'lesson-head'}>
        {/* Focusable from script: presenter mode moves focus here on a lesson change. */}
        <h2 id={titleId} tabIndex={-1}>
          <span className="numbers">{lesson.number}.</span> {title}
        </h2>
        {chrome === 'page' && (
          <button
            type="button"
            className="button"
            onClick={() => setEmbedSrc(currentEmbedUrl(lesson.id))}
          >
            {t('embed.open')} <span className="visually-hidden">{title}</span>
          </button>
        )}
      </div>
      {!embed && <p className="summary">{t(`lesson.${lesson.id}.summary` as MessageKey)}</p>}
      <LessonBoundary lesson={lesson.id}>
        <FailIfAsked lesson={lesson.id} />
        {/* A Suspense boundary whether near or not, so the build's HTML (placeholder) and
            the browser's tree have the same shape; a new one once near, so the placeholder
            is not kept hidden beside the fallback while the code loads. */}
        <Suspense key={near ? 'view' : 'pending'} fallback={pending}>
          {near ? <View /> : pending}
        </Suspense>
      </LessonBoundary>
      {embedSrc !== null && (
        <Suspense fallback={null}>
          <EmbedDialog lesson={lesson} src={embedSrc} onClose={() => setEmbedSrc(null)} />
        </Suspense>
      )}
    </section>
  );
}

function isLinkTarget(lesson: string): boolean {
  const { id } = readHashTarget(window.location.hash);
  return id !== null && (id === lesson || id.startsWith(`${lesson}-`));
}

/**
 * Presenter mode: one lesson at a time in large, high-contrast type, for a lecture hall. The
 * header's tools and the lesson list give way to "Lesson N of 12" with previous/next, the
 * transport bar stays only where the lesson uses it, and the keyboard (or a clicker) drives it:
 * the forward keys do the lesson's primary action, which the bar names.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useConfig } from '../../store/config';
import { useLessonT, useT } from '../../ui/i18n';
import { LiveAnnouncer } from '../announcer/LiveAnnouncer';
import { EngineErrorBanner } from '../EngineErrorBanner';
import { LessonSection } from '../LessonSection';
import { lessonMeta, usesMainRun } from '../lesson-modes';
import { lessons } from '../lessons';
import { MainTransport } from '../MainTransport';
import { resetMain, stepMain } from '../main-actions';
import { canFullScreen, isFullScreen, leavePresenter, requestFullScreen } from '../modes';
import { Notices } from '../Notices';
import { useFitLesson } from './fit-lesson';
import { HelpDialog } from './HelpDialog';
import { presenterAction, type PresenterAction } from './keys';
import { messages } from './messages';
import { MoreToggle } from './MoreToggle';
import { PrimaryHint } from './PrimaryHint';
import { useLessonAction } from './use-lesson-action';
import './presenter.css';

function useFullScreenState(): boolean {
  const [fullScreen, setFullScreen] = useState(isFullScreen);
  useEffect(() => {
    const update = () => setFullScreen(isFullScreen());
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  return fullScreen;
}

/** Lesson number (1-based) to show; out-of-range numbers are ignored. */
function goToLesson(number: number): void {
  const target = lessons[number - 1];
  if (target !== undefined) useConfig.getState().setAppField('lesson', target.id);
}

/** A bad link's notices, folded away so they do not push the projected lesson down. */
function CollapsedNotices({ label }: { label: (count: number) => string }) {
  const count = useConfig((state) => state.notices.length);
  if (count === 0) return null;
  return (
    <details className="presenter-notices">
      <summary>{label(count)}</summary>
      <Notices />
    </details>
  );
}

export default function PresenterApp() {
  const t = useT();
  const pt = useLessonT(messages);
  const lessonId = useConfig((state) => state.app.lesson);
  const [helpOpen, setHelpOpen] = useState(false);
  // The lesson's secondary blocks, folded away until the presenter opens them (per lesson).
  const [moreOpenFor, setMoreOpenFor] = useState<string | null>(null);
  const moreOpen = moreOpenFor === lessonId;
  const fullScreen = useFullScreenState();
  const lesson = lessonMeta(lessonId);
  const hasRun = usesMainRun(lessonId);
  const lessonAction = useLessonAction(lessonId, () => goToLesson(lesson.number + 1));
  // The keys call the latest forward move, without re-binding on every render of the run.
  const forward = useRef(lessonAction.forward);
  useEffect(() => {
    forward.current = lessonAction.forward;
  });

  useFitLesson(lessonId);

  // A new lesson takes the focus (and the screen reader) to its title, at the top.
  useEffect(() => {
    document.getElementById(`${lessonId}-title`)?.focus({ preventScroll: true });
    document.documentElement.scrollTop = 0;
  }, [lessonId]);

  const perform = useCallback(
    (action: PresenterAction): boolean => {
      switch (action.type) {
        case 'primary':
          // Even a press that waits for the lesson to load keeps the page from scrolling.
          forward.current();
          return true;
        case 'step':
        case 'reset':
          if (!hasRun) return false;
          if (action.type === 'step') stepMain('stage');
          else resetMain();
          return true;
        case 'lesson':
          goToLesson(lesson.number + action.delta);
          return true;
        case 'jump':
          goToLesson(action.number);
          return true;
        case 'help':
          setHelpOpen(true);
          return true;
      }
    },
    [hasRun, lesson.number],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = presenterAction(event);
      if (action !== null && perform(action)) event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [perform]);

  return (
    <div className="presenter" data-more={moreOpen ? 'open' : 'folded'}>
      <nav className="presenter-bar" aria-label={pt('bar')}>
        <button
          type="button"
          className="button"
          disabled={lesson.number === 1}
          onClick={() => goToLesson(lesson.number - 1)}
        >
          {pt('previous')}
        </button>
        <span className="presenter-position">
          {pt('lessonOf', { n: lesson.number, total: lessons.length })}
        </span>
        <button
          type="button"
          className="button"
          disabled={lesson.number === lessons.length}
          onClick={() => goToLesson(lesson.number + 1)}
        >
          {pt('next')}
        </button>
        <PrimaryHint action={lessonAction} last={lesson.number === lessons.length} />
        <span className="presenter-spacer" />
        <MoreToggle
          lesson={lessonId}
          open={moreOpen}
          onToggle={(open) => setMoreOpenFor(open ? lessonId : null)}
        />
        {canFullScreen() && !fullScreen && (
          <button type="button" className="button primary" onClick={requestFullScreen}>
            {pt('fullScreen')}
          </button>
        )}
        <button
          type="button"
          className="button"
          aria-keyshortcuts="?"
          onClick={() => setHelpOpen(true)}
        >
          {pt('help')}
        </button>
        <button type="button" className="button" onClick={leavePresenter}>
          {pt('leave')}
        </button>
      </nav>
      <CollapsedNotices label={(n) => pt('notices', { n })} />
      <EngineErrorBanner />
      {hasRun && (
        <div className="sticky-bar" role="region" aria-label={t('transport.label')}>
          <MainTransport />
        </div>
      )}
      <main id="lessons">
        <h1 className="visually-hidden">{t('app.title')}</h1>
        <LessonSection key={lessonId} lesson={lesson} chrome="presenter" />
        <LiveAnnouncer />
      </main>
      {helpOpen && <HelpDialog onClose={() => setHelpOpen(false)} />}
    </div>
  );
}

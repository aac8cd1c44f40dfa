/**
 * Embed mode (`?embed=<lesson id>`): one lesson's widget alone, for an iframe in someone else's
 * page. It has no header or lesson list; the transport bar stays only for lessons that drive the
 * main run. It reports its height to the host and obeys the host's few validated messages.
 * Its layout is the lesson's compact one (embed.css): at most 900 px tall in a 700 px column.
 */
import { useEffect, useRef, type RefObject } from 'react';
import { useConfig } from '../../store/config';
import { useT } from '../../ui/i18n';
import { LiveAnnouncer } from '../announcer/LiveAnnouncer';
import { EngineErrorBanner } from '../EngineErrorBanner';
import { LessonSection } from '../LessonSection';
import { lessonMeta, usesMainRun } from '../lesson-modes';
import type { LessonId } from '../lessons';
import { MainTransport } from '../MainTransport';
import { Notices } from '../Notices';
import { createHeightPoster } from './height-poster';
import { parseHostMessage, resizeMessage } from './protocol';
import './embed.css';

/**
 * Whether the lesson is in, not waiting: the lesson's code arrives after the shell's, and some
 * figures wait for the engine; both show a `.placeholder` meanwhile, whose height is no
 * height to tell the host. (A placeholder in a part the embed hides does not count.)
 */
function isReady(root: HTMLElement): boolean {
  for (const placeholder of root.querySelectorAll('.placeholder')) {
    if (placeholder.getClientRects().length > 0) return false;
  }
  return true;
}

/** Tells the host the root's height (see height-poster for when) and answers the host. */
function useHostConnection(root: RefObject<HTMLElement | null>, lesson: LessonId): void {
  useEffect(() => {
    const element = root.current;
    const host = window.parent;
    if (element === null || host === window) return;
    const poster = createHeightPoster({
      post: (height) => host.postMessage(resizeMessage(lesson, height), '*'),
    });
    const measure = () => poster.measure(element.getBoundingClientRect().height, isReady(element));
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    measure();

    const onMessage = (event: MessageEvent) => {
      if (event.source !== host) return;
      const message = parseHostMessage(event.data);
      if (message === null) return;
      if (message.type === 'set-theme') useConfig.getState().setAppField('theme', message.theme);
      else poster.request();
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
      poster.dispose();
      window.removeEventListener('message', onMessage);
    };
  }, [root, lesson]);
}

export default function EmbedApp({ lesson }: { lesson: LessonId }) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  useHostConnection(root, lesson);
  const meta = lessonMeta(lesson);
  return (
    <div className="embed-root" ref={root}>
      <main id="lessons">
        <h1 className="visually-hidden">{t('app.title')}</h1>
        {/* An author whose link has a bad value sees why, in the widget itself. */}
        <Notices />
        <EngineErrorBanner />
        {usesMainRun(lesson) && (
          <div className="embed-transport">
            <MainTransport />
          </div>
        )}
        <LessonSection lesson={meta} chrome="embed" />
        <LiveAnnouncer />
      </main>
    </div>
  );
}

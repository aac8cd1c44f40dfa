/**
 * Embed mode (`?embed=<lesson id>`): one lesson's widget alone, for an iframe in someone else's
 * page. It has no header or lesson list; the transport bar stays only for lessons that drive the
 * main run. It reports its height to the host and obeys the host's few validated messages.
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
import { parseHostMessage, resizeMessage } from './protocol';

/** Posts the root's height to the host now and whenever it changes; answers the host. */
function useHostConnection(root: RefObject<HTMLElement | null>, lesson: LessonId): void {
  useEffect(() => {
    const element = root.current;
    const host = window.parent;
    if (element === null || host === window) return;
    let posted = -1;
    const post = (force: boolean) => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === posted && !force) return;
      posted = height;
      host.postMessage(resizeMessage(lesson, height), '*');
    };
    const observer = new ResizeObserver(() => post(false));
    observer.observe(element);
    post(false);

    const onMessage = (event: MessageEvent) => {
      if (event.source !== host) return;
      const message = parseHostMessage(event.data);
      if (message === null) return;
      if (message.type === 'set-theme') useConfig.getState().setAppField('theme', message.theme);
      else post(true);
    };
    window.addEventListener('message', onMessage);
    return () => {
      observer.disconnect();
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

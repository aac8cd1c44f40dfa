/**
 * The shell. The learner's page: header, notices, the sticky transport bar and lesson links,
 * then every lesson. Presenter mode (`mode=presenter`) and embed mode (`embed=<lesson>`) are
 * other layouts of the same lessons, loaded only when asked for.
 */
import { lazy, Suspense } from 'react';
import { useConfig } from '../store/config';
import { useT } from '../ui/i18n';
import { LiveAnnouncer } from './announcer/LiveAnnouncer';
import { EngineErrorBanner } from './EngineErrorBanner';
import { Header } from './Header';
import { LessonSection } from './LessonSection';
import { LessonNav } from './LessonNav';
import { lessons } from './lessons';
import { MainTransport } from './MainTransport';
// In the first bundle: a component that suspends on the first render made React hold the
// first paint until the deferred chunk arrived (first contentful paint 0.6–1.2 s).
import { Notices } from './Notices';

const PresenterApp = lazy(() => import('./deferred').then((m) => ({ default: m.PresenterApp })));
const EmbedApp = lazy(() => import('./deferred').then((m) => ({ default: m.EmbedApp })));

export function App() {
  const embed = useConfig((state) => state.app.embed);
  const mode = useConfig((state) => state.app.mode);
  if (embed !== undefined) {
    return (
      <Suspense fallback={null}>
        <EmbedApp lesson={embed} />
      </Suspense>
    );
  }
  if (mode === 'presenter') {
    return (
      <Suspense fallback={null}>
        <PresenterApp />
      </Suspense>
    );
  }
  return <LearnerApp />;
}

function LearnerApp() {
  const t = useT();

  return (
    <>
      <a className="skip-link" href="#lessons">
        {t('app.skip')}
      </a>
      {/* Each part is its own Suspense boundary, so React can adopt the build's HTML part by
          part: a click on Play before it has finished makes it hurry the bar alone, not the
          whole page. (Nothing in them suspends: the fallbacks are never shown.) */}
      <Suspense fallback={null}>
        <Header />
      </Suspense>
      <Notices />
      <EngineErrorBanner />
      {/* A landmark, so the controls are found like the rest of the page. */}
      <div className="sticky-bar page-bar" role="region" aria-label={t('transport.label')}>
        <Suspense fallback={null}>
          <MainTransport />
        </Suspense>
        <Suspense fallback={null}>
          <LessonNav />
        </Suspense>
      </div>
      <main id="lessons">
        {lessons.map((lesson) => (
          <Suspense key={lesson.id} fallback={null}>
            <LessonSection lesson={lesson} />
          </Suspense>
        ))}
        <LiveAnnouncer />
      </main>
    </>
  );
}

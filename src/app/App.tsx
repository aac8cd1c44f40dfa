/** The shell: header, notices, the sticky transport bar and lesson links, then the lessons. */
import { useT } from '../ui/i18n';
import type { MessageKey } from '../ui/messages/en';
import { EngineErrorBanner } from './EngineErrorBanner';
import { Header } from './Header';
import { LessonSection } from './LessonSection';
import { lessons } from './lessons';
import { MainTransport } from './MainTransport';
import { Notices } from './Notices';

export function App() {
  const t = useT();
  return (
    <>
      <a className="skip-link" href="#lessons">
        {t('app.skip')}
      </a>
      <Header />
      <Notices />
      <EngineErrorBanner />
      <div className="sticky-bar">
        <MainTransport />
        <nav className="lesson-nav" aria-label={t('nav.label')}>
          <ol>
            {lessons.map((lesson) => (
              <li key={lesson.id}>
                <a href={`#${lesson.id}`}>
                  <span className="numbers">{lesson.number}</span>{' '}
                  {t(`lesson.${lesson.id}.title` as MessageKey)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      </div>
      <main id="lessons">
        {lessons.map((lesson) => (
          <LessonSection key={lesson.id} lesson={lesson} />
        ))}
      </main>
    </>
  );
}

/**
 * Lesson 7: the loss landscape. Part A puts the main run on the real loss surface of the
 * article's neuron; part B races three optimisers on a designed surface with two valleys.
 */
import { useLessonT } from '../../ui/i18n';
import { MAIN_RUN_ACTION, usePrimaryAction } from '../../ui/primary-action';
import { messages } from './messages';
import { RealLandscape } from './RealLandscape';
import { SurfaceRace } from './SurfaceRace';
import './landscape.css';

export default function LandscapeLesson() {
  const t = useLessonT(messages);
  // Part A comes first: a clicker plays the main run, whose path crosses the real surface.
  usePrimaryAction('landscape', MAIN_RUN_ACTION);
  return (
    <div className="landscape-lesson">
      <p data-presenter="secondary">{t('intro')}</p>
      <RealLandscape />
      <SurfaceRace />
    </div>
  );
}

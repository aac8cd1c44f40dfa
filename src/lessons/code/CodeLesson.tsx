/**
 * Lesson 10: the code. The training loop as short TypeScript and Python with the lines of the
 * engine's current stage marked as the main run steps, and "Run the article's program", which
 * prints exactly what that program prints for the chosen settings, next to an honest
 * comparison with the output the article shows.
 */
import { useLessonT } from '../../ui/i18n';
import { MAIN_RUN_ACTION, usePrimaryAction } from '../../ui/primary-action';
import { MAIN_RUN } from '../shared/lesson-model';
import { StepControls } from '../shared/StepControls';
import { LoopInCode } from './LoopInCode';
import { messages } from './messages';
import { ProgramRunner } from './ProgramRunner';
import './code.css';

export default function CodeLesson() {
  const t = useLessonT(messages);
  // A clicker plays the main run, and the listing marks each stage's lines as it runs. (The
  // article's program has already run on arrival; running it again shows the same lines.)
  usePrimaryAction('code', MAIN_RUN_ACTION);
  return (
    <div className="code-lesson">
      <h3>{t('loop.title')}</h3>
      <p data-presenter="secondary">{t('loop.intro')}</p>
      <StepControls runId={MAIN_RUN} />
      <LoopInCode runId={MAIN_RUN} />
      <ProgramRunner />
    </div>
  );
}

/**
 * Lesson 3: loss. The worked arithmetic for the chosen model's latest guess (the article's
 * neuron is the main run; the three-class classifier its own run), the article program's
 * per-sample losses and epoch total, and a race between the two losses that can train the
 * three-class model.
 */
import { useConfig } from '../../store/config';
import { useLessonT } from '../../ui/i18n';
import { classNames } from '../shared/model-info';
import { ModelPicker } from '../shared/ModelPicker';
import { MAIN_RUN, useLessonRun } from '../shared/lesson-model';
import { StepControls } from '../shared/StepControls';
import { sharedMessages } from '../shared/step-messages';
import { useStepView } from '../shared/use-step-view';
import { ArticleExampleLoss } from './ArticleExampleLoss';
import { ArticleLedger, useEpochLedger } from './ArticleLedger';
import { LossRace } from './LossRace';
import { messages } from './messages';
import { WorkedLossPanel } from './WorkedLossPanel';
import './loss.css';

export default function LossLesson() {
  const t = useLessonT(messages);
  const shared = useLessonT(sharedMessages);
  const { model, runId } = useLessonRun();
  const view = useStepView();
  const mainIsArticle = useConfig((state) => state.run.model === 'article');
  // Collected all the time, so stepping from another lesson still fills this epoch's table.
  const ledger = useEpochLedger(MAIN_RUN);
  const outputs = view?.layerSizes[view.layerSizes.length - 1] ?? 1;

  return (
    <div className="loss-lesson">
      <ArticleExampleLoss />
      <ModelPicker />
      <StepControls runId={runId} stage="loss" />
      <h3>{t('worked.title')}</h3>
      <WorkedLossPanel
        detail={view?.detail ?? null}
        classNames={view === null ? [] : classNames(view.info, outputs, shared)}
        trainingLoss={view?.info.loss ?? 'article'}
      />
      {model === 'article' && mainIsArticle && <ArticleLedger runId={MAIN_RUN} ledger={ledger} />}
      <LossRace />
    </div>
  );
}

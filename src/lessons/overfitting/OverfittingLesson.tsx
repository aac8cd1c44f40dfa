/**
 * Lesson: overfitting. A small lab with its own run ('fit'): 2-D data, a network whose size the
 * learner sets, its decision boundary and its training and validation curves; presets that
 * underfit, overfit and fit; the fixes; points added by clicking; and a batch-size comparison.
 */
import { useLessonT } from '../../ui/i18n';
import { AddPoints } from './AddPoints';
import { ArticleFifth } from './ArticleFifth';
import { BatchCompare } from './BatchCompare';
import { BoundaryPanel } from './BoundaryPanel';
import { DataControls } from './DataControls';
import { FitCurves } from './FitCurves';
import { FitTransport } from './FitTransport';
import { FixControls } from './FixControls';
import { useDataLink, useLabWaits } from './data-link';
import { messages } from './messages';
import { MissingData } from './MissingData';
import { NetworkView } from './NetworkView';
import { FIT_RUN } from './presets';
import { PresetPicker } from './PresetPicker';
import { ResultsTable } from './ResultsTable';
import { useFitRun } from './use-fit-run';
import { useThrottledRun } from '../../store/throttled';
import './overfitting.css';

export default function OverfittingLesson() {
  const t = useLessonT(messages);
  useFitRun();
  useDataLink();
  // A link names data the lab does not have: say so instead of training on something else.
  const waiting = useLabWaits();
  const run = useThrottledRun(FIT_RUN);
  return (
    <div className="overfitting-lesson">
      <p data-presenter="secondary">{t('intro')}</p>
      <PresetPicker />
      {waiting ? (
        <MissingData />
      ) : (
        <>
          <FitTransport />
          <div className="fit-lab">
            <div className="fit-plot">
              <BoundaryPanel run={run} />
              <AddPoints />
            </div>
            <div className="fit-side">
              <FitCurves run={run} />
              <ResultsTable />
              <DataControls />
            </div>
          </div>
        </>
      )}
      <NetworkView />
      <FixControls />
      <BatchCompare />
      <ArticleFifth />
    </div>
  );
}

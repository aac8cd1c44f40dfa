/**
 * What became of a sample after its forward pass, told in the forward-pass lesson when the
 * learner finishes the sample there: its loss, and the update's old → new for each parameter
 * (or, when the batch is still open, that its gradient waits for the others). Every number
 * is the engine's: the loss it measured, the parameters before and after its update.
 */
import { FormulaText } from '../../ui/Formula';
import { useLessonT } from '../../ui/i18n';
import { formatExact, paramLayout } from '../../ui/network';
import { nodeLabels, paramName } from './model-info';
import { sharedMessages } from './step-messages';
import type { StepView } from './use-step-view';

/** Past this many parameters the list stops and says how many more moved. */
const MAX_LISTED = 6;

export function SampleFinished({ view }: { view: StepView }) {
  const t = useLessonT(sharedMessages);
  const { detail } = view;
  if (detail === null || (detail.stage !== 'update' && detail.stage !== 'backprop')) return null;
  const update = detail.stage === 'update' ? detail.lastUpdate : null;
  const labels = nodeLabels(view.info, view.layerSizes, t);
  const layout = paramLayout(view.layerSizes);
  const listed = layout.slice(0, MAX_LISTED);
  return (
    <div className="worked sample-finished">
      <p className="worked-title">{t('finished.title')}</p>
      {Number.isFinite(detail.sampleLoss) && (
        <p>{t('finished.loss', { loss: formatExact(detail.sampleLoss) })}</p>
      )}
      {update === null ? (
        <p>{t('finished.batch')}</p>
      ) : (
        <>
          <p>{t('finished.update')}</p>
          <ul className="numbers">
            {listed.map((p) => (
              <li key={p.index}>
                <FormulaText
                  text={`${paramName(view.info, p, labels)}: ${formatExact(update.paramsBefore[p.index] ?? NaN)} → ${formatExact(detail.params[p.index] ?? NaN)}`}
                />
              </li>
            ))}
          </ul>
          {layout.length > listed.length && (
            <p>{t('finished.more', { n: layout.length - listed.length })}</p>
          )}
        </>
      )}
      <p>{t('finished.next')}</p>
    </div>
  );
}

/**
 * Lesson 2: the forward pass. The chosen model's drawing with the current sample flowing
 * through it, the weighted sums written out with the engine's numbers, and the prediction
 * as labelled bars.
 */
import { useLessonT } from '../../ui/i18n';
import { formatExact, networkMessages, PredictionBars } from '../../ui/network';
import { classNames, nodeLabels, trueClassOf } from '../shared/model-info';
import { StepLessonFrame } from '../shared/StepLessonFrame';
import { StepNetwork } from '../shared/StepNetwork';
import { sharedMessages } from '../shared/step-messages';
import { forwardParams, forwardSerial, outputsOf } from '../shared/step-values';
import type { StepView } from '../shared/use-step-view';
import { ArticleExampleSection } from './ArticleExample';
import { messages } from './messages';
import { WeightedSums } from './WeightedSums';

/** Up to the three-class model's nine numbers, every weight and bias fits on the drawing. */
const MAX_LABELLED_PARAMS = 9;

export default function ForwardLesson() {
  const t = useLessonT(messages);
  return (
    <StepLessonFrame
      className="forward-lesson"
      stage="forward"
      intro={
        <>
          <p>{t('intro')}</p>
          <ArticleExampleSection />
        </>
      }
    >
      {(view) => <ForwardView view={view} />}
    </StepLessonFrame>
  );
}

function ForwardView({ view }: { view: StepView }) {
  const t = useLessonT(messages);
  const shared = useLessonT(sharedMessages);
  const strings = useLessonT(networkMessages);
  const { detail, layerSizes, info } = view;
  const labels = nodeLabels(info, layerSizes, shared);
  const params = detail === null ? view.params : forwardParams(detail);
  const outputs = detail === null ? null : outputsOf(detail.activations);
  return (
    <div className="lesson-columns">
      <StepNetwork
        view={view}
        caption={t('figure')}
        tooBig={(count) => t('tooBig', { params: count })}
        params={params}
        input={view.input}
        preActivations={detail?.preActivations ?? null}
        activations={detail?.activations ?? null}
        flowKey={detail === null ? null : `${view.runId}-${forwardSerial(detail)}`}
        showAllValues={params.length <= MAX_LABELLED_PARAMS}
      />
      <div>
        <SampleLine view={view} labels={labels} />
        <h3 className="worked-title">{t('sumsTitle')}</h3>
        {detail === null ? (
          <p className="hint">{t(view.input === null ? 'playing' : 'sumsPending')}</p>
        ) : (
          <WeightedSums
            layerSizes={layerSizes}
            params={params}
            preActivations={detail.preActivations}
            activations={detail.activations}
            layerActivations={info.activations}
            labels={labels}
            t={t}
          />
        )}
        {detail?.stage === 'update' && <p className="hint">{t('oldWeights')}</p>}
        <h3 className="worked-title">{t('predictionTitle')}</h3>
        <PredictionBars
          outputs={outputs}
          classNames={classNames(info, layerSizes[layerSizes.length - 1] ?? 1, shared)}
          trueClass={trueClassOf(view.target)}
          strings={strings}
        />
      </div>
    </div>
  );
}

function SampleLine({ view, labels }: { view: StepView; labels: readonly (readonly string[])[] }) {
  const t = useLessonT(messages);
  const shared = useLessonT(sharedMessages);
  if (view.input === null || view.target === null) return null;
  const inputs = Array.from(view.input, (x, i) => `${labels[0]?.[i] ?? ''} ${formatExact(x)}`).join(
    ', ',
  );
  const outputs = view.target.length;
  const names = classNames(view.info, outputs, shared);
  const truth = trueClassOf(view.target) ?? 0;
  return (
    <p>
      {t(view.detail === null ? 'sampleNext' : 'sampleNow', { inputs })}{' '}
      {outputs === 1
        ? t('truthOne', { name: names[truth] ?? '', y: formatExact(view.target[0] as number) })
        : t('truthClass', { name: names[truth] ?? '' })}
    </p>
  );
}

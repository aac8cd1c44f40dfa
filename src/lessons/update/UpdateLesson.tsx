/**
 * Lesson 5: the weight update. For every parameter, old − learning rate × gradient = new with
 * the engine's numbers, and the drawing's lines growing or shrinking from their old size.
 */
import { FormulaText } from '../../ui/Formula';
import { useLessonT } from '../../ui/i18n';
import { formatExact, paramLayout } from '../../ui/network';
import { nodeLabels, paramName } from '../shared/model-info';
import { StepLessonFrame } from '../shared/StepLessonFrame';
import { StepNetwork } from '../shared/StepNetwork';
import { sharedMessages } from '../shared/step-messages';
import type { StepView } from '../shared/use-step-view';
import { GradientsReady } from './GradientsReady';
import { messages } from './messages';
import { UpdateTable } from './UpdateTable';

export default function UpdateLesson() {
  const t = useLessonT(messages);
  return (
    <StepLessonFrame
      className="update-lesson"
      stage="update"
      intro={
        <>
          <p>{t('intro')}</p>
          {/* A rule in words: it reads in the page's direction, in the text face. */}
          <p className="worked">{t('rule')}</p>
        </>
      }
    >
      {(view) => <UpdateView view={view} />}
    </StepLessonFrame>
  );
}

function UpdateView({ view }: { view: StepView }) {
  const t = useLessonT(messages);
  const shared = useLessonT(sharedMessages);
  const { detail, layerSizes, info, config } = view;
  const update = detail?.stage === 'update' ? detail.lastUpdate : null;
  const labels = nodeLabels(info, layerSizes, shared);
  const layout = paramLayout(layerSizes);
  const names = layout.map((p) => paramName(info, p, labels));
  const plainRule = info.optimizer === 'sgd' && info.weightDecay === 0;
  const batch = info.kind === 'article' ? 1 : config.batchSize;
  return (
    <div className="lesson-columns">
      <StepNetwork
        view={view}
        caption={t('figure')}
        tooBig={(count) => t('tooBig', { params: count })}
        params={view.params}
        input={view.input}
        preActivations={null}
        activations={null}
        showNeuronValues={false}
        paramsBefore={update?.paramsBefore ?? null}
        updateKey={detail === null ? null : `${view.runId}-${detail.counters.updates}`}
        showAllValues={view.params.length <= 3}
      />
      <div>
        {detail !== null && update === null && detail.nextStage === 'update' ? (
          <GradientsReady
            params={layout}
            names={names}
            now={view.params}
            gradient={detail.grads}
            batch={batch}
            t={t}
          />
        ) : update === null || detail === null ? (
          <>
            <p className="hint">{t(view.input === null ? 'playing' : 'pending')}</p>
            <CurrentParams names={names} params={view.params} title={t('nowTitle')} />
          </>
        ) : (
          <>
            <UpdateTable
              params={layout}
              names={names}
              update={update}
              after={detail.params}
              plainRule={plainRule}
              t={t}
            />
            {info.kind === 'article' && <p className="hint">{t('article')}</p>}
            {batch > 1 && <p className="hint">{t('batchMean', { n: batch })}</p>}
            {info.optimizer !== 'sgd' && (
              <p className="hint">{t('otherOptimizer', { name: info.optimizer })}</p>
            )}
            {info.optimizer === 'sgd' && info.weightDecay !== 0 && (
              <p className="hint">{t('weightDecay')}</p>
            )}
          </>
        )}
      </div>
    </div>
  );
}

function CurrentParams(props: { names: readonly string[]; params: Float64Array; title: string }) {
  return (
    <>
      <p className="worked-title">{props.title}</p>
      <p className="numbers">
        <FormulaText
          text={props.names
            .map((name, k) => `${name} = ${formatExact(props.params[k] ?? NaN)}`)
            .join(', ')}
        />
      </p>
    </>
  );
}

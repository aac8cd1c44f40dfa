/**
 * Lesson 4: backpropagation. The gradient of every weight on the drawing (thickness = share
 * of the blame), a table of them, the chain rule of a selected parameter with its numbers,
 * the article's factor 2, and a numerical check computed by the engine.
 */
import { useState } from 'react';
import type { StepDetail } from '../../engine/protocol';
import { useLessonT } from '../../ui/i18n';
import { paramLayout } from '../../ui/network';
import { classNames, nodeLabels, paramName } from '../shared/model-info';
import { StepLessonFrame } from '../shared/StepLessonFrame';
import { StepNetwork } from '../shared/StepNetwork';
import { sharedMessages } from '../shared/step-messages';
import { forwardParams, stepGradient } from '../shared/step-values';
import type { StepView } from '../shared/use-step-view';
import { BlameTable } from './BlameTable';
import { ChainRule } from './ChainRule';
import { FactorTwo } from './FactorTwo';
import { GradientCheck } from './GradientCheck';
import { LossLine } from './LossLine';
import { messages } from './messages';

export default function BackpropLesson() {
  const t = useLessonT(messages);
  return (
    <StepLessonFrame className="backprop-lesson" stage="backprop" intro={<p>{t('intro')}</p>}>
      {(view) => <BackpropView key={`${view.runId}-${view.params.length}`} view={view} />}
    </StepLessonFrame>
  );
}

function BackpropView({ view }: { view: StepView }) {
  const t = useLessonT(messages);
  const shared = useLessonT(sharedMessages);
  // The first weight until the learner picks another parameter.
  const [selected, setSelected] = useState(0);
  const { detail, layerSizes, info } = view;
  const gradient = detail === null ? null : stepGradient(detail);
  const params = detail === null ? view.params : forwardParams(detail);
  const labels = nodeLabels(info, layerSizes, shared);
  const layout = paramLayout(layerSizes);
  const names = layout.map((p) => paramName(info, p, labels));
  return (
    <div className="lesson-columns">
      <div>
        <StepNetwork
          view={view}
          caption={t(gradient === null ? 'figureBefore' : 'figure')}
          tooBig={(count) => t('tooBig', { params: count })}
          params={params}
          input={view.input}
          preActivations={detail?.preActivations ?? null}
          activations={detail?.activations ?? null}
          // Before a forward pass there are no values to write on the neurons.
          showNeuronValues={detail !== null}
          gradients={gradient}
          // Until backpropagation has run the lines show what exists: the weights.
          emphasis={gradient === null ? 'weight' : 'gradient'}
          selected={selected}
          onSelect={setSelected}
          showAllValues={params.length <= 3}
        />
        {detail !== null && gradient !== null && (
          <BlameTable params={layout} names={names} gradient={gradient} t={t} />
        )}
      </div>
      <div>
        {detail === null ? (
          <p className="hint">{t(view.input === null ? 'playing' : 'pending')}</p>
        ) : (
          <>
            <h3 className="worked-title">{t('lossTitle')}</h3>
            <LossLine
              info={info}
              detail={detail}
              classNames={classNames(info, layerSizes[layerSizes.length - 1] ?? 1, shared)}
              t={t}
            />
            {gradient === null ? (
              <p className="hint">{t('pending')}</p>
            ) : (
              <Explanation
                view={view}
                detail={detail}
                gradient={gradient}
                params={params}
                selected={selected}
                name={names[selected] ?? ''}
              />
            )}
          </>
        )}
      </div>
    </div>
  );
}

function Explanation(props: {
  view: StepView;
  detail: StepDetail;
  gradient: Float64Array;
  params: Float64Array;
  selected: number;
  name: string;
}) {
  const t = useLessonT(messages);
  const { view, detail, selected } = props;
  const param = paramLayout(view.layerSizes).find((p) => p.index === selected);
  const input = param?.kind === 'weight' ? (detail.activations[0]?.[param.from] ?? NaN) : 1;
  const isArticle = view.info.kind === 'article';
  const z = detail.preActivations[0]?.[0] ?? NaN;
  const clipped = isArticle && view.info.activations[0] === 'clip' && !(z > 0 && z < 1);
  return (
    <>
      <ChainRule
        info={view.info}
        layerSizes={view.layerSizes}
        detail={detail}
        params={props.params}
        gradient={props.gradient}
        index={selected}
        name={props.name}
        batchSize={view.config.batchSize}
        t={t}
      />
      {isArticle && (
        <FactorTwo
          detail={detail}
          input={input}
          name={props.name}
          learningRate={detail.lastUpdate?.learningRate ?? view.config.learningRate}
          t={t}
        />
      )}
      <GradientCheck
        runId={view.runId}
        index={selected}
        isArticle={isArticle}
        afterUpdate={detail.stage === 'update'}
        clipped={clipped}
        t={t}
      />
    </>
  );
}

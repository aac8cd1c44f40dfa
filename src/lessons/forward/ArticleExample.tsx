/**
 * The forward-pass lesson's view of the article's example: the untrained three-class
 * network with its weights written on its lines, the arithmetic of its guess, and the guess
 * itself, all at once (no stepping). Every number is core's forward pass of the example.
 */
import { formatNumber } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import {
  formatExact,
  NetworkDiagram,
  NetworkLegend,
  networkMessages,
  PredictionBars,
  useReducedMotion,
} from '../../ui/network';
import {
  articleExample,
  articleExampleConfig,
  type ArticleExample,
} from '../shared/article-example';
import { ExampleDisclosure } from '../shared/ExampleDisclosure';
import { classNames, modelInfo, nodeLabels, trueClassOf } from '../shared/model-info';
import { sharedMessages } from '../shared/step-messages';
import { outputsOf } from '../shared/step-values';
import { messages } from './messages';
import { WeightedSums } from './WeightedSums';

/** Whole percentages, as the article prints them: ["60", "25", "15"]. */
function wholePercents(outputs: Float64Array): string[] {
  return Array.from(outputs, (p) => formatNumber(p * 100, 0));
}

export function ArticleExampleSection() {
  const t = useLessonT(messages);
  const example = articleExample();
  const guess = wholePercents(outputsOf(example.activations) as Float64Array).join(' / ');
  return (
    <ExampleDisclosure pointer={t('example.pointer', { guess })} button={t('example.button')}>
      {() => <ExampleView example={example} />}
    </ExampleDisclosure>
  );
}

function ExampleView({ example }: { example: ArticleExample }) {
  const t = useLessonT(messages);
  const shared = useLessonT(sharedMessages);
  const strings = useLessonT(networkMessages);
  const reducedMotion = useReducedMotion();
  const { layerSizes } = example;
  const info = modelInfo(articleExampleConfig, layerSizes);
  const labels = nodeLabels(info, layerSizes, shared);
  const names = classNames(info, layerSizes[layerSizes.length - 1] ?? 1, shared);
  const outputs = outputsOf(example.activations) as Float64Array;
  const truth = trueClassOf(example.target) ?? 0;
  const inputs = Array.from(
    example.input,
    (x, i) => `${labels[0]?.[i] ?? ''} ${formatExact(x, 3)}`,
  );
  const percents = wholePercents(outputs);
  return (
    <div className="lesson-columns">
      <figure className="network-figure">
        <NetworkDiagram
          layerSizes={layerSizes}
          params={example.params}
          input={example.input}
          preActivations={example.preActivations}
          activations={example.activations}
          nodeLabels={labels}
          strings={strings}
          reducedMotion={reducedMotion}
          showAllValues
        />
        <NetworkLegend emphasis="weight" strings={strings} />
        <figcaption className="hint">{t('example.figure')}</figcaption>
      </figure>
      <div>
        <p>{t('example.what', { inputs: inputs.join(', '), name: names[truth] ?? '' })}</p>
        <h3 className="worked-title">{t('example.sumsTitle')}</h3>
        <WeightedSums
          layerSizes={layerSizes}
          params={example.params}
          preActivations={example.preActivations}
          activations={example.activations}
          layerActivations={example.layerActivations}
          labels={labels}
          t={t}
        />
        <h3 className="worked-title">{t('predictionTitle')}</h3>
        <PredictionBars outputs={outputs} classNames={names} trueClass={truth} strings={strings} />
        <p data-testid="example-guess">
          {t('example.guess', {
            guess: names.map((name, k) => `${name} ${percents[k] ?? ''} %`).join(t('example.and')),
            name: names[truth] ?? '',
          })}
        </p>
      </div>
    </div>
  );
}

/**
 * The loss lesson's view of the article's example: the untrained three-class network's
 * guess for a pair of glasses, and its loss worked out at once (no stepping) — the right
 * class's squared error at the article's two decimals, then the full cards. Every number
 * is core's forward pass and core's lossValue of the example.
 */
import { formatNumber } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import { articleExample, articleExampleConfig } from '../shared/article-example';
import { ExampleDisclosure } from '../shared/ExampleDisclosure';
import { classNames, modelInfo } from '../shared/model-info';
import { sharedMessages } from '../shared/step-messages';
import { messages } from './messages';
import { WorkedNumbers } from './WorkedLossPanel';
import { workedLossOf, type WorkedLoss } from './worked-loss';

/** The article writes its probability and its loss with two decimals: 0.60, 0.16. */
const ARTICLE_DIGITS = 2;

function exampleLoss(): WorkedLoss {
  const { preActivations, activations, target } = articleExample();
  const z = preActivations[preActivations.length - 1];
  const a = activations[activations.length - 1];
  const worked = z === undefined || a === undefined ? null : workedLossOf(z, a, target);
  if (worked === null) throw new Error('the article’s example has no output layer');
  return worked;
}

export function ArticleExampleLoss() {
  const t = useLessonT(messages);
  const shared = useLessonT(sharedMessages);
  const worked = exampleLoss();
  const p = formatNumber(worked.pTrue, ARTICLE_DIGITS);
  const loss = formatNumber(worked.trueClassSquared, ARTICLE_DIGITS);
  const { layerSizes } = articleExample();
  const info = modelInfo(articleExampleConfig, layerSizes);
  const names = classNames(info, layerSizes[layerSizes.length - 1] ?? 1, shared);
  return (
    <ExampleDisclosure
      pointer={t('example.pointer', { p: formatNumber(worked.pTrue * 100, 0), loss })}
      button={t('example.button')}
    >
      {() => (
        <div className="loss-worked">
          <h3>{t('example.title')}</h3>
          <p>{t('example.what')}</p>
          <p className="numbers loss-example-headline">
            {`(1 − ${p})² = `}
            <output data-testid="example-loss">{loss}</output>
          </p>
          <p className="hint">{t('example.rounding')}</p>
          <WorkedNumbers
            worked={worked}
            classNames={names}
            prefix="example-"
            trueNotes={[t('card.true.note')]}
          />
        </div>
      )}
    </ExampleDisclosure>
  );
}

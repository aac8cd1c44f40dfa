/**
 * Step mode, for the one pair just trained: which pair, its label, its distance and loss (with
 * the formula that gave it), the pull or push it caused and the distance after the update.
 */
import { phrases } from '../../core/phrases';
import type { EmbeddingsStepDetail } from '../../engine/embeddings/protocol';
import { formatNumber } from '../../ui/format';
import type { LessonTranslate } from '../../ui/i18n';
import type { EmbeddingsKey } from './messages';

export function StepDetailPanel({
  step,
  t,
}: {
  step: EmbeddingsStepDetail | null;
  t: LessonTranslate<EmbeddingsKey>;
}) {
  return (
    <section className="emb-panel emb-step" aria-labelledby="emb-step-title" aria-live="polite">
      <h3 id="emb-step-title">{t('step.title')}</h3>
      {step === null ? <p className="hint">{t('step.none')}</p> : <StepBody step={step} t={t} />}
    </section>
  );
}

function StepBody({ step, t }: { step: EmbeddingsStepDetail; t: LessonTranslate<EmbeddingsKey> }) {
  const d = formatNumber(step.distance, 4);
  const m = formatNumber(step.margin, 2);
  const force = formatNumber(Math.hypot(...step.forceOnA), 4);
  const formula = step.similar ? `${d}² = ` : `max(0, ${m} − ${d})² = `;
  return (
    <>
      <p>
        {t('step.position', {
          position: step.pairInEpoch,
          count: step.pairsPerEpoch,
          epoch: step.epoch,
        })}
        {': '}
        <q>
          <bdi dir="auto">{phrases[step.a]?.text}</bdi>
        </q>{' '}
        ↔{' '}
        <q>
          <bdi dir="auto">{phrases[step.b]?.text}</bdi>
        </q>
        {t('list.separator')}
        <strong>{step.similar ? t('step.similar') : t('step.different')}</strong>
      </p>
      <dl className="emb-step-numbers">
        <div>
          <dt>{t('step.distance')}</dt>
          <dd className="numbers" data-testid="emb-step-distance">
            {d}
          </dd>
        </div>
        <div>
          <dt>{t('step.loss')}</dt>
          <dd className="numbers" data-testid="emb-step-loss">
            {formula}
            {formatNumber(step.loss, 4)}
          </dd>
        </div>
        <div>
          <dt>{t('step.after')}</dt>
          <dd className="numbers">{formatNumber(step.distanceAfter, 4)}</dd>
        </div>
      </dl>
      <p data-force={step.force} className="emb-force">
        {step.force === 'pull'
          ? t('step.pull', { force })
          : step.force === 'push'
            ? t('step.push', { force })
            : t('step.rest')}
        {step.force !== 'rest' && ` ${t('step.arrows')}`}
      </p>
    </>
  );
}

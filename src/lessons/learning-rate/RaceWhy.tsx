/**
 * Beside the race chart, in plain words: why these lines behave as they do for the neuron
 * raced, and what "converged" means for it (the unclipped neuron has a floor above zero).
 */
import { useLessonT } from '../../ui/i18n';
import { FilledText } from './FilledText';
import { messages } from './messages';
import { raceTarget, type RaceNeuron } from './race';

export function RaceWhy({ neuron }: { neuron: RaceNeuron }) {
  const t = useLessonT(messages);
  const target = raceTarget(neuron);
  return (
    <aside
      className="race-why"
      aria-label={t('whyTitle')}
      data-neuron={neuron}
      data-presenter="secondary"
    >
      <h3>{t('whyTitle')}</h3>
      <p>{t(neuron === 'clip' ? 'whyClip' : 'whyLinear')}</p>
      <p>
        {neuron === 'clip' ? (
          <FilledText template={t('targetClip')} numbers={{ threshold: target.threshold }} />
        ) : (
          <FilledText
            template={t('targetLinear')}
            numbers={{ best: twoDigits(target.best), threshold: twoDigits(target.threshold) }}
          />
        )}
      </p>
    </aside>
  );
}

/** 0.03195… → "0.032": the floor and the target are read, not computed with. */
function twoDigits(value: number): string {
  return String(Number(value.toPrecision(2)));
}

/** Clipped (the article's) or linear neuron, with a sentence on why it matters for large rates. */
import { useId } from 'react';
import { useLessonT } from '../../ui/i18n';
import { messages } from './messages';
import type { RaceNeuron } from './race';

const CHOICES: readonly { neuron: RaceNeuron; label: 'neuronClip' | 'neuronLinear' }[] = [
  { neuron: 'clip', label: 'neuronClip' },
  { neuron: 'linear', label: 'neuronLinear' },
];

export function NeuronChoice(props: { neuron: RaceNeuron; onChange(neuron: RaceNeuron): void }) {
  const t = useLessonT(messages);
  const name = useId();
  const noteId = useId();
  return (
    <fieldset className="neuron-choice" aria-describedby={noteId}>
      <legend>{t('neuronLegend')}</legend>
      {CHOICES.map(({ neuron, label }) => (
        <label key={neuron}>
          <input
            type="radio"
            name={name}
            value={neuron}
            checked={props.neuron === neuron}
            onChange={() => props.onChange(neuron)}
          />{' '}
          {t(label)}
        </label>
      ))}
      <p id={noteId} className="hint">
        {t(props.neuron === 'clip' ? 'neuronClipNote' : 'neuronLinearNote')}
      </p>
    </fieldset>
  );
}

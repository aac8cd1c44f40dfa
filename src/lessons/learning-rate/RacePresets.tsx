/**
 * One click to either race: the three regimes on the unclipped neuron (the default), or the
 * article's own rates on its clipped neuron. Choosing one sets the neuron and rates and starts.
 */
import { useLessonT } from '../../ui/i18n';
import { messages } from './messages';
import { formatRate, RACE_PRESETS, type RacePreset } from './race';

export function RacePresets(props: { onRace(preset: RacePreset): void }) {
  const t = useLessonT(messages);
  return (
    <div className="race-presets" role="group" aria-label={t('presetsLabel')}>
      {RACE_PRESETS.map((preset) => (
        <button
          key={preset.id}
          type="button"
          className="button"
          data-preset={preset.id}
          onClick={() => props.onRace(preset)}
        >
          {t(preset.id === 'regimes' ? 'presetRegimes' : 'presetArticle')}{' '}
          <span className="numbers" dir="ltr">
            ({preset.rates.map(formatRate).join(' / ')})
          </span>
        </button>
      ))}
    </div>
  );
}

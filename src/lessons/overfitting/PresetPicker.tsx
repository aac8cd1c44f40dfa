/** The three presets, each a button that loads its settings into the lab. */
import { useLessonT } from '../../ui/i18n';
import { useFit } from './fit-store';
import { messages, type OverfittingKey } from './messages';
import { presetNames } from './presets';

export function PresetPicker() {
  const t = useLessonT(messages);
  const preset = useFit((state) => state.preset);
  const applyPreset = useFit((state) => state.applyPreset);
  return (
    <div className="preset-picker" role="group" aria-label={t('preset.legend')}>
      <span className="preset-label">{t('preset.legend')}</span>
      {presetNames.map((name) => (
        <button
          key={name}
          type="button"
          className="button"
          aria-pressed={preset === name}
          onClick={() => applyPreset(name)}
        >
          {t(`preset.${name}` as OverfittingKey)}
        </button>
      ))}
      <p className="preset-about">
        {preset === null ? t('preset.custom') : t(`preset.${preset}.about` as OverfittingKey)}
      </p>
    </div>
  );
}

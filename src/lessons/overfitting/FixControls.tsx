/**
 * The four fixes for overfitting (and L2 weight decay), each one setting of the 'fit' run with
 * a suggested value that the preset tests show helping the overfit preset, and one button that
 * turns them all off (fixes stack: each stays on until the learner turns it off).
 */
import { fieldRange } from '../../store/config-schema';
import { useLessonT } from '../../ui/i18n';
import { NumberField } from '../../ui/NumberField';
import { useFit } from './fit-store';
import { activeFixes } from './fixes';
import { messages, type OverfittingKey } from './messages';
import { fixField, fixNames, presets, suggestedFix, type FixName } from './presets';

export function FixControls() {
  const t = useLessonT(messages);
  return (
    <section className="fixes" aria-labelledby="fixes-title" data-presenter="secondary">
      <h3 id="fixes-title">{t('fixes.title')}</h3>
      <p>{t('fixes.intro')}</p>
      <p>{t('fixes.stack')}</p>
      <AllFixesOff />
      <div className="fix-grid">
        {fixNames.map((fix) => (
          <FixCard key={fix} fix={fix} />
        ))}
      </div>
    </section>
  );
}

function AllFixesOff() {
  const t = useLessonT(messages);
  const anyOn = useFit((state) => activeFixes(state.config, presets[state.base]).length > 0);
  const clearFixes = useFit((state) => state.clearFixes);
  return (
    <button type="button" className="button" onClick={clearFixes} disabled={!anyOn}>
      {t('fixes.allOff')}
    </button>
  );
}

function FixCard({ fix }: { fix: FixName }) {
  const t = useLessonT(messages);
  const field = fixField[fix];
  const value = useFit((state) => state.config[field]);
  const setField = useFit((state) => state.setField);
  const { min, max, integer } = fieldRange(field);
  const suggested = suggestedFix[fix];
  return (
    <div className="fix-card">
      <h4>{t(`fix.${fix}.title` as OverfittingKey)}</h4>
      <p>{t(`fix.${fix}.about` as OverfittingKey)}</p>
      <NumberField
        label={t(`fix.${fix}.field` as OverfittingKey)}
        value={value}
        min={min}
        max={max}
        integer={integer}
        invalidMessage={t('field.invalid', { min, max })}
        onValue={(v) => setField(field, v)}
      />
      <button
        type="button"
        className="button"
        onClick={() => setField(field, suggested)}
        disabled={value === suggested}
      >
        {t(`fix.${fix}.try` as OverfittingKey, { value: suggested })}
      </button>
    </div>
  );
}

/** The race's learning rates: edit, add (up to six) and remove. */
import { useState } from 'react';
import { fieldRange, formatNumber } from '../../store/config-schema';
import { useLessonT } from '../../ui/i18n';
import { NumberField } from '../../ui/NumberField';
import { messages } from './messages';
import { formatRate, MAX_RACERS } from './race';

/** Rates worth adding next, in order: the article's other examples first. */
const SUGGESTIONS = [0.1, 1.5, 1.6, 0.3, 0.001, 3];

export function nextSuggestion(rates: readonly number[]): number {
  return SUGGESTIONS.find((rate) => !rates.includes(rate)) ?? 0.1;
}

export function RateList(props: {
  rates: readonly number[];
  /** Returns false when the settings refuse the list. */
  onChange(rates: number[]): boolean;
}) {
  const t = useLessonT(messages);
  const range = fieldRange('raceRates');
  const maxItems = Math.min(range.maxItems ?? MAX_RACERS, MAX_RACERS);
  const minItems = range.minItems ?? 1;
  // Renumbered on add and remove, so a half-typed value never moves to another row.
  const [generation, setGeneration] = useState(0);
  const { rates } = props;
  const invalid = t('rateInvalid', { min: formatNumber(range.min), max: formatNumber(range.max) });

  function replace(index: number, rate: number) {
    return props.onChange(rates.map((r, i) => (i === index ? rate : r)));
  }
  function remove(index: number) {
    setGeneration((g) => g + 1);
    props.onChange(rates.filter((_, i) => i !== index));
  }
  function add() {
    setGeneration((g) => g + 1);
    props.onChange([...rates, nextSuggestion(rates)]);
  }

  return (
    <fieldset className="rate-list">
      <legend>{t('ratesLegend')}</legend>
      <ol>
        {rates.map((rate, i) => (
          <li key={`${generation}-${i}`}>
            <span
              className="swatch"
              style={{ background: `var(--series-${i + 1})` }}
              aria-hidden="true"
            />
            <NumberField
              label={t('rateLabel', { n: i + 1 })}
              value={rate}
              min={range.min}
              max={range.max}
              invalidMessage={invalid}
              onValue={(value) => replace(i, value)}
            />
            <button
              type="button"
              className="button"
              aria-label={t('removeRate', { rate: formatRate(rate) })}
              disabled={rates.length <= minItems}
              onClick={() => remove(i)}
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button" disabled={rates.length >= maxItems} onClick={add}>
        {t('addRate')}
      </button>
      {rates.length >= maxItems && <p className="hint">{t('ratesFull')}</p>}
    </fieldset>
  );
}

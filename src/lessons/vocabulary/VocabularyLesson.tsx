/**
 * Lesson: epoch, batch, iteration. A calculator (data set size, batch size, epochs → iterations
 * per epoch and weight updates, under both conventions for the short last batch), a picture of
 * one epoch cut into batches, and the main run's live counters checked against the same sums.
 */
import { useState } from 'react';
import { useLessonT } from '../../ui/i18n';
import { NumberField } from '../../ui/NumberField';
import { batchArithmetic } from './arithmetic';
import { ArithmeticTable } from './ArithmeticTable';
import { BatchAnimation } from './BatchAnimation';
import { LiveCounters } from './LiveCounters';
import { messages } from './messages';
import './vocabulary.css';

/** The article's example: 1,000 samples in batches of 32, for 100 epochs. */
const EXAMPLE = { size: 1000, batchSize: 32, epochs: 100 };
const LIMITS = {
  size: { min: 1, max: 10_000_000 },
  batchSize: { min: 1, max: 10_000_000 },
  epochs: { min: 1, max: 1_000_000 },
} as const;

type Field = keyof typeof EXAMPLE;

export default function VocabularyLesson() {
  const t = useLessonT(messages);
  const [values, setValues] = useState(EXAMPLE);
  const arithmetic = batchArithmetic(values.size, values.batchSize, values.epochs);

  const field = (name: Field) => (
    <NumberField
      label={t(`field.${name}`)}
      value={values[name]}
      min={LIMITS[name].min}
      max={LIMITS[name].max}
      integer
      invalidMessage={t('field.invalid', {
        min: LIMITS[name].min.toLocaleString('en-US'),
        max: LIMITS[name].max.toLocaleString('en-US'),
      })}
      onValue={(value) => setValues((old) => ({ ...old, [name]: value }))}
    />
  );

  return (
    <div className="vocabulary-lesson">
      <dl className="terms">
        <dt>{t('term.epoch')}</dt>
        <dd>{t('term.epoch.about')}</dd>
        <dt>{t('term.batch')}</dt>
        <dd>{t('term.batch.about')}</dd>
        <dt>{t('term.iteration')}</dt>
        <dd>{t('term.iteration.about')}</dd>
      </dl>
      <section className="calculator" aria-labelledby="calculator-title">
        <h3 id="calculator-title">{t('calculator.title')}</h3>
        <div className="calculator-fields">
          {field('size')}
          {field('batchSize')}
          {field('epochs')}
          <button
            type="button"
            className="button"
            onClick={() => setValues(EXAMPLE)}
            data-presenter="secondary"
          >
            {t('calculator.example')}
          </button>
        </div>
        <ArithmeticTable arithmetic={arithmetic} caption={t('calculator.caption')} />
        <p className="hint">{t('calculator.conventions')}</p>
        <BatchAnimation arithmetic={arithmetic} />
      </section>
      <LiveCounters />
    </div>
  );
}

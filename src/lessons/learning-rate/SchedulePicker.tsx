/**
 * The race's learning-rate schedule, and a small curve of the rate over the run drawn from the
 * core's own `learningRateAt` (as a multiple of the starting rate, so one curve fits every
 * runner).
 */
import { useId } from 'react';
import { learningRateAt, scheduleNames, type ScheduleName } from '../../core/schedules';
import { fieldRange, formatNumber } from '../../store/config-schema';
import { formatNumber as formatValue } from '../../ui/format';
import { useLessonT } from '../../ui/i18n';
import { NumberField } from '../../ui/NumberField';
import { messages } from './messages';
import { scheduleOf, type RaceSettings } from './race';

type ScheduleFields = Pick<RaceSettings, 'schedule' | 'scheduleGamma' | 'scheduleStep'>;

export function SchedulePicker(props: {
  settings: RaceSettings;
  onChange(patch: Partial<ScheduleFields>): void;
}) {
  const t = useLessonT(messages);
  const selectId = useId();
  const { settings } = props;
  const gamma = fieldRange('scheduleGamma');
  const step = fieldRange('scheduleStep');
  return (
    <fieldset className="schedule-picker">
      <legend>{t('scheduleLegend')}</legend>
      <div className="number-field">
        <label htmlFor={selectId}>{t('scheduleLabel')}</label>
        <select
          id={selectId}
          value={settings.schedule}
          onChange={(event) => props.onChange({ schedule: event.target.value as ScheduleName })}
        >
          {scheduleNames.map((name) => (
            <option key={name} value={name}>
              {t(`schedule.${name}`)}
            </option>
          ))}
        </select>
      </div>
      {(settings.schedule === 'step' || settings.schedule === 'exponential') && (
        <NumberField
          label={t('gammaLabel')}
          value={settings.scheduleGamma}
          min={gamma.min}
          max={gamma.max}
          invalidMessage={t('gammaInvalid', {
            min: formatNumber(gamma.min),
            max: formatNumber(gamma.max),
          })}
          onValue={(value) => props.onChange({ scheduleGamma: value })}
        />
      )}
      {settings.schedule === 'step' && (
        <NumberField
          label={t('stepLabel')}
          value={settings.scheduleStep}
          min={step.min}
          max={step.max}
          integer
          invalidMessage={t('stepInvalid', {
            min: formatNumber(step.min),
            max: formatNumber(step.max),
          })}
          onValue={(value) => props.onChange({ scheduleStep: value })}
        />
      )}
      <ScheduleCurve settings={settings} />
    </fieldset>
  );
}

const WIDTH = 240;
const HEIGHT = 72;
const SAMPLES = 120;

function ScheduleCurve({ settings }: { settings: RaceSettings }) {
  const t = useLessonT(messages);
  const schedule = scheduleOf(settings);
  const total = settings.epochs;
  const factorAt = (epoch: number) => learningRateAt(schedule, 1, epoch, total);
  const count = Math.min(SAMPLES, total);
  const points = Array.from({ length: count }, (_, k) => {
    const epoch = count === 1 ? 0 : Math.round((k * (total - 1)) / (count - 1));
    const x = count === 1 ? 0 : (k / (count - 1)) * WIDTH;
    const y = HEIGHT - Math.min(1, Math.max(0, factorAt(epoch))) * HEIGHT;
    return `${x.toFixed(1)},${y.toFixed(1)}`;
  });
  const middleEpoch = Math.floor((total - 1) / 2);
  const summary = t('scheduleSummary', {
    start: formatValue(factorAt(0), 3),
    middleEpoch,
    middle: formatValue(factorAt(middleEpoch), 3),
    lastEpoch: total - 1,
    end: formatValue(factorAt(total - 1), 3),
  });
  return (
    <figure className="schedule-curve">
      <figcaption>{t('scheduleCurve')}</figcaption>
      <svg
        viewBox={`-4 -4 ${WIDTH + 8} ${HEIGHT + 8}`}
        width={WIDTH + 8}
        height={HEIGHT + 8}
        aria-hidden="true"
        focusable="false"
      >
        <line x1="0" y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="var(--border)" />
        <line x1="0" y1="0" x2="0" y2={HEIGHT} stroke="var(--border)" />
        <polyline points={points.join(' ')} fill="none" stroke="var(--accent)" strokeWidth="2" />
      </svg>
      <p className="hint">{summary}</p>
    </figure>
  );
}

/**
 * The race's learning-rate schedule, and a small curve of the rate over the run drawn from the
 * core's own `learningRateAt` (as a multiple of the starting rate, so one curve fits every
 * runner).
 */
import { useId } from 'react';
import { learningRateAt, scheduleNames, type ScheduleName } from '../../core/schedules';
import { fieldRange, formatNumber } from '../../store/config-schema';
import { formatNumber as formatValue } from '../../ui/format';
import { useRuns } from '../../store/runs';
import { useLessonT } from '../../ui/i18n';
import { NumberField } from '../../ui/NumberField';
import { FilledText } from './FilledText';
import { messages } from './messages';
import { scheduleOf, type RaceSettings } from './race';

type ScheduleFields = Pick<RaceSettings, 'schedule' | 'scheduleGamma' | 'scheduleStep'>;

export function SchedulePicker(props: {
  settings: RaceSettings;
  /** The race's runs: the curve marks the epoch they have reached. */
  raceIds: readonly string[];
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
      <ScheduleCurve settings={settings} raceIds={props.raceIds} />
    </fieldset>
  );
}

const WIDTH = 260;
const HEIGHT = 134;
const PAD = { left: 40, right: 10, top: 22, bottom: 34 };
const SAMPLES = 120;

/**
 * The rate over the run as a small chart with axes: epochs across, the multiple of the
 * starting rate up the side (0 to 1: schedules only lower it), and the race's current epoch.
 */
function ScheduleCurve({
  settings,
  raceIds,
}: {
  settings: RaceSettings;
  raceIds: readonly string[];
}) {
  const t = useLessonT(messages);
  const schedule = scheduleOf(settings);
  const total = settings.epochs;
  const last = Math.max(1, total - 1);
  const factorAt = (epoch: number) => learningRateAt(schedule, 1, epoch, total);
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const sx = (epoch: number) => PAD.left + (epoch / last) * plotW;
  const sy = (factor: number) => PAD.top + (1 - Math.min(1, Math.max(0, factor))) * plotH;
  const count = Math.min(SAMPLES, total);
  const points = Array.from({ length: count }, (_, k) => {
    const epoch = count === 1 ? 0 : Math.round((k * (total - 1)) / (count - 1));
    return `${sx(epoch).toFixed(1)},${sy(factorAt(epoch)).toFixed(1)}`;
  });
  const now = useRaceEpoch(raceIds, total);
  const middleEpoch = Math.floor((total - 1) / 2);
  const summary = t('scheduleSummary', {
    start: formatValue(factorAt(0), 3),
    middleEpoch,
    middle: formatValue(factorAt(middleEpoch), 3),
    lastEpoch: total - 1,
    end: formatValue(factorAt(total - 1), 3),
  });
  const yTicks = [0, 0.5, 1];
  return (
    <figure className="schedule-curve">
      <figcaption>{t('scheduleCurve')}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
        aria-hidden="true"
        focusable="false"
        direction="ltr"
      >
        {yTicks.map((tick) => (
          <g key={tick}>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={sy(tick)}
              y2={sy(tick)}
              stroke="var(--border)"
              strokeDasharray={tick === 0 ? undefined : '3 3'}
            />
            <text x={PAD.left - 4} y={sy(tick) + 4} textAnchor="end" className="schedule-tick">
              ×{tick}
            </text>
          </g>
        ))}
        <line x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + plotH} stroke="var(--muted)" />
        {[0, last].map((epoch) => (
          <text
            key={epoch}
            x={sx(epoch)}
            y={PAD.top + plotH + 14}
            textAnchor={epoch === 0 ? 'start' : 'end'}
            className="schedule-tick"
          >
            {epoch}
          </text>
        ))}
        <text x={PAD.left + plotW / 2} y={HEIGHT - 4} textAnchor="middle" className="schedule-tick">
          {t('scheduleEpochAxis')}
        </text>
        <text x={PAD.left} y={12} textAnchor="middle" className="schedule-tick">
          {t('scheduleRateAxis')}
        </text>
        <polyline points={points.join(' ')} fill="none" stroke="var(--accent)" strokeWidth="2.5" />
        {now !== null && (
          <g className="schedule-now" data-epoch={now}>
            <line
              x1={sx(now)}
              x2={sx(now)}
              y1={PAD.top}
              y2={PAD.top + plotH}
              stroke="var(--focus)"
              strokeWidth="1.5"
            />
            <circle cx={sx(now)} cy={sy(factorAt(now))} r="4" fill="var(--focus)" />
          </g>
        )}
      </svg>
      <p className="hint">{summary}</p>
      {now !== null && (
        <p className="hint" data-testid="schedule-now">
          <FilledText
            template={t('scheduleNow')}
            numbers={{ epoch: now, factor: formatValue(factorAt(now), 3) }}
          />
        </p>
      )}
    </figure>
  );
}

/** The furthest epoch any runner of the race has reached (null before a race). */
function useRaceEpoch(raceIds: readonly string[], total: number): number | null {
  return useRuns((state) => {
    let furthest: number | null = null;
    for (const id of raceIds) {
      const epoch = state.runs[id]?.counters.epoch;
      if (epoch !== undefined) furthest = Math.max(furthest ?? 0, Math.min(epoch, total - 1));
    }
    return furthest;
  });
}

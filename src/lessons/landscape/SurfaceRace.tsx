/**
 * Part B: SGD, momentum and Adam race on a designed surface with a shallow and a deep valley.
 * The worker runs all three from the chosen start as soon as the settings settle, but the map
 * shows only the surface and the start until Start is pressed; then the paths unroll step by
 * step over three seconds (at once with reduced motion) and a table says which valley each
 * one ended in.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLessonT } from '../../ui/i18n';
import { formatNumber } from '../../ui/format';
import { useEngineRequest } from '../../store/requests';
import { LandscapeCanvas, type LandscapePath } from '../../ui/landscape/LandscapeCanvas';
import { MarkerIcon } from '../../ui/landscape/LandscapeText';
import { richText } from '../../ui/landscape/rich';
import { useReducedMotion } from '../../ui/landscape/useReducedMotion';
import { messages } from './messages';
import { coordinates } from './race';
import {
  DEFAULT_RACE,
  outcomeOf,
  RACE_LIMITS,
  type RaceSettings,
  RACE_RATES,
  RACERS,
  SUGGESTED_START,
  SURFACE_RESOLUTION,
} from './race';
import { RaceResults } from './RaceResults';
import { useRaceStart } from './useRaceStart';

const REPLAY_MS = 3000;
/** Sliders fire many changes while dragged: race once they settle. */
const SETTLE_MS = 200;
/** One string per set of race settings, to tell whether an answer belongs to them. */
const settingsKey = (settings: RaceSettings) => JSON.stringify(settings);

export function SurfaceRace() {
  const t = useLessonT(messages);
  const reducedMotion = useReducedMotion();
  const [start, setStart] = useState<readonly [number, number]>(SUGGESTED_START);
  const [rateIndex, setRateIndex] = useState(() => RACE_RATES.indexOf(DEFAULT_RACE.learningRate));
  const [momentum, setMomentum] = useState<number>(DEFAULT_RACE.momentum);
  const [steps, setSteps] = useState<number>(DEFAULT_RACE.steps);
  const learningRate = RACE_RATES[rateIndex] ?? DEFAULT_RACE.learningRate;
  const { answer, ask } = useEngineRequest<'surface', RaceSettings>('surface');
  const settings = useMemo<RaceSettings>(
    () => ({ start, learningRate, momentum, steps }),
    [start, learningRate, momentum, steps],
  );
  const race = useRaceStart(
    settingsKey(settings),
    answer === null ? null : settingsKey(answer.context),
    answer?.id ?? null,
    reducedMotion ? 0 : REPLAY_MS,
  );

  // Compute ahead: the answer is ready (and hidden) before Start is pressed.
  const compute = useCallback(() => {
    ask(
      {
        start: settings.start,
        racers: RACERS.map((racer) => ({
          optimizer: racer.optimizer,
          learningRate: settings.learningRate,
          momentum: settings.momentum,
        })),
        steps: settings.steps,
        resolution: SURFACE_RESOLUTION,
      },
      settings,
    );
  }, [ask, settings]);

  useEffect(() => {
    const timer = setTimeout(compute, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [compute]);

  const pick = useCallback((x: number, y: number) => {
    const clamp = (v: number) => Math.min(3.95, Math.max(-3.95, Math.round(v * 100) / 100));
    setStart([clamp(x), clamp(y)]);
  }, []);

  const racerLabels = useMemo(() => RACERS.map((racer) => t(`racer.${racer.optimizer}`)), [t]);
  const result = answer?.value ?? null;
  const paths = useMemo<LandscapePath[]>(
    () =>
      result === null || !race.racing
        ? []
        : RACERS.map((racer, k) => ({
            id: racer.optimizer,
            label: racerLabels[k] ?? racer.optimizer,
            color: racer.color,
            marker: racer.marker,
            points: result.paths[k] ?? new Float64Array(0),
          })),
    [result, racerLabels, race.racing],
  );
  const outcomes = useMemo(
    () =>
      result === null || answer === null
        ? []
        : result.paths.map((path, k) =>
            outcomeOf(path, result.finalValues[k] ?? NaN, answer.context.steps),
          ),
    [result, answer],
  );
  const startLabel = t('startMark');
  const marks = useMemo(
    () => [{ id: 'start', label: startLabel, x: start[0], y: start[1] }],
    [start, startLabel],
  );

  return (
    <div className="landscape-part">
      <h3>{t('surfaceTitle')}</h3>
      <p data-presenter="secondary">{t('surfaceIntro')}</p>
      <div className="landscape-race-controls">
        <Slider
          label={t('learningRate')}
          range={{ min: 0, max: RACE_RATES.length - 1, step: 1 }}
          value={rateIndex}
          shown={String(learningRate)}
          valueText={String(learningRate)}
          onChange={setRateIndex}
        />
        <Slider
          label={t('momentum')}
          range={RACE_LIMITS.momentum}
          value={momentum}
          shown={formatNumber(momentum, 2)}
          onChange={setMomentum}
        />
        <Slider
          label={t('steps')}
          range={RACE_LIMITS.steps}
          value={steps}
          shown={String(steps)}
          onChange={setSteps}
        />
        <p className="landscape-start">
          {richText(t('start'), { start: coordinates(start) }, new Set(['start']))}
        </p>
        <div className="landscape-buttons">
          <button type="button" className="button primary" onClick={race.start}>
            {t('race')}
          </button>
          <button type="button" className="button" onClick={race.reset} disabled={!race.racing}>
            {t('resetRace')}
          </button>
          <button
            type="button"
            className="button"
            onClick={() => setStart(SUGGESTED_START)}
            disabled={start[0] === SUGGESTED_START[0] && start[1] === SUGGESTED_START[1]}
          >
            {t('resetStart')}
          </button>
        </div>
      </div>
      {result === null || result.resolution < 2 ? (
        <p className="placeholder">{t('computing')}</p>
      ) : (
        <LandscapeCanvas
          grid={result.grid}
          resolution={result.resolution}
          ranges={[result.range, result.range]}
          paths={paths}
          marks={marks}
          axisLabels={['x', 'y']}
          valueLabel={t('surfaceValue')}
          title={t('surfaceCanvas')}
          onPick={pick}
          {...(race.replayKey === null
            ? {}
            : { replay: { key: race.replayKey, durationMs: REPLAY_MS } })}
          reducedMotion={reducedMotion}
        />
      )}
      {!race.racing && (
        <p data-testid="race-waiting" data-presenter="secondary">
          {t('beforeStart')}
        </p>
      )}
      {race.racing && !race.finished && (
        <p role="status" data-testid="race-running">
          {t('running')}
        </p>
      )}
      {answer !== null && race.finished && (
        <RaceResults
          settings={answer.context}
          outcomes={outcomes}
          labels={racerLabels}
          icons={RACERS.map((racer) => (
            <MarkerIcon key={racer.optimizer} color={racer.color} marker={racer.marker} />
          ))}
        />
      )}
      <p className="hint" data-presenter="secondary">
        {t('surfaceNote')}
      </p>
    </div>
  );
}

/**
 * A labelled range input with its value written beside it; `valueText` is what a screen reader
 * says when the input's own number is not the value (the rate slider moves an index).
 */
function Slider(props: {
  label: string;
  range: { readonly min: number; readonly max: number; readonly step: number };
  value: number;
  shown: string;
  valueText?: string;
  onChange(value: number): void;
}) {
  return (
    <label>
      <span>{props.label}</span>
      <input
        type="range"
        min={props.range.min}
        max={props.range.max}
        step={props.range.step}
        value={props.value}
        aria-valuetext={props.valueText}
        onChange={(event) => props.onChange(Number(event.currentTarget.value))}
      />
      <output className="numbers">{props.shown}</output>
    </label>
  );
}

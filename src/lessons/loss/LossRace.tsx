/**
 * Choosing the loss that trains a confidently wrong neuron: train either one, or race both
 * from the same start, and compare their accuracy and their gradients epoch by epoch. The runs
 * are created only when the learner first trains, so an unopened lesson costs the engine
 * nothing, and the run registry removes them when the lesson goes away. The race keeps a pace of its own (its runs' 'run-speed'), so it finishes in a few
 * seconds whatever the bar's speed is.
 */
import { useState } from 'react';
import { sendCommand } from '../../store/commands';
import { configureRun, useHeldRuns } from '../../store/run-registry';
import { useRuns } from '../../store/runs';
import { formatNumber } from '../../ui/format';
import { useLessonT, type LessonTranslate } from '../../ui/i18n';
import {
  DEFAULT_RACE_SPEED,
  RACE_RUN,
  RACE_SPEEDS,
  raceConfig,
  raceLosses,
  type RaceLoss,
} from './race';
import { raceMessages } from './race-messages';
import { RaceCharts, type RaceRuns } from './RaceCharts';
import { lossLabel, RaceTable, summarise } from './RaceTable';
import './race.css';

type T = LessonTranslate<keyof typeof raceMessages.en>;

const ENDED = new Set(['finished', 'diverged', 'early-stopped']);
const ALL_RUNS = raceLosses.map((loss) => RACE_RUN[loss]);

/** Sends 'configure' for the race runs this lesson has not built yet. */
function ensureRuns(losses: readonly RaceLoss[]): void {
  const existing = useRuns.getState().runs;
  for (const loss of losses) {
    const runId = RACE_RUN[loss];
    if (existing[runId] === undefined) configureRun(runId, raceConfig(loss));
  }
}

/** The race's own pace for its runs (the engine ignores runs it does not have yet). */
function sendSpeed(epochsPerSecond: number): void {
  sendCommand({ type: 'run-speed', runIds: ALL_RUNS, epochsPerSecond });
}

export function LossRace() {
  const t = useLessonT(raceMessages);
  useHeldRuns(ALL_RUNS);
  const [chosen, setChosen] = useState<RaceLoss>('cross-entropy');
  const [speed, setSpeed] = useState(DEFAULT_RACE_SPEED);
  const squared = useRuns((state) => state.runs[RACE_RUN.squared]);
  const crossEntropy = useRuns((state) => state.runs[RACE_RUN['cross-entropy']]);
  const playing = useRuns(
    (state) => state.playing && ALL_RUNS.some((runId) => state.playingRunIds.includes(runId)),
  );
  const runs: RaceRuns = { squared, 'cross-entropy': crossEntropy };

  const train = () => {
    ensureRuns([chosen]);
    sendSpeed(speed);
    const runId = RACE_RUN[chosen];
    if (ENDED.has(runs[chosen]?.status ?? 'ready')) sendCommand({ type: 'reset', runIds: [runId] });
    sendCommand({ type: 'play', runIds: [runId] });
  };
  const race = () => {
    // A fair race starts both runs from scratch, with the same settings and the same pace.
    for (const loss of raceLosses) configureRun(RACE_RUN[loss], raceConfig(loss));
    sendSpeed(speed);
    sendCommand({ type: 'play', runIds: ALL_RUNS });
  };
  const reset = () => {
    ensureRuns(raceLosses);
    sendCommand({ type: 'reset', runIds: ALL_RUNS });
  };
  const changeSpeed = (value: number) => {
    setSpeed(value);
    sendSpeed(value);
  };

  return (
    <section className="loss-race" aria-labelledby="loss-race-title">
      <h3 id="loss-race-title">{t('title')}</h3>
      <p data-presenter="secondary">{t('intro')}</p>
      <fieldset className="loss-choice">
        <legend>{t('legend')}</legend>
        {raceLosses.map((loss) => (
          <label key={loss}>
            <input
              type="radio"
              name="loss-race-choice"
              value={loss}
              checked={chosen === loss}
              onChange={() => setChosen(loss)}
            />{' '}
            {lossLabel(t, loss)}
          </label>
        ))}
      </fieldset>
      <div className="loss-race-controls">
        <button type="button" className="button" onClick={train}>
          {chosen === 'squared' ? t('trainSquared') : t('trainCrossEntropy')}
        </button>
        <button type="button" className="button primary" onClick={race}>
          {t('start')}
        </button>
        {playing && (
          <button
            type="button"
            className="button"
            onClick={() => sendCommand({ type: 'pause', runIds: ALL_RUNS })}
          >
            {t('stop')}
          </button>
        )}
        <button type="button" className="button" onClick={reset}>
          {t('reset')}
        </button>
        <RaceSpeed speed={speed} onChange={changeSpeed} t={t} />
      </div>
      <RaceCharts runs={runs} chosen={chosen} t={t} summary={chartSummary(runs, t)} />
      <RaceTable runs={runs} chosen={chosen} t={t} />
      <p className="loss-race-why" data-presenter="secondary">
        {t('why')}
      </p>
    </section>
  );
}

/** "Squared error: 0.0 %, gradient 0.0033; Cross-entropy: …" for the charts' text alternative. */
function chartSummary(runs: RaceRuns, t: T): string {
  return raceLosses
    .map((loss) => {
      const s = summarise(loss, runs[loss]);
      if (s.accuracy === null || s.gradient === null)
        return `${lossLabel(t, loss)}: ${t('notYet')}`;
      return `${lossLabel(t, loss)}: ${formatNumber(100 * s.accuracy, 1)} %, ${formatNumber(s.gradient, 4)}`;
    })
    .join('; ');
}

const speedKey = (n: number) => (Number.isFinite(n) ? String(n) : 'max');

function RaceSpeed({
  speed,
  onChange,
  t,
}: {
  speed: number;
  onChange: (epochsPerSecond: number) => void;
  t: T;
}) {
  return (
    <label className="loss-speed">
      <span>{t('speed')}</span>{' '}
      <select
        value={speedKey(speed)}
        onChange={(event) => {
          const value = event.currentTarget.value;
          onChange(value === 'max' ? Infinity : Number(value));
        }}
      >
        {RACE_SPEEDS.map((n) => (
          <option key={speedKey(n)} value={speedKey(n)}>
            {Number.isFinite(n) ? t('epochsPerSecond', { n }) : t('speedMax')}
          </option>
        ))}
      </select>
    </label>
  );
}
